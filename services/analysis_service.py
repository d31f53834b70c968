"""Running an analysis and recording review decisions, with every failure made explicit.

Why a service: the page must never claim something was saved when it was not, and must never
show a traceback. ``run_analysis`` returns the result even when the database is down (``saved``
tells the truth); ``decide`` wraps each review action and says whether it was stored. Metrics
and structured logs are recorded here, once, instead of in every page.
"""
from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from analysis import ENGINE_VERSION
from analysis.ingest import check_pair_size
from analysis.types import (
    STRATEGY_CODES,
    AnalysisResult,
    AnalysisSettings,
    InputError,
    ModelInfo,
    render_message,
)
from db.errors import DatabaseUnavailable, ReviewError
from db.repository import Repository
from db.views import AnalysisRecord, AnnotationView
from ops import (
    metrics,
    ratelimit,  # the module: tests swap its limiter
)
from ops.errors import report_exception
from ops.logging import log_event
from services.input_limits import ingest_limits
from services.outcomes import FailureKind, failure_kind

log = logging.getLogger("netest.service")

ProgressCallback = Callable[[str, float], None]
#: ``analyze``'s shape; the page may pass a cached wrapper around ``analysis.pipeline.analyze``.
Analyzer = Callable[..., AnalysisResult]

NOT_SAVED_MESSAGE = "Não foi possível salvar; nada foi perdido, tente novamente."
UNEXPECTED_MESSAGE = "Ocorreu um erro inesperado na análise. Código do erro: {error_id}."


@dataclass
class AnalysisOutcome:
    result: AnalysisResult | None
    analysis_id: int | None
    saved: bool
    cached: bool
    error_message_pt: str | None = None     # input error, rate limit or unexpected error
    save_message_pt: str | None = None      # set when the result exists but was not saved
    title: str = ""
    error_msg: dict = field(default_factory=dict)   # the input error as a message, when it has one

    @property
    def ok(self) -> bool:
        return self.result is not None

    def error_in(self, lang: str) -> str | None:
        """The error in ``lang`` (an input error with a message), else its Portuguese text."""
        return render_message(self.error_msg, lang) if self.error_msg else self.error_message_pt


@dataclass
class DecisionOutcome:
    """A review click's end: saved (``ok``), or a failure kind the page words and decides on:
    ``db_down`` (nothing stored: offer a retry), ``store_refused`` (``reason``: stale, duplicate,
    nothing_to_undo, ...; not retried), ``unexpected`` (reported under ``error_id``)."""
    ok: bool
    saved: bool
    message_pt: str | None = None           # the store's Portuguese reason (detail, not the wording)
    annotation: AnnotationView | None = None
    failure: FailureKind | None = None
    reason: str = ""
    error_id: str = ""


@dataclass
class OpenOutcome:
    """A saved analysis and its annotations, or why it could not be opened (``db_down``, or
    ``store_refused`` when it does not exist in this workspace)."""
    record: AnalysisRecord | None
    annotations: list[AnnotationView]
    failure: FailureKind | None = None


def open_saved(repo: Repository, analysis_id: int) -> OpenOutcome:
    """Load a saved analysis of ``repo``'s workspace with its (not deleted) annotations."""
    try:
        rec, annotations = repo.open_analysis(int(analysis_id))
        return OpenOutcome(rec, annotations)
    except (DatabaseUnavailable, ReviewError) as err:
        return OpenOutcome(None, [], failure_kind(err))


@dataclass(frozen=True)
class PairTexts:
    source: str
    target: str
    title: str
    third: str = ""         # a chain of three levels: the strong level


def analysis_texts(repo: Repository | None, analysis_id: int,
                   record: AnalysisRecord | None = None) -> PairTexts | None:
    """The texts and title of a saved analysis (to edit and re-run), None when unavailable.
    Any step of a chain of levels gives the chain's texts (original, natural, strong).
    ``record``: the analysis already loaded (``open_saved``), so it is not read again."""
    if repo is None:
        return None
    try:
        rec = record if record is not None and record.id == int(analysis_id) else repo.get_analysis(int(analysis_id))
        if rec.chain_head_id is not None:
            rec = repo.get_analysis(int(rec.chain_head_id))
        steps = [int(i) for i in (rec.levels or {}).get("steps", [])]
        third = repo.get_analysis(steps[-1]).target_text if len(steps) > 1 else ""
    except (DatabaseUnavailable, ReviewError):
        return None
    return PairTexts(rec.source_text, rec.target_text, rec.title, third)


