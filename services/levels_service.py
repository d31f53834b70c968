"""Three levels of one text (original → natural → strong): run, store as one chain, open.

Why a service: each step is an ordinary pair analysis (same engine, same settings, reviewable
like any pair), and the chain that follows every original sentence through the levels is built
by ``analysis.levels``. Here the steps are run with the page's analyser, stored in one
transaction as linked analyses (``Repository.save_levels``: the first step is the chain's one
history entry) and read back as ``ChainData`` — plain data the chain view draws.
"""
from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from analysis.ingest import check_pair_size
from analysis.levels import analyze_levels, chain_of
from analysis.types import AnalysisResult, AnalysisSettings, InputError, ModelInfo
from db.errors import DatabaseUnavailable, ReviewError
from db.repository import Repository
from db.views import AnalysisRecord
from ops import metrics, ratelimit
from ops.errors import report_exception
from ops.logging import log_event
from services.analysis_service import (
    NOT_SAVED_MESSAGE,
    UNEXPECTED_MESSAGE,
    Analyzer,
    ProgressCallback,
    default_title,
)
from services.input_limits import ingest_limits

log = logging.getLogger("netest.service")

#: the level names stored with a three-level chain (the UI shows them translated)
LEVEL_NAMES = ("original", "natural", "forte")


