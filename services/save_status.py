"""Whether saving works right now, and why not — from what actually happened to the writes.

Why not a ping: with a full disk every read and every ``SELECT 1`` succeeds while every write
fails, and the app used to say "tudo é salvo" throughout. ``db.engine.session_scope`` records
how each transaction on an engine ended (and classifies failures: unreachable, full disk,
read-only); this module turns that into the status the app shows and re-checks the failing
path (a round trip for an unreachable server, a real write for a full or read-only disk), so
the status follows the database back without waiting for a researcher's next save.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine

from db.engine import last_outcome, session_scope
from db.errors import KIND_UNAVAILABLE
from db.health import probe_write


def reachable(engine: Engine) -> bool:
    """A round trip (``SELECT 1``) through ``session_scope``, so it counts as the engine's last
    outcome; False instead of raising."""
    try:
        with session_scope(engine, write=False) as s:
            s.exec(text("SELECT 1"))  # type: ignore[call-overload]
    except Exception:  # noqa: BLE001 - any failure means "not reachable right now"
        return False
    return True


def save_problem(engine: Engine) -> str | None:
    """Why saving does not work now (``db.errors.KIND_*``), or None when the last writes worked.

    A failed write is cleared only by a later successful write — except an unreachable server,
    which a later successful round trip clears (nothing about writes in particular was wrong).
    """
    any_, write = last_outcome(engine)
    if write is not None and not write.ok:
        recovered = write.kind == KIND_UNAVAILABLE and any_ is not None and any_.ok and any_.at > write.at
        if not recovered:
            return write.kind
    if any_ is not None and not any_.ok:
        return any_.kind
    return None


def recheck(engine: Engine) -> str | None:
    """Tries the failing path again and returns the problem that remains, if any."""
    problem = save_problem(engine)
    if problem is None:
        return None
    if problem == KIND_UNAVAILABLE:
        reachable(engine)
    else:
        probe_write(engine)
    return save_problem(engine)