def default_title(source: str, limit: int = 60) -> str:
    """First words of the source, for the history list when the researcher gave no title."""
    words = " ".join(source.split())
    if len(words) <= limit:
        return words
    cut = words[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _report(exc: BaseException) -> str:
    return str(report_exception(exc, {"where": "analysis"}))


def _rate_limited(key: str | None) -> str | None:
    """The Portuguese message when this workspace is over its fresh-analysis budget, else None."""
    allowed, retry_after = ratelimit.get_rate_limiter().check(key or "anonymous")
    return None if allowed else ratelimit.rate_limit_message(retry_after)


def _log(event: str, **fields: Any) -> None:
    log_event(event, **fields)


def run_analysis(
    repo: Repository | None,
    source: str,
    target: str,
    settings: AnalysisSettings | None = None,
    title: str | None = None,
    progress: ProgressCallback | None = None,
    *,
    encoder: Any = None,
    model_info: ModelInfo | None = None,
    analyzer: Analyzer | None = None,
    rate_key: str | None = None,
    corpus_id: int | None = None,
    pair_name: str | None = None,
    pair_index: int | None = None,
) -> AnalysisOutcome:
    """Analyse (or reuse a cached analysis of) ``source``/``target`` and try to save it.

    ``repo`` None means "no database right now": the analysis runs and is returned unsaved.
    ``rate_key`` identifies the workspace (or session) for the rate limiter.
    ``corpus_id``/``pair_name``/``pair_index`` link the analysis to a corpus pair: such a pair
    always gets its own analysis row (no content-hash reuse: the corpus views and exports read
    their pairs' rows) and is not rate-limited per pair (the corpus size limit bounds the run).
    """
    in_corpus = corpus_id is not None
    settings = settings or AnalysisSettings()
    title = (title or "").strip() or default_title(source)
    t0 = time.perf_counter()

    if repo is not None and not in_corpus:
        try:
            rec = repo.find_cached(source, target, settings, ENGINE_VERSION)
        except DatabaseUnavailable:
            metrics.record_db_error("find_cached")
            rec = None
        if rec is not None:
            seconds = time.perf_counter() - t0
            metrics.record_analysis("cached", seconds)
            _log("analysis_cached", analysis_id=rec.id, seconds=seconds)
            return AnalysisOutcome(rec.result, rec.id, True, True, title=rec.title)

    limited = None if in_corpus else _rate_limited(rate_key)
    if limited is not None:
        metrics.record_rate_limited("analysis")
        return AnalysisOutcome(None, None, False, False, limited, title=title)

    run = analyzer
    if run is None:
        from services.engine_pool import analyze as run  # in-process unless NETEST_ENGINE_WORKERS
    info = dataclasses.replace(model_info) if model_info is not None else None  # never mutate a shared one
    try:
        check_pair_size(source, target, ingest_limits())   # the configured limits, before any work
        result = run(source, target, settings, encoder=encoder, model_info=info, progress=progress)
    except InputError as err:
        metrics.record_analysis("input_error", time.perf_counter() - t0)
        return AnalysisOutcome(None, None, False, False, err.message, title=title, error_msg=err.msg)
    except Exception as exc:  # noqa: BLE001 - the researcher gets an id, never a traceback
        metrics.record_analysis("error", time.perf_counter() - t0)
        error_id = _report(exc)
        _log("analysis_failed", error_id=error_id, error_type=type(exc).__name__)
        return AnalysisOutcome(None, None, False, False, UNEXPECTED_MESSAGE.format(error_id=error_id),
                               title=title)
    seconds = time.perf_counter() - t0
    metrics.record_analysis("ok", seconds)

    analysis_id, saved, save_msg = None, False, NOT_SAVED_MESSAGE
    if repo is not None:
        try:
            rec = repo.save_analysis(source, target, result, title=title, corpus_id=corpus_id,
                                     pair_name=pair_name, pair_index=pair_index)
            analysis_id, saved, save_msg = rec.id, True, None
        except DatabaseUnavailable as err:
            metrics.record_db_error("save_analysis")
            save_msg = err.message
        except ReviewError as err:  # the engine produced something the store refuses
            metrics.record_db_error("save_analysis")
            _log("analysis_not_saved", error_type="ReviewError")
            save_msg = err.message
    _log("analysis_done", analysis_id=analysis_id, saved=saved, seconds=seconds,
         detections=len(result.strategies), source_sentences=len(result.source.sentences),
         target_sentences=len(result.target.sentences))
    return AnalysisOutcome(result, analysis_id, saved, False, None, save_msg, title=title)


def save_result(repo: Repository | None, source: str, target: str, result: AnalysisResult,
                title: str) -> AnalysisOutcome:
    """Retry saving an analysis that was computed while the database was down."""
    if repo is None:
        return AnalysisOutcome(result, None, False, False, None, NOT_SAVED_MESSAGE, title=title)
    try:
        rec = repo.save_analysis(source, target, result, title=title)
    except (DatabaseUnavailable, ReviewError) as err:
        metrics.record_db_error("save_analysis")
        return AnalysisOutcome(result, None, False, False, None, err.message, title=title)
    return AnalysisOutcome(result, rec.id, True, False, title=title)


#: service action → (repository method, metrics action)
_ACTIONS: dict[str, tuple[str, str]] = {
    "accept": ("accept", "accept"),
    "reject": ("reject", "reject"),
    "relabel": ("relabel", "relabel"),
    "edit_span": ("edit_span", "edit"),
    "comment": ("comment", "comment"),
    "delete": ("delete_annotation", "delete"),
    "create": ("create_annotation", "add"),
    "undo": ("undo", "restore"),
}


def decide(repo: Repository | None, action: str, annotation_id: int | None = None, **kw: Any) -> DecisionOutcome:
    """Apply one review action and say whether it was stored.

    ``action`` is one of accept, reject, relabel (``code=``), edit_span (``source_spans=``,
    ``target_spans=``), comment (``text=``), delete, create (``analysis_id=``, ``code=``,
    ``source_spans=``, ``target_spans=``, ``comment=``) and undo (``analysis_id=``, ``event_id=``:
    this tab's last action). Single-annotation actions take ``expected_version=`` (the version
    the researcher saw): a change made meanwhile refuses it (``store_refused``, reason ``stale``).
    """
    if action not in _ACTIONS:
        raise ValueError(f"unknown review action {action!r}")
    if repo is None:
        return DecisionOutcome(False, False, NOT_SAVED_MESSAGE, failure="db_down")
    method_name, metric_action = _ACTIONS[action]
    method = getattr(repo, method_name)
    try:
        if action in ("create", "undo"):
            view = method(**kw)
        else:
            view = method(annotation_id, **kw)
    except DatabaseUnavailable as err:
        metrics.record_db_error(action)
        return DecisionOutcome(False, False, err.message, failure="db_down")
    except ReviewError as err:
        return DecisionOutcome(False, False, err.message, failure="store_refused", reason=err.code)
    except Exception as exc:  # noqa: BLE001 - the researcher gets an id, never a traceback
        error_id = _report(exc)
        return DecisionOutcome(False, False, UNEXPECTED_MESSAGE.format(error_id=error_id),
                               failure="unexpected", error_id=error_id)
    if action == "undo" and view is None:
        return DecisionOutcome(False, True, "Não há nenhuma ação para desfazer.", failure="store_refused",
                               reason="nothing_to_undo")
    metrics.record_decision(metric_action, getattr(view, "code", None), STRATEGY_CODES)
    _log("review_decision", action=action, annotation_id=getattr(view, "id", annotation_id))
    return DecisionOutcome(True, True, None, view)
