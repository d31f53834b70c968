"""Database health for the diagnostics page, the start-up check and the save status."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

from db.engine import DB_ERRORS, session_scope, sqlite_path
from db.errors import UNAVAILABLE_MESSAGE, DatabaseUnavailable, sqlite_file_cannot_grow
from db.migrate import current_revision, head_revision


@dataclass
class DatabaseStatus:
    reachable: bool
    at_head: bool
    current_revision: str | None
    head_revision: str
    backend: str                  # "sqlite" | "postgresql"
    error: str | None = None      # Portuguese, for the page

    @property
    def ok(self) -> bool:
        return self.reachable and self.at_head


def check(engine: Engine) -> DatabaseStatus:
    """Never raises: a dead database is reported, not thrown."""
    head = head_revision()
    backend = engine.dialect.name
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        current = current_revision(engine)
    except (DatabaseUnavailable, *DB_ERRORS):
        return DatabaseStatus(False, False, None, head, backend,
                              "Banco de dados inacessível. " + UNAVAILABLE_MESSAGE)
    at_head = current == head
    error = None if at_head else (
        f"O esquema do banco está na revisão {current or 'vazia'}; esperada {head}. "
        "Reinicie o aplicativo para aplicar as migrações.")
    return DatabaseStatus(True, at_head, current, head, backend, error)


def probe_write(engine: Engine) -> bool:
    """One real, harmless write: rewrites the single ``alembic_version`` row with its own value.

    Why a real write: a full disk (or a read-only one) lets every read and ping through and
    fails only writes, so only a write can tell that saving works again. The row is rewritten
    in place (SQLite writes the page, PostgreSQL a new tuple version and WAL); nothing changes.
    The outcome is recorded by ``session_scope`` like any other write. A SQLite file whose
    disk is still (nearly) full is not probed: a one-row write may fit in space SQLite already
    holds while a whole analysis would not. Never raises.
    """
    if sqlite_file_cannot_grow(sqlite_path(engine)):
        return False
    try:
        with session_scope(engine) as s:
            s.exec(text("UPDATE alembic_version SET version_num = version_num"))  # type: ignore[call-overload]
    except DatabaseUnavailable:
        return False
    return True
