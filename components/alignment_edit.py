"""The controls under the Alinhamento rows: link, unlink, merge, split, mark omitted / added,
and undo the corrections, latest first, back through their history.

Why rows and sentence ids: the researcher reads the numbered rows above and picks what to
change by the same numbers and ids (s1.. source, t1.. simplified) the rows show. The correction
itself runs in ``services.alignment_correction`` (re-detection of the changed groups only, a
review-record event with undo); this component only gathers the choice and says what happened.
"""
from __future__ import annotations

import streamlit as st

from analysis.types import AnalysisResult
from components import runtime
from components.analyse_state import OpenAnalysis, flash
from components.i18n import t
from components.page_tools import md_escape
from services.alignment_correction import (
    ACTIONS,
    Correction,
    CorrectionOutcome,
    CorrectionView,
    correct_alignment,
    corrections,
    undo_correction,
)

K_ACTION = "realign_action"
#: bumped after each stored correction: the choice widgets start empty again, since the row
#: numbers they named have changed (a stale choice must never apply to another group)
K_GEN = "realign_generation"


def _gen() -> str:
    return f"_{st.session_state.get(K_GEN, 0)}"


def _short(text: str, n: int = 70) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _sentence_label(result: AnalysisResult, sid: str) -> str:
    doc = result.source if sid.startswith("s") else result.target
    return f"{sid} · {_short(doc.sentence(sid).text)}"


def _row_label(row) -> str:  # noqa: ANN001 - components.alignment_view.AlignedRow
    return f"#{row.number} · {', '.join(row.source_ids) or '—'} ↔ {', '.join(row.target_ids) or '—'}"


def _choice(result: AnalysisResult, rows: list, action: str) -> Correction | None:  # noqa: ANN001
    """The widgets for ``action``; the Correction they describe (None while incomplete)."""
    src_ids = [s.id for s in result.source.sentences]
    tgt_ids = [s.id for s in result.target.sentences]
    label = lambda sid: _sentence_label(result, sid)  # noqa: E731
    by_number = {r.number: r for r in rows}
    if action == "link":
        c1, c2 = st.columns(2)
        s = c1.selectbox(t("realign.source"), src_ids, index=None, format_func=label, key="realign_link_s" + _gen(), placeholder=t("realign.choose"))
        ts = c2.multiselect(t("realign.targets"), tgt_ids, format_func=label, key="realign_link_t" + _gen(), placeholder=t("realign.choose"))
        return Correction("link", (s,), tuple(ts)) if s and ts else None
    if action == "omitted":
        s = st.selectbox(t("realign.source"), src_ids, index=None, format_func=label, key="realign_om" + _gen(), placeholder=t("realign.choose"))
        return Correction("omitted", (s,), ()) if s else None
    if action == "added":
        tt = st.selectbox(t("realign.target"), tgt_ids, index=None, format_func=label, key="realign_add" + _gen(), placeholder=t("realign.choose"))
        return Correction("added", (), (tt,)) if tt else None
    if action == "merge":
        picked = st.multiselect(t("realign.groups"), list(by_number), format_func=lambda n: _row_label(by_number[n]),
                                key="realign_merge" + _gen(), placeholder=t("realign.choose"))
        if len(picked) < 2:
            if picked:
                st.caption(t("realign.pick_two"))
            return None
        chosen = [by_number[n] for n in picked]
        return Correction("merge", tuple(i for r in chosen for i in r.source_ids),
                          tuple(i for r in chosen for i in r.target_ids))
    number = st.selectbox(t("realign.group"), list(by_number), index=None,
                          format_func=lambda n: _row_label(by_number[n]), key=f"realign_{action}_row" + _gen(), placeholder=t("realign.choose"))
    if number is None:
        return None
    row = by_number[number]
    if action == "unlink":
        return Correction("unlink", row.source_ids, row.target_ids)
    part = st.multiselect(t("realign.part"), [*row.source_ids, *row.target_ids], format_func=label,
                          key=f"realign_split_part_{number}" + _gen(), placeholder=t("realign.choose"))
    if not part:
        return None
    return Correction("split", tuple(i for i in part if i in row.source_ids),
                      tuple(i for i in part if i in row.target_ids))


