"""analysis.batch: ordered whole-line output, resume after a killed run, progress, and local
worker processes that die (really: ``os._exit`` in the worker) being replaced and retried once."""
from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pytest

from analysis.batch import BatchConfig, run_batch
from analysis.batch.dask_backend import KILLED, ChunkSizer, DaskBackend
from analysis.batch.inputs import BatchInput, id_key, resume_point
from analysis.batch.output import LineSink, OrderedWriter, Progress, duration_pt
from analysis.batch.pool import InProcess, LocalPool
from analysis.batch.work import CRASH_ENV, Done, Task
from analysis.types import InputError
from tests.batch_fixtures import TIMINGS, example_pairs, ids, levels_row, without_timings, write_jsonl

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
    # A death that leaves work (its own retry, or pairs not yet handed out) is replaced at once:
    # "once" and boom's first death always are. Boom's second death is reported, not retried, so
    # its worker is replaced only if pairs were still waiting; on a slow machine it can be last.
    assert pool.deaths == 3 and s.workers_started in (2 + 2, 2 + 3)
    assert len(notes) == 2 and all("tentado de novo" in n for n in notes)


def test_workers_1_is_the_in_process_run(tmp_path: Path) -> None:
    """``--workers 1`` keeps today's behaviour: no worker process at all."""
    from analysis.cli import _executor

    assert isinstance(_executor(None, 1, LEXICAL, Progress(0, enabled=False), 10), InProcess)
    assert isinstance(_executor(None, 8, LEXICAL, Progress(0, enabled=False), 1), InProcess)
    pool = _executor(None, 8, LEXICAL, Progress(0, enabled=False), 3)
    assert isinstance(pool, LocalPool) and pool.workers == 3


def test_a_levels_line_gives_both_steps_and_the_chain_and_a_bad_one_its_own_error(tmp_path: Path) -> None:
    """``"levels": [original, natural, strong]`` → one line: each step is exactly the pair line
    of those two texts, plus the chain; bad levels lines get their own error line; resumable."""
    good = levels_row()
    original, natural, strong = good["levels"]
    rows = [good,
            {"id": "um-so", "levels": [original]},
            {"id": "nao-lista", "levels": original},
            {"id": "os-dois", "levels": [original, natural], "source": original, "target": natural},
            {"id": "nomes", "levels": [original, natural, strong], "names": ["a"]},
            {"id": "vazio", "levels": [original, "  ", strong]},
            {"id": "par1", "source": original, "target": natural},
            {"id": "par2", "source": natural, "target": strong}]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    s = run_batch(inp, str(out), _in_process())
    assert (s.done, s.errors) == (8, 5)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    levels, *bad, pair1, pair2 = lines
    assert levels["id"] == "niveis" and levels["levels"] == ["original", "natural", "forte"]
    strip = lambda rec: TIMINGS.sub("", json.dumps({k: v for k, v in rec.items() if k != "id"}))  # noqa: E731
    assert [strip(step) for step in levels["steps"]] == [strip(pair1), strip(pair2)]
    assert [row["sentence"] for row in levels["chain"]] == ["s1", "s2"]
    first_group = next(g for g in pair1["alignments"] if "s1" in g["source"])
    assert levels["chain"][0]["steps"][0]["sentences"] == first_group["target"]
    assert all(len(row["steps"]) == 2 for row in levels["chain"])
    assert [b["id"] for b in bad] == ["um-so", "nao-lista", "os-dois", "nomes", "vazio"]
    assert all(set(b) == {"id", "error"} for b in bad)
    assert "versões" in bad[0]["error"] and "'levels'" in bad[1]["error"]
    assert "não os dois" in bad[2]["error"] and "nome" in bad[3]["error"]

    # a run killed while writing the line after the levels line resumes to the same file
    text = out.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = tmp_path / "cut.jsonl"
    cut.write_text(text[0] + text[1][:10], encoding="utf-8")
    assert resume_point(cut) == Counter({id_key("niveis"): 1})     # the levels line is complete
    s = run_batch(inp, str(cut), _in_process(), resume=True)
    assert (s.skipped, s.done) == (1, 7)
    assert without_timings(cut) == without_timings(out)


def test_chunk_sizer_starts_with_single_pairs_aims_at_its_seconds_and_shrinks_at_the_end() -> None:
    sizer = ChunkSizer(target_seconds=1.5, max_pairs=32)
    assert sizer.size(None, 2) == 1 and sizer.size(1000, 2) == 1      # nothing timed yet
    sizer.observe(4, 2.0)                                              # 0.5 s per pair
    assert sizer.size(None, 2) == 3 and sizer.size(1000, 2) == 3
    assert [sizer.size(r, 2) for r in (9, 8, 4, 1)] == [3, 2, 1, 1]     # remaining / (2 x threads)
    sizer.observe(996, 1.0)                                            # very fast pairs
    assert sizer.size(None, 2) == 32                                    # capped


class _Lost(Exception):
    """Stands for distributed's KilledWorker."""


class _Future:
    def __init__(self, outcome: object) -> None:
        self.outcome, self.released = outcome, False

    def result(self) -> object:
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome

    def release(self) -> None:
        self.released = True


def test_a_dask_chunk_lost_with_its_worker_is_retried_pair_by_pair_then_reported() -> None:
    notes: list[str] = []
    backend = DaskBackend("local", LEXICAL, note=notes.append)
    chunk = tuple(Task(pos, pos + 1, json.dumps({"id": f"p{pos}"})) for pos in range(3))
    killed: set[int] = set()
    retry: list[Task] = []
    lost = _Future(_Lost())
    assert list(backend._collect(lost, chunk, killed, retry, _Lost)) == []
    assert lost.released and retry == list(reversed(chunk))          # popped from the end: p0 first
    assert notes == ["Um worker Dask parou durante os pares das linhas 1 a 3; cada par será "
                     "tentado de novo."]
    # each pair now travels alone: p1 comes back, p0 kills its worker again and is reported
    back = Done(1, '{"id": "p1"}', False)
    assert list(backend._collect(_Future(([back], 0.5)), (chunk[1],), killed, [], _Lost)) == [back]
    assert backend.sizer.per_pair == 0.5
    again: list[Task] = []
    reported = list(backend._collect(_Future(_Lost()), (chunk[0],), killed, again, _Lost))
    assert again == [] and len(notes) == 1
    assert reported == [Done(0, json.dumps({"id": "p0", "error": KILLED}, ensure_ascii=False), True)]
