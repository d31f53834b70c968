"""Exports of the review record: annotations (CSV, JSONL, XLSX), a lossless analysis bundle
(JSON, re-importable into another workspace or instance) and corpus tables (CSV, XLSX).

Data layer only: functions return bytes; pages put them in download buttons. Text cells that a
spreadsheet would run as a formula (starting with = + - @, tab or CR) are prefixed with a
quote in CSV, and written as plain strings (never formulas) in XLSX.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from openpyxl import Workbook

from analysis.types import RESULT_SCHEMA, STRATEGY_CODES, AnalysisResult, localized
from db.errors import ReviewError
from db.migrate import head_revision
from db.repository import Repository
from db.views import AnalysisRecord, AnnotationView

BUNDLE_FORMAT = "netest-analysis-bundle"
BUNDLE_VERSION = 1
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

ANNOTATION_COLUMNS = ["id", "code", "original_code", "origin", "status", "confidence", "source_spans",
                      "target_spans", "source_text", "target_text", "explanation", "comment",
                      "created_at", "updated_at", "decided_at"]


# ----------------------------------------------------------------- annotations
def _spans_str(spans: list[tuple[int, int]]) -> str:
    return ";".join(f"{s}-{e}" for s, e in spans)


def _annotation_row(a: AnnotationView, lang: str = "pt-BR", result: AnalysisResult | None = None) -> dict[str, Any]:
    """One exported row; the explanation in ``lang`` (the engine's message for a detection's
    own text, a researcher's rewrite decoded, old plain text as stored)."""
    message = result.engine_message(a.explanation, a.detection_index) if result is not None else None
    return {"id": a.id, "code": a.code, "original_code": a.original_code, "origin": a.origin,
            "status": a.status, "confidence": a.confidence, "source_spans": _spans_str(a.source_spans),
            "target_spans": _spans_str(a.target_spans), "source_text": a.source_text,
            "target_text": a.target_text, "explanation": localized(a.explanation, lang, message), "comment": a.comment,
            "created_at": a.created_at.isoformat(), "updated_at": a.updated_at.isoformat(),
            "decided_at": a.decided_at.isoformat() if a.decided_at else ""}


def safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formula injection in a CSV cell."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return "" if value is None else value


def _csv(columns: list[str], rows: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([safe_cell(r.get(c)) for c in columns])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")     # BOM: Excel reads the accents right


def _xlsx(sheets: list[tuple[str, list[str], list[dict[str, Any]]]]) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for title, columns, rows in sheets:
        ws = wb.create_sheet(title[:31])
        ws.append(columns)
        for r in rows:
            ws.append(["" if r.get(c) is None else r.get(c) for c in columns])
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if cell.data_type == "f":           # a text that merely looks like a formula
                    cell.data_type = "s"
        ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


#: which annotations an export includes (the service passes the researcher's preference filter)
Keep = Callable[[AnnotationView], bool]


def _annotations(repo: Repository, analysis_id: int, include_deleted: bool,
                 keep: Keep | None) -> list[AnnotationView]:
    anns = repo.list_annotations(analysis_id, include_deleted=include_deleted)
    return [a for a in anns if keep is None or keep(a)]


def _annotation_rows(repo: Repository, analysis_id: int, include_deleted: bool,
                     keep: Keep | None = None, lang: str = "pt-BR") -> list[dict[str, Any]]:
    result = repo.get_analysis(analysis_id).result
    return [_annotation_row(a, lang, result) for a in _annotations(repo, analysis_id, include_deleted, keep)]


def annotations_csv(repo: Repository, analysis_id: int, include_deleted: bool = False,
                    keep: Keep | None = None, lang: str = "pt-BR") -> bytes:
    """UTF-8 with BOM, one row per annotation, both spans and the text they cover."""
    return _csv(ANNOTATION_COLUMNS, _annotation_rows(repo, analysis_id, include_deleted, keep, lang))


def annotations_jsonl(repo: Repository, analysis_id: int, include_deleted: bool = False,
                      keep: Keep | None = None, lang: str = "pt-BR") -> bytes:
    lines = []
    result = repo.get_analysis(analysis_id).result
    for a in _annotations(repo, analysis_id, include_deleted, keep):
        row = _annotation_row(a, lang, result)
        row["source_spans"] = [list(s) for s in a.source_spans]
        row["target_spans"] = [list(s) for s in a.target_spans]
        lines.append(json.dumps(row, ensure_ascii=False))
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


def annotations_xlsx(repo: Repository, analysis_id: int, include_deleted: bool = False,
                     keep: Keep | None = None, lang: str = "pt-BR") -> bytes:
    """The annotations, and the sentence alignment they rest on in a second sheet."""
    return _xlsx([("anotacoes", ANNOTATION_COLUMNS, _annotation_rows(repo, analysis_id, include_deleted, keep, lang)),
                  ("alinhamento", ALIGNMENT_COLUMNS, alignment_rows(repo.get_analysis(analysis_id).result))])


# ------------------------------------------------------------------ alignment
ALIGNMENT_COLUMNS = ["group", "kind", "source_sentences", "target_sentences", "source_text", "target_text",
                     "score", "set_by"]


def alignment_rows(result: AnalysisResult) -> list[dict[str, Any]]:
    """One row per sentence group of the (possibly corrected) alignment; ``set_by`` says
    whether a researcher set the group in the Alinhamento view or the aligner found it."""
    def text(doc, ids) -> str:  # noqa: ANN001 - a Document and sentence ids
        return " ".join(doc.sentence(i).text for i in ids)
    return [{"group": k + 1, "kind": g.kind, "source_sentences": " ".join(g.source),
             "target_sentences": " ".join(g.target), "source_text": text(result.source, g.source),
             "target_text": text(result.target, g.target),
             "score": None if g.by_researcher else round(float(g.score), 4),
             "set_by": "researcher" if g.by_researcher else "machine"}
            for k, g in enumerate(result.alignments)]


def alignment_csv(repo: Repository, analysis_id: int) -> bytes:
    """UTF-8 with BOM, one row per alignment group (see ``alignment_rows``)."""
    return _csv(ALIGNMENT_COLUMNS, alignment_rows(repo.get_analysis(analysis_id).result))


# --------------------------------------------------------------------- bundle
def analysis_bundle(repo: Repository, analysis_id: int) -> bytes:
    """Everything needed to rebuild the analysis elsewhere: texts, result, annotations, events,
    the alignment-correction log (what a researcher changed in the alignment, undoable on the
    copy too), engine/model versions and the schema revisions that wrote them."""
    rec = repo.get_analysis(analysis_id)
    anns = sorted(repo.list_annotations(analysis_id, include_deleted=True), key=lambda a: a.id)
    events = repo.events(analysis_id)
    bundle = {
        "format": BUNDLE_FORMAT, "bundle_version": BUNDLE_VERSION, "schema_revision": head_revision(),
        "result_schema": RESULT_SCHEMA, "engine_version": rec.engine_version, "model_name": rec.model_name,
        "exported_at": datetime.now(UTC).isoformat(),
        "analysis": {"title": rec.title, "source_text": rec.source_text, "target_text": rec.target_text,
                     "source_hash": rec.source_hash, "target_hash": rec.target_hash, "cache_key": rec.cache_key,
                     "pair_name": rec.pair_name, "pair_index": rec.pair_index,
                     "created_at": rec.created_at.isoformat(), "updated_at": rec.updated_at.isoformat(),
                     "result": rec.result.to_dict()},
        "annotations": [{"id": a.id, "code": a.code, "original_code": a.original_code, "origin": a.origin,
                         "status": a.status, "confidence": a.confidence,
                         "source_spans": [list(s) for s in a.source_spans],
                         "target_spans": [list(s) for s in a.target_spans], "explanation": a.explanation,
                         "comment": a.comment, "detection_index": a.detection_index,
                         "created_at": a.created_at.isoformat(), "updated_at": a.updated_at.isoformat(),
                         "decided_at": a.decided_at.isoformat() if a.decided_at else None} for a in anns],
        "events": [{"id": e.id, "annotation_id": e.annotation_id, "action": e.action,
                    "from_status": e.from_status, "to_status": e.to_status, "from_code": e.from_code,
                    "to_code": e.to_code, "actor": e.actor, "created_at": e.created_at.isoformat(),
                    "detail": e.detail, "undoes_event_id": e.undoes_event_id} for e in events],
        # the researcher's alignment corrections and undos, each with the result before it
        "alignment_corrections": repo.alignment_log(analysis_id),
    }
    return json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8")


def _bad(why: str) -> ReviewError:
    return ReviewError(f"Este arquivo não é um pacote de análise válido do NET-EST: {why}.", "invalid_bundle")


_ANN_KEYS = {"id", "code", "original_code", "origin", "status", "source_spans", "target_spans",
             "created_at", "updated_at"}
_EVENT_KEYS = {"id", "annotation_id", "action", "created_at"}
_CORRECTION_KEYS = {"id", "action", "before_result", "created_at"}


def import_bundle(repo: Repository, data: bytes) -> AnalysisRecord:
    """Recreate a bundle in ``repo``'s workspace (new ids). Bad bundle → ReviewError (Portuguese)."""
    try:
        bundle = json.loads(data.decode("utf-8-sig") if isinstance(data, bytes) else data)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _bad("o conteúdo não é JSON em UTF-8") from None
    if not isinstance(bundle, dict) or bundle.get("format") != BUNDLE_FORMAT:
        raise _bad("falta a identificação do formato")
    version = bundle.get("bundle_version")
    if not isinstance(version, int) or version > BUNDLE_VERSION:
        raise _bad(f"versão {version!r} do pacote não suportada (esta instalação lê até a {BUNDLE_VERSION})")
    a = bundle.get("analysis")
    anns, events = bundle.get("annotations"), bundle.get("events")
    if not isinstance(a, dict) or not isinstance(anns, list) or not isinstance(events, list):
        raise _bad("faltam a análise, as anotações ou os eventos")
    if any(not isinstance(x, dict) or not _ANN_KEYS <= x.keys() for x in anns):
        raise _bad("há anotações incompletas")
    if any(not isinstance(x, dict) or not _EVENT_KEYS <= x.keys() for x in events):
        raise _bad("há eventos incompletos")
    log = bundle.get("alignment_corrections", [])       # absent in bundles older than the corrections
    if not isinstance(log, list) or any(not isinstance(x, dict) or not _CORRECTION_KEYS <= x.keys() for x in log):
        raise _bad("há correções de alinhamento incompletas")
    try:
        result = AnalysisResult.from_dict(a["result"])
        flat = {"result": a["result"], "annotations": anns, "events": events, "title": a["title"],
                "source_hash": str(a["source_hash"]), "target_hash": str(a["target_hash"]),
                "cache_key": str(a["cache_key"]), "pair_name": a.get("pair_name"),
                "pair_index": a.get("pair_index"), "created_at": a["created_at"], "updated_at": a["updated_at"],
                "alignment_corrections": log}
        for ts in [a["created_at"], a["updated_at"], *(x["created_at"] for x in anns + events + log)]:
            datetime.fromisoformat(ts)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _bad("o resultado da análise está incompleto ou corrompido") from None
    if result.source.text != a.get("source_text") or result.target.text != a.get("target_text"):
        raise _bad("os textos não correspondem ao resultado")
    try:
        return repo.import_analysis(flat)
    except (KeyError, TypeError, ValueError) as err:
        if isinstance(err, ReviewError):
            raise
        raise _bad("há dados inconsistentes nas anotações ou eventos") from None


# --------------------------------------------------------------------- corpus
def _numeric(d: Any) -> dict[str, float]:
    if not isinstance(d, dict):
        return {}
    return {k: float(v) for k, v in d.items() if isinstance(v, int | float) and not isinstance(v, bool)}


def readability_columns(metrics: dict[str, Any]) -> dict[str, float]:
    """``metrics["source"]``/``metrics["target"]`` numeric values → source, target and delta."""
    src, tgt = _numeric(metrics.get("source")), _numeric(metrics.get("target"))
    out: dict[str, float] = {}
    for k in sorted(src.keys() & tgt.keys()):
        out[f"{k}_source"], out[f"{k}_target"] = src[k], tgt[k]
        out[f"{k}_delta"] = round(tgt[k] - src[k], 6)
    return out


def _step(levels: tuple[str, str] | None) -> str:
    """A three-level step as ``original → natural``; "" for a plain pair."""
    return " → ".join(levels) if levels else ""


def _item_steps(repo: Repository, items: list[Any]) -> dict[int, list[tuple[int, tuple[str, str] | None]]]:
    """Every analysed item's analyses: a three-level row's every step, a pair's one analysis."""
    return repo.chain_steps([i.analysis_id for i in items if i.analysis_id])


def _corpus_rows(repo: Repository, corpus_id: int) -> tuple[list[str], list[dict[str, Any]]]:
    """One row per pair, and one per step of a three-level pair (``step``: its two levels)."""
    items = repo.corpus_items(corpus_id)
    steps = _item_steps(repo, items)
    counts = repo.code_counts([aid for chain in steps.values() for aid, _ in chain])
    rows, metric_cols = [], []
    for item in items:
        base: dict[str, Any] = {"position": item.position + 1, "pair": item.name, "step": "", "status": item.status,
                                "error": item.error_message or "", "analysis_id": item.analysis_id}
        if not item.analysis_id:
            rows.append(base)
            continue
        for aid, levels in steps[item.analysis_id]:
            row = {**base, "analysis_id": aid, "step": _step(levels)}
            metrics = readability_columns(repo.get_analysis(aid).result.metrics)
            metric_cols += [k for k in metrics if k not in metric_cols]
            row.update(metrics)
            for code in STRATEGY_CODES:
                row[code] = counts.get(aid, {}).get(code, 0)
            rows.append(row)
    columns = ["position", "pair", "step", "status", "error", "analysis_id", *metric_cols, *STRATEGY_CODES]
    return columns, rows


def corpus_csv(repo: Repository, corpus_id: int) -> bytes:
    """One row per pair (per step of a three-level pair): status, readability (source, target,
    delta) and strategy counts (annotations neither rejected nor deleted, by their current code)."""
    return _csv(*_corpus_rows(repo, corpus_id))


def corpus_xlsx(repo: Repository, corpus_id: int) -> bytes:
    columns, rows = _corpus_rows(repo, corpus_id)
    return _xlsx([("corpus", columns, rows)])


# ------------------------------------------------- every annotation of a corpus
CORPUS_ANNOTATION_COLUMNS = ["position", "pair", "step", "analysis_id", "annotation_id",
                             *[c for c in ANNOTATION_COLUMNS if c != "id"]]


def _corpus_annotation_rows(repo: Repository, corpus_id: int,
                            keep: Any = None, lang: str = "pt-BR") -> list[dict[str, Any]]:
    """One row per detection and decision of every analysed pair, in pair order. ``keep`` (an
    annotation predicate) applies the researcher's display rule (enabled strategies)."""
    rows = []
    items = repo.corpus_items(corpus_id)
    steps = _item_steps(repo, items)
    for item in items:
        if not item.analysis_id:
            continue
        for aid, levels in steps[item.analysis_id]:      # a three-level pair: every step's annotations
            result = repo.get_analysis(aid).result
            for a in repo.list_annotations(aid):
                if keep is not None and not keep(a):
                    continue
                row = _annotation_row(a, lang, result)
                row.update(position=item.position + 1, pair=item.name, step=_step(levels), analysis_id=aid,
                           annotation_id=row.pop("id"))
                rows.append(row)
    return rows


def corpus_annotations_csv(repo: Repository, corpus_id: int, keep: Any = None, lang: str = "pt-BR") -> bytes:
    """Every annotation of the corpus: pair, code, spans on both sides, the texts they cover,
    origin and status (pending/accepted/rejected/relabelled/created)."""
    return _csv(CORPUS_ANNOTATION_COLUMNS, _corpus_annotation_rows(repo, corpus_id, keep, lang))


def corpus_annotations_xlsx(repo: Repository, corpus_id: int, keep: Any = None, lang: str = "pt-BR") -> bytes:
    return _xlsx([("anotacoes", CORPUS_ANNOTATION_COLUMNS, _corpus_annotation_rows(repo, corpus_id, keep, lang))])
