"""A typed outcome for the use cases the secondary pages call (Histórico, Corpus, Painel).

Why: pages render outcomes and never catch database exceptions themselves. ``failure`` names
the kind ("unavailable" — the database is down, nothing was lost; "invalid" — the researcher
asked for something not valid; "not_found"), ``message`` is the Portuguese text to show.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from db.errors import DatabaseUnavailable, NotFound, ReviewError

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T | None = None
    failure: str | None = None          # None | "unavailable" | "invalid" | "not_found"
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.failure is None


def run(action: Callable[[], T]) -> Outcome[T]:
    """``action()`` as an Outcome: the repository's typed errors become failure kinds."""
    try:
        return Outcome(value=action())
    except DatabaseUnavailable as err:
        return Outcome(failure="unavailable", message=err.message)
    except NotFound as err:
        return Outcome(failure="not_found", message=str(err))
    except ReviewError as err:
        return Outcome(failure="invalid", message=str(err))
