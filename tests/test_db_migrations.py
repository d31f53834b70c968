"""Schema ownership by Alembic, engine configuration and health, on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

import db.models  # noqa: F401
from db.engine import make_engine
from db.errors import UNAVAILABLE_MESSAGE, DatabaseUnavailable
from db.health import check
from db.migrate import current_revision, downgrade, head_revision, upgrade

TABLES = {"workspace", "analysis", "annotation", "annotationevent", "preference", "corpus", "corpusitem"}


def test_upgrade_and_downgrade_round_trip(db_url):
    eng = make_engine(db_url)
    assert current_revision(eng) is None
    status = check(eng)
    assert status.reachable and not status.at_head and status.error
    upgrade(eng)
    assert current_revision(eng) == head_revision()
    assert TABLES <= set(inspect(eng).get_table_names())
    assert check(eng).at_head and check(eng).error is None
    upgrade(eng)  # idempotent at head
    downgrade(eng, "base")
    assert current_revision(eng) is None
    assert not TABLES & set(inspect(eng).get_table_names())
    upgrade(eng)
    assert check(eng).ok


def test_models_match_the_migrated_schema(engine):
    """The SQLModel classes and the migrations must never drift apart."""
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                SQLModel.metadata)
    assert diff == []


def test_queries_are_indexed(engine):
    idx = {tuple(i["column_names"]) for t in ("analysis", "annotation", "annotationevent")
           for i in inspect(engine).get_indexes(t)}
    assert ("workspace_id", "created_at") in idx
    assert ("analysis_id",) in idx
    assert ("analysis_id", "id") in idx


def test_sqlite_uses_wal_and_busy_timeout(tmp_path):
    eng = make_engine(f"sqlite:///{tmp_path}/sub/dir/netest.db")   # missing dirs are created
    with eng.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert (tmp_path / "sub" / "dir" / "netest.db").exists()
    assert make_engine(f"sqlite:///{tmp_path}/sub/dir/netest.db") is eng   # memoised per URL


def test_default_url_comes_from_settings(tmp_path, monkeypatch):
    from ops.settings import get_settings

    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("NETEST_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    try:
        eng = make_engine()
        assert eng.url.database == f"{tmp_path}/data/netest.db"
        upgrade(eng)
        assert (tmp_path / "data" / "netest.db").exists()
    finally:
        get_settings.cache_clear()
        from db.engine import dispose_engine
        dispose_engine(str(eng.url))


@pytest.mark.postgres
def test_unreachable_database_at_start_up_is_a_typed_error():
    # nothing listens on port 1: connection refused, immediately
    eng = make_engine("postgresql+psycopg://postgres@127.0.0.1:1/nowhere")
    with pytest.raises(DatabaseUnavailable) as err:
        upgrade(eng)
    assert err.value.message == UNAVAILABLE_MESSAGE
    status = check(eng)
    assert not status.reachable and status.backend == "postgresql" and "inacessível" in status.error


@pytest.mark.postgres
def test_postgres_engine_pings_its_pool(postgres_admin_url):
    eng = make_engine(postgres_admin_url)
    assert eng.pool._pre_ping is True
    with eng.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar() == 1


@pytest.fixture
def fresh_postgres_url(postgres_admin_url):
    """An empty PostgreSQL database (not migrated), dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin = create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    name = f"netest_mig_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(postgres_admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.postgres
def test_replicas_starting_at_once_migrate_one_after_the_other(fresh_postgres_url):
    """Several replicas (processes, as in production: Alembic's context is process-global, so
    threads of one process cannot stand in for them) upgrade the same empty database at the
    same moment: every one succeeds and the schema is built once."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    start_at = time.time() + 3.0      # all start migrating at the same instant
    code = ("import sys, time; from db.engine import make_engine; from db.migrate import upgrade; "
            f"time.sleep(max(0.0, {start_at} - time.time())); upgrade(make_engine(sys.argv[1]))")
    procs = [subprocess.Popen([sys.executable, "-c", code, fresh_postgres_url], cwd=root,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    outcomes = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err[-2000:] for _, err in outcomes]
    eng = make_engine(fresh_postgres_url)
    assert current_revision(eng) == head_revision()
    with eng.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    eng.dispose()


@pytest.mark.postgres
def test_an_upgrade_waits_for_the_migration_lock(fresh_postgres_url):
    """While another replica holds the migration lock, an upgrade waits instead of racing."""
    import threading
    import time

    from db.migrate import MIGRATION_LOCK_ID

    holder = make_engine(fresh_postgres_url)
    eng = make_engine(fresh_postgres_url)
    done = threading.Event()
    with holder.connect() as conn, conn.begin():
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_ID})
        worker = threading.Thread(target=lambda: (upgrade(eng), done.set()))
        worker.start()
        time.sleep(1.5)
        assert not done.is_set()            # blocked behind the lock
        assert current_revision(holder) is None
    worker.join(timeout=600)
    assert done.is_set() and current_revision(eng) == head_revision()
    holder.dispose()
    eng.dispose()
