"""A typed outcome for the use cases the secondary pages call (Histórico, Corpus, Painel).

Why: pages render outcomes and never catch database exceptions themselves. ``failure`` is one
of ``services.outcomes.FAILURE_KINDS`` (``db_down``: the database is down, nothing was lost;
``store_refused``: the researcher asked for something not valid or no longer there; ...),
``message`` the store's Portuguese text for the refused cases.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from services.outcomes import DatabaseUnavailable, FailureKind, InputError, failure_kind

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T | None = None
    failure: FailureKind | None = None
    message: str = ""
    code: str = ""          # the store's stable key for a refusal ("not_found", "stale"...)

    @property
    def ok(self) -> bool:
        return self.failure is None


def run(action: Callable[[], T]) -> Outcome[T]:
    """``action()`` as an Outcome: the store's typed errors become failure kinds."""
    try:
        return Outcome(value=action())
    except (DatabaseUnavailable, InputError) as err:
        return Outcome(failure=failure_kind(err), message=getattr(err, "message", str(err)),
                       code=getattr(err, "code", ""))
