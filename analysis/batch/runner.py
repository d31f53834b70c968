"""``run_batch``: input → executor → ordered output, with resume and progress.

Why the window (``ahead``): pairs finish out of order, and a line can only be written once all
earlier ones are; a pair that takes minutes must not let the others pile up in memory, so no
pair more than ``ahead`` positions (at least 4 per worker thread) past the first unwritten one
is handed out.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from analysis.batch.inputs import BatchInput, resume_point
from analysis.batch.output import LineSink, OrderedWriter, Progress
from analysis.batch.work import Done, Task
from analysis.types import InputError


class Executor(Protocol):
    """Where pairs are analysed: in-process, a local pool, a Dask cluster."""

    workers_started: int
    capacity: int         # pairs it can analyse at once (known once ``run`` has started)

    @property
    def description(self) -> str: ...

    def run(self, tasks: Iterator[Task], may_submit: Callable[[int], bool]) -> Iterator[Done]: ...


@dataclass
class BatchSummary:
    """What a run did (the CLI prints it; tests and benchmarks read it)."""

    lines: int            # non-empty input lines
    skipped: int          # already complete in the output (--resume)
    done: int             # pairs written by this run
    errors: int           # of which "error" lines
    seconds: float
    workers_started: int  # worker processes started (a replaced worker counts again)
    executor: str


def run_batch(input_path: str | Path, output: str, executor_for: Callable[[int], Executor], *,
              resume: bool = False, progress: Progress | None = None, ahead: int = 64) -> BatchSummary:
    """Analyse every pair of ``input_path`` into ``output`` (``-``: standard output).

    ``executor_for(n)`` builds the executor once the number ``n`` of pairs to analyse is known
    (so a resumed run with 3 pairs left does not start 16 workers).

    With ``resume`` the output file is kept: pairs already complete there are skipped, a cut
    last line is removed, and the missing pairs are appended in input order.
    """
    if resume and output == "-":
        raise InputError("--resume precisa de um arquivo de saída (não -).", "resume_stdout")
    done_ids = resume_point(output) if resume else None
    batch = BatchInput.open(input_path, done_ids)
    if progress is not None:
        progress.total = batch.todo
        if batch.skipped:
            progress.note(f"{batch.skipped} de {batch.lines} pares já estão em {output}; "
                          f"faltam {batch.todo}.")
    executor = executor_for(batch.todo)
    t0 = time.perf_counter()
    sink = LineSink(output, append=resume)
    writer = OrderedWriter(sink)
    done = errors = 0
    try:
        if batch.todo:
            def may_submit(pos: int) -> bool:
                return pos < writer.next_pos + max(ahead, 4 * executor.capacity)

            for result in executor.run(batch.tasks(), may_submit):
                writer.put(result.pos, result.line)
                done += 1
                errors += result.error
                if progress is not None:
                    progress.update(done, errors)
    finally:
        sink.close()
        if progress is not None:
            progress.finish()
    if writer.next_pos != batch.todo:  # pragma: no cover - an executor lost a pair: a bug
        raise RuntimeError(f"{batch.todo - writer.next_pos} pares sem linha de saída")
    return BatchSummary(batch.lines, batch.skipped, done, errors,
                        time.perf_counter() - t0, executor.workers_started, executor.description)
