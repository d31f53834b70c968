"""Which workspace this visitor works in.

Why here: the rule ("a valid ``?w=`` key reopens its workspace; anything else gets a fresh
private one and is told so; never someone else's data") is security-relevant and must be
tested without Streamlit. With sign-in configured, the account decides and the URL key is
ignored.
"""
from __future__ import annotations

from typing import NamedTuple

from sqlalchemy.engine import Engine

from db import workspaces

#: A key is ``secrets.token_urlsafe(32)``; anything wildly longer is not worth hashing.
MAX_KEY_CHARS = 200

INVALID_KEY_MESSAGE = (
    "O link de espaço de trabalho não é válido ou não existe mais. "
    "Criamos um espaço novo e vazio para você; os dados do link antigo não foram abertos."
)
NEW_WORKSPACE_MESSAGE = (
    "Criamos um espaço de trabalho privado para você. Guarde o link: ele é a chave dos seus dados."
)


class WorkspaceResolution(NamedTuple):
    workspace_id: int
    key: str | None          # the plain key to keep in ?w= (None for account workspaces)
    is_new: bool
    message: str | None      # Portuguese, shown once when not None


def resolve_or_create(engine: Engine, key_from_url: str | None) -> WorkspaceResolution:
    """Reopen the workspace of ``key_from_url`` or create a new one.

    Raises ``db.errors.DatabaseUnavailable`` when the database cannot be reached (the caller
    then runs without a workspace and says results are not being saved).
    """
    key = (key_from_url or "").strip()
    if key and len(key) <= MAX_KEY_CHARS:
        ws = workspaces.resolve_workspace(engine, key)
        if ws is not None:
            return WorkspaceResolution(int(ws.id), key, False, None)
    ws, new_key = workspaces.create_workspace(engine)
    message = INVALID_KEY_MESSAGE if key else NEW_WORKSPACE_MESSAGE
    return WorkspaceResolution(int(ws.id), new_key, True, message)


def resolve_account(engine: Engine, subject: str) -> WorkspaceResolution:
    """The workspace of a signed-in account (created on first sign-in)."""
    if not subject:
        raise ValueError("empty account subject")
    ws = workspaces.workspace_for_account(engine, subject)
    return WorkspaceResolution(int(ws.id), None, False, None)
