"""Keeps Analisar's pasted texts in the workspace's draft (``services.drafts``) and brings them
back when a new session of that workspace starts — after a server restart above all.

Called by the app shell on every run, before the page: the text areas' values of this run are
already in session state, so a change is stored before the page draws, and a restored draft is
in place before the text areas are created.
"""
from __future__ import annotations

import streamlit as st

from components import runtime
from components.analyse_state import K_LEVELS, K_SRC, K_TGT, K_THIRD, K_TITLE
from services import drafts

K_DRAFT_FOR = "draft_loaded_for"     # workspace whose draft this session has loaded
K_DRAFT_STORED = "draft_stored"      # (source, target, title, third) as last stored


def sync_draft(repo) -> None:  # noqa: ANN001 - db.repository.Repository | None
    """Restore the draft once per session and workspace; afterwards store the texts when they
    change. Without a database nothing happens (the texts stay in the session as before)."""
    if repo is None:
        return
    ss = st.session_state
    wid = repo.workspace_id
    if ss.get(K_DRAFT_FOR) != wid:
        # a workspace this session just created has no draft: no need to ask
        draft = None if runtime.just_created(wid) else drafts.load(repo.engine, wid)
        ss[K_DRAFT_FOR] = wid
        if draft is not None:
            ss[K_DRAFT_STORED] = (draft.source, draft.target, draft.title, draft.third)
            if not any((ss.get(k) or "").strip() for k in (K_SRC, K_TGT, K_THIRD)):
                ss[K_SRC], ss[K_TGT] = draft.source, draft.target
                ss[K_TITLE] = ss.get(K_TITLE) or draft.title
                if draft.third.strip():             # a three-level draft comes back as three levels
                    ss[K_THIRD], ss[K_LEVELS] = draft.third, True
    if K_SRC not in ss and K_TGT not in ss:
        return
    now = (ss.get(K_SRC) or "", ss.get(K_TGT) or "", ss.get(K_TITLE) or "", ss.get(K_THIRD) or "")
    if now != ss.get(K_DRAFT_STORED, ("", "", "", "")) and \
            drafts.save(repo.engine, wid, drafts.DraftTexts(*now)):
        ss[K_DRAFT_STORED] = now
