"""What the Projetos page keeps in the session, and how a project outcome is shown.

Why one module: the project list, the pair review, the agreement panel and the exports all read
"which project / which pair / which span is open"; the keys live here once. Session state holds
only ids; every read goes through ``services.projects``, which checks the membership again, so
a removal or a departure takes effect on the next rerun.
"""
from __future__ import annotations

import streamlit as st

from components import runtime
from components.i18n import CATALOG, t

K_PROJECT = "project_pick"              # the project on screen (id; the selectbox's key)
K_PAIR = "project_pair_pick"            # the pair on screen (analysis id; the selectbox's key)
K_FOCUS = "project_focus"               # {"analysis_id", "key", "source", "target"} of a disputed unit
K_SECTION = "project_section"           # pairs | panel | members | export
K_FLASH = "project_flash"               # [(kind, message)] shown once after a rerun


def flash(kind: str, message: str) -> None:
    st.session_state.setdefault(K_FLASH, []).append((kind, message))


def show_flashes() -> None:
    for kind, message in st.session_state.pop(K_FLASH, []):
        getattr(st, kind)(message)


def error_text(outcome) -> str:  # noqa: ANN001 - services.page_outcome.Outcome
    """The refusal in the chosen language (by the store's code), the store's text otherwise."""
    if outcome.failure == "db_down":
        runtime.mark_db_down()
        return t("common.unavailable")
    key = f"proj.err.{outcome.code}"
    return t(key) if key in CATALOG else outcome.message


def show_error(outcome) -> None:  # noqa: ANN001
    st.error(error_text(outcome), icon=":material/error:")


def role_label(role: str) -> str:
    return t(f"proj.role.{role}")


#: set by :func:`open_pair` when the button was on another page (Painel): that page then
#: switches to Projetos, where the pair is shown
K_GO_TO_PROJECTS = "project_go_to_projects"


def open_pair(analysis_id: int, focus: dict | None = None, project_id: int | None = None) -> None:
    """Callback: show ``analysis_id`` in the Pares section (at ``focus``, a disputed unit); with
    ``project_id`` (a button outside Projetos) that project is chosen and Projetos opens."""
    ss = st.session_state
    if project_id is not None:
        ss[K_PROJECT] = int(project_id)
        ss[K_GO_TO_PROJECTS] = True
    ss[K_PAIR] = int(analysis_id)
    ss[K_FOCUS] = focus
    ss[K_SECTION] = "pairs"
