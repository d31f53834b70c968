"""NET-EST — the Streamlit app shell: start-up, workspace, preferences, sidebar, navigation.

Start-up happens through ``st.cache_resource`` (database engine + migrations, model warm-up), so
it runs once per process; a database that is down does not stop the app (analyses still run,
a banner says nothing is being saved, and saving resumes when it comes back). Each visitor
works in a private workspace whose key lives in the URL (``?w=``).
"""
from __future__ import annotations

import streamlit as st

from components import runtime
from components.draft_sync import sync_draft
from components.i18n import LANGUAGES, t
from ops.settings import get_settings
from services.theme import theme_css

st.set_page_config(page_title="NET-EST", page_icon="📝", layout="wide")


@st.cache_resource(show_spinner=False)
def _observability() -> bool:
    """JSON logs and (when SENTRY_DSN is set) Sentry, once per process."""
    from ops.errors import init_sentry
    from ops.logging import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level)
    return init_sentry(settings)


_observability()
engine = runtime.database()
runtime.db_status(engine)
repo = runtime.repo()
runtime.load_preferences(repo)
sync_draft(repo)                        # pasted texts survive a server restart

with st.spinner(t("app.loading_model")):
    _encoder, model_info = runtime.model()

pages = [
    st.Page("pages/analisar.py", title=t("nav.analisar"), icon=":material/compare_arrows:", default=True),
    st.Page("pages/historico.py", title=t("nav.historico"), icon=":material/history:"),
    st.Page("pages/corpus.py", title=t("nav.corpus"), icon=":material/library_books:"),
    st.Page("pages/painel.py", title=t("nav.painel"), icon=":material/insights:"),
    st.Page("pages/projetos.py", title=t("nav.projetos"), icon=":material/groups:"),
    st.Page("pages/configuracoes.py", title=t("nav.configuracoes"), icon=":material/settings:"),
    st.Page("pages/sobre.py", title=t("nav.sobre"), icon=":material/info:"),
]
nav = st.navigation(pages)

# ---------------------------------------------------------------- theme + banners (every page)
_theme_css = theme_css(st.session_state.get("theme"))
if _theme_css:
    st.html(_theme_css)
_BANNERS = {"disk_full": "app.disk_full_banner", "read_only": "app.read_only_banner"}
_SIDEBAR_STATUS = {"disk_full": "app.db_disk_full", "read_only": "app.db_read_only"}


@st.fragment(run_every=runtime.BANNER_RECHECK_SECONDS)
def _save_banner() -> None:
    """The "not being saved" banner, with its real cause; it re-checks the database on its own
    every few seconds (no click needed) and, once saving works again, reruns the whole page so
    the banner, the sidebar status and the disabled review buttons all follow."""
    problem = st.session_state.get(runtime.K_DB_KIND)
    if st.session_state.get(runtime.K_DB_OK):
        return
    eng = runtime.database()
    if eng is not None and runtime.db_status(eng):
        st.rerun()
    problem = st.session_state.get(runtime.K_DB_KIND) or problem
    st.warning(t(_BANNERS.get(problem, "app.db_down_banner")), icon=":material/cloud_off:")


_banner_slot = st.empty()      # filled after the page ran: its own saves count too
if model_info.fallback and model_info.notice:
    st.info(model_info.notice, icon=":material/model_training:")
msg = st.session_state.pop(runtime.K_WORKSPACE_MSG, None)
if msg:
    st.info(msg, icon=":material/key:")

# ---------------------------------------------------------------- sidebar
with st.sidebar:
    st.markdown("### NET-EST")
    lang_labels = {"pt-BR": "Português (Brasil)", "en": "English"}

    def _language_changed() -> None:
        runtime.save_preference(runtime.repo(), language=st.session_state["sidebar_language"])

    # follow the preference (it may have been changed on Configurações) before drawing the widget
    st.session_state["sidebar_language"] = st.session_state.get(runtime.K_LANG, "pt-BR")
    st.selectbox(t("app.language"), LANGUAGES, format_func=lambda code: lang_labels[code],
                 key="sidebar_language", on_change=_language_changed)

    key = st.session_state.get(runtime.K_WORKSPACE_KEY)
    if st.session_state.get(runtime.K_ACCOUNT):
        st.caption(t("app.account_workspace"))
    elif key:
        # lazy: st.code pulls a 1.5 MB syntax-highlighting bundle into the browser, which cost a
        # fresh visitor ~0.7 s before "Texto fonte" could be typed into (bench/first_paint.py);
        # the expander's content now runs only once a researcher opens it
        link_box = st.expander(t("app.workspace_link"), icon=":material/key:",
                               key="sidebar_workspace_link", on_change="rerun")
        if link_box.open:
            with link_box:
                st.caption(t("app.workspace_warning"))
                st.code(f"?w={key}", language=None)
                st.caption(t("app.workspace_how"))
    if runtime.auth_configured():
        try:
            logged_in = bool(st.user.is_logged_in)
        except Exception:  # noqa: BLE001
            logged_in = False
        if logged_in:
            if st.button(t("app.logout"), key="sidebar_logout"):
                st.logout()
        elif st.button(t("app.login"), key="sidebar_login"):
            st.login()

    st.divider()
    _status_slot = st.empty()
    st.caption(t("app.model", name=model_info.name))


def _show_save_status(before: tuple[bool, str | None] | None = None) -> tuple[bool, str | None]:
    """Banner and sidebar status from what the writes so far did. Drawn before the page (a
    page may stop early) and again after it, so a save the page just tried is reflected in the
    same run: a failed save is never next to "tudo é salvo"."""
    if before is not None:
        runtime.refresh_status(engine)
    ok = bool(st.session_state.get(runtime.K_DB_OK))
    problem = st.session_state.get(runtime.K_DB_KIND)
    if (ok, problem) == before:
        return ok, problem
    _status_slot.caption(t("app.db_ok") if ok else t(_SIDEBAR_STATUS.get(problem, "app.db_down")))
    if ok:
        _banner_slot.empty()
    elif before is None or before[0]:           # the fragment is drawn at most once per run
        with _banner_slot.container():
            _save_banner()
    return ok, problem


_status_before = _show_save_status()
nav.run()
_show_save_status(_status_before)          # not reached when the page stopped early (st.stop)
