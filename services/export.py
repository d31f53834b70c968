"""Exports of an analysis (annotation tables, the re-importable bundle) and bundle import.

Why a service: what an export contains follows the researcher's preferences (the same filter
every page lists and counts with), and components never import ``db``.
"""
from __future__ import annotations

from dataclasses import dataclass

from db import exports
from db.views import AnalysisRecord
from services.outcomes import DatabaseUnavailable, FailureKind, InputError, failure_kind
from services.preferences import ReviewFilter
from services.store import Repository

ANNOTATION_FORMATS = ("csv", "jsonl", "xlsx")


def annotations_file(repo: Repository, analysis_id: int, fmt: str, view: ReviewFilter) -> bytes:
    """The analysis's annotations as ``fmt``, only those ``view`` lists (plus human ones)."""
    writer = {"csv": exports.annotations_csv, "jsonl": exports.annotations_jsonl,
              "xlsx": exports.annotations_xlsx}[fmt]
    return writer(repo, analysis_id, keep=view.keeps)


def alignment_file(repo: Repository, analysis_id: int) -> bytes:
    """The sentence alignment as CSV (corrected groups flagged ``set_by=researcher``)."""
    return exports.alignment_csv(repo, analysis_id)


def bundle_file(repo: Repository, analysis_id: int) -> bytes:
    """Everything needed to rebuild the analysis elsewhere (every annotation and event)."""
    return exports.analysis_bundle(repo, analysis_id)


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
