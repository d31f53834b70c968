"""Strategy detection: one small module per taxonomy code, run over the aligned groups.

Adding a strategy = writing a module with ``detect(ctx)`` (per alignment group) and/or
``detect_document(doc)`` (whole text) and adding one line to ``REGISTRY``.

``detect_all`` isolates failures: a detector that raises on one group is logged, reported in
``failed_checks`` (Portuguese message for the researcher) and the others keep running.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from types import ModuleType

from analysis.strategies import dl, exp, in_, mod, mt, om, rd, rf, rp, sl
from analysis.strategies.base import DocContext, PairContext, build_contexts
from analysis.types import AlignmentGroup, Detection, Document
from models.encoder import Encoder

log = logging.getLogger("netest.strategies")

#: code → detector module (``detect(ctx)`` and/or ``detect_document(doc)``)
REGISTRY: dict[str, ModuleType] = {
    "RF+": rf,
    "SL+": sl,
    "IN+": in_,
    "OM+": om,
    "RP+": rp,
    "RD+": rd,
    "MOD+": mod,
    "DL+": dl,
    "EXP+": exp,
    "MT+": mt,
}

__all__ = ["REGISTRY", "detect_all", "build_contexts", "PairContext", "DocContext"]


def _failure(code: str, exc: BaseException, where: str) -> dict[str, str]:
    """The failed check as the researcher sees it, reported (Sentry when on, JSON log) with an id.

    ops.errors scrubs research text from what it sends; the engine stays free of streamlit.
    """
    from ops.errors import report_exception

    error_id = report_exception(exc, {"component": "strategy_detector", "code": code})
    return {
        "code": code,
        "message": f"A verificação da estratégia {code} falhou {where} e foi ignorada; "
                   f"as demais estratégias foram analisadas normalmente (erro {error_id}).",
        "error": f"{type(exc).__name__}: {exc}",
        "error_id": error_id,
    }


def _sort_key(det: Detection, anchors: dict[int, int]) -> tuple:
    if det.source_spans:
        pos = min(s[0] for s in det.source_spans)
    else:
        pos = anchors.get(det.group if det.group is not None else -1, 0)
    tpos = min((s[0] for s in det.target_spans), default=0)
    return (pos, tpos, det.group if det.group is not None else -1, det.code)


def detect_all(
    source: Document,
    target: Document,
    groups: list[AlignmentGroup],
    encoder: Encoder | None = None,
    enabled: Iterable[str] | None = None,
) -> tuple[list[Detection], list[dict[str, str]]]:
    """Run every enabled detector on every alignment group.

    Returns (detections sorted by source position, failed_checks). PRO+ and unknown codes
    are ignored (PRO+ is researcher-only).
    """
    codes = [c for c in (REGISTRY if enabled is None else enabled) if c in REGISTRY]
    doc = build_contexts(source, target, groups, encoder)
    # unpaired headings are MT+'s, unpaired moved sentences RD+'s, and a sentence the aligner
    # left unlinked on both sides in place is the same sentence: none is an omission/insertion
    skip_pair = mt.unpaired_headings(doc)
    for same_place in (False, True):
        skip_pair |= {p.index for pair in rd.unpaired_moves(doc, same_place) for p in pair}
    detections: list[Detection] = []
    failed: list[dict[str, str]] = []
    for code in codes:
        module = REGISTRY[code]
        pair_fn = getattr(module, "detect", None)
        if pair_fn is not None:
            for ctx in doc.pairs:
                if ctx.is_heading_pair or ctx.index in skip_pair:
                    continue
                try:
                    detections.extend(pair_fn(ctx))
                except Exception as exc:  # noqa: BLE001 - isolate one detector on one group
                    log.warning("detector %s failed on group %d", code, ctx.index)
                    failed.append(_failure(code, exc, f"no grupo de alinhamento {ctx.index + 1}"))
        doc_fn = getattr(module, "detect_document", None)
        if doc_fn is not None:
            try:
                detections.extend(doc_fn(doc))
            except Exception as exc:  # noqa: BLE001
                log.warning("document detector %s failed", code)
                failed.append(_failure(code, exc, "na análise do texto inteiro"))
    anchors = {p.index: p.source_anchor for p in doc.pairs}
    detections.sort(key=lambda d: _sort_key(d, anchors))
    return detections, failed
