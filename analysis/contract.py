"""The exact JSON contract of the CLI (``analyze --json`` and ``batch``): external evaluations
read it, so its shape is fixed here, in one place, separate from the internal result."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from analysis.types import AnalysisResult, Document

if TYPE_CHECKING:
    from analysis.levels import LevelsResult


def _doc(doc: Document) -> dict[str, Any]:
    return {
        "sentences": [
            {"id": s.id, "start": s.start, "end": s.end, "paragraph": s.paragraph,
             "text": s.text, "heading": s.is_heading}
            for s in doc.sentences
        ],
        "paragraphs": [
            {"id": p.id, "start": p.start, "end": p.end, "heading": p.is_heading,
             "sentences": list(p.sentence_ids)}
            for p in doc.paragraphs
        ],
    }


def to_contract(result: AnalysisResult, item_id: Any = None) -> dict[str, Any]:
    """AnalysisResult → the documented CLI/batch line (see README, "CLI contract")."""
    out: dict[str, Any] = {}
    if item_id is not None:
        out["id"] = item_id
    out.update({
        "source": _doc(result.source),
        "target": _doc(result.target),
        "alignments": [
            {"source": list(g.source), "target": list(g.target), "score": round(g.score, 4),
             "kind": g.kind}
            for g in result.alignments
        ],
        "paragraph_alignments": [
            {"source": list(g.source), "target": list(g.target), "score": round(g.score, 4),
             "kind": g.kind}
            for g in result.paragraph_alignments
        ],
        "strategies": [
            {"code": d.code, "confidence": round(d.confidence, 4),
             "source_spans": [list(s) for s in d.source_spans],
             "target_spans": [list(s) for s in d.target_spans],
             "explanation": d.explanation,
             "group": d.group}
            for d in result.strategies
        ],
        "metrics": result.metrics,
        "model": {"name": result.model.name, "backend": result.model.backend,
                  "requested": result.model.requested, "fallback": result.model.fallback,
                  "notice": result.model.notice},
        "engine_version": result.engine_version,
        "notices": list(result.notices),
        "failed_checks": list(result.failed_checks),
        "timings": result.timings,
    })
    return out


def levels_contract(result: LevelsResult, item_id: Any = None) -> dict[str, Any]:
    """Three (or more) levels → ``{"id"?, "levels": [names], "steps": [<contract>...], "chain"}``
    (``analyze a b c --json`` and a batch ``"levels"`` line; see README)."""
    out: dict[str, Any] = {} if item_id is None else {"id": item_id}
    out.update({"levels": result.names, "steps": [to_contract(s) for s in result.steps],
                "chain": result.chain_dicts()})
    return out
