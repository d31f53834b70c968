"""Configurações: the workspace's preferences, diagnostics, and the workspace link.

Preferences are saved per workspace (services.workspace_preferences) and copied into session_state
(keys "lang", "theme", "palette", "min_confidence", "enabled_strategies") which every page reads;
the app shell reloads them from the database at each run, so they follow the workspace link.
The theme is applied with a CSS override (services.theme): Streamlit cannot switch its own
theme from a script.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pandas as pd
import streamlit as st

from analysis.types import AUTOMATIC_CODES, model_notice_message, render_message
from components import runtime
from components.i18n import code_label, current_language, fmt_num, t
from components.page_tools import static_table
from services.calibration import workspace_calibration
from services.diagnostics import database_status, diagnostics
from services.store import Repository
from services.workspace_preferences import (
    LANGUAGES,
    PALETTES,
    THEMES,
    Preferences,
    load_preferences,
    save_preferences,
)

runtime.require_app_shell()

PREF_KEYS = ("lang", "theme", "palette", "min_confidence", "enabled_strategies", "calibrated_confidence")




def prefs_from_session(stored: Preferences | None = None) -> Preferences:
    """What is in force now: session_state first (set by the shell), then the stored values."""
    base = stored or Preferences()
    ss = st.session_state
    enabled = ss.get("enabled_strategies", base.enabled_strategies)
    return Preferences(
        language=ss.get("lang", base.language),
        theme=ss.get("theme", base.theme),
        min_confidence=float(ss.get("min_confidence", base.min_confidence)),
        enabled_strategies=[c for c in enabled if c in AUTOMATIC_CODES],
        palette=ss.get("palette", base.palette),
        calibrated_confidence=bool(ss.get(runtime.K_CALIBRATED, base.calibrated_confidence)),
    )


def apply_to_session(prefs: Preferences) -> None:
    """Put the preferences where every page reads them (components.runtime keys); the shell's
    sidebar language selector follows ``lang`` on the next run."""
    runtime.apply_preferences(prefs)


def workspace_link(key: str | None, page_url: str | None) -> str | None:
    """The bookmarkable link of the workspace: the app's address with ``?w=<key>`` only."""
    if not key:
        return None
    if page_url:
        parts = urlsplit(page_url)
        return urlunsplit((parts.scheme, parts.netloc, "/", f"w={key}", ""))
    return f"?w={key}"


def _preferences_form(repo: Repository | None) -> None:
    st.header(t("cfg.prefs"))
    loaded = load_preferences(repo)
    if loaded.failure == "db_down":
        runtime.mark_db_down()
        st.warning(loaded.message)
    current = prefs_from_session(loaded.preferences)
    lang_names = {"pt-BR": "Português (Brasil)", "en": "English"}
    # widget keys carry the UI language: when it changes, the (relabelled) widgets start afresh
    # from the preferences in force instead of keeping a value formatted in the old language
    sfx = current_language()
    with st.form("cfg_form"):
        language = st.radio(t("cfg.language"), LANGUAGES, index=LANGUAGES.index(current.language)
                            if current.language in LANGUAGES else 0, format_func=lang_names.get,
                            horizontal=True, key=f"cfg_lang_{sfx}")
        theme = st.radio(t("cfg.theme"), THEMES, index=THEMES.index(current.theme) if current.theme in THEMES else 2,
                         format_func=lambda v: t(f"cfg.theme.{v}"), horizontal=True, key=f"cfg_theme_{sfx}",
                         help=t("cfg.theme.help"))
        palette = st.radio(t("cfg.palette"), PALETTES,
                           index=PALETTES.index(current.palette) if current.palette in PALETTES else 0,
                           format_func=lambda v: t(f"cfg.palette.{v}"), horizontal=True, key=f"cfg_palette_{sfx}")
        min_conf = st.slider(t("cfg.min_confidence"), 0.0, 1.0, float(current.min_confidence), 0.05,
                             key=f"cfg_min_conf_{sfx}", help=t("cfg.min_confidence.help"), format="percent")
        enabled = st.multiselect(t("cfg.strategies"), list(AUTOMATIC_CODES),
                                 default=[c for c in current.enabled_strategies if c in AUTOMATIC_CODES],
                                 format_func=code_label, key=f"cfg_strategies_{sfx}", help=t("cfg.strategies.help"))
        calibrated = st.toggle(t("cal.setting"), value=bool(current.calibrated_confidence),
                               key=f"cfg_calibrated_{sfx}", help=t("cal.setting_help"))
        submitted = st.form_submit_button(t("cfg.save"), type="primary")
    _calibration_status(repo)
    if not submitted:
        return
    if not enabled:
        st.error(t("cfg.strategies.empty"))
        return
    prefs = Preferences(language=language, theme=theme, min_confidence=float(min_conf),
                        enabled_strategies=list(enabled), palette=palette, calibrated_confidence=bool(calibrated))
    if repo is None:
        apply_to_session(prefs)
        st.warning(t("cfg.session_only"))
        return
    saved = save_preferences(repo, prefs)
    if saved.failure == "db_down":
        runtime.mark_db_down()
        apply_to_session(prefs)
        st.error(saved.message + " " + t("cfg.session_only"))
        return
    if not saved.ok:
        st.error(saved.message)
        return
    apply_to_session(saved.preferences)
    st.session_state["cfg_flash"] = t("cfg.saved")
    st.rerun()


