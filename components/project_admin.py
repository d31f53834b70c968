"""Projetos: create a project, join one with an invitation link, and (coordinator) manage it:
invitation links shown once, revocation, members, blind mode, placing analyses and corpora.

Why callbacks and flashes: every action runs before the page is drawn, so the list, the member
table and the invitations below show the stored state of the same run.
"""
from __future__ import annotations

from urllib.parse import urlencode, urlsplit, urlunsplit

import streamlit as st

from components import runtime
from components.i18n import fmt_datetime, t
from components.page_tools import md_escape
from components.project_common import K_PROJECT, flash, role_label, show_error
from services.projects import ProjectsService, ProjectView, placeable
from services.store import Repository

K_NEW_LINK = "project_new_link"         # (project_id, url): the link just created, shown once
INVITE_PARAM = "invite"


def invite_url(key: str, page_url: str | None) -> str:
    """The link an annotator opens: this page's address with ``?invite=KEY`` and nothing else
    (never the coordinator's own ``?w=`` key)."""
    if not page_url:
        return f"projetos?{urlencode({INVITE_PARAM: key})}"
    parts = urlsplit(page_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode({INVITE_PARAM: key}), ""))


def _page_url() -> str | None:
    try:
        return st.context.url
    except Exception:  # noqa: BLE001 - outside a browser session (tests)
        return None


def account_email() -> str | None:
    """The signed-in account's e-mail when the OIDC login is configured, else None."""
    if not runtime.auth_configured():
        return None
    try:
        if not st.user.is_logged_in:
            return None
        return str(st.user.get("email") or "") or None
    except Exception:  # noqa: BLE001 - no login in this session
        return None


# ---------------------------------------------------------------- joining
def _join_account(svc: ProjectsService, pid: int, email: str) -> None:
    out = svc.join_account(pid, email, st.session_state.get(f"project_acc_name_{pid}", ""))
    if out.ok:
        st.session_state[K_PROJECT] = out.value.id
        flash("success", t("proj.joined", name=out.value.name))
    else:
        st.session_state["project_join_error"] = out


def account_invitations_section(svc: ProjectsService) -> None:
    """Invitations addressed to the signed-in account (OIDC): accepted here, no link needed."""
    email = account_email()
    if not email:
        return
    found = svc.account_invitations(email)
    for pid, name in found.value or []:
        with st.container(border=True):
            st.markdown(t("proj.account.invited", name=md_escape(name)))
            with st.form(f"project_acc_{pid}", border=False):
                st.text_input(t("proj.my_name"), key=f"project_acc_name_{pid}", max_chars=100)
                st.form_submit_button(t("proj.join.submit"), type="primary", on_click=_join_account,
                                      args=(svc, pid, email))


def _join(svc: ProjectsService, key: str) -> None:
    out = svc.join(key, st.session_state.get("project_join_name", ""))
    if out.ok:
        st.query_params.pop(INVITE_PARAM, None)
        st.session_state[K_PROJECT] = out.value.id
        flash("success", t("proj.joined", name=out.value.name))
    else:
        st.session_state["project_join_error"] = out


def _ignore_invitation() -> None:
    st.query_params.pop(INVITE_PARAM, None)


def join_section(svc: ProjectsService) -> None:
    """The form a visitor sees when the URL carries ``?invite=KEY``."""
    key = st.query_params.get(INVITE_PARAM)
    if not key:
        return
    with st.container(border=True):
        st.markdown(f"#### {t('proj.join.header')}")
        st.caption(t("proj.join.intro"))
        failed = st.session_state.pop("project_join_error", None)
        if failed is not None:
            show_error(failed)
        with st.form("project_join", border=False):
            st.text_input(t("proj.my_name"), key="project_join_name", max_chars=100, help=t("proj.my_name.help"))
            st.form_submit_button(t("proj.join.submit"), type="primary", icon=":material/group_add:",
                                  on_click=_join, args=(svc, key))
        st.button(t("proj.join.cancel"), key="project_join_cancel", on_click=_ignore_invitation)


# ---------------------------------------------------------------- creating
def _create(svc: ProjectsService) -> None:
    ss = st.session_state
    out = svc.create(ss.get("project_new_name", ""), ss.get("project_new_me", ""), bool(ss.get("project_new_blind", True)))
    if out.ok:
        ss[K_PROJECT] = out.value.id
        flash("success", t("proj.created", name=out.value.name))
    else:
        ss["project_create_error"] = out


def create_section(svc: ProjectsService, expanded: bool) -> None:
    with st.expander(t("proj.create"), icon=":material/add:", expanded=expanded):
        failed = st.session_state.pop("project_create_error", None)
        if failed is not None:
            show_error(failed)
        with st.form("project_create", border=False):
            c1, c2 = st.columns(2)
            c1.text_input(t("proj.name"), key="project_new_name", max_chars=100)
            c2.text_input(t("proj.my_name"), key="project_new_me", max_chars=100, help=t("proj.my_name.help"))
            st.toggle(t("proj.blind"), value=True, key="project_new_blind", help=t("proj.blind.help"))
            st.form_submit_button(t("proj.create.submit"), type="primary", on_click=_create, args=(svc,))


# ---------------------------------------------------------------- managing (coordinator)
def _outcome(out, ok_message: str) -> None:  # noqa: ANN001
    if out.ok:
        flash("success", ok_message)
    else:
        st.session_state.setdefault("project_admin_errors", []).append(out)


def _invite(svc: ProjectsService, pid: int) -> None:
    out = svc.invite(pid, st.session_state.get("project_invite_role", "annotator"))
    if out.ok:
        _inv_id, key = out.value
        st.session_state[K_NEW_LINK] = (pid, invite_url(key, _page_url()))
    else:
        st.session_state.setdefault("project_admin_errors", []).append(out)