@dataclass
class LevelsOutcome:
    """The chain's first-step analysis id when saved; else why not (the texts stay in the form)."""
    analysis_id: int | None
    saved: bool
    error_message_pt: str | None = None
    steps: list[AnalysisResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.saved


def run_levels(repo: Repository | None, texts: Sequence[str], settings: AnalysisSettings | None = None,
               title: str | None = None, progress: ProgressCallback | None = None, *,
               encoder: Any = None, model_info: ModelInfo | None = None, analyzer: Analyzer | None = None,
               rate_key: str | None = None, names: Sequence[str] = LEVEL_NAMES,
               corpus_id: int | None = None, pair_name: str | None = None,
               pair_index: int | None = None) -> LevelsOutcome:
    """Analyse each neighbouring pair of ``texts`` and store the chain (one rate-limit unit; a
    corpus row, linked by ``corpus_id``/``pair_name``/``pair_index``, is not rate-limited)."""
    settings = settings or AnalysisSettings()
    texts = list(texts)
    title = (title or "").strip() or default_title(texts[0] if texts else "")
    allowed, retry_after = (True, 0.0) if corpus_id is not None else \
        ratelimit.get_rate_limiter().check(rate_key or "anonymous")
    if not allowed:
        metrics.record_rate_limited("analysis")
        return LevelsOutcome(None, False, ratelimit.rate_limit_message(retry_after))
    run = analyzer
    if run is None:
        from services.engine_pool import analyze as run
    n_steps = max(1, len(texts) - 1)
    done = [0]

    def step(source: str, target: str) -> AnalysisResult:
        k = done[0]

        def prog(stage: str, frac: float) -> None:
            if progress is not None:
                progress(f"{' → '.join(names[k:k + 2])}: {stage}", (k + frac) / n_steps)

        check_pair_size(source, target, ingest_limits())
        info = dataclasses.replace(model_info) if model_info is not None else None
        out = run(source, target, settings, encoder=encoder, model_info=info, progress=prog)
        done[0] += 1
        return out

    t0 = time.perf_counter()
    try:
        levels = analyze_levels(texts, step, names=list(names)[:len(texts)])
    except InputError as err:
        metrics.record_analysis("input_error", time.perf_counter() - t0)
        return LevelsOutcome(None, False, err.message)
    except Exception as exc:  # noqa: BLE001 - the researcher gets an id, never a traceback
        metrics.record_analysis("error", time.perf_counter() - t0)
        error_id = str(report_exception(exc, {"where": "levels"}))
        return LevelsOutcome(None, False, UNEXPECTED_MESSAGE.format(error_id=error_id))
    metrics.record_analysis("ok", time.perf_counter() - t0)
    if repo is None:
        return LevelsOutcome(None, False, NOT_SAVED_MESSAGE, levels.steps)
    payload = levels.to_dict()
    payload.pop("steps")                  # each step is its own analysis row
    try:
        rec = repo.save_levels(texts, levels.steps, payload, title=title, corpus_id=corpus_id,
                               pair_name=pair_name, pair_index=pair_index)
    except (DatabaseUnavailable, ReviewError) as err:
        metrics.record_db_error("save_levels")
        return LevelsOutcome(None, False, err.message, levels.steps)
    log_event("levels_done", analysis_id=rec.id, levels=len(texts), seconds=time.perf_counter() - t0)
    return LevelsOutcome(rec.id, True, None, levels.steps)


# ---------------------------------------------------------------------------- reading a chain
@dataclass(frozen=True)
class ChainCell:
    """What an original sentence became in one level (reached through one step)."""
    kind: str                       # the alignment kind(s) of the step: 1:1, split, merge, omitted…
    text: str                       # the sentences at this level, joined ("" when omitted)
    codes: tuple[str, ...]          # strategy codes detected on this step for those groups


@dataclass(frozen=True)
class ChainLine:
    sentence_id: str
    original: str
    cells: tuple[ChainCell, ...]    # one per later level


@dataclass
class ChainData:
    """A stored chain, ready to draw: level names, the step analyses, one line per sentence and
    the readability of every level (what ``components.chain_view.visualize_chain`` reads)."""
    head_id: int
    names: list[str]
    step_ids: list[int]
    lines: list[ChainLine]
    readability: list[dict[str, float]]      # one metrics dict per level

    def step_of(self, analysis_id: int) -> int | None:
        return self.step_ids.index(analysis_id) if analysis_id in self.step_ids else None


def chain_lines(steps: Sequence[AnalysisResult]) -> list[ChainLine]:
    """One line per original sentence: its text and, per step, the kind, the text it became
    and the codes detected on the groups it went through."""
    lines = []
    for row in chain_of(steps):
        cells = []
        for k, st in enumerate(row.steps):
            texts = {s.id: s.text for s in steps[k].target.sentences}
            cells.append(ChainCell(st.kind, " ".join(texts.get(i, "") for i in st.sentences).strip(),
                                   tuple(st.strategies)))
        lines.append(ChainLine(row.sentence, steps[0].source.sentence(row.sentence).text, tuple(cells)))
    return lines


def level_readability(steps: Sequence[AnalysisResult]) -> list[dict[str, float]]:
    """Readability per level: the first step's source, then every step's target."""
    out = [dict(steps[0].metrics.get("source") or {})]
    out += [dict(s.metrics.get("target") or {}) for s in steps]
    return out


def chain_from_steps(head_id: int, names: Sequence[str], step_ids: Sequence[int],
                     steps: Sequence[AnalysisResult]) -> ChainData:
    return ChainData(head_id, list(names), list(step_ids), chain_lines(steps), level_readability(steps))


def open_chain(repo: Repository | None, record: AnalysisRecord) -> ChainData | None:
    """The chain ``record`` belongs to (as its first step or a later one); None for a plain pair
    or when a step cannot be read now."""
    if repo is None or (record.levels is None and record.chain_head_id is None):
        return None
    try:
        head = record if record.levels is not None else repo.get_analysis(int(record.chain_head_id))
        levels = head.levels or {}
        ids = [int(i) for i in levels.get("steps", [])]
        steps = [head.result if i == head.id else record.result if i == record.id else repo.get_analysis(i).result
                 for i in ids]
    except (DatabaseUnavailable, ReviewError):
        return None
    if not steps:
        return None
    return chain_from_steps(head.id, levels.get("levels") or LEVEL_NAMES[:len(ids) + 1], ids, steps)
