"""Database health for the diagnostics page and the start-up check."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine


@dataclass
class DatabaseStatus:
    reachable: bool
    at_head: bool
    current_revision: str | None
    head_revision: str
    backend: str                  # "sqlite" | "postgresql"
    error: str | None = None      # Portuguese, for the page


def check(engine: Engine) -> DatabaseStatus:
    """Never raises: a dead database is reported, not thrown."""
    raise NotImplementedError
