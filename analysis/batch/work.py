"""One batch line → one finished output line. The only code that analyses a batch pair.

Why one function for every executor: the in-process run, a local worker process and a Dask
worker all call :func:`process_line`, so a pair gives the same output line whichever way it was
computed (only ``timings`` differ). Lines are serialised here, in the worker, so the parent only
writes bytes.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from analysis.contract import levels_contract, to_contract
from analysis.levels import analyze_levels
from analysis.types import AnalysisSettings, InputError

#: Test-only fault injection (never set in production): a comma-separated list of ``<id>``
#: (a *worker process* — local pool or Dask, never the CLI's own process — exits abruptly on the
#: pair with that id) or ``<id>@<path>`` (the same, only while ``<path>`` does not exist; it is
#: created first, so the worker dies once and the retry succeeds).
CRASH_ENV = "NETEST_BATCH_TEST_CRASH_ON"


class BatchError(Exception):
    """The batch as a whole cannot go on (cluster unreachable, workers that never start).

    ``message`` is one line of Brazilian Portuguese for the CLI to print.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class BatchConfig:
    """What every pair of a batch is analysed with (picklable: it travels to the workers).

    ``model`` is a concrete spec (``e5``, ``lexical``, ``hf:...``): the CLI resolves the default
    from its settings, so workers never read the caller's configuration.
    """

    model: str = "e5"
    min_confidence: float = 0.0

    def settings(self, presegmented: bool) -> AnalysisSettings:
        return AnalysisSettings(model=self.model, presegmented=presegmented,
                                min_confidence=self.min_confidence)


@dataclass(frozen=True)
class Task:
    """One pair to analyse: ``pos`` orders the output of this run, ``n`` is the 1-based number
    of the line among the input's non-empty lines (the id of a line that has none)."""

    pos: int
    n: int
    line: str


@dataclass(frozen=True)
class Done:
    """A finished pair: the exact output line (without newline) and whether it is an error."""

    pos: int
    line: str
    error: bool


def line_id(n: int, line: str) -> Any:
    """The id the output line of input line ``n`` carries (``n`` when the line has none)."""
    try:
        item = json.loads(line)
    except ValueError:
        return n
    return item.get("id", n) if isinstance(item, dict) else n


def error_done(task: Task, message: str) -> Done:
    record = {"id": line_id(task.n, task.line), "error": message}
    return Done(task.pos, json.dumps(record, ensure_ascii=False), True)


def _text_list(value: Any, field: str, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"O campo '{field}' precisa ser uma lista de {what}.", "bad_line")
    return value


def _analyse_item(item: dict[str, Any], item_id: Any, config: BatchConfig) -> dict[str, Any]:
    """A pair line (``source``/``target``) or a levels line (``levels``: original, natural,
    strong…; optional ``names``) → its output record."""
    # lazy: the heavy engine loads in the worker process only
    from analysis.pipeline import analyze, load_model

    if "levels" in item:
        if "source" in item or "target" in item:
            raise InputError("Use 'levels' ou 'source'/'target' na mesma linha, não os dois.", "bad_line")
        texts = _text_list(item["levels"], "levels", "textos (original, natural, forte...)")
        names = item.get("names")
        if names is not None:
            names = _text_list(names, "names", "nomes, um por versão")
    else:
        src, tgt = item.get("source"), item.get("target")
        if not isinstance(src, str) or not isinstance(tgt, str):
            raise InputError("A linha precisa dos campos de texto 'source' e 'target' "
                             "(ou 'levels').", "bad_line")
    encoder, info = load_model(config.model)   # memoised: loaded once per process
    run = partial(analyze, settings=config.settings(bool(item.get("presegmented", False))),
                  encoder=encoder, model_info=info)
    if "levels" in item:
        return levels_contract(analyze_levels(texts, run, names), item_id)
    return to_contract(run(src, tgt), item_id)


def process_line(task: Task, config: BatchConfig) -> Done:
    """Analyse one input line; bad input becomes an ``{"id", "error"}`` line, never a raise."""
    item_id: Any = task.n
    try:
        item = json.loads(task.line)
        if not isinstance(item, dict):
            raise InputError("Cada linha deve ser um objeto JSON.", "bad_line")
        item_id = item.get("id", task.n)
        record = _analyse_item(item, item_id, config)
    except json.JSONDecodeError:
        record = {"id": item_id, "error": f"Linha {task.n}: JSON inválido."}
    except InputError as exc:
        record = {"id": item_id, "error": exc.message}
    except Exception as exc:  # noqa: BLE001 - one bad pair never stops a batch
        record = {"id": item_id, "error": f"Erro inesperado ({type(exc).__name__})."}
    return Done(task.pos, json.dumps(record, ensure_ascii=False), "error" in record)


#: A short pair analysed once when a worker starts, so the lexicons and caches every pair needs
#: are loaded before the first real pair (whose timing would otherwise carry them).
WARM_UP_PAIR = ("O réu foi absolvido pelo tribunal. A reunião foi adiada devido à greve.",
                "O tribunal inocentou o acusado. A reunião foi adiada. O motivo foi a greve.")


def warm_up(config: BatchConfig) -> None:
    """Load the model and run :data:`WARM_UP_PAIR` once in this process (workers call it)."""
    # lazy: the heavy engine loads in the worker process only
    from analysis.pipeline import analyze, load_model

    encoder, info = load_model(config.model)
    analyze(*WARM_UP_PAIR, config.settings(False), encoder=encoder, model_info=info)


def crash_hook(task: Task) -> None:
    """Test-only: die like a killed worker on the pair named by ``CRASH_ENV`` (see there)."""
    spec = os.environ.get(CRASH_ENV)
    if not spec:
        return
    item_id = str(line_id(task.n, task.line))
    for entry in spec.split(","):
        target, _, flag = entry.partition("@")
        if target != item_id:
            continue
        if flag:
            if Path(flag).exists():
                return
            Path(flag).touch()
        os._exit(70)