def _invite_account(svc: ProjectsService, pid: int) -> None:
    email = st.session_state.get("project_invite_email", "")
    _outcome(svc.invite_account(pid, email, st.session_state.get("project_invite_role", "annotator")),
             t("proj.invite.email_done", email=email))


def _set_blind(svc: ProjectsService, pid: int) -> None:
    _outcome(svc.set_blind(pid, bool(st.session_state.get(f"project_blind_{pid}"))), t("proj.blind.saved"))


def _place(svc: ProjectsService, pid: int, kind: str, titles: dict[int, str]) -> None:
    chosen = st.session_state.get(f"project_place_{kind}")
    if chosen is None:
        return
    run = svc.place_analysis if kind == "analysis" else svc.place_corpus
    _outcome(run(pid, int(chosen)), t("proj.place.done", title=titles.get(int(chosen), chosen)))


def members_section(svc: ProjectsService, project: ProjectView, repo: Repository) -> None:
    """Members for everyone (leave); invitations, removal, blind mode and placing for the coordinator."""
    pid = project.id
    for failed in st.session_state.pop("project_admin_errors", []):
        show_error(failed)
    coordinator = project.me.role == "coordinator"
    if coordinator:
        st.toggle(t("proj.blind"), value=project.blind, key=f"project_blind_{pid}", help=t("proj.blind.help"),
                  on_change=_set_blind, args=(svc, pid))
        _invitations(svc, pid)
        _placing(svc, pid, repo)
    st.markdown(f"#### {t('proj.members')}")
    members = svc.members(pid)
    if not members.ok:
        show_error(members)
        return
    for m in members.value:
        c1, c2 = st.columns([4, 1])
        you = f" {t('proj.member.you')}" if m.id == project.me.id else ""
        c1.markdown(t("proj.member.row", name=md_escape(m.display_name), role=role_label(m.role)) + you)
        if coordinator and m.id != project.me.id:
            c2.button(t("proj.member.remove"), key=f"project_rm_{pid}_{m.id}", icon=":material/person_remove:",
                      on_click=lambda m=m: _outcome(svc.remove(pid, m.id),
                                                    t("proj.member.removed", name=m.display_name)))
    st.button(t("proj.leave"), key=f"project_leave_{pid}", icon=":material/logout:",
              on_click=lambda: _outcome(svc.leave(pid), t("proj.left")))


def _invitations(svc: ProjectsService, pid: int) -> None:
    st.markdown(f"#### {t('proj.invite.header')}")
    c1, c2 = st.columns([2, 3], vertical_alignment="bottom")
    c1.selectbox(t("proj.invite.role"), ("annotator", "coordinator"), format_func=role_label,
                 key="project_invite_role")
    c2.button(t("proj.invite.submit"), key=f"project_invite_{pid}", icon=":material/link:", type="primary",
              on_click=_invite, args=(svc, pid))
    if runtime.auth_configured():           # OIDC login: invite a person by their account's e-mail
        with st.form(f"project_invite_account_{pid}", border=False):
            e1, e2 = st.columns([3, 2], vertical_alignment="bottom")
            e1.text_input(t("proj.invite.email"), key="project_invite_email", max_chars=320,
                          help=t("proj.invite.email.help"))
            e2.form_submit_button(t("proj.invite.email_submit"), icon=":material/alternate_email:",
                                  on_click=_invite_account, args=(svc, pid))
    link = st.session_state.pop(K_NEW_LINK, None)
    if link and link[0] == pid:
        st.warning(t("proj.invite.once"), icon=":material/visibility:")
        st.code(link[1], language=None)
    invitations = svc.invitations(pid)
    if not invitations.ok:
        show_error(invitations)
        return
    if invitations.value:
        with st.expander(t("proj.invitations"), icon=":material/mail:"):
            for inv in invitations.value:
                r1, r2 = st.columns([4, 1])
                r1.caption(t("proj.inv.row", id=inv.id, role=role_label(inv.role), when=fmt_datetime(inv.created_at),
                             state=t(f"proj.inv.{inv.state}")))
                if inv.state == "open":
                    r2.button(t("proj.inv.revoke"), key=f"project_revoke_{inv.id}",
                              on_click=lambda i=inv.id: _outcome(svc.revoke(pid, i), t("proj.inv.revoked_msg")))


def _placing(svc: ProjectsService, pid: int, repo: Repository) -> None:
    st.markdown(f"#### {t('proj.place.header')}")
    st.caption(t("proj.place.help"))
    got = placeable(repo)
    if not got.ok:
        show_error(got)
        return
    analyses, corpora = dict(got.value.analyses), dict(got.value.corpora)
    if not analyses and not corpora:
        st.caption(t("proj.place.empty"))
        return
    c1, c2 = st.columns(2, vertical_alignment="bottom")
    if analyses:
        c1.selectbox(t("proj.place.analysis"), list(analyses), format_func=lambda a: analyses[a],
                     key="project_place_analysis")
        c1.button(t("proj.place.submit"), key=f"project_place_a_{pid}", icon=":material/playlist_add:",
                  on_click=_place, args=(svc, pid, "analysis", analyses))
    if corpora:
        c2.selectbox(t("proj.place.corpus"), list(corpora), format_func=lambda c: corpora[c],
                     key="project_place_corpus")
        c2.button(t("proj.place.corpus_submit"), key=f"project_place_c_{pid}", icon=":material/library_add:",
                  on_click=_place, args=(svc, pid, "corpus", corpora))
