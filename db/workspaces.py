"""Workspaces: who owns data, identified by an unguessable key that is only stored hashed.

A visitor gets ``create_workspace`` (the plain key is returned once, kept by the browser);
with sign-in, ``workspace_for_account`` maps an OIDC subject to one workspace, storing only a
hash of the subject. Keys are ``secrets.token_urlsafe(32)`` (256 bits). Lookup is by the
sha256 of the key (an indexed equality, so the database never sees the key) and the stored
hash is then confirmed with ``hmac.compare_digest``.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from db.engine import session_scope
from db.models import Workspace

KEY_BYTES = 32
MAX_KEY_CHARS = 200


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _account_hash(subject: str) -> str:
    return hashlib.sha256(b"netest-account:" + subject.encode("utf-8")).hexdigest()


def create_workspace(engine: Engine, name: str | None = None) -> tuple[Workspace, str]:
    """A new workspace and its plain key (shown once; only its hash is stored)."""
    key = secrets.token_urlsafe(KEY_BYTES)
    ws = Workspace(key_hash=hash_key(key), name=(name or None) and name[:200])
    with session_scope(engine) as s:
        s.add(ws)
        s.flush()           # sets the id; every column is set here, so no re-read (refresh)
        s.expunge(ws)
    return ws, key


def resolve_workspace(engine: Engine, key: str) -> Workspace | None:
    """The workspace for ``key``, or None (unknown, empty or malformed key)."""
    if not isinstance(key, str) or not key or len(key) > MAX_KEY_CHARS:
        return None
    wanted = hash_key(key)
    with session_scope(engine, write=False) as s:
        ws = s.exec(select(Workspace).where(Workspace.key_hash == wanted)).first()
        if ws is None or not hmac.compare_digest(ws.key_hash, wanted):
            return None
        s.expunge(ws)
        return ws


def workspace_for_account(engine: Engine, subject: str) -> Workspace:
    """The workspace of an OIDC subject, created on first sign-in (deterministic per subject)."""
    if not subject or not isinstance(subject, str):
        raise ValueError("subject must be a non-empty string")
    wanted = _account_hash(subject)
    for _attempt in range(2):  # a concurrent first sign-in may win the insert; then re-read
        with session_scope(engine, write=False) as s:
            ws = s.exec(select(Workspace).where(Workspace.account_hash == wanted)).first()
            if ws is not None and hmac.compare_digest(ws.account_hash or "", wanted):
                s.expunge(ws)
                return ws
        try:
            with session_scope(engine) as s:
                ws = Workspace(key_hash=hash_key(secrets.token_urlsafe(KEY_BYTES)), account_hash=wanted)
                s.add(ws)
                s.flush()
                s.refresh(ws)
                s.expunge(ws)
                return ws
        except Exception as err:  # IntegrityError arrives wrapped as DatabaseUnavailable
            if not isinstance(err.__cause__, IntegrityError):
                raise
    raise RuntimeError("could not create the account workspace")
