"""Workspace-scoped repository: the only code that reads and writes NET-EST's rows.

Every method opens its own transaction (``session_scope``), filters by ``workspace_id`` and
returns plain dataclasses from ``db.views``. Review actions lock the analysis row first, so
concurrent decisions on one analysis are serialised and each writes its AnnotationEvent in the
same transaction as the change it records.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.engine import Engine

from analysis.types import AnalysisResult, AnalysisSettings
from db.views import (
    AnalysisRecord,
    AnalysisSummary,
    AnnotationView,
    CorpusItemView,
    CorpusView,
    EventView,
    FeedbackStats,
    Page,
    Preferences,
    Span,
)

DEFAULT_ACTOR = "researcher"


class Repository:
    """All operations of one workspace. Cheap to create (holds only the engine and the id)."""

    def __init__(self, engine: Engine, workspace_id: int) -> None:
        self.engine = engine
        self.workspace_id = workspace_id

    # ----------------------------------------------------------------- analyses
    def find_cached(self, source: str, target: str, settings: AnalysisSettings,
                    engine_version: str) -> AnalysisRecord | None:
        """The most recent analysis of exactly these texts/settings/engine in this workspace."""
        raise NotImplementedError

    def save_analysis(self, source: str, target: str, result: AnalysisResult, title: str | None = None,
                      corpus_id: int | None = None, pair_name: str | None = None,
                      pair_index: int | None = None) -> AnalysisRecord:
        """Store ``result`` and one pending machine Annotation per detection.

        ``source``/``target`` are the texts as submitted (the cache key); spans index into
        ``result.source.text``/``result.target.text``, which are what is stored and shown.
        Raises ReviewError for detections the machine may not produce (PRO+, unknown code,
        span outside the text).
        """
        raise NotImplementedError

    def get_analysis(self, analysis_id: int) -> AnalysisRecord:
        """Raises NotFound when the id is not an analysis of this workspace."""
        raise NotImplementedError

    def list_analyses(self, search: str | None = None, code: str | None = None,
                      date_from: date | None = None, date_to: date | None = None,
                      corpus_id: int | None = None, page: int = 1,
                      page_size: int = 20) -> Page[AnalysisSummary]:
        """History, newest first. ``search`` matches title and both texts (case-insensitive);
        ``code`` keeps analyses with a non-deleted annotation of that strategy; dates are
        inclusive calendar days (UTC)."""
        raise NotImplementedError

    def rename_analysis(self, analysis_id: int, title: str) -> AnalysisSummary:
        raise NotImplementedError

    def delete_analysis(self, analysis_id: int) -> None:
        """Hard delete: the analysis, its annotations and its events."""
        raise NotImplementedError

    # ------------------------------------------------------------------ review
    def list_annotations(self, analysis_id: int, include_deleted: bool = False) -> list[AnnotationView]:
        """Ordered by first span position (source side, then target side)."""
        raise NotImplementedError

    def get_annotation(self, annotation_id: int) -> AnnotationView:
        raise NotImplementedError

    def accept(self, annotation_id: int, actor: str = DEFAULT_ACTOR) -> AnnotationView:
        """The machine was right: status accepted, code back to the machine's code."""
        raise NotImplementedError

    def reject(self, annotation_id: int, actor: str = DEFAULT_ACTOR) -> AnnotationView:
        """The machine was wrong: status rejected."""
        raise NotImplementedError

    def relabel(self, annotation_id: int, code: str, actor: str = DEFAULT_ACTOR) -> AnnotationView:
        """Right place, wrong strategy: status relabelled (accepted if back to the machine's code)."""
        raise NotImplementedError

    def edit_span(self, annotation_id: int, source_spans: Sequence[Span], target_spans: Sequence[Span],
                  actor: str = DEFAULT_ACTOR) -> AnnotationView:
        """Replace both span lists (validated: 0 <= start < end <= len(text), at least one span)."""
        raise NotImplementedError

    def comment(self, annotation_id: int, text: str, actor: str = DEFAULT_ACTOR) -> AnnotationView:
        raise NotImplementedError

    def create_annotation(self, analysis_id: int, code: str, source_spans: Sequence[Span],
                          target_spans: Sequence[Span], comment: str = "",
                          actor: str = DEFAULT_ACTOR) -> AnnotationView:
        """A researcher's own annotation (any code, incl. PRO+ and OM+); status created."""
        raise NotImplementedError

    def delete_annotation(self, annotation_id: int, actor: str = DEFAULT_ACTOR) -> AnnotationView:
        """Soft delete (status deleted); undo restores it."""
        raise NotImplementedError

    def undo(self, analysis_id: int, actor: str = DEFAULT_ACTOR) -> AnnotationView | None:
        """Revert the latest not-yet-undone action on the analysis; None when nothing to undo."""
        raise NotImplementedError

    def events(self, analysis_id: int) -> list[EventView]:
        """The audit trail of the analysis, oldest first."""
        raise NotImplementedError

    # ---------------------------------------------------------------- feedback
    def feedback_stats(self, all_workspaces: bool = False) -> FeedbackStats:
        """Per-strategy verdicts on machine detections, the relabel confusion, and per-day counts.

        ``all_workspaces=True`` aggregates counts across every workspace (no texts, no ids)."""
        raise NotImplementedError

    # ------------------------------------------------------------- preferences
    def get_preferences(self) -> Preferences:
        raise NotImplementedError

    def save_preferences(self, prefs: Preferences) -> Preferences:
        """Validates every field (ReviewError with a Portuguese message on a bad value)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ corpus
    def create_corpus(self, name: str, items: Sequence[tuple[str, str, str]]) -> CorpusView:
        """``items`` are (pair name, source, target); all start pending."""
        raise NotImplementedError

    def get_corpus(self, corpus_id: int) -> CorpusView:
        raise NotImplementedError

    def list_corpora(self) -> list[CorpusView]:
        raise NotImplementedError

    def corpus_items(self, corpus_id: int) -> list[CorpusItemView]:
        raise NotImplementedError

    def pending_items(self, corpus_id: int) -> list[CorpusItemView]:
        """What a killed run still has to do (pending, in order)."""
        raise NotImplementedError

    def mark_item_done(self, item_id: int, analysis_id: int) -> CorpusItemView:
        raise NotImplementedError

    def mark_item_error(self, item_id: int, message: str) -> CorpusItemView:
        raise NotImplementedError

    def delete_corpus(self, corpus_id: int) -> None:
        """Deletes the corpus, its items and the analyses of its pairs."""
        raise NotImplementedError
