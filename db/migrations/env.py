"""Alembic environment: uses the connection handed over by db.migrate, or DATABASE_URL.

``render_as_batch`` lets SQLite ALTER tables (it copies them); on PostgreSQL an advisory lock
keeps two app replicas starting at once from migrating concurrently.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import text
from sqlmodel import SQLModel

import db.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from db.migrate import MIGRATION_LOCK_ID

config = context.config
target_metadata = SQLModel.metadata


def _run(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_ID})
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Alembic runs this file as a script
    from db.engine import make_engine

    url = config.get_main_option("sqlalchemy.url") or None
    with make_engine(url).connect() as conn:
        _run(conn)


def run_migrations_offline() -> None:
    # Alembic runs this file as a script
    from db.engine import default_url

    context.configure(url=config.get_main_option("sqlalchemy.url") or default_url(),
                      target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
