"""The store as the UI layer sees it: open (and migrate) the database and get the repository of
one workspace (whether saving works: ``services.save_status``).

Why a service: components hold the per-process engine and per-session workspace (Streamlit
caching), but building engines, migrating and choosing the repository are the store's business;
pages and components never import ``db``.
"""
from __future__ import annotations

from sqlalchemy.engine import Engine

from db.engine import make_engine
from db.migrate import upgrade
from db.repository import Repository
from db.views import Preferences

__all__ = ["Engine", "Preferences", "Repository", "open_database", "repository"]


def open_database(url: str) -> Engine:
    """The engine for ``url``, migrated to head. Raises while the database is down."""
    engine = make_engine(url)
    upgrade(engine)
    return engine


def repository(engine: Engine, workspace_id: int) -> Repository:
    """The repository scoped to one workspace (every query is filtered by it)."""
    return Repository(engine, workspace_id)
