"""Workspaces: who owns data, identified by an unguessable key that is only stored hashed.

A visitor gets ``create_workspace`` (the plain key is returned once, kept in the browser);
with sign-in, ``workspace_for_account`` maps an OIDC subject to one workspace, storing only a
hash of the subject. Keys are ``secrets.token_urlsafe(32)`` (256 bits); the stored sha256 is
compared with ``hmac.compare_digest`` so lookups leak nothing through timing.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.engine import Engine

from db.models import Workspace

KEY_BYTES = 32


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_workspace(engine: Engine, name: str | None = None) -> tuple[Workspace, str]:
    """A new workspace and its plain key (shown once; only its hash is stored)."""
    raise NotImplementedError


def resolve_workspace(engine: Engine, key: str) -> Workspace | None:
    """The workspace for ``key``, or None (unknown, empty or malformed key)."""
    raise NotImplementedError


def workspace_for_account(engine: Engine, subject: str) -> Workspace:
    """The (created on first sign-in) workspace of an OIDC subject."""
    raise NotImplementedError


__all__ = ["create_workspace", "resolve_workspace", "workspace_for_account", "hash_key", "hmac", "secrets"]