def _calibration_status(repo: Repository | None) -> None:
    """Which strategies have enough decisions for a calibrated confidence (and on how many)."""
    cal = workspace_calibration(repo)
    if cal is None:
        return
    lang = current_language()
    codes = ", ".join(f"{code_label(c)} ({fmt_num(cal.support(c), 0, lang)})" for c in sorted(cal.curves))
    st.caption(t("cal.status", codes=codes) if codes else t("cal.status_none"))


def limit_label(key: str, limit: dict[str, Any]) -> str:
    """A limit's label in the chosen language (the store's Portuguese label when untranslated)."""
    seconds = re.search(r"(\d+(?:[.,]\d+)?) s$", str(limit.get("label", "")))
    label = t(f"cfg.limit.{key}", seconds=seconds.group(1) if seconds else "?")
    return limit["label"] if label == f"cfg.limit.{key}" or "{" in label else label


def _yes_no(value: Any) -> str:
    if value is None:
        return t("cfg.unknown")
    return t("cfg.yes") if value else t("cfg.no")


def _diagnostics() -> None:
    st.header(t("cfg.diag"))
    try:
        model_info = runtime.model()[1]
    except Exception:  # noqa: BLE001 - diagnostics report, they do not fail
        model_info = None
    diag = diagnostics(model_info=model_info, db_status=database_status())
    model, db = diag["model"], diag["database"]

    c1, c2 = st.columns(2)
    with c1:
        st.subheader(t("cfg.diag.model"))
        st.markdown(t("cfg.diag.model.body", loaded=_yes_no(model["loaded"]), name=model["name"] or "—",
                      backend=model["backend"] or "—", requested=model["requested"],
                      seconds=f"{model['load_seconds']:.3f}" if model["load_seconds"] is not None else "—",
                      workers=model["engine_workers"] or t("cfg.diag.in_process")))
        if model["fallback"]:
            st.warning(render_message(model_notice_message(model["notice"]), current_language())
                       if model["notice"] else t("cfg.diag.fallback"))
    with c2:
        st.subheader(t("cfg.diag.db"))
        st.markdown(t("cfg.diag.db.body", reachable=_yes_no(db["reachable"]), at_head=_yes_no(db["at_head"]),
                      current=db["current_revision"] or "—", head=db["head_revision"] or "—",
                      backend=db["backend"] or "—"))
        if db["error"]:
            st.error(db["error"])
    st.subheader(t("cfg.diag.versions"))
    static_table(pd.DataFrame([(k, v or "—") for k, v in diag["versions"].items()],
                              columns=[t("cfg.diag.component"), t("cfg.diag.version")]))
    st.subheader(t("cfg.diag.limits"))
    static_table(pd.DataFrame([(limit_label(k, v), f"{fmt_num(v['value'])} {t('cfg.unit.' + v['unit'])}")
                               for k, v in diag["limits"].items()],
                              columns=[t("cfg.diag.limit"), t("cfg.diag.value")]))


def _workspace_section() -> None:
    st.header(t("cfg.workspace"))
    key = st.query_params.get("w")
    link = workspace_link(key, getattr(st.context, "url", None))
    if link is None:
        st.info(t("cfg.workspace.account") if st.session_state.get("workspace_id") else t("common.no_workspace"))
        return
    st.code(link, language=None)
    st.warning(t("cfg.workspace.warning"))


def render() -> None:
    st.title(t("cfg.title"))
    flash = st.session_state.pop("cfg_flash", None)
    if flash:
        st.success(flash)
    repo = runtime.repo()
    if repo is None:
        st.warning(t("common.no_workspace"))
    _preferences_form(repo)
    _workspace_section()
    _diagnostics()


if __name__ == "__main__":   # Streamlit runs pages as __main__; tests import the functions
    render()
