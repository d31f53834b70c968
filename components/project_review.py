"""Review of one project pair, per annotator: the machine's detections with this member's own
decision, the annotations they added, and "Marcar como concluído".

Why apart from the workspace review card: a project decision is stored per member
(``services.projects``), never on the owner's annotation, so the single-workspace review on
Analisar is untouched. In blind mode the others' decisions are left out by the service until the
member marks the pair done; the coordinator always sees them.
"""
from __future__ import annotations

import streamlit as st

from analysis.types import STRATEGY_CODES
from components.analyse_state import excerpt
from components.i18n import code_label, fmt_pct, t
from components.page_tools import md_escape
from components.project_common import K_FOCUS, error_text, show_error
from components.spans import find_excerpt
from services.projects import PairReview, ProjectsService

K_LAST = "project_last"                 # {"ok": bool, "message": str} of the last click


def _record(out, ok_message: str) -> None:  # noqa: ANN001
    st.session_state[K_LAST] = {"ok": out.ok, "message": ok_message if out.ok else error_text(out)}


def _decide(svc: ProjectsService, pid: int, annotation_id: int, status: str, version: str | None,
            code_key: str | None = None) -> None:
    code = st.session_state.get(code_key) if code_key else None
    out = svc.decide(pid, annotation_id, status, code, expected_version=version)
    _record(out, t("proj.review.saved", status=t(f"status.{out.value.status}") if out.ok else ""))


def _mark_done(svc: ProjectsService, pid: int, aid: int) -> None:
    _record(svc.mark_done(pid, aid), t("proj.review.marked"))


def _add(svc: ProjectsService, pid: int, aid: int, source: str, target: str) -> None:
    ss = st.session_state
    spans: dict[str, list[tuple[int, int]]] = {"source": [], "target": []}
    for side, text in (("source", source), ("target", target)):
        wanted = (ss.get(f"project_add_{side}") or "").strip()
        if not wanted:
            continue
        found = find_excerpt(text, wanted)
        if found is None:
            ss[K_LAST] = {"ok": False, "message": t("proj.review.add_missing", excerpt=wanted,
                                                     side=t(f"an.{side}_label").lower())}
            return
        spans[side].append(found)
    if not (spans["source"] or spans["target"]):
        ss[K_LAST] = {"ok": False, "message": t("proj.review.add_empty")}
        return
    out = svc.annotate(pid, aid, ss.get("project_add_code", STRATEGY_CODES[0]), spans["source"], spans["target"],
                       ss.get("project_add_comment") or "")
    _record(out, t("proj.review.added"))
    if out.ok:
        for side in ("source", "target"):
            ss[f"project_add_{side}"] = ""
        ss["project_add_comment"] = ""


def _value_label(status: str, code: str) -> str:
    return t("status.rejected") if status == "rejected" else (
        code if status == "relabelled" else f"{t('status.accepted')} ({code})")


def _focus_for(aid: int) -> dict | None:
    focus = st.session_state.get(K_FOCUS)
    return focus if focus and focus.get("analysis_id") == aid else None


def pair_review(svc: ProjectsService, pid: int, aid: int, lang: str) -> None:
    out = svc.review(pid, aid)
    if not out.ok:
        show_error(out)
        return
    rv: PairReview = out.value
    last = st.session_state.pop(K_LAST, None)
    if last:
        (st.success if last["ok"] else st.error)(last["message"])
    focus = _focus_for(aid)
    if focus:
        with st.container(border=True):
            st.markdown(f"**{t('proj.review.focus')}**")
            c1, c2 = st.columns(2)
            c1.caption(t("an.source_label"))
            c1.text(excerpt(rv.source_text, focus.get("source") or [], 400) or "—")
            c2.caption(t("an.target_label"))
            c2.text(excerpt(rv.target_text, focus.get("target") or [], 400) or "—")
    if rv.done:
        st.success(t("proj.review.is_done"), icon=":material/task_alt:")
    elif not rv.others_visible:
        st.info(t("proj.review.blind_note"), icon=":material/visibility_off:")
    st.button(t("proj.review.mark_done"), key=f"project_done_{pid}_{aid}", icon=":material/task_alt:",
              disabled=rv.done, type="primary", on_click=_mark_done, args=(svc, pid, aid))

    mine = {d.annotation_id: d for d in rv.mine}
    others: dict[int, list[str]] = {}
    for name, decisions in rv.others.items():
        for d in decisions:
            others.setdefault(d.annotation_id, []).append(f"{md_escape(name)}: {_value_label(d.status, d.code)}")
    st.markdown(f"#### {t('proj.review.machine')}")
    for n, det in enumerate(rv.machine):
        flagged = focus is not None and focus.get("key") == f"{aid}:m{n + 1}"
        _detection_card(svc, pid, det, mine.get(det.annotation_id), others.get(det.annotation_id, []), rv,
                        lang, flagged)
    _annotations(rv, lang)
    _add_form(svc, pid, aid, rv, lang)


