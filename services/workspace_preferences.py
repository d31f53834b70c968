"""Reading and saving a workspace's preferences, for Configurações: typed outcomes, no db types
leaking into the page.

Why a service: the page must not open the store or guess from exception messages; it gets the
preferences in force or a failure kind (``db_down`` → the page keeps them for the session only,
``store_refused`` → the values were refused) and chooses its own words.
"""
from __future__ import annotations

from dataclasses import dataclass

from analysis import ENGINE_VERSION
from db.errors import DatabaseUnavailable, ReviewError
from db.repository import Repository
from db.views import LANGUAGES, PALETTES, THEMES, Preferences
from services.outcomes import FailureKind, failure_kind

__all__ = ["ENGINE_VERSION", "LANGUAGES", "PALETTES", "THEMES", "Preferences", "PreferencesOutcome",
           "load_preferences", "save_preferences"]


@dataclass(frozen=True)
class PreferencesOutcome:
    """The stored preferences, or why there are none (``message`` is the store's own text)."""

    preferences: Preferences | None
    failure: FailureKind | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.failure is None


def load_preferences(repo: Repository | None) -> PreferencesOutcome:
    if repo is None:
        return PreferencesOutcome(None)
    try:
        return PreferencesOutcome(repo.get_preferences())
    except DatabaseUnavailable as err:
        return PreferencesOutcome(None, failure_kind(err), err.message)


def save_preferences(repo: Repository, prefs: Preferences) -> PreferencesOutcome:
    try:
        return PreferencesOutcome(repo.save_preferences(prefs))
    except (ReviewError, DatabaseUnavailable) as err:
        return PreferencesOutcome(None, failure_kind(err), err.message)
