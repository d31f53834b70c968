"""analysis.batch: ordered whole-line output, resume after a killed run, progress, and local
worker processes that die (really: ``os._exit`` in the worker) being replaced and retried once."""
from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pytest

from analysis.batch import BatchConfig, run_batch
from analysis.batch.inputs import BatchInput, id_key, resume_point
from analysis.batch.output import LineSink, OrderedWriter, Progress, duration_pt
from analysis.batch.pool import InProcess, LocalPool
from analysis.batch.work import CRASH_ENV
from analysis.types import InputError
from tests.batch_fixtures import example_pairs, ids, without_timings, write_jsonl

LEXICAL = BatchConfig(model="lexical")


def _in_process(config: BatchConfig = LEXICAL):
    return lambda _n: InProcess(config)


def test_ordered_writer_writes_in_input_order_whatever_order_pairs_finish(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    sink = LineSink(str(out))
    w = OrderedWriter(sink)
    for pos in (2, 0, 3, 1):
        w.put(pos, f'{{"id": {pos}}}')
        if pos == 0:
            assert out.read_text() == '{"id": 0}\n'      # written (and flushed) at once
    sink.close()
    assert ids(out) == [0, 1, 2, 3] and w.held == 0


def test_resume_point_drops_a_cut_last_line_and_counts_ids_with_multiplicity(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    full = '{"id": "a", "error": "x"}\n'
    result = json.dumps({"id": 1, "source": {}, "target": {}, "alignments": [], "strategies": [],
                         "timings": {}})
    out.write_text(full + result + "\n" + full + '{"id": "b", "source": {"sente', encoding="utf-8")
    done = resume_point(out)
    assert done == Counter({id_key("a"): 2, id_key(1): 1})
    assert out.read_text(encoding="utf-8") == full + result + "\n" + full   # cut line removed
    # ids keep their type: the int 1 done does not skip the string "1"
    inp = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "source": "s", "target": "t"},
                                             {"id": "1", "source": "s", "target": "t"},
                                             {"id": "a", "source": "s", "target": "t"},
                                             {"id": "a", "source": "s", "target": "t"},
                                             {"source": "s", "target": "t"}])
    batch = BatchInput.open(inp, done)
    assert (batch.lines, batch.skipped) == (5, 2)
    assert [(t.pos, t.n) for t in batch.tasks()] == [(0, 2), (1, 4), (2, 5)]


def test_resume_point_refuses_a_broken_line_that_is_not_the_last(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text('{"id": "a", "error": "x"}\n{"id": "b", "sou\n{"id": "c", "error": "y"}\n',
                   encoding="utf-8")
    with pytest.raises(InputError, match="linha 2"):
        resume_point(out)


def test_progress_line_in_portuguese_with_rate_and_time_left() -> None:
    p = Progress(10, io.StringIO())
    p.started = 100.0
    assert p.line(3, 1, now=102.0) == ("[#########---------------------] 3/10 pares (1 com erro)"
                                       " · 1,5 pares/s · faltam 5 s")
    assert p.line(10, 1, now=104.0).endswith("· 2,5 pares/s · 4 s no total")
    assert p.line(1, 0, now=200.0).split("·")[1] == " 0,01 pares/s "
    assert (duration_pt(3725), duration_pt(187), duration_pt(9.6)) == ("1 h 02 min", "3 min 07 s", "10 s")


def test_resume_after_a_killed_run_gives_the_same_file_as_one_run(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", example_pairs() + ["não é json"])
    whole = tmp_path / "whole.jsonl"
    s = run_batch(inp, str(whole), _in_process())
    assert (s.lines, s.done, s.errors) == (6, 6, 1)
    # a run killed in the middle of writing its 4th line
    lines = whole.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = tmp_path / "cut.jsonl"
    cut.write_text("".join(lines[:3]) + lines[3][: len(lines[3]) // 2], encoding="utf-8")
    s = run_batch(inp, str(cut), _in_process(), resume=True)
    assert (s.skipped, s.done) == (3, 3)
    assert without_timings(cut) == without_timings(whole)
    # resuming a finished file does nothing
    s = run_batch(inp, str(cut), _in_process(), resume=True)
    assert (s.skipped, s.done) == (6, 0)
    assert without_timings(cut) == without_timings(whole)


def test_resume_needs_an_output_file(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", example_pairs()[:1])
    with pytest.raises(InputError, match="--resume"):
        run_batch(inp, "-", _in_process(), resume=True)


def test_a_dying_worker_is_replaced_its_pair_retried_once_then_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two real worker processes; ``boom`` kills every worker that analyses it, ``once`` kills
    only the first. No pair is lost, order is kept, the retried pair's line is the normal one."""
    pairs = example_pairs()
    pairs[1] = {**pairs[1], "id": "boom"}
    pairs[3] = {**pairs[3], "id": "once"}
    inp = write_jsonl(tmp_path / "in.jsonl", pairs)
    reference = tmp_path / "ref.jsonl"
    run_batch(inp, str(reference), _in_process())

    monkeypatch.setenv(CRASH_ENV, f"boom,once@{tmp_path / 'died-once'}")
    out = tmp_path / "out.jsonl"
    notes: list[str] = []
    pool = LocalPool(2, LEXICAL, note=notes.append)
    s = run_batch(inp, str(out), lambda _n: pool)

    assert ids(out) == [p["id"] for p in pairs]
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rows[1] == {"id": "boom", "error": "O processo de análise parou inesperadamente "
                                              "2 vezes neste par; par não analisado."}
    got, want = without_timings(out), without_timings(reference)
    assert got[:1] + got[2:] == want[:1] + want[2:]          # "once" included: retried, intact
    assert (s.done, s.errors) == (5, 1)
    assert pool.deaths == 3 and s.workers_started == 2 + 3   # every dead worker was replaced
    assert len(notes) == 2 and all("tentado de novo" in n for n in notes)


def test_workers_1_is_the_in_process_run(tmp_path: Path) -> None:
    """``--workers 1`` keeps today's behaviour: no worker process at all."""
    from analysis.cli import _executor

    assert isinstance(_executor(None, 1, LEXICAL, Progress(0, enabled=False), 10), InProcess)
    assert isinstance(_executor(None, 8, LEXICAL, Progress(0, enabled=False), 1), InProcess)
    pool = _executor(None, 8, LEXICAL, Progress(0, enabled=False), 3)
    assert isinstance(pool, LocalPool) and pool.workers == 3
