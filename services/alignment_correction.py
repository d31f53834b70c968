"""Correcting a saved analysis' sentence alignment, as a review-record event with undo.

Why a service: the engine (``analysis.realign``) computes the corrected alignment and re-detects
the changed groups; the store (``db.repositories.alignment``) records it and adjusts the
review. This module joins the two with the same model the analysis was made with, and turns
every failure into an outcome the page words (never a traceback, never a half-applied change).
"""
from __future__ import annotations

from dataclasses import dataclass

from analysis.realign import ACTIONS, Correction, corrected_groups, redetect
from analysis.types import AnalysisResult
from db.errors import DatabaseUnavailable, ReviewError
from db.repository import DEFAULT_ACTOR, Repository
from db.views import CorrectionView
from models.encoder import Encoder
from models.loader import get_encoder, lexical_fallback
from ops.errors import report_exception
from ops.logging import log_event
from services.outcomes import FailureKind, InputError
from services.reporting import report_detector_error

__all__ = ["ACTIONS", "Correction", "CorrectionOutcome", "CorrectionView", "correct_alignment", "corrections", "undo_correction"]


@dataclass
class CorrectionOutcome:
    """A correction (or its undo) stored (``ok``), or why not: ``input`` (the choice of sentences
    cannot apply, ``message_pt`` says why), ``db_down``, ``store_refused`` (``reason``: stale,
    nothing_to_undo), ``unexpected`` (reported under ``error_id``)."""

    ok: bool
    correction: CorrectionView | None = None
    failure: FailureKind | None = None
    message_pt: str | None = None
    reason: str = ""
    error_id: str = ""


def encoder_for(result: AnalysisResult) -> Encoder:
    """The model the analysis was made with: its lexical stand-in when it fell back to it (so a
    re-detected group is measured like its neighbours were)."""
    if result.model.backend == "lexical" or result.model.fallback:
        return lexical_fallback(result.model.requested).encoder
    return get_encoder(result.settings.model).encoder


def _failed(exc: BaseException) -> CorrectionOutcome:
    if isinstance(exc, DatabaseUnavailable):
        return CorrectionOutcome(False, failure="db_down", message_pt=exc.message)
    if isinstance(exc, ReviewError):   # before InputError: the store's refusals are ValueErrors too
        return CorrectionOutcome(False, failure="store_refused", message_pt=exc.message, reason=exc.code)
    if isinstance(exc, InputError):
        return CorrectionOutcome(False, failure="input", message_pt=exc.message, reason=exc.code)
    error_id = str(report_exception(exc, {"where": "alignment_correction"}))
    return CorrectionOutcome(False, failure="unexpected", error_id=error_id)


def correct_alignment(repo: Repository | None, analysis_id: int, correction: Correction,
                      actor: str = DEFAULT_ACTOR) -> CorrectionOutcome:
    """Apply ``correction`` to the stored analysis: re-detect the changed groups with the
    analysis' own settings and model, keep decisions on unchanged groups, take the stale
    pending cards off the list and flag the decisions on the changed groups."""
    if repo is None:
        return CorrectionOutcome(False, failure="db_down")
    try:
        result, version = repo.alignment_state(int(analysis_id))
        groups = corrected_groups(result, correction)
        red = redetect(result, groups, encoder_for(result), report_detector_error)
        view = repo.correct_alignment(int(analysis_id), red.result, red.kept, red.fresh, red.stale,
                                      correction.to_dict(), version, actor)
    except Exception as exc:  # noqa: BLE001 - every failure becomes an outcome
        return _failed(exc)
    log_event("alignment_corrected", analysis_id=int(analysis_id), action=correction.action,
              changed=len(red.changed), superseded=view.n_superseded, new=view.n_new)
    return CorrectionOutcome(True, view)


def undo_correction(repo: Repository | None, analysis_id: int, actor: str = DEFAULT_ACTOR,
                    expected_id: int | None = None) -> CorrectionOutcome:
    """Undo the latest correction: the previous alignment, detections and cards come back.
    Called again, it undoes the one before, back through the history. ``expected_id`` (the
    correction the page showed as next to undo) makes a stale tab's click a clean refusal
    (``store_refused``, reason ``stale_undo``) instead of undoing an older correction."""
    if repo is None:
        return CorrectionOutcome(False, failure="db_down")
    try:
        view = repo.undo_alignment_correction(int(analysis_id), actor, expected_id)
    except Exception as exc:  # noqa: BLE001
        return _failed(exc)
    if view is None:
        return CorrectionOutcome(False, failure="store_refused", reason="nothing_to_undo")
    log_event("alignment_correction_undone", analysis_id=int(analysis_id), undoes=view.undoes_id)
    return CorrectionOutcome(True, view)


def corrections(repo: Repository | None, analysis_id: int) -> list[CorrectionView]:
    """The analysis' corrections, oldest first ([] when the store cannot say)."""
    if repo is None:
        return []
    try:
        return repo.alignment_corrections(int(analysis_id))
    except (DatabaseUnavailable, ReviewError):
        return []