def _feedback(out: CorrectionOutcome) -> tuple[str, str]:
    """How a refused correction or undo is told: (``st`` function name, message)."""
    if out.reason == "nothing_to_undo":
        return "info", t("realign.nothing_to_undo")
    if out.reason == "stale_undo":
        return "warning", t("realign.stale_undo")
    if out.failure == "db_down":
        runtime.mark_db_down()
        return "error", t("realign.db_down")
    if out.failure == "unexpected":
        return "error", t("realign.unexpected", error_id=out.error_id)
    # input / store_refused: the engine's or the store's own sentence says why
    return "warning", out.message_pt or t("realign.db_down")


def _say(out: CorrectionOutcome, done_message: str) -> None:
    if out.ok:
        st.session_state[K_GEN] = st.session_state.get(K_GEN, 0) + 1
        flash("success", done_message)
        st.rerun()
    kind, message = _feedback(out)
    getattr(st, kind)(message)


def _undo(analysis_id: int, expected_id: int) -> None:
    """The undo button's callback, with the correction this page drew as the next to undo
    (bound when the button was drawn: a tab left open while another undid or corrected is
    refused, never made to undo an older correction)."""
    out = undo_correction(runtime.repo(), analysis_id, expected_id=expected_id)
    if out.ok:
        st.session_state[K_GEN] = st.session_state.get(K_GEN, 0) + 1
        flash("success", t("realign.undone"))
        return
    flash(*_feedback(out))


def correction_label(c: CorrectionView) -> str:
    """``Juntar grupos · s2, s3 ↔ t2``: the action and the sentences the researcher chose."""
    return f"{t(f'realign.action.{c.action}')} · {', '.join(c.source) or '—'} ↔ {', '.join(c.target) or '—'}"


def _history(done: list[CorrectionView], undone: list[CorrectionView]) -> None:
    """The corrections in force, newest first (the next undo takes the first), then those undone."""
    lines = [f"- {md_escape(correction_label(c))}" for c in reversed(done)]
    lines += [f"- ~~{md_escape(correction_label(c))}~~ ({t('realign.undone_mark')})" for c in reversed(undone)]
    if lines:
        st.markdown(f"**{t('realign.history')}**\n\n" + "\n".join(lines))


def correction_controls(oa: OpenAnalysis, rows: list) -> None:  # noqa: ANN001 - AlignedRow list
    """Draw the correction controls for the open analysis (saved and reviewable only)."""
    if not (oa.saved and oa.reviewable and oa.analysis_id is not None):
        st.caption(t("realign.need_saved"))
        return
    with st.expander(t("realign.title"), icon=":material/edit:", expanded=K_ACTION in st.session_state):
        st.caption(t("realign.intro"))
        action = st.radio(t("realign.action"), ACTIONS, format_func=lambda a: t(f"realign.action.{a}"),
                          horizontal=True, key=K_ACTION)
        st.caption(t(f"realign.help.{action}"))
        correction = _choice(oa.result, rows, action)
        c1, c2 = st.columns(2)
        repo = runtime.repo()
        if c1.button(t("realign.apply"), type="primary", disabled=correction is None, key="realign_apply",
                     icon=":material/check:"):
            with st.spinner(t("realign.applying")):
                out = correct_alignment(repo, oa.analysis_id, correction)
            view = out.correction
            _say(out, t("realign.done", new=view.n_new, superseded=view.n_superseded, look=view.n_needs_look)
                 if view else "")
        history = [c for c in corrections(repo, oa.analysis_id) if c.action != "undo"]
        done = [c for c in history if not c.undone]
        c2.button(t("realign.undo"), disabled=not done, key="realign_undo", icon=":material/undo:",
                  help=t("realign.undo_next", what=correction_label(done[-1])) if done else None,
                  on_click=_undo, args=(oa.analysis_id, done[-1].id) if done else None)
        if done:
            st.caption(t("realign.count", n=len(done)))
        _history(done, [c for c in history if c.undone])