def _detection_card(svc: ProjectsService, pid: int, det, mine, others: list[str], rv: PairReview,  # noqa: ANN001
                    lang: str, flagged: bool) -> None:
    aid = det.annotation_id
    with st.container(border=True):
        conf = fmt_pct(det.confidence, 0, lang) if det.confidence is not None else "—"
        flag = f" :orange-badge[{t('proj.review.flag')}]" if flagged else ""
        st.markdown(f"**{code_label(det.code, lang)}** · {t('col.confidence')}: {conf}{flag}")
        c1, c2 = st.columns(2)
        c1.caption(t("an.source_label"))
        c1.text(excerpt(rv.source_text, det.source_spans, 300) or "—")
        c2.caption(t("an.target_label"))
        c2.text(excerpt(rv.target_text, det.target_spans, 300) or "—")
        st.caption(t("proj.review.mine", status=_value_label(mine.status, mine.code)) if mine
                   else t("proj.review.pending"))
        if rv.others_visible:
            st.caption(t("proj.review.others", list="; ".join(others)) if others
                       else t("proj.review.nobody"))
        version = mine.version if mine else None
        b1, b2, b3, b4 = st.columns([1, 1, 2, 1.4], vertical_alignment="bottom")
        b1.button(t("proj.review.accept"), key=f"project_acc_{aid}", icon=":material/check:",
                  disabled=bool(mine and mine.status == "accepted"),
                  on_click=_decide, args=(svc, pid, aid, "accepted", version))
        b2.button(t("proj.review.reject"), key=f"project_rej_{aid}", icon=":material/close:",
                  disabled=bool(mine and mine.status == "rejected"),
                  on_click=_decide, args=(svc, pid, aid, "rejected", version))
        code_key = f"project_rl_code_{aid}"
        b3.selectbox(t("proj.review.relabel_to"), [c for c in STRATEGY_CODES if c != det.code], key=code_key,
                     format_func=lambda c: code_label(c, lang), label_visibility="collapsed")
        b4.button(t("proj.review.relabel"), key=f"project_rl_{aid}", icon=":material/label:",
                  on_click=_decide, args=(svc, pid, aid, "relabelled", version, code_key))


def _annotation_line(a, rv: PairReview, lang: str) -> str:  # noqa: ANN001
    src = excerpt(rv.source_text, a.source_spans, 120)
    tgt = excerpt(rv.target_text, a.target_spans, 120)
    return f"- **{code_label(a.code, lang)}** · {md_escape(src or '—')} → {md_escape(tgt or '—')}"


def _annotations(rv: PairReview, lang: str) -> None:
    if rv.my_annotations:
        st.markdown(f"#### {t('proj.review.my_added')}")
        st.markdown("\n".join(_annotation_line(a, rv, lang) for a in rv.my_annotations))
    for name, added in rv.others_annotations.items():
        st.markdown(f"#### {t('proj.review.others_added', name=md_escape(name))}")
        st.markdown("\n".join(_annotation_line(a, rv, lang) for a in added))


def _add_form(svc: ProjectsService, pid: int, aid: int, rv: PairReview, lang: str) -> None:
    with st.expander(t("proj.review.add"), icon=":material/add_comment:"):
        with st.form(f"project_add_{pid}_{aid}", border=False):
            st.selectbox(t("new.code"), list(STRATEGY_CODES), key="project_add_code",
                         format_func=lambda c: code_label(c, lang))
            c1, c2 = st.columns(2)
            c1.text_input(t("proj.review.add_src"), key="project_add_source")
            c2.text_input(t("proj.review.add_tgt"), key="project_add_target")
            st.text_input(t("new.comment"), key="project_add_comment", max_chars=2000)
            st.form_submit_button(t("proj.review.add_submit"), on_click=_add,
                                  args=(svc, pid, aid, rv.source_text, rv.target_text))
