"""Exports of an analysis (annotation tables, the re-importable bundle) and bundle import.

Why a service: what an export contains follows the researcher's preferences (the same filter
every page lists and counts with), and components never import ``db``.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from db import exports
from db.views import AnalysisRecord
from services.interop import ExportSpan, PairExport, inception_zip, label_studio_config, label_studio_json
from services.outcomes import DatabaseUnavailable, FailureKind, InputError, failure_kind
from services.preferences import ReviewFilter
from services.store import Repository

ANNOTATION_FORMATS = ("csv", "jsonl", "xlsx")


def annotations_file(repo: Repository, analysis_id: int, fmt: str, view: ReviewFilter,
                     lang: str = "pt-BR") -> bytes:
    """The analysis's annotations as ``fmt``, only those ``view`` lists (plus human ones), the
    explanations in ``lang``."""
    writer = {"csv": exports.annotations_csv, "jsonl": exports.annotations_jsonl,
              "xlsx": exports.annotations_xlsx}[fmt]
    return writer(repo, analysis_id, keep=view.keeps, lang=lang)


def alignment_file(repo: Repository, analysis_id: int) -> bytes:
    """The sentence alignment as CSV (corrected groups flagged ``set_by=researcher``)."""
    return exports.alignment_csv(repo, analysis_id)


def bundle_file(repo: Repository, analysis_id: int) -> bytes:
    """Everything needed to rebuild the analysis elsewhere (every annotation and event)."""
    return exports.analysis_bundle(repo, analysis_id)


#: who the decisions of a single workspace are attributed to in INCEpTION / Label Studio
WORKSPACE_ANNOTATOR = "pesquisador"


def pair_export(repo: Repository, analysis_id: int, view: ReviewFilter) -> PairExport:
    """One workspace analysis as the interop exports take it: each listed machine detection as
    the machine's proposal, the researcher's decision on it, and the researcher's own spans."""
    rec = repo.get_analysis(analysis_id)
    spans = []
    for a in repo.list_annotations(analysis_id):
        if a.origin == "machine" and view.keeps(a):
            spans.append(ExportSpan(a.original_code, a.source_spans, a.target_spans, a.confidence))
            if a.status in ("accepted", "rejected", "relabelled"):
                spans.append(ExportSpan(a.code, a.source_spans, a.target_spans, a.confidence, a.status,
                                        WORKSPACE_ANNOTATOR, a.comment, "review"))
        elif a.origin == "human" and a.status != "deleted":
            spans.append(ExportSpan(a.code, a.source_spans, a.target_spans, None, "created",
                                    WORKSPACE_ANNOTATOR, a.comment, "human"))
    return PairExport(rec.title or f"analise-{rec.id}", rec.result, spans)


def inception_file(repo: Repository, analysis_id: int, view: ReviewFilter) -> bytes:
    """ZIP for INCEpTION: ``typesystem.xml`` and the pair as UIMA CAS XMI."""
    return inception_zip([pair_export(repo, analysis_id, view)])


def label_studio_file(repo: Repository, analysis_id: int, view: ReviewFilter) -> bytes:
    """ZIP for Label Studio: ``tasks.json`` and ``label-studio-config.xml`` (paste into the project)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("tasks.json", label_studio_json([pair_export(repo, analysis_id, view)]))
        zf.writestr("label-studio-config.xml", label_studio_config())
    return buf.getvalue()


@dataclass(frozen=True)
class ImportOutcome:
    record: AnalysisRecord | None
    failure: FailureKind | None = None
    detail: str = ""          # the store's Portuguese reason (bad bundle, outage)


def import_bundle(repo: Repository | None, data: bytes) -> ImportOutcome:
    """Recreate an exported bundle as a new analysis of ``repo``'s workspace."""
    if repo is None:
        return ImportOutcome(None, "db_down")
    try:
        return ImportOutcome(exports.import_bundle(repo, data))
    except (DatabaseUnavailable, InputError) as err:
        return ImportOutcome(None, failure_kind(err), getattr(err, "message", ""))
