"""Exports of the review record: annotations (CSV, JSONL, XLSX), a lossless analysis bundle
(JSON, re-importable into another workspace or instance) and corpus tables (CSV, XLSX).

Data layer only: functions return bytes; pages put them in download buttons. CSV cells that a
spreadsheet would run as a formula (starting with = + - @, tab or CR) are prefixed with a quote.
"""
from __future__ import annotations

from db.repository import Repository
from db.views import AnalysisRecord

BUNDLE_FORMAT = "netest-analysis-bundle"
BUNDLE_VERSION = 1


def annotations_csv(repo: Repository, analysis_id: int, include_deleted: bool = False) -> bytes:
    """UTF-8 with BOM (Excel opens accents correctly), one row per annotation."""
    raise NotImplementedError


def annotations_jsonl(repo: Repository, analysis_id: int, include_deleted: bool = False) -> bytes:
    raise NotImplementedError


def annotations_xlsx(repo: Repository, analysis_id: int, include_deleted: bool = False) -> bytes:
    raise NotImplementedError


def analysis_bundle(repo: Repository, analysis_id: int) -> bytes:
    """Everything needed to rebuild the analysis elsewhere: texts, result, annotations, events."""
    raise NotImplementedError


def import_bundle(repo: Repository, data: bytes) -> AnalysisRecord:
    """Recreate a bundle in ``repo``'s workspace (new ids). Bad bundle → ReviewError (Portuguese)."""
    raise NotImplementedError


def corpus_csv(repo: Repository, corpus_id: int) -> bytes:
    """One row per pair: status, readability (source, target, delta) and strategy counts."""
    raise NotImplementedError


def corpus_xlsx(repo: Repository, corpus_id: int) -> bytes:
    raise NotImplementedError
