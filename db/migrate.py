"""Alembic, driven from code: the app calls ``upgrade(engine)`` at start-up.

The schema is owned by the migrations in ``db/migrations/versions`` (never ``create_all`` in a
production path). Migrations are additive (expand/contract), see db/README.md. Driver errors
become ``DatabaseUnavailable`` so a dead database at start-up is a message, not a traceback.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from db.engine import DB_ERRORS
from db.errors import DatabaseUnavailable

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: PostgreSQL advisory lock every migration run holds for its transaction (``migrations/env.py``):
#: replicas starting at once migrate one after the other, and the later ones find the schema at
#: head. Any constant works as long as nothing else in the database uses it.
MIGRATION_LOCK_ID = 74_101_202


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def _run(engine: Engine, fn, revision: str) -> None:  # noqa: ANN001
    cfg = _config()
    try:
        with engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:
                # batch migrations copy tables; SQLite would enforce foreign keys against the
                # half-built copy. The pragma only works outside a transaction, hence the raw
                # driver connection (SQLAlchemy has not begun one yet).
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            try:
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    fn(cfg, revision)
                    if sqlite:
                        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
            finally:
                if sqlite:
                    conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    except DB_ERRORS as err:
        raise DatabaseUnavailable() from err


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; DatabaseUnavailable when the server can't be reached."""
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Step back to ``revision`` ("base" drops everything; tests only)."""
    _run(engine, command.downgrade, revision)


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except DB_ERRORS as err:
        raise DatabaseUnavailable() from err


@lru_cache(maxsize=1)
def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head
