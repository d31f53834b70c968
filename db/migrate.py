"""Alembic, driven from code: the app calls ``upgrade(engine)`` at start-up.

The schema is owned by the migrations in ``db/migrations/versions`` (never ``create_all`` in a
production path). Migrations are additive (expand/contract), see db/README.md.
"""
from __future__ import annotations

from sqlalchemy.engine import Engine


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; DatabaseUnavailable when the server can't be reached."""
    raise NotImplementedError


def downgrade(engine: Engine, revision: str) -> None:
    raise NotImplementedError


def current_revision(engine: Engine) -> str | None:
    raise NotImplementedError


def head_revision() -> str:
    raise NotImplementedError
