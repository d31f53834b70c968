"""What the Analisar page keeps in the session, and the small moves on it its components share.

Why one module: the input form, the result header, the review cards and the export tab all read
or change "which analysis is open" and "what did the last click do"; the keys and those moves
live here once, so no component reaches into another's globals. Session state holds only UI
state and ids; the analysis itself comes from the database (or, unsaved, from ``K_UNSAVED``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from analysis.types import DEFAULT_ENABLED_CODES, AnalysisResult
from components import runtime
from components.items import ReviewItem
from services.preferences import ReviewFilter

K_SRC, K_TGT, K_TITLE = "src_text", "tgt_text", "analysis_title"
K_THIRD, K_LEVELS = "third_text", "three_levels"   # the strong level's text; the "Três níveis" toggle
K_UNSAVED = "unsaved_analysis"          # {"result": dict, "source": str, "target": str, "title": str}
K_LAST = "last_decision"                # {"ok": bool, "message": str, "retry": {...}}
K_SELECTED = "selected_item"
K_FLASH = "analyse_flash"               # [(kind, message)] shown once after a rerun
K_SNAPSHOT = "open_snapshot"            # the open analysis as last loaded from the database
K_TEXTS_FOR = "input_texts_for"         # the analysis whose texts were last put in the input
K_LOADED = "loaded_this_run"            # (analysis id, open_saved outcome) read earlier in this run
#: widget keys → the plain keys that keep their values while another page is shown (Streamlit
#: drops a widget's state when a run does not draw it)
KEPT = {K_SRC: "kept_src_text", K_TGT: "kept_tgt_text", K_TITLE: "kept_analysis_title",
        K_THIRD: "kept_third_text"}
K_LEVELS_KEPT = "kept_three_levels"


@dataclass
class OpenAnalysis:
    """The analysis on screen: saved (reviewable when the database answered) or unsaved."""
    result: AnalysisResult
    title: str
    items: list[ReviewItem]
    saved: bool
    analysis_id: int | None
    reviewable: bool
    record: Any = None          # the saved record (db.views.AnalysisRecord) when loaded from the database

    @property
    def levels(self) -> dict | None:
        """On the first step of a chain of levels: its names, step ids and chain."""
        return getattr(self.record, "levels", None)

    @property
    def chain_head_id(self) -> int | None:
        """On a later step of a chain: the first step's analysis id."""
        return getattr(self.record, "chain_head_id", None)


@dataclass
class ViewPrefs:
    """The researcher's display preferences, read once per run and passed to every view."""
    lang: str
    palette: str = "default"
    min_conf: float = 0.0
    enabled: set[str] = field(default_factory=lambda: set(DEFAULT_ENABLED_CODES))

    @property
    def filter(self) -> ReviewFilter:
        """The one rule deciding what is listed, counted, charted and exported."""
        return ReviewFilter.of(self.min_conf, self.enabled)

    @classmethod
    def from_session(cls, lang: str) -> ViewPrefs:
        ss = st.session_state
        return cls(lang=lang, palette=ss.get(runtime.K_PALETTE, "default"),
                   min_conf=float(ss.get(runtime.K_MIN_CONF, 0.0)),
                   enabled=set(ss.get(runtime.K_ENABLED) or DEFAULT_ENABLED_CODES))


def init_session() -> None:
    """The input texts and title, restored after a visit to another page (or a reconnection:
    a fresh session receives the browser's widget values before it can read them)."""
    ss = st.session_state
    ss.pop(K_LOADED, None)          # what an earlier run read is never reused
    for key, kept in KEPT.items():
        # a widget not drawn on the last run may read back as its empty default: an empty
        # field whose kept value is not empty was not emptied here (keep_input keeps "" too)
        if not isinstance(ss.get(key), str) or (not ss.get(key) and ss.get(kept)):
            ss[key] = ss.get(kept, "")
    if not isinstance(ss.get(K_LEVELS), bool):
        ss[K_LEVELS] = bool(ss.get(K_LEVELS_KEPT, False))


def keep_input() -> None:
    """Remember the input's current values beyond this page (called after the form is drawn)."""
    ss = st.session_state
    for key, kept in KEPT.items():
        ss[kept] = ss.get(key, "")
    ss[K_LEVELS_KEPT] = bool(ss.get(K_LEVELS, False))


def set_input(source: str, target: str, title: str, third: str | None = None) -> None:
    """Put a pair in the input (before the form is drawn, or in a callback); ``third`` (a
    strong level) also switches "Três níveis" on (a non-empty one) or off."""
    ss = st.session_state
    values = [(K_SRC, source), (K_TGT, target), (K_TITLE, title)]
    if third is not None:
        values.append((K_THIRD, third))
        ss[K_LEVELS] = ss[K_LEVELS_KEPT] = bool(third.strip())
    for key, value in values:
        ss[key] = value
        ss[KEPT[key]] = value


def remember_loaded(analysis_id: int, outcome: Any) -> None:
    """Keep a saved analysis read early in this run (its texts for the input) for the view
    drawn later in the same run: a re-opened link reads it once, not twice."""
    st.session_state[K_LOADED] = (int(analysis_id), outcome)


def take_loaded(analysis_id: int) -> Any:
    """The outcome ``remember_loaded`` kept for ``analysis_id`` in this run (once), or None."""
    kept = st.session_state.pop(K_LOADED, None)
    return kept[1] if kept is not None and kept[0] == int(analysis_id) else None


def flash(kind: str, message: str) -> None:
    """A message shown once, after the next rerun (callbacks run before the page draws)."""
    st.session_state.setdefault(K_FLASH, []).append((kind, message))


def show_flashes() -> None:
    for kind, message in st.session_state.pop(K_FLASH, []):
        getattr(st, kind)(message)


def set_open(analysis_id: int | None) -> None:
    """Open ``analysis_id`` (None: nothing open) here and in ``?a=`` (so a reload keeps it)."""
    ss = st.session_state
    ss[runtime.K_ANALYSIS_ID] = analysis_id
    ss.pop(K_SELECTED, None)
    ss.pop(K_LAST, None)
    if analysis_id is None:
        st.query_params.pop("a", None)
    else:
        st.query_params["a"] = str(analysis_id)


def sync_query_param() -> None:
    """``?a=`` and the session agree: the URL opens an analysis on a fresh load, the session
    writes it back otherwise."""
    ss = st.session_state
    if ss.get(runtime.K_ANALYSIS_ID) is None and st.query_params.get("a"):
        try:
            ss[runtime.K_ANALYSIS_ID] = int(st.query_params["a"])
        except ValueError:
            st.query_params.pop("a", None)
    elif ss.get(runtime.K_ANALYSIS_ID) is not None and st.query_params.get("a") != str(ss[runtime.K_ANALYSIS_ID]):
        st.query_params["a"] = str(ss[runtime.K_ANALYSIS_ID])


def has_open() -> bool:
    ss = st.session_state
    return ss.get(runtime.K_ANALYSIS_ID) is not None or ss.get(K_UNSAVED) is not None


def excerpt(text: str, spans, limit: int = 70) -> str:  # noqa: ANN001 - iterable of (start, end)
    """The spans' text joined by an ellipsis, cut at ``limit`` characters."""
    joined = " … ".join(text[a:b] for a, b in spans)
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


def is_shown(it: ReviewItem, prefs: ViewPrefs) -> bool:
    """Highlighted in the texts: a visible status, and listed under the preferences."""
    return it.visible and prefs.filter.keeps(it)
