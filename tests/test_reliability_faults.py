"""Faults, injected for real: the database down at start and lost mid-review (a real PostgreSQL
server stopped and restarted; a SQLite path that cannot be created), the model failing to load,
a detector raising, and a corpus run killed with SIGKILL.

The promise under test: the researcher never loses finished work, is never told something was
saved that is not in the database, and is told plainly (in Portuguese) what did not work.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest

from analysis.pipeline import analyze, load_model
from analysis.types import AnalysisSettings
from db.engine import dispose_engine, make_engine
from db.migrate import upgrade
from db.repository import Repository
from db.workspaces import create_workspace
from services.analysis_service import decide
from tests.conftest import _no_postgres, pg_available, pg_script
from tests.helpers import wait_until

ROOT = Path(__file__).resolve().parents[1]
SRC = ("O relatório foi entregue pela comissão. Todavia, o prefeito não compareceu à reunião. "
       "A escola, que fica no centro, recebeu novos computadores.")
TGT = ("A comissão entregou o relatório. Mas o prefeito não foi à reunião. "
       "A escola fica no centro. Ela recebeu novos computadores.")
LEXICAL = AnalysisSettings(model="lexical")


# ============================================================================ a private server


@pytest.fixture(scope="module")
def pg_server():
    """A PostgreSQL server of this module only: stopping it never disturbs other tests."""
    if not pg_available():
        _no_postgres("PostgreSQL server binaries are needed to stop and restart a server")
    try:
        env = pg_script("pg_start")
    except (RuntimeError, subprocess.TimeoutExpired) as err:
        _no_postgres(str(err))
    server = SimpleNamespace(**env, pause=lambda: pg_script("pg_pause", env),
                             resume=lambda: pg_script("pg_resume", env))
    try:
        yield server
    finally:
        pg_script("pg_stop", env)


def _pg_env(server) -> dict[str, str]:
    return {k: getattr(server, k) for k in ("PG_BINDIR", "PG_DIR", "PG_PORT", "TEST_POSTGRES_URL")}


@pytest.fixture
def pg_url(pg_server):
    """A fresh database on the private server; the server is running again afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    admin = create_engine(pg_server.TEST_POSTGRES_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = f"netest_f_{uuid.uuid4().hex[:10]}"
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_server.TEST_POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    dispose_engine(url)
    try:
        pg_script("pg_resume", _pg_env(pg_server))
    except RuntimeError:
        pass  # already running
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _count(url: str, table: str) -> int:
    from sqlalchemy import text

    with make_engine(url).connect() as c:
        return int(c.execute(text(f"select count(*) from {table}")).scalar_one())


# ============================================================================ database down at start


@pytest.fixture
def fast_retry(monkeypatch):
    """The app re-checks a dead database every RETRY_SECONDS; the test cannot wait 10 s."""
    from components import runtime

    monkeypatch.setattr(runtime, "RETRY_SECONDS", 0.0)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_app_starts_with_the_database_down_and_saves_when_it_returns(backend, request, monkeypatch,
                                                                      tmp_path, fast_retry):
    from tests.ui_helpers import button, new_app, no_exceptions, text_area, use_database

    if backend == "postgres":
        server = request.getfixturevalue("pg_server")
        url = request.getfixturevalue("pg_url")
        server.pause()
        restore = server.resume
    else:
        blocker = tmp_path / "bloqueio"
        blocker.write_text("um arquivo onde deveria haver uma pasta")   # the data dir cannot be created
        url = f"sqlite:///{(blocker / 'app.db').as_posix()}"

        def restore() -> None:
            blocker.unlink()
    use_database(monkeypatch, tmp_path, url)
    at = new_app().run()
    no_exceptions(at)
    assert any("não estão sendo salvos" in w.value for w in at.warning)      # the banner
    assert "w" not in at.query_params
    text_area(at, "Texto fonte").input(SRC)
    text_area(at, "Texto simplificado").input(TGT)
    button(at, "Analisar").click()
    at.run()
    no_exceptions(at)
    assert any("<mark" in h.proto.body for h in at.get("html"))               # analysis still ran
    assert any("NÃO foi salva" in e.value for e in at.error)
    assert not any("salva" in s.value.lower() for s in at.success)

    restore()                                                               # the database is back
    assert _count_or_none(url, "analysis") in (None, 0)                     # nothing claimed, nothing stored
    button(at, "Tentar novamente").click()
    at.run()
    no_exceptions(at)
    aid = at.session_state["analysis_id"]
    assert aid is not None and at.query_params["a"] == str(aid)
    assert _count(url, "analysis") == 1 and _count(url, "annotation") >= 1
    at.run()
    assert not any("não estão sendo salvos" in w.value for w in at.warning)  # banner gone, no restart
    assert at.query_params.get("w")


def _count_or_none(url: str, table: str) -> int | None:
    """Row count, or None when the schema does not exist yet (never migrated while down)."""
    try:
        return _count(url, table)
    except Exception:  # noqa: BLE001 - table missing means nothing was stored
        return None


# ============================================================================ database lost mid-review


def _saved_analysis(url: str):
    engine = make_engine(url)
    upgrade(engine)
    ws, _key = create_workspace(engine)
    repo = Repository(engine, ws.id)
    encoder, info = load_model("lexical")
    result = analyze(SRC, TGT, LEXICAL, encoder=encoder, model_info=info)
    rec = repo.save_analysis(SRC, TGT, result)
    anns = repo.list_annotations(rec.id)
    assert len(anns) >= 3
    return repo, rec, anns


@pytest.mark.postgres
def test_decisions_while_the_server_is_stopped_are_reported_unsaved_and_retry_works(pg_server, pg_url):
    repo, rec, anns = _saved_analysis(pg_url)
    first = decide(repo, "accept", anns[0].id)
    assert first.ok and first.saved

    pg_server.pause()
    failed = [decide(repo, "reject", anns[1].id), decide(repo, "relabel", anns[2].id, code="MT+"),
              decide(repo, "create", analysis_id=rec.id, code="PRO+", source_spans=[(0, 11)], target_spans=[])]
    for out in failed:
        assert not out.ok and not out.saved
        assert out.message_pt == "Não foi possível salvar; nada foi perdido, tente novamente."
    pg_server.resume()

    statuses = {a.id: a.status for a in repo.list_annotations(rec.id)}
    assert statuses[anns[0].id] == "accepted"
    assert statuses[anns[1].id] == "pending" and statuses[anns[2].id] == "pending"
    assert len(repo.events(rec.id)) == 1                 # only the decision reported saved
    retry = decide(repo, "reject", anns[1].id)           # same engine, no restart
    assert retry.ok and retry.saved
    assert repo.get_annotation(anns[1].id).status == "rejected" and len(repo.events(rec.id)) == 2


@pytest.mark.postgres
def test_no_decision_is_reported_saved_that_is_not_in_the_database(pg_server, pg_url):
    """A researcher clicking steadily while the server is stopped (fast shutdown) and restarted."""
    repo, rec, anns = _saved_analysis(pg_url)
    outcomes: list[tuple[int, str, bool]] = []
    stop = threading.Event()

    def clicker() -> None:
        r = Repository(repo.engine, repo.workspace_id)
        k = 0
        while not stop.is_set():
            ann = anns[k % len(anns)]
            action = "accept" if (k // len(anns)) % 2 == 0 else "reject"
            out = decide(r, action, ann.id)
            outcomes.append((ann.id, action, out.saved))
            k += 1
            time.sleep(0.02)

    t = threading.Thread(target=clicker)
    t.start()
    try:   # each phase lasts until the clicks show it, not a guessed number of seconds
        wait_until(lambda: sum(o[2] for o in outcomes) >= 3)
        pg_server.pause()
        n = len(outcomes)
        wait_until(lambda: sum(not o[2] for o in outcomes[n:]) >= 3)
        pg_server.resume()
        m = len(outcomes)
        wait_until(lambda: sum(o[2] for o in outcomes[m:]) >= 3, timeout=120)
    finally:
        stop.set()
        t.join(timeout=60)
    saved = [o for o in outcomes if o[2]]
    unsaved = [o for o in outcomes if not o[2]]
    assert saved and unsaved, "the clicks must straddle the outage"
    events = repo.events(rec.id)
    # every decision reported saved is an event; at most the one in flight when the server died
    # may have committed without its answer arriving (reported unsaved: a retry is harmless)
    assert len(saved) <= len(events) <= len(saved) + 1
    # and the stored state of each annotation is the last decision the researcher was told was
    # saved, or the very next one (in flight when the server died, committed unanswered)
    to_status = {"accept": "accepted", "reject": "rejected"}
    checked = 0
    for ann in anns:
        mine = [o for o in outcomes if o[0] == ann.id]
        told = [i for i, o in enumerate(mine) if o[2]]
        if not told:
            continue
        expected = {to_status[mine[told[-1]][1]]}
        if told[-1] + 1 < len(mine):
            expected.add(to_status[mine[told[-1] + 1][1]])
        status = repo.get_annotation(ann.id).status
        assert status in expected, (ann.id, status, mine)
        assert [e for e in events if e.annotation_id == ann.id][-1].to_status == status
        checked += 1
    assert checked == len(anns)


@pytest.mark.postgres
def test_app_decision_lost_mid_review_is_shown_unsaved_with_a_retry(pg_server, pg_url, monkeypatch, tmp_path,
                                                                   fast_retry):
    from tests.ui_helpers import (
        analysed_on_strategies,
        button,
        new_app,
        no_exceptions,
        use_database,
    )

    use_database(monkeypatch, tmp_path, pg_url)
    at = new_app().run()
    aid = analysed_on_strategies(at, SRC, TGT)
    no_exceptions(at)
    repo = Repository(make_engine(pg_url), at.session_state["workspace_id"])
    first_id = repo.list_annotations(aid)[0].id

    pg_server.pause()
    button(at, "Aceitar", 0).click()
    at.run()
    no_exceptions(at)
    assert not any("salva" in s.value.lower() for s in at.success)           # nothing claims saved
    assert at.error                                                          # the researcher is told
    # the review stays on screen (read-only) with the failed decision and its retry
    assert any("não salvo" in e.value for e in at.error), [e.value for e in at.error]
    # the cards on screen are the stored states as last loaded: nothing says "detecções originais"
    assert not any("detecções originais" in x.value for x in [*at.error, *at.warning, *at.info])
    assert any(b.label == "Tentar novamente" for b in at.button)
    assert any(b.label == "Aceitar" and b.disabled for b in at.button)
    pg_server.resume()
    assert repo.get_annotation(first_id).status == "pending" and repo.events(aid) == []

    at.run()                                                                 # database back, no restart
    no_exceptions(at)
    assert any("não salvo" in e.value for e in at.error), [e.value for e in at.error]
    button(at, "Tentar novamente").click()
    at.run()
    no_exceptions(at)
    assert repo.get_annotation(first_id).status == "accepted" and len(repo.events(aid)) == 1
    assert any("salva" in s.value.lower() for s in at.success)


@pytest.mark.postgres
def test_app_two_clicks_during_an_outage_each_keep_a_retry(pg_server, pg_url, monkeypatch, tmp_path, fast_retry):
    """Issue 17 item 1: two decisions clicked while the database is down each end "not saved"
    with their own retry (before, only the last click kept one), and both save on retry."""
    from tests.ui_helpers import (
        analysed_on_strategies,
        button,
        new_app,
        no_exceptions,
        use_database,
    )

    use_database(monkeypatch, tmp_path, pg_url)
    at = new_app().run()
    aid = analysed_on_strategies(at, SRC, TGT)
    repo = Repository(make_engine(pg_url), at.session_state["workspace_id"])
    first, second = repo.list_annotations(aid)[:2]

    pg_server.pause()
    button(at, "Aceitar", 0).click()          # two clicks in the same instant: one round trip
    button(at, "Rejeitar", 1).click()
    at.run()
    no_exceptions(at)
    assert len([b for b in at.button if b.label == "Tentar novamente"]) == 2
    pg_server.resume()
    for _ in range(2):
        at.run()
        button(at, "Tentar novamente").click()
        at.run()
        no_exceptions(at)
    assert repo.get_annotation(first.id).status == "accepted"
    assert repo.get_annotation(second.id).status == "rejected"
    assert not any(b.label == "Tentar novamente" for b in at.button)


# ============================================================================ the model fails


def test_model_that_cannot_load_falls_back_to_lexical_and_the_analysis_completes():
    result = analyze(SRC, TGT, AnalysisSettings(model="hf:/nao/existe"))
    assert result.model.fallback and result.model.backend == "lexical"
    assert result.model.requested == "hf:/nao/existe"
    assert any("hf:/nao/existe" in n and "similaridade lexical" in n for n in result.notices)
    assert result.alignments and len({sid for g in result.alignments for sid in g.source}) == 3


class _Broken:
    """A detector module whose ``detect`` raises on every pair (fault injection)."""

    def __init__(self) -> None:
        self.calls = 0

    def detect(self, ctx):
        self.calls += 1
        raise RuntimeError("falha simulada no detector")


def test_one_detector_raising_keeps_the_others_and_is_reported(monkeypatch, caplog):
    from analysis import strategies

    encoder, info = load_model("lexical")
    baseline = analyze(SRC, TGT, LEXICAL, encoder=encoder, model_info=info)
    broken = _Broken()
    monkeypatch.setitem(strategies.REGISTRY, "RD+", broken)
    with caplog.at_level("WARNING"):
        result = analyze(SRC, TGT, LEXICAL, encoder=encoder, model_info=info)
    assert broken.calls >= 1
    assert result.failed_checks and {f["code"] for f in result.failed_checks} == {"RD+"}
    assert all("RD+" in f["message"] and "falhou" in f["message"] for f in result.failed_checks)
    assert any("Algumas verificações falharam" in n and "RD+" in n for n in result.notices)
    others = [(d.code, d.source_spans, d.target_spans) for d in baseline.strategies if d.code != "RD+"]
    assert others and [(d.code, d.source_spans, d.target_spans) for d in result.strategies] == others
    assert any("detector RD+ failed" in r.getMessage() for r in caplog.records)
    # each failure carries the id under which it was reported (log line, Sentry when on)
    ids = {f["error_id"] for f in result.failed_checks}
    assert all(f["error_id"] and f["error_id"] in f["message"] for f in result.failed_checks)
    assert any(getattr(r, "error_id", None) in ids or any(i in r.getMessage() for i in ids)
               for r in caplog.records if r.name.startswith("netest"))


def test_a_failing_detector_reaches_sentry_without_the_texts(monkeypatch):
    from analysis import strategies
    from ops import errors
    from ops.settings import Settings
    from services.reporting import report_detector_error
    from tests.helpers import MemoryTransport

    transport = MemoryTransport()
    assert errors.init_sentry(Settings(SENTRY_DSN="https://public@o0.ingest.sentry.io/1"), transport=transport)
    try:
        monkeypatch.setitem(strategies.REGISTRY, "RD+", _Broken())
        encoder, info = load_model("lexical")
        result = analyze(SRC, TGT, LEXICAL, encoder=encoder, model_info=info,
                         on_detector_error=report_detector_error)
        import sentry_sdk

        sentry_sdk.flush()
        events = transport.events()
    finally:
        errors.shutdown_sentry()
    assert any("RuntimeError" in json.dumps(e) for e in events)
    assert {f["error_id"] for f in result.failed_checks} <= {e["event_id"] for e in events}
    assert not any(SRC[:30] in json.dumps(e, ensure_ascii=False) for e in events)


def test_app_model_fallback_notice_and_failed_check_are_visible(monkeypatch, tmp_path):
    from analysis import strategies
    from components import runtime
    from tests.ui_helpers import button, new_app, no_exceptions, text_area, use_database

    use_database(monkeypatch, tmp_path)
    monkeypatch.setenv("NETEST_MODEL", "hf:/nao/existe")
    from ops.settings import get_settings

    get_settings.cache_clear()
    monkeypatch.setitem(strategies.REGISTRY, "RD+", _Broken())
    runtime.model.clear()                      # the process-wide model of earlier tests
    try:
        at = new_app().run()
        no_exceptions(at)
        assert any("hf:/nao/existe" in i.value and "similaridade lexical" in i.value for i in at.info)
        text_area(at, "Texto fonte").input(SRC + " Fim do teste de falhas.")
        text_area(at, "Texto simplificado").input(TGT)
        button(at, "Analisar").click()
        at.run()
        no_exceptions(at)
        assert at.session_state["analysis_id"] is not None               # completed and saved
        assert any("Algumas verificações falharam" in w.value and "RD+" in w.value for w in at.warning)
        assert any("<mark" in h.proto.body for h in at.get("html"))
    finally:
        runtime.model.clear()
        get_settings.cache_clear()


# ============================================================================ killed corpus run

_RUNNER = r"""
import sys
from analysis.types import AnalysisSettings
from db.engine import make_engine
from db.repository import Repository
from services.corpus_run import run_pending

url, workspace_id, corpus_id = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
repo = Repository(make_engine(url), workspace_id)

def progress(fraction, message):
    print(f"{fraction:.3f} {message}", flush=True)

summary = run_pending(repo, corpus_id, AnalysisSettings(model="lexical"), progress=progress)
print(f"FIM done={summary.done} errors={summary.errors} remaining={summary.remaining}", flush=True)
"""

PAIRS = [
    (f"par{i}", f"O documento número {i} foi aprovado pela comissão ontem. Todavia, houve críticas.",
     f"A comissão aprovou o documento {i} ontem. Mas houve críticas.")
    for i in range(1, 9)
]


def _runner(url: str, ws: int, corpus_id: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NETEST_LOG_LEVEL": "WARNING"}
    return subprocess.Popen([sys.executable, "-c", _RUNNER, url, str(ws), str(corpus_id)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_killed_corpus_run_keeps_finished_pairs_and_a_new_process_resumes(tmp_path):
    from services.corpus_run import create_run

    url = f"sqlite:///{(tmp_path / 'corpus.db').as_posix()}"
    engine = make_engine(url)
    upgrade(engine)
    ws, _ = create_workspace(engine)
    repo = Repository(engine, ws.id)
    corpus_id = create_run(repo, "Morto no meio", [SimpleNamespace(name=n, source=s, target=t)
                                                   for n, s, t in PAIRS])
    proc = _runner(url, ws.id, corpus_id)
    started = 0
    try:
        for line in proc.stdout:
            if " Analisando " in line:
                started += 1
                if started == 4:          # pairs 1-3 finished, the 4th is being analysed
                    os.kill(proc.pid, signal.SIGKILL)
                    break
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    items = repo.corpus_items(corpus_id)
    done = [i for i in items if i.status == "done"]
    assert 3 <= len(done) < len(PAIRS)
    assert [i.status for i in items[:3]] == ["done"] * 3
    # every finished pair is really stored, and nothing is stored that the corpus does not know
    linked = repo.list_analyses(corpus_id=corpus_id, page_size=100)
    assert {i.analysis_id for i in done} == {a.id for a in linked.items}
    for item in done:
        assert repo.get_analysis(item.analysis_id).result.alignments
    assert repo.pending_items(corpus_id)                    # the page offers to resume these

    proc = _runner(url, ws.id, corpus_id)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert f"done={len(PAIRS) - len(done)} errors=0 remaining=0" in out
    items = repo.corpus_items(corpus_id)
    assert all(i.status == "done" and i.analysis_id for i in items)
    assert repo.list_analyses(corpus_id=corpus_id, page_size=100).total == len(PAIRS)   # none twice
    dispose_engine(url)


def test_an_analysis_saved_for_a_pair_marks_it_done_in_the_same_transaction(tmp_path):
    """A kill between "analysis saved" and "pair marked done" can no longer cause a duplicate."""
    from services.corpus_run import create_run

    url = f"sqlite:///{(tmp_path / 'c.db').as_posix()}"
    engine = make_engine(url)
    upgrade(engine)
    ws, _ = create_workspace(engine)
    repo = Repository(engine, ws.id)
    corpus_id = create_run(repo, "Janela", [SimpleNamespace(name=n, source=s, target=t) for n, s, t in PAIRS[:2]])
    item = repo.pending_items(corpus_id)[0]
    encoder, info = load_model("lexical")
    result = analyze(item.source, item.target, LEXICAL, encoder=encoder, model_info=info)
    rec = repo.save_analysis(item.source, item.target, result, title=item.name, corpus_id=corpus_id,
                             pair_name=item.name, pair_index=item.position)
    # ... the process dies here, before mark_item_done ...
    assert [i.name for i in repo.pending_items(corpus_id)] == [PAIRS[1][0]]
    assert repo.corpus_items(corpus_id)[0].analysis_id == rec.id
    assert repo.mark_item_done(item.id, rec.id).status == "done"      # the late call is harmless
    assert repo.get_corpus(corpus_id).n_done == 1
    dispose_engine(url)


# ============================================================================ logs under a real outage


def _run_async(coro):
    """asyncio.run in a fresh thread (a browser suite may leave a loop in the main thread)."""
    import asyncio
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def _server_env(url: str, tmp_path: Path) -> dict[str, str]:  # noqa: D103
    return {"DATABASE_URL": url, "NETEST_DATA_DIR": str(tmp_path), "NETEST_MODEL": "lexical",
            "NETEST_LOG_LEVEL": "INFO", "SENTRY_DSN": "", "NETEST_ENGINE_WORKERS": "1"}


async def _analyse(client, source: str, target: str):
    page = await client.rerun()
    areas = page.widgets_like("text_area")
    client.set_text(areas[0], source)
    client.set_text(areas[1], target)
    page = await client.rerun()
    return await client.click(page.widget("button", "Analisar", enabled=True))


def _log_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]


@pytest.mark.postgres
def test_every_log_line_is_json_without_connection_details_or_texts_when_postgres_stops(pg_server, pg_url,
                                                                                          tmp_path):
    """The real server, PostgreSQL really stopped mid-session: every line the server wrote is a
    JSON object and none carries the host, the port, the user, the URL or the researcher's texts."""
    from ops.serve import start_server, stop_server
    from ops.stclient import StreamlitClient

    log = tmp_path / "server.log"
    proc, base = start_server(env=_server_env(pg_url, tmp_path), log_path=log)
    try:
        async def session() -> tuple[list[str], list[str]]:
            async with StreamlitClient(base) as tab:
                first = await _analyse(tab, SRC, TGT)
                pg_server.pause()
                try:
                    second = await _analyse(tab, SRC + " Outro parágrafo novo.", TGT + " Outro novo.")
                    async with StreamlitClient(base) as fresh:        # a new visitor during the outage
                        third = await fresh.rerun()
                finally:
                    pg_server.resume()
            return first.texts(), second.texts() + third.texts()

        before, during = _run_async(session())
    finally:
        stop_server(proc)
    assert any("NÃO foi salva" in t for t in during), during                 # the outage really hit a save
    lines = _log_lines(log)
    assert lines
    parsed = []
    for line in lines:
        try:
            parsed.append(json.loads(line))
        except ValueError:
            pytest.fail(f"log line is not JSON: {line[:300]}")
    assert all(isinstance(p, dict) and p.get("level") and p.get("logger") for p in parsed)
    assert any(p.get("event") == "database_error" for p in parsed)
    raw = log.read_text(encoding="utf-8")
    port = pg_server.PG_PORT
    for leak in (f":{port}", f"port {port}", f'port={port}', "127.0.0.1", "postgres@", "postgresql://",
                 "postgresql+psycopg", SRC[:30], TGT[:30], "Outro parágrafo"):
        assert leak not in raw, leak


# ============================================================================ a full disk (SQLite)


@pytest.fixture
def small_disk(tmp_path):
    """A real size-limited file system (tmpfs, 8 MB) with ``fill()`` / ``free()``: the disk
    really runs out of space under SQLite. Needs root (mount); skipped otherwise."""
    mount = tmp_path / "disco"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()}")
    filler = mount / "enchimento.bin"

    def fill() -> None:
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            for size in (65536, 4096, 512, 1):          # down to the last byte
                try:
                    while True:
                        os.write(fd, b"\0" * size)
                except OSError:
                    pass
        finally:
            os.close(fd)

    def free() -> None:
        filler.unlink(missing_ok=True)

    try:
        yield SimpleNamespace(path=mount, fill=fill, free=free)
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_sqlite_full_disk_is_classified_as_a_full_disk_not_an_unreachable_database(small_disk):
    from db.errors import DISK_FULL_MESSAGE, KIND_DISK_FULL, DatabaseUnavailable

    url = f"sqlite:///{(small_disk.path / 'cheio.db').as_posix()}"
    engine = make_engine(url)
    upgrade(engine)
    ws, _ = create_workspace(engine)
    repo = Repository(engine, ws.id)
    encoder, info = load_model("lexical")
    result = analyze(SRC, TGT, LEXICAL, encoder=encoder, model_info=info)
    small_disk.fill()
    try:
        with pytest.raises(DatabaseUnavailable) as caught:
            for i in range(50):                         # until the WAL can no longer grow
                repo.save_analysis(SRC + f" Versão {i}." + " palavra" * 2000, TGT, result)
        assert caught.value.kind == KIND_DISK_FULL and caught.value.message == DISK_FULL_MESSAGE
        assert "cheio" in caught.value.message
        repo.list_analyses(page_size=5)                 # reads still work on a full disk
    finally:
        small_disk.free()
    assert repo.save_analysis(SRC, TGT, result).id       # space back: the same engine saves again
    dispose_engine(url)


_FSIZE_RUNNER = r"""
import json, resource, signal, sys
from analysis.pipeline import analyze, load_model
from analysis.types import AnalysisSettings
from db.engine import make_engine
from db.errors import DatabaseUnavailable
from db.migrate import upgrade
from db.repository import Repository
from db.workspaces import create_workspace
from ops.logging import configure_logging

configure_logging("WARNING")                             # as every entry point does
url, path = sys.argv[1], sys.argv[2]
engine = make_engine(url)
upgrade(engine)
ws, _ = create_workspace(engine)
repo = Repository(engine, ws.id)
enc, info = load_model("lexical")
src, tgt = "O menino correu pela estrada. Depois voltou.", "O menino correu. Ele voltou."
result = analyze(src, tgt, AnalysisSettings(model="lexical"), encoder=enc, model_info=info)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)           # write() fails with EFBIG instead
limit = 256 * 1024
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    for i in range(100):
        repo.save_analysis(src + f" Versão {i}." + " palavra" * 3000, tgt, result)
    print(json.dumps({"kind": None}))
except DatabaseUnavailable as err:
    print(json.dumps({"kind": err.kind, "message": err.message}))
"""


def test_sqlite_file_size_limit_is_reported_as_a_full_disk(tmp_path):
    """RLIMIT_FSIZE in a subprocess: the database file cannot grow (EFBIG → SQLITE_FULL)."""
    url = f"sqlite:///{(tmp_path / 'limite.db').as_posix()}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NETEST_LOG_LEVEL": "WARNING"}
    out = subprocess.run([sys.executable, "-c", _FSIZE_RUNNER, url, str(tmp_path)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    verdict = json.loads(out.stdout.strip().splitlines()[-1])
    assert verdict["kind"] == "disk_full", verdict
    for line in out.stderr.splitlines():                 # the subprocess's log lines are JSON too
        if line.strip():
            assert isinstance(json.loads(line), dict), line


def test_postgres_disk_full_sqlstate_is_a_full_disk():
    """PostgreSQL's disk-full error (SQLSTATE 53100, psycopg.errors.DiskFull) as SQLAlchemy
    wraps it; and an unreachable server stays "unavailable"."""
    import psycopg
    from sqlalchemy import exc as sa_exc

    from db.errors import KIND_DISK_FULL, KIND_UNAVAILABLE, classify

    disk = sa_exc.OperationalError("INSERT ...", {}, psycopg.errors.DiskFull("could not extend file"))
    assert classify(disk) == KIND_DISK_FULL
    refused = sa_exc.OperationalError("SELECT 1", {}, psycopg.OperationalError("connection refused"))
    assert classify(refused) == KIND_UNAVAILABLE
    assert classify(OSError(28, "No space left on device")) == KIND_DISK_FULL


class _TabWithTimers:
    """A ``StreamlitClient`` tab that also notes the auto-rerun timers the server asks the
    browser to keep (``st.fragment(run_every=...)``) and can fire one, as the browser's timer
    does: a fragment rerun with no widget touched."""

    def __init__(self, client) -> None:
        self.client = client
        self.timers: dict[str, float] = {}

    async def __aenter__(self):
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        await self.client.__aenter__()
        ws = self.client._ws
        recv = ws.recv

        async def noting_recv(*a, **kw):
            raw = await recv(*a, **kw)
            fm = ForwardMsg()
            fm.ParseFromString(raw)
            if fm.WhichOneof("type") == "auto_rerun":
                self.timers[fm.auto_rerun.fragment_id] = fm.auto_rerun.interval
            elif fm.WhichOneof("type") == "stop_auto_rerun":
                self.timers.pop(fm.stop_auto_rerun.fragment_id, None)
            return raw

        ws.recv = noting_recv
        return self

    async def __aexit__(self, *exc):
        await self.client.__aexit__(*exc)

    async def fire_timer(self):
        from streamlit.proto.BackMsg_pb2 import BackMsg

        fragment_id = next(iter(self.timers))
        msg = BackMsg()
        cs = msg.rerun_script
        cs.query_string = self.client.query_string
        cs.page_script_hash = self.client.page_script_hash
        cs.fragment_id = fragment_id
        cs.is_auto_rerun = True
        for state in self.client.values.values():
            cs.widget_states.widgets.append(state)
        started = time.perf_counter()
        await self.client._ws.send(msg.SerializeToString())
        return await self.client._collect(started)


def test_app_on_a_full_disk_says_so_and_the_banner_clears_by_itself(small_disk, tmp_path):
    """The real server on a SQLite file in an 8 MB file system that fills up: the sidebar never
    says "tudo é salvo" while saving fails, the cause shown is the full disk (not "indisponível"),
    and once space is back the banner's own timer (no click) brings back "conectado"."""
    import asyncio

    from ops.serve import start_server, stop_server
    from ops.stclient import StreamlitClient

    url = f"sqlite:///{(small_disk.path / 'app.db').as_posix()}"
    proc, base = start_server(env={**_server_env(url, tmp_path), "NETEST_ENGINE_WORKERS": "0"},
                              log_path=tmp_path / "server.log")
    long_src = SRC + " " + " ".join(f"Frase número {i} do teste de disco cheio." for i in range(400))
    try:
        async def session():
            async with _TabWithTimers(StreamlitClient(base)) as tab:
                fresh = await tab.client.rerun()
                small_disk.fill()
                try:
                    full = await _analyse(tab.client, long_src, TGT)
                    again = await tab.client.rerun()           # reads and pings still work
                    timers_while_full = dict(tab.timers)
                finally:
                    small_disk.free()
                await asyncio.sleep(min(timers_while_full.values(), default=5.0))   # as the browser waits
                cleared = await tab.fire_timer()              # the banner's timer, no click
                return fresh, full, again, timers_while_full, cleared

        fresh, full, again, timers, cleared = _run_async(session())
    finally:
        stop_server(proc)
    assert any("conectado" in x for x in fresh.texts())
    for run in (full, again):
        texts = run.texts()
        assert any("NÃO foi salva" in x for x in texts), texts
        assert not any("tudo é salvo" in x or "conectado" in x for x in texts), texts
        assert any("Disco do banco de dados cheio" in x for x in texts), texts          # sidebar
        assert any("disco do banco de dados está cheio" in x for x in texts), texts     # banner
        assert not any("indisponível" in x for x in texts), texts
    assert timers and all(0 < v <= 10 for v in timers.values())                      # it re-checks alone
    texts = cleared.texts()
    assert any("conectado" in x for x in texts), texts
    assert not any("não estão sendo salvos" in x for x in texts), texts
    assert any("NÃO foi salva" in x for x in texts)           # the unsaved analysis still offers its retry


# ============================================================================ server killed, restarted


def test_after_a_sigkill_restart_the_same_url_brings_back_the_pasted_texts_and_the_full_shell(tmp_path):
    """The real server killed with SIGKILL while a researcher has pasted (not yet analysed)
    texts, then started again on the same port and database: the same workspace URL shows the
    texts again, the navigation labels, the database status and the workspace link."""
    from ops.serve import free_port, start_server, stop_server
    from ops.stclient import StreamlitClient

    url = f"sqlite:///{(tmp_path / 'reinicio.db').as_posix()}"
    env = {**_server_env(url, tmp_path), "NETEST_ENGINE_WORKERS": "0"}
    port = free_port()
    source, target = SRC + " Texto colado antes da queda.", TGT + " Colado antes da queda."

    async def paste() -> str:
        async with StreamlitClient(f"http://127.0.0.1:{port}") as tab:
            page = await tab.rerun()
            areas = page.widgets_like("text_area")
            tab.set_text(areas[0], source)
            tab.set_text(areas[1], target)
            await tab.rerun()                      # the browser sends the texts (blur)
            return tab.query_string

    async def reopen(query: str):
        async with StreamlitClient(f"http://127.0.0.1:{port}", query_string=query) as tab:
            page = await tab.rerun()
            return page, dict(tab.page_hashes)

    proc, _base = start_server(port, env=env, log_path=tmp_path / "antes.log")
    try:
        query = _run_async(paste())
        os.killpg(proc.pid, signal.SIGKILL)       # no shutdown, no cleanup
        proc.wait(timeout=30)
    finally:
        stop_server(proc)
    assert "w=" in query
    proc, _base = start_server(port, env=env, log_path=tmp_path / "depois.log")
    try:
        page, pages = _run_async(reopen(query))
    finally:
        stop_server(proc)
    values = [w.proto.value for w in page.widgets_like("text_area")]
    assert values[:2] == [source, target], values
    texts = page.texts()
    assert any("conectado" in x for x in texts), texts                       # database status
    assert any(x.startswith("Modelo: ") for x in texts), texts               # the sidebar's shell
    assert {"Analisar", "Histórico", "Corpus"} <= set(pages), pages          # labels, not file names


# ============================================================================ messages from what was stored


def test_a_saved_decision_changed_by_another_tab_is_not_reported_as_the_current_state(monkeypatch, tmp_path):
    """Tab A rejects a card; another tab accepts it right after. Tab A must not keep saying
    "Rejeitada e salva." next to the card's stored "Aceita" badge."""
    from tests.ui_helpers import (
        analysed_on_strategies,
        button,
        new_app,
        no_exceptions,
        use_database,
    )

    url = use_database(monkeypatch, tmp_path)
    at = new_app().run()
    aid = analysed_on_strategies(at, SRC, TGT)
    no_exceptions(at)
    button(at, "Rejeitar", 0).click()
    at.run()
    no_exceptions(at)
    assert any("Rejeitada e salva." in s.value for s in at.success)
    repo = Repository(make_engine(url), at.session_state["workspace_id"])
    rejected = [a for a in repo.list_annotations(aid) if a.status == "rejected"]
    assert len(rejected) == 1
    assert decide(repo, "accept", rejected[0].id).saved           # the other tab, a moment later
    at.run()
    no_exceptions(at)
    assert not any("Rejeitada e salva." in s.value for s in at.success), [s.value for s in at.success]
    assert any("foi salva, mas este item mudou depois" in i.value and "Aceita" in i.value for i in at.info), \
        [i.value for i in at.info]
