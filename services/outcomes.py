"""How a use case can fail, as a kind the page turns into words.

Why: a page must never guess what went wrong from a message string. Every service outcome
carries ``failure`` (None when it worked) with one of these kinds, and the page picks the
sentence (in the researcher's language) and whether a retry makes sense:

- ``input``: the researcher's input is refused (fix it; retrying the same will not help);
- ``rate_limited``: too many fresh analyses just now (retry later);
- ``db_down``: the database cannot be reached (nothing was stored; retry);
- ``store_refused``: the store refused the change (invalid, stale or already done: not retried);
- ``unexpected``: a bug, reported under an error id.

The store's exceptions are re-exported here so components never import ``db``.
"""
from __future__ import annotations

from typing import Literal

from analysis.types import InputError
from db.errors import KIND_UNAVAILABLE, DatabaseUnavailable, NotFound, ReviewError, classify

FailureKind = Literal["input", "rate_limited", "db_down", "store_refused", "unexpected"]
FAILURE_KINDS: tuple[FailureKind, ...] = ("input", "rate_limited", "db_down", "store_refused", "unexpected")
#: the kinds where the same request may work later (the page offers a retry)
RETRYABLE: frozenset[FailureKind] = frozenset({"rate_limited", "db_down"})

__all__ = ["DatabaseUnavailable", "FAILURE_KINDS", "FailureKind", "InputError", "KIND_UNAVAILABLE", "NotFound",
           "RETRYABLE", "ReviewError", "classify", "failure_kind"]


def failure_kind(exc: BaseException) -> FailureKind:
    """The kind of a failure raised below the service layer."""
    if isinstance(exc, DatabaseUnavailable):
        return "db_down"
    if isinstance(exc, (ReviewError, NotFound)):
        return "store_refused"
    if isinstance(exc, InputError):
        return "input"
    return "unexpected"
