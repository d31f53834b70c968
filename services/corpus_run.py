"""Analyse a corpus of (source, target) pairs, resumably.

Why two steps: ``create_run`` stores every pair first (``repo.create_corpus``); ``run_pending``
then analyses the pending items one by one and marks each done/error the moment it finishes.
So closing the tab or killing the process loses nothing already done — opening the Corpus page
again offers to resume the pending rest. A pair that fails (bad text, engine bug) is marked
error with a Portuguese message and the run goes on; only a database outage stops the run,
because then nothing could be recorded (the items stay pending and the run can be resumed).

No Streamlit here: the page passes ``progress``/``should_stop`` callbacks; tests call it directly.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from analysis.types import AnalysisSettings, InputError, render_message
from analysis.types import msg as message
from db.errors import DatabaseUnavailable
from ops.errors import report_exception
from ops.metrics import record_corpus_pairs
from services.analysis_service import run_analysis
from services.levels_service import run_levels
from services.preferences import ReviewFilter, store_everything

log = logging.getLogger("netest.corpus_run")

#: progress(fraction in [0, 1], message in Portuguese)
ProgressCallback = Callable[[float, str], None]
#: should_stop() -> True to stop after the current pair
StopCallback = Callable[[], bool]

UNEXPECTED_PAIR_ERROR = "Erro inesperado ao analisar este par (código {error_id}); os demais pares seguem."


class PairLike(Protocol):
    name: str
    source: str
    target: str


@dataclass
class RunSummary:
    """What one call of ``run_pending`` did."""

    corpus_id: int
    attempted: int = 0           # pairs processed in this call
    done: int = 0                # analysed and saved in this call
    errors: int = 0              # marked error in this call
    remaining: int = 0           # still pending when the call returned
    stopped: bool = False        # should_stop() asked to stop
    database_error: str | None = None   # Portuguese; set when the run stopped because the DB failed
    seconds: float = 0.0
    error_messages: dict[str, str] = field(default_factory=dict)   # pair name -> message

    @property
    def finished(self) -> bool:
        return self.remaining == 0 and self.database_error is None


def create_run(repo: Any, name: str, pairs: Sequence[PairLike]) -> int:
    """Store the corpus and all its pairs as pending items; returns the corpus id.

    Raises InputError (Portuguese) for an empty name or no pairs; DatabaseUnavailable passes
    through (nothing was stored, the page says so).
    """
    name = (name or "").strip()
    if not name:
        raise InputError("Dê um nome ao corpus.", "empty_corpus_name")
    if not pairs:
        raise InputError("Nenhum par válido para analisar.", "empty_corpus")
    view = repo.create_corpus(name[:300], [(p.name, p.source, p.target, getattr(p, "third", "") or "")
                                           for p in pairs])
    return int(view.id)


def _report(exc: BaseException) -> str:
    try:
        return report_exception(exc, {"where": "corpus_run"})
    except Exception:  # noqa: BLE001 - reporting must never break the run
        log.exception("could not report exception")
        return "-"


def _metric(outcome: str) -> None:
    try:
        record_corpus_pairs(1, outcome)
    except Exception:  # noqa: BLE001 - metrics are best effort
        log.debug("metrics unavailable", exc_info=True)


def _analyse_and_save(repo: Any, item: Any, corpus_id: int, settings: AnalysisSettings) -> int:
    """Analyse one item and save it linked to the corpus (through the same service as the
    Analisar page: metrics, logs, error ids); returns the analysis id (a row with a third level:
    the id of its chain's first step)."""
    if getattr(item, "third", ""):
        chain = run_levels(repo, [item.source, item.target, item.third], settings, title=item.name,
                           corpus_id=corpus_id, pair_name=item.name, pair_index=item.position)
        if not chain.saved or chain.analysis_id is None:
            if chain.steps:       # analysed, not stored
                raise DatabaseUnavailable(chain.error_message_pt or DatabaseUnavailable().message)
            raise InputError(chain.error_message_pt or "Não foi possível analisar este par.")
        return int(chain.analysis_id)
    outcome = run_analysis(repo, item.source, item.target, settings, title=item.name,
                           corpus_id=corpus_id, pair_name=item.name, pair_index=item.position)
    if outcome.result is None:
        raise InputError(outcome.error_message_pt or "Não foi possível analisar este par.")
    if not outcome.saved or outcome.analysis_id is None:
        raise DatabaseUnavailable(outcome.save_message_pt or DatabaseUnavailable().message)
    return int(outcome.analysis_id)


def run_pending(
    repo: Any,
    corpus_id: int,
    settings: AnalysisSettings | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
    lang: str = "pt-BR",
) -> RunSummary:
    """Analyse every pending item of the corpus, in order, recording each as it finishes
    (``progress`` is told where the run is, in ``lang``).

    Every detector runs and every detection is stored, whatever the researcher's preferences
    (the minimum confidence and enabled strategies filter what is listed, counted and exported,
    on every page; see ``services.preferences``). Only the model and segmentation are taken
    from ``settings``.
    """
    settings = store_everything(settings)
    t0 = time.perf_counter()
    summary = RunSummary(corpus_id=corpus_id)
    items = list(repo.pending_items(corpus_id))
    corpus = repo.get_corpus(corpus_id)
    total = max(1, int(corpus.total_pairs))
    already = total - len(items)

    def tell(key: str, **args: Any) -> None:
        if progress is not None:
            progress(min(1.0, (already + summary.attempted) / total), render_message(message(key, **args), lang))

    tell("corpus.progress.already", done=already, total=total)
    for item in items:
        if should_stop is not None and should_stop():
            summary.stopped = True
            break
        tell("corpus.progress.pair", name=item.name, n=already + summary.attempted + 1, total=total)
        try:
            _analyse_and_save(repo, item, corpus_id, settings)
        except DatabaseUnavailable as exc:
            summary.database_error = exc.message
            break
        except Exception as exc:  # noqa: BLE001 - one bad pair must not stop the corpus
            if isinstance(exc, InputError):
                msg, outcome = exc.message, "input_error"
            else:
                msg, outcome = UNEXPECTED_PAIR_ERROR.format(error_id=_report(exc)), "error"
            try:
                repo.mark_item_error(item.id, msg)
            except DatabaseUnavailable as db_exc:
                summary.database_error = db_exc.message
                break
            summary.attempted += 1
            summary.errors += 1
            summary.error_messages[item.name] = msg
            _metric(outcome)
            continue
        # no separate "done" write: saving the pair's analysis marked it done in the same
        # transaction (db.repository.save_analysis with corpus_id + pair_index)
        summary.attempted += 1
        summary.done += 1
        _metric("ok")
    try:
        summary.remaining = len(repo.pending_items(corpus_id))
    except DatabaseUnavailable as exc:
        summary.database_error = summary.database_error or exc.message
        summary.remaining = len(items) - summary.attempted
    summary.seconds = round(time.perf_counter() - t0, 3)
    if summary.remaining == 0:
        tell("corpus.progress.done")
    else:
        tell("corpus.progress.pending", n=summary.remaining)
    return summary



# ----------------------------------------------------------------- aggregated view
#: statuses whose code counts in the corpus distribution (the researcher did not discard it)
COUNTED_STATUSES = ("pending", "accepted", "relabelled", "created")


@dataclass
class PairRow:
    """One pair of the corpus as the aggregated view shows it."""

    item_id: int
    position: int
    name: str
    status: str                              # pending | done | error
    error_message: str | None
    analysis_id: int | None
    n_detections: int = 0                    # counted annotations (see COUNTED_STATUSES)
    flesch_source: float | None = None
    flesch_target: float | None = None
    codes: dict[str, int] = field(default_factory=dict)
    #: a three-level row is one PairRow per step: its position in the chain and the two levels
    #: (None for a plain pair); ``analysis_id`` is then that step's analysis
    step_index: int = 0
    levels: tuple[str, str] | None = None

    @property
    def flesch_delta(self) -> float | None:
        if self.flesch_source is None or self.flesch_target is None:
            return None
        return self.flesch_target - self.flesch_source


@dataclass
class CorpusOverview:
    corpus_id: int
    name: str
    total_pairs: int
    rows: list[PairRow]
    strategy_counts: dict[str, int]          # code -> annotations across the corpus

    @property
    def pair_rows(self) -> list[PairRow]:
        """One row per corpus pair (a chain's first step stands for it)."""
        return [r for r in self.rows if r.step_index == 0]

    @property
    def n_done(self) -> int:
        return sum(r.status == "done" for r in self.pair_rows)

    @property
    def n_error(self) -> int:
        return sum(r.status == "error" for r in self.pair_rows)

    @property
    def n_pending(self) -> int:
        return sum(r.status == "pending" for r in self.pair_rows)

    def whole_flesch(self) -> list[tuple[str, float, float]]:
        """(pair name, Flesch-PT of its first text, of its last text) per analysed pair: for a
        chain, the original and the last level."""
        by_item: dict[int, list[PairRow]] = {}
        for r in self.rows:
            by_item.setdefault(r.item_id, []).append(r)
        out = []
        for rows in by_item.values():
            first, last = rows[0], rows[-1]
            if first.flesch_source is not None and last.flesch_target is not None:
                out.append((first.name, first.flesch_source, last.flesch_target))
        return out


def _flesch(metrics: dict[str, Any], side: str) -> float | None:
    value = (metrics.get(side) or {}).get("flesch_pt")
    return float(value) if isinstance(value, int | float) else None


#: readability(analysis_id) -> (Flesch-PT source, Flesch-PT target)
ReadabilityLookup = Callable[[int], tuple[float | None, float | None]]


def analysis_flesch(repo: Any, analysis_id: int) -> tuple[float | None, float | None]:
    """Flesch-PT of both texts of a saved analysis (from its stored, immutable result)."""
    metrics = repo.get_analysis(analysis_id).result.metrics
    return _flesch(metrics, "source"), _flesch(metrics, "target")


def corpus_overview(repo: Any, corpus_id: int, readability: ReadabilityLookup | None = None,
                    view: ReviewFilter | None = None) -> CorpusOverview:
    """Per-pair readability and strategy counts plus the corpus-wide distribution (a
    three-level row gives one row per step, each step's detections counted).

    Counts follow the review: a rejected or deleted detection no longer counts, a relabelled one
    counts under the researcher's code, a researcher's own annotation counts too. ``readability``
    lets the page pass a cached lookup (results never change, decisions do). ``view`` (the
    researcher's preferences; default: the defaults) decides which annotations count.
    """
    view = view or ReviewFilter()
    lookup = readability or (lambda aid: analysis_flesch(repo, aid))
    corpus = repo.get_corpus(corpus_id)
    rows: list[PairRow] = []
    totals: dict[str, int] = {}
    items = repo.corpus_items(corpus_id)
    chains = repo.chain_steps([i.analysis_id for i in items if i.status == "done" and i.analysis_id is not None])
    for item in items:
        if item.status != "done" or item.analysis_id is None:
            rows.append(PairRow(item.id, item.position, item.name, item.status, item.error_message, item.analysis_id))
            continue
        # a chain row: every step (its own analysis, readability and counts), not only the first
        for k, (aid, levels) in enumerate(chains.get(item.analysis_id, [(item.analysis_id, None)])):
            row = PairRow(item.id, item.position, item.name, item.status, item.error_message, aid,
                          step_index=k, levels=levels)
            row.flesch_source, row.flesch_target = lookup(aid)
            for ann in view.listed(repo.list_annotations(aid)):
                if ann.status in COUNTED_STATUSES:
                    row.codes[ann.code] = row.codes.get(ann.code, 0) + 1
                    totals[ann.code] = totals.get(ann.code, 0) + 1
            row.n_detections = sum(row.codes.values())
            rows.append(row)
    rows.sort(key=lambda r: (r.position, r.step_index))
    return CorpusOverview(corpus.id, corpus.name, corpus.total_pairs, rows, totals)


__all__ = [
    "RunSummary", "create_run", "run_pending", "ProgressCallback", "StopCallback",
    "PairRow", "CorpusOverview", "corpus_overview", "analysis_flesch",
]
