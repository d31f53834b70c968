"""The researcher's unsaved Analisar texts, kept per workspace so a server restart loses nothing.

Why in the database: session state lives in the server process; after a restart (deploy, crash,
SIGKILL) the browser reconnects to a fresh session on the same ``?w=`` URL and the pasted texts
would be gone. The draft row is written when the texts change (at most once per rerun, only on a
change) and read when a session of that workspace starts with empty text areas. A failed write
is not an error for the researcher (the texts are still on screen); it is retried on the next
change. Texts above the analysis size limit are cut to it (they could not be analysed anyway).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from db.engine import session_scope
from db.errors import DatabaseUnavailable
from db.models import Draft, utcnow
from ops.settings import get_settings


@dataclass(frozen=True)
class DraftTexts:
    source: str = ""
    target: str = ""
    title: str = ""
    third: str = ""             # the third level (strong simplification), when three levels

    @property
    def empty(self) -> bool:
        return not (self.source.strip() or self.target.strip() or self.title.strip() or self.third.strip())


def _limit() -> int:
    return int(get_settings().max_text_chars) + 1000


def load(engine: Engine, workspace_id: int) -> DraftTexts | None:
    """The workspace's draft, or None (no draft, or the database cannot be read now)."""
    try:
        with session_scope(engine, write=False) as s:
            row = s.get(Draft, workspace_id)
            return None if row is None else DraftTexts(row.source, row.target, row.title, row.third or "")
    except DatabaseUnavailable:
        return None


def save(engine: Engine, workspace_id: int, texts: DraftTexts) -> bool:
    """Stores the draft (insert or replace); True when it was committed."""
    cap = _limit()
    try:
        with session_scope(engine) as s:
            row = s.get(Draft, workspace_id) or Draft(workspace_id=workspace_id)
            row.source, row.target = texts.source[:cap], texts.target[:cap]
            row.title, row.updated_at = texts.title[:300], utcnow()
            row.third = texts.third[:cap]
            s.add(row)
    except DatabaseUnavailable:
        return False
    return True
