"""Workspace-scoped repository: the only code that reads and writes NET-EST's rows.

One repository per aggregate lives in ``db.repositories`` (analyses, review, corpus,
preferences), all sharing the workspace scope (``WorkspaceScope``: every query filtered by the
workspace). ``Repository`` composes them, so callers keep one object and one import.
"""
from __future__ import annotations

from db.repositories.alignment import AlignmentRepository
from db.repositories.analyses import AnalysesRepository
from db.repositories.base import (
    DECISIONS,
    DEFAULT_ACTOR,
    MAX_PAGE_SIZE,
    PREVIEW_CHARS,
    UNDOABLE,
    WorkspaceScope,
    cache_key,
    sha256,
)
from db.repositories.corpus import CorpusRepository
from db.repositories.preferences import PreferencesRepository
from db.repositories.review import ReviewRepository

__all__ = ["DECISIONS", "DEFAULT_ACTOR", "MAX_PAGE_SIZE", "PREVIEW_CHARS", "UNDOABLE", "Repository",
           "WorkspaceScope", "cache_key", "sha256"]


class Repository(AnalysesRepository, ReviewRepository, CorpusRepository, PreferencesRepository,
                 AlignmentRepository):
    """All operations of one workspace. Cheap to create (holds only the engine and the id)."""
