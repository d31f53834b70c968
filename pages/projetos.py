"""Projetos: shared projects of a research group — join by invitation link, create, manage
members and items (coordinator), review the project's pairs per annotator (blind mode), the
project's agreement Painel and its exports to INCEpTION and Label Studio.

The page composes components; every read goes through ``services.projects``, which checks the
membership on each call, so a removed member loses access on the next rerun.
"""
from __future__ import annotations

import streamlit as st

from components import runtime
from components.i18n import current_language, t
from components.page_tools import md_escape
from components.project_admin import (
    INVITE_PARAM,
    account_invitations_section,
    create_section,
    join_section,
    members_section,
)
from components.project_common import K_PAIR, K_PROJECT, K_SECTION, role_label, show_error, show_flashes
from components.project_exports import exports_section
from components.project_panel import project_panel
from components.project_review import pair_review
from services import projects

runtime.require_app_shell()

SECTIONS = ("pairs", "panel", "members", "export")


def _pairs(svc: projects.ProjectsService, pid: int, lang: str) -> None:
    out = svc.pairs(pid)
    if not out.ok:
        show_error(out)
        return
    if not out.value:
        st.info(t("proj.pairs.none"))
        return
    pairs = {p.analysis_id: p for p in out.value}
    ss = st.session_state
    if ss.get(K_PAIR) not in pairs:
        ss[K_PAIR] = next(iter(pairs))
    aid = st.selectbox(t("proj.pairs.choose"), list(pairs), key=K_PAIR,
                       format_func=lambda a: t("proj.pair.label", title=pairs[a].title or f"#{a}",
                                               state=t("proj.pair.done" if pairs[a].done else "proj.pair.todo")))
    pair_review(svc, pid, aid, lang)


def render() -> None:
    lang = current_language()
    st.title(t("proj.title"))
    st.caption(t("proj.intro"))
    show_flashes()
    repo = runtime.repo()
    if repo is None:
        st.warning(t("common.no_workspace"))
        return
    runtime.load_preferences(repo)   # the shell already did, once per workspace: a no-op then
    svc = projects.for_repo(repo)
    join_section(svc)
    account_invitations_section(svc)
    listed = svc.projects()
    if not listed.ok:
        show_error(listed)
        return
    mine = {p.id: p for p in listed.value}
    create_section(svc, expanded=not mine and not st.query_params.get(INVITE_PARAM))
    if not mine:
        st.info(t("proj.none"), icon=":material/groups:")
        return
    ss = st.session_state
    if ss.get(K_PROJECT) not in mine:       # removed, left, or never ours: nothing of it stays open
        ss[K_PROJECT] = next(iter(mine))
        ss.pop(K_PAIR, None)
    pid = st.selectbox(t("proj.choose"), list(mine), key=K_PROJECT, on_change=lambda: ss.pop(K_PAIR, None),
                       format_func=lambda p: t("proj.option", name=mine[p].name, role=role_label(mine[p].me.role)))
    project = mine[pid]
    st.caption(f"**{md_escape(project.name)}** · {role_label(project.me.role)} · "
               f"{t('proj.blind_on') if project.blind else t('proj.blind_off')}")
    if ss.get(K_SECTION) not in SECTIONS:
        ss[K_SECTION] = "pairs"
    section = st.segmented_control(t("proj.choose"), SECTIONS, key=K_SECTION, label_visibility="collapsed",
                                   format_func=lambda s: t(f"proj.section.{s}"))
    if section == "pairs":
        _pairs(svc, pid, lang)
    elif section == "panel":
        project_panel(svc, pid, lang)
    elif section == "members":
        members_section(svc, project, repo)
    else:
        exports_section(svc, project)


if __name__ == "__main__":   # Streamlit runs pages as __main__; tests import the functions
    render()
