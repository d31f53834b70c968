"""Reliability: concurrent decisions lose nothing, failed writes leave nothing partial, and the
same engine recovers after the PostgreSQL server goes away and comes back."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from db.engine import dispose_engine, make_engine
from db.errors import UNAVAILABLE_MESSAGE, DatabaseUnavailable
from db.health import check
from db.migrate import upgrade
from db.repository import Repository
from db.workspaces import create_workspace
from tests.conftest import pg_available, pg_script
from tests.helpers import SOURCE, TARGET, make_result

N_THREADS = 20


def test_twenty_threads_deciding_on_one_analysis_lose_nothing(repo):
    rec = repo.save_analysis(SOURCE, TARGET, make_result(n_detections=30))
    ids = [a.id for a in repo.list_annotations(rec.id)]
    barrier = threading.Barrier(N_THREADS)
    errors: list[BaseException] = []
    done = [0] * N_THREADS

    def worker(k: int) -> None:
        r = Repository(repo.engine, repo.workspace_id)        # one per thread, shared engine (as the app)
        try:
            barrier.wait()
            for j in range(5):
                target = ids[(k * 5 + j) % len(ids)]          # threads overlap on the same annotations
                kind = (k + j) % 4
                if kind == 0:
                    r.accept(target, actor=f"t{k}")
                elif kind == 1:
                    r.reject(target, actor=f"t{k}")
                elif kind == 2:
                    r.relabel(target, "MT+", actor=f"t{k}")
                else:
                    r.comment(target, f"thread {k}", actor=f"t{k}")
                done[k] += 1
            r.create_annotation(rec.id, "PRO+", [(0, 5 + k)], [], actor=f"t{k}")  # distinct: twins are refused
            done[k] += 1
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert sum(done) == N_THREADS * 6
    events = repo.events(rec.id)
    assert len(events) == N_THREADS * 6                       # every decision recorded
    assert len({e.actor for e in events}) == N_THREADS
    # the stored state of every annotation is exactly what its last event says
    last = {}
    for e in events:
        last[e.annotation_id] = e
    views = {a.id: a for a in repo.list_annotations(rec.id)}
    for ann_id, e in last.items():
        assert (views[ann_id].status, views[ann_id].code) == (e.to_status, e.to_code)
    # and each event starts from the state the previous one left (serialised, no lost update)
    prev = {}
    for e in events:
        if e.annotation_id in prev:
            assert (e.from_status, e.from_code) == prev[e.annotation_id]
        prev[e.annotation_id] = (e.to_status, e.to_code)


def _fail_on(engine, table: str):
    """Fault injection at the driver boundary: the INSERT into ``table`` fails like a lost disk."""
    def before(conn, cursor, statement, params, context, executemany):  # noqa: ANN001
        if statement.lstrip().upper().startswith(f"INSERT INTO {table.upper()}"):
            raise OperationalError(statement, params, Exception("simulated I/O error"))
    event.listen(engine, "before_cursor_execute", before)
    return lambda: event.remove(engine, "before_cursor_execute", before)


def test_failed_writes_leave_no_partial_state(repo):
    remove = _fail_on(repo.engine, "annotation")
    try:
        with pytest.raises(DatabaseUnavailable) as err:
            repo.save_analysis(SOURCE, TARGET, make_result())  # the analysis row was already inserted
    finally:
        remove()
    assert err.value.message == UNAVAILABLE_MESSAGE
    assert repo.list_analyses().total == 0

    rec = repo.save_analysis(SOURCE, TARGET, make_result())
    ann = repo.list_annotations(rec.id)[0]
    remove = _fail_on(repo.engine, "annotationevent")
    try:
        with pytest.raises(DatabaseUnavailable):
            repo.accept(ann.id)                                # the status change happened first
    finally:
        remove()
    assert repo.get_annotation(ann.id).status == "pending" and repo.events(rec.id) == []
    assert repo.accept(ann.id).status == "accepted"            # and the same engine still works


@pytest.mark.postgres
def test_same_engine_recovers_after_postgres_restart():
    if not pg_available():
        pytest.skip("PostgreSQL server binaries not installed (needed to stop/start a server)")
    server = pg_script("pg_start")
    url = server["TEST_POSTGRES_URL"]
    try:
        eng = make_engine(url)
        upgrade(eng)
        ws, _ = create_workspace(eng)
        repo = Repository(eng, ws.id)
        rec = repo.save_analysis(SOURCE, TARGET, make_result())
        ann = repo.list_annotations(rec.id)[0]
        pg_script("pg_pause", server)
        with pytest.raises(DatabaseUnavailable) as err:
            repo.accept(ann.id)
        assert err.value.message == UNAVAILABLE_MESSAGE
        with pytest.raises(DatabaseUnavailable):
            repo.list_analyses()
        status = check(eng)
        assert not status.reachable and status.error
        pg_script("pg_resume", server)
        assert check(eng).ok
        assert repo.accept(ann.id).status == "accepted"        # same engine, same repository
        assert repo.get_annotation(ann.id).status == "accepted" and len(repo.events(rec.id)) == 1
    finally:
        dispose_engine(url)
        pg_script("pg_stop", server)
