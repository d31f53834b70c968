"""Database health for the diagnostics page and the start-up check."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

from db.engine import DB_ERRORS
from db.errors import UNAVAILABLE_MESSAGE, DatabaseUnavailable
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
