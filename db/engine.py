"""One SQLAlchemy engine per database URL, and the transaction boundary.

SQLite (default, a file under NETEST_DATA_DIR): WAL journal so readers never block the writer,
a 10 s busy timeout so concurrent sessions wait instead of failing, foreign keys on, and
write transactions opened with ``BEGIN IMMEDIATE`` so two writers never deadlock on a lock
upgrade. PostgreSQL: ``pool_pre_ping`` and ``pool_recycle`` so that after the server restarts
the same engine silently reconnects.

``session_scope`` is the one place where driver errors become ``DatabaseUnavailable``: the
transaction is rolled back (nothing partial is stored), the cause is classified (full disk,
read-only, unreachable: ``db.errors.classify``), one JSON line without the driver's message is
logged, and the outcome is remembered per engine (``last_outcome``) so the status the app shows
comes from what was actually stored, not from a ping.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

from db.errors import DatabaseUnavailable, classify, sqlstate
from ops.logging import log_event
from ops.settings import get_settings

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 10_000
_engines: dict[str, Engine] = {}
_lock = threading.Lock()

#: driver-level failures that mean "the database did not do it" (connection lost, locked,
#: timeout...). Translated at the repository boundary; programming errors stay visible.
DB_ERRORS: tuple[type[BaseException], ...] = (
    sa_exc.OperationalError,
    sa_exc.InterfaceError,
    sa_exc.DBAPIError,
    sa_exc.TimeoutError,       # pool exhausted
    sa_exc.DisconnectionError,
)


@dataclass(frozen=True)
class Outcome:
    """How the last transaction (or the last write) on an engine ended."""
    ok: bool
    kind: str | None          # db.errors.KIND_* when it failed
    at: float                 # time.monotonic()


_last: dict[int, dict[str, Outcome]] = {}      # id(engine) -> {"any": ..., "write": ...}


def record_outcome(engine: Engine, *, write: bool, ok: bool, kind: str | None = None) -> None:
    """Remember how a transaction ended (session_scope calls it; a write probe may too)."""
    out = Outcome(ok, None if ok else kind, time.monotonic())
    with _lock:
        slot = _last.setdefault(id(engine), {})
        slot["any"] = out
        if write:
            slot["write"] = out


def last_outcome(engine: Engine) -> tuple[Outcome | None, Outcome | None]:
    """(last transaction, last write transaction) on this engine in this process."""
    with _lock:
        slot = dict(_last.get(id(engine), {}))
    return slot.get("any"), slot.get("write")


def default_url() -> str:
    return get_settings().resolved_database_url


def make_engine(url: str | None = None) -> Engine:
    """The engine for ``url`` (default: ``DATABASE_URL`` or ``data/netest.db``), created once."""
    url = url or default_url()
    with _lock:
        eng = _engines.get(url)
        if eng is None:
            eng = _build(url)
            _engines[url] = eng
        return eng


def dispose_engine(url: str) -> None:
    """Forget and close the memoised engine for ``url`` (tests, shutdown)."""
    with _lock:
        eng = _engines.pop(url, None)
        if eng is not None:
            _last.pop(id(eng), None)
    if eng is not None:
        eng.dispose()


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _build(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        db = u.database or ""
        if db and db != ":memory:" and not db.startswith("file:"):
            Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
        eng = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            pool_size=10,
            max_overflow=20,
            pool_timeout=30,
        )
        _install_sqlite_listeners(eng)
        return eng
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_recycle=1800,
        pool_size=5,
        max_overflow=15,
        pool_timeout=15,
        connect_args={"connect_timeout": 5} if u.get_backend_name() == "postgresql" else {},
    )


def _install_sqlite_listeners(eng: Engine) -> None:
    @event.listens_for(eng, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        # driver autocommit: SQLAlchemy's "begin" event below emits BEGIN itself, so we choose
        # DEFERRED (reads) or IMMEDIATE (writes) instead of pysqlite's implicit late BEGIN.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(eng, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def sqlite_path(engine: Engine) -> str | None:
    """The database file of a SQLite engine (None for PostgreSQL or an in-memory database)."""
    return engine.url.database if is_sqlite(engine) else None


def _write_bind(engine: Engine) -> Engine:
    if not is_sqlite(engine):
        return engine
    opt = engine.__dict__.get("_netest_write_bind")
    if opt is None:
        opt = engine.execution_options(sqlite_begin="IMMEDIATE")
        engine.__dict__["_netest_write_bind"] = opt
    return opt


@contextmanager
def session_scope(engine: Engine, *, write: bool = True) -> Iterator[Session]:
    """A transaction: commit on success, roll back on any error.

    Driver errors (connection refused, server gone, lock timeout) are re-raised as
    ``DatabaseUnavailable``; typed errors raised inside the block (ReviewError...) pass through
    unchanged after the rollback. ``write=False`` opens a plain read transaction.
    """
    session = Session(bind=_write_bind(engine) if write else engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except (*DB_ERRORS, OSError) as err:
        _safe_rollback(session)
        kind = classify(err, sqlite_path(engine))
        record_outcome(engine, write=write, ok=False, kind=kind)
        _log_failure(engine, err, kind, write)
        raise DatabaseUnavailable(kind=kind) from err
    except BaseException:
        _safe_rollback(session)
        raise
    finally:
        try:
            session.close()
        except DB_ERRORS:  # closing a dead connection must not mask the real outcome
            log.debug("error closing session", exc_info=True)
    record_outcome(engine, write=write, ok=True)


def _log_failure(engine: Engine, err: BaseException, kind: str, write: bool) -> None:
    """One JSON line: kind, types, SQLSTATE, frames; never the driver's message (host, port,
    user, SQL parameters) — ``ops.logging`` drops exception texts."""
    orig = getattr(err, "orig", None)
    log_event("database_error", level=logging.WARNING, kind=kind, write=write, backend=engine.dialect.name,
              error_type=type(err).__name__, driver_error=type(orig).__name__ if orig is not None else None,
              sqlstate=sqlstate(err), frames=_frames(err))


def _frames(err: BaseException) -> list[str]:
    import traceback

    return [f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}"
            for f in traceback.extract_tb(err.__traceback__)][-8:]


def _safe_rollback(session: Session) -> None:
    try:
        session.rollback()
    except DB_ERRORS:
        log.debug("rollback failed (connection lost)", exc_info=True)
