"""Analisar: enter a source text and its simplified version, analyse, review, export.

The page only orchestrates: texts are read by ``analysis.ingest``, analysed through
``services.analysis_service`` (cache → engine → save), decisions go through
``services.analysis_service.decide``; rendering lives in ``components``. The open analysis is
``st.session_state["analysis_id"]`` (and ``?a=`` in the URL, so a reload keeps it); an analysis
that could not be saved is kept in session state and shown read-only until it is saved.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from analysis.types import STRATEGY_CODES, AnalysisResult, AnalysisSettings, InputError
from components import runtime
from components.charts import (
    alignment_sankey,
    readability_figure,
    readability_rows,
    strategy_counts,
    strategy_counts_figure,
)
from components.highlight import render_side_by_side
from components.i18n import code_label, current_language, t
from components.items import ReviewItem, from_annotation, from_detection, labeled_spans
from components.legend import legend_html
from components.report import build_report_html
from components.spans import count_occurrences, find_excerpt, preview, validate_span
from components.textstats import count
from db.errors import DatabaseUnavailable, NotFound
from services.analysis_service import decide, run_analysis, save_result
from services.input_limits import ingest_limits

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
UPLOAD_TYPES = ["txt", "md", "docx", "odt", "pdf"]
K_SRC, K_TGT, K_TITLE = "src_text", "tgt_text", "analysis_title"
K_UNSAVED = "unsaved_analysis"          # {"result": dict, "source": str, "target": str, "title": str}
K_LAST = "last_decision"                # {"ok": bool, "message": str, "retry": {...}}
K_SELECTED = "selected_item"
K_FLASH = "analyse_flash"
PAGE_SIZE = 12                          # annotation cards per page (keeps reruns fast)               # [(kind, message)] shown once after a rerun

ss = st.session_state
lang = current_language()
ss.setdefault(K_SRC, "")
ss.setdefault(K_TGT, "")
ss.setdefault(K_TITLE, "")


# ====================================================================== helpers
def _repo():
    return runtime.repo()


def _flash(kind: str, message: str) -> None:
    ss.setdefault(K_FLASH, []).append((kind, message))


def _on_upload(side: str) -> None:
    """file_uploader on_change: the extracted text fills the text area (before it renders)."""
    from analysis.ingest import read_file

    f = ss.get(f"{side}_file")
    if f is None:
        return
    try:
        text = read_file(f.name, f.getvalue(), ingest_limits())
    except InputError as err:
        _flash("error", err.message)
        return
    ss[K_SRC if side == "src" else K_TGT] = text
    _flash("success", t("an.file_loaded", name=f.name))


def _load_example() -> None:
    ss[K_SRC] = (EXAMPLES / "fonte.txt").read_text(encoding="utf-8")
    ss[K_TGT] = (EXAMPLES / "simplificado.txt").read_text(encoding="utf-8")
    ss[K_TITLE] = t("an.example_title")


def _clear_texts() -> None:
    ss[K_SRC] = ""
    ss[K_TGT] = ""
    ss[K_TITLE] = ""


def _open(analysis_id: int | None) -> None:
    ss[runtime.K_ANALYSIS_ID] = analysis_id
    ss.pop(K_SELECTED, None)
    ss.pop(K_LAST, None)
    if analysis_id is None:
        st.query_params.pop("a", None)
    else:
        st.query_params["a"] = str(analysis_id)


def _settings() -> AnalysisSettings:
    from ops.settings import get_settings

    return AnalysisSettings(model=get_settings().netest_model)


def _run() -> None:
    source, target = ss[K_SRC], ss[K_TGT]
    encoder, info = runtime.model()
    repo = _repo()
    with st.status(t("an.running"), expanded=True) as status:
        bar = st.progress(0.0)

        def progress(stage: str, frac: float) -> None:
            bar.progress(min(1.0, max(0.0, frac)), text=stage)

        outcome = run_analysis(
            repo, source, target, _settings(), title=ss.get(K_TITLE), progress=progress,
            encoder=encoder, model_info=info, analyzer=runtime.cached_analyze,
            rate_key=str(ss.get(runtime.K_WORKSPACE_ID) or id(ss)),
        )
        if outcome.ok:
            status.update(label=t("an.done_cached") if outcome.cached else t("an.done"), state="complete",
                          expanded=False)
        else:
            status.update(label=t("an.failed"), state="error", expanded=True)
    if not outcome.ok:
        st.error(outcome.error_message_pt or t("an.failed"))
        return
    if outcome.saved:
        ss.pop(K_UNSAVED, None)
        _open(outcome.analysis_id)
        if outcome.cached:
            _flash("info", t("an.cached_note"))
    else:
        if repo is not None:
            runtime.mark_db_down()
        _open(None)
        ss[K_UNSAVED] = {"result": outcome.result.to_dict(), "source": source, "target": target,
                         "title": outcome.title}


# ====================================================================== input section
st.title(t("an.title"))
for kind, message in ss.pop(K_FLASH, []):
    getattr(st, kind)(message)

if ss.get(runtime.K_ANALYSIS_ID) is None and st.query_params.get("a"):
    try:
        ss[runtime.K_ANALYSIS_ID] = int(st.query_params["a"])
    except ValueError:
        st.query_params.pop("a", None)
elif ss.get(runtime.K_ANALYSIS_ID) is not None and st.query_params.get("a") != str(ss[runtime.K_ANALYSIS_ID]):
    st.query_params["a"] = str(ss[runtime.K_ANALYSIS_ID])

has_open = ss.get(runtime.K_ANALYSIS_ID) is not None or ss.get(K_UNSAVED) is not None
with st.expander(t("an.input_header"), expanded=not has_open, icon=":material/edit_note:"):
    b1, b2, _ = st.columns([1, 1, 4])
    b1.button(t("an.load_example"), on_click=_load_example, icon=":material/auto_stories:")
    b2.button(t("an.clear"), on_click=_clear_texts, icon=":material/delete_sweep:")
    col_s, col_t = st.columns(2)
    for col, side, key, label in ((col_s, "src", K_SRC, t("an.source_label")),
                                  (col_t, "tgt", K_TGT, t("an.target_label"))):
        with col:
            st.text_area(label, key=key, height=280, placeholder=t("an.placeholder"))
            c = count(ss[key])
            st.caption(t("an.counts", chars=c.characters, words=c.words, sentences=c.sentences))
            st.file_uploader(t("an.upload", side=label), type=UPLOAD_TYPES, key=f"{side}_file",
                             on_change=_on_upload, args=(side,), help=t("an.upload_help"))
    st.text_input(t("an.title_label"), key=K_TITLE, placeholder=t("an.title_placeholder"), max_chars=300)

    if ss[K_SRC].strip() and ss[K_TGT].strip():
        from analysis.ingest import check_pair

        try:
            for w in check_pair(ss[K_SRC], ss[K_TGT], ingest_limits()):
                st.warning(w, icon=":material/warning:")
        except InputError as err:
            st.error(err.message)
    analyse_clicked = st.button(t("an.analyse"), type="primary", icon=":material/play_arrow:")

if analyse_clicked:
    if not ss[K_SRC].strip() or not ss[K_TGT].strip():
        st.error(t("an.need_both"))
    else:
        _run()


# ====================================================================== load the open analysis
K_SNAPSHOT = "open_snapshot"           # the open analysis as last loaded from the database


def _snapshot_while_down(aid):
    """The open analysis as last loaded, read-only, while the database is down (so a failed
    decision and its retry stay on screen instead of the whole review disappearing)."""
    snap = ss.get(K_SNAPSHOT)
    if snap and snap[0] == int(aid):
        st.warning(t("an.read_only_db_down"), icon=":material/cloud_off:")
        _, result, title, items = snap
        return result, title, items, True, int(aid), False
    st.error(t("an.load_failed"))
    return None


def _load_open():
    """(result, title, items, saved, analysis_id, reviewable) of what is open, or None."""
    aid = ss.get(runtime.K_ANALYSIS_ID)
    repo = _repo()
    if aid is not None and repo is not None:
        try:
            rec = repo.get_analysis(int(aid))
        except NotFound:
            st.warning(t("an.not_found"))
            _open(None)
            return None
        except DatabaseUnavailable:
            runtime.mark_db_down()
            return _snapshot_while_down(aid)
        try:
            items = [from_annotation(a) for a in repo.list_annotations(rec.id)]
        except DatabaseUnavailable:
            runtime.mark_db_down()
            return _snapshot_while_down(aid)
        ss[K_SNAPSHOT] = (rec.id, rec.result, rec.title, items)
        return rec.result, rec.title, items, True, rec.id, True
    unsaved = ss.get(K_UNSAVED)
    if unsaved:
        result = AnalysisResult.from_dict(unsaved["result"])
        items = [from_detection(i, d) for i, d in enumerate(result.strategies)]
        return result, unsaved["title"], items, False, None, False
    if aid is not None:
        if ss.get(K_SNAPSHOT) and ss[K_SNAPSHOT][0] == int(aid):
            return _snapshot_while_down(aid)
        st.warning(t("an.cannot_open_db_down"))
    return None


def _import_section() -> None:
    """Open an exported bundle as a new analysis of this workspace."""
    from db import exports

    st.markdown(f"#### {t('export.import')}")
    st.caption(t("export.import_help"))
    bundle = st.file_uploader(t("export.import_file"), type=["json"], key="import_bundle")
    if st.button(t("export.import_button"), key="import_btn", disabled=bundle is None,
                 icon=":material/upload:"):
        repo = _repo()
        if repo is None:
            st.error(t("an.not_saved"))
        else:
            try:
                rec = exports.import_bundle(repo, bundle.getvalue())
            except DatabaseUnavailable as err:
                runtime.mark_db_down()
                st.error(err.message)
            except InputError as err:
                st.error(err.message)
            else:
                ss.pop(K_UNSAVED, None)
                _open(rec.id)
                _flash("success", t("export.imported", title=rec.title))
                st.rerun()


loaded = _load_open()
if loaded is None:
    if not has_open:
        st.info(t("an.empty_state"), icon=":material/lightbulb:")
    with st.expander(t("export.import"), icon=":material/upload:"):
        _import_section()
    st.stop()

result, title, items, saved, analysis_id, reviewable = loaded
palette = ss.get(runtime.K_PALETTE, "default")
min_conf = float(ss.get(runtime.K_MIN_CONF, 0.0))
enabled = set(ss.get(runtime.K_ENABLED) or STRATEGY_CODES)

head_l, head_r = st.columns([4, 1])
head_l.subheader(title or t("an.untitled"))
if head_r.button(t("an.new_analysis"), icon=":material/add:"):
    ss.pop(K_UNSAVED, None)
    _open(None)
    st.rerun()

if not saved:
    st.error(t("an.unsaved_banner"), icon=":material/cloud_off:")
    if st.button(t("an.retry"), key="retry_save", icon=":material/refresh:"):
        unsaved = ss[K_UNSAVED]
        out = save_result(_repo(), unsaved["source"], unsaved["target"], result, unsaved["title"])
        if out.saved:
            ss.pop(K_UNSAVED, None)
            _open(out.analysis_id)
            _flash("success", t("an.saved_now"))
            st.rerun()
        else:
            runtime.mark_db_down()
            st.error(out.save_message_pt or t("an.not_saved"))
elif not reviewable:
    st.error(t("an.review_unavailable"), icon=":material/cloud_off:")
for notice in result.notices:
    st.warning(notice, icon=":material/info:")


def _shown(it: ReviewItem) -> bool:
    """Highlighted in the texts: visible status, above the confidence preference, enabled code."""
    if not it.visible:
        return False
    if it.origin == "human":
        return True
    return it.code in enabled and (it.confidence is None or it.confidence >= min_conf)


tab_side, tab_align, tab_strat, tab_metrics, tab_export = st.tabs(
    [t("tab.side"), t("tab.align"), t("tab.strategies"), t("tab.metrics"), t("tab.export")],
    key="result_tab", on_change="rerun",
)


def _excerpt(text: str, spans, limit: int = 70) -> str:
    joined = " … ".join(text[a:b] for a, b in spans)
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


def _item_label(it: ReviewItem) -> str:
    conf = f" · {it.confidence:.0%}" if it.confidence is not None else ""
    ex = _excerpt(result.source.text, it.source_spans) or _excerpt(result.target.text, it.target_spans)
    return f"{code_label(it.code, lang)}{conf} · «{ex}»"


# ---------------------------------------------------------------------- Lado a lado
with tab_side:
    if tab_side.open is not False:  # lazy tabs: only the open view runs
        shown = [it for it in items if _shown(it)]
        cb = st.toggle(t("side.colorblind"), value=(palette == "colorblind"), key="side_palette",
                       help=t("side.colorblind_help"))
        if cb != (palette == "colorblind"):
            palette = "colorblind" if cb else "default"
            runtime.save_preference(_repo() if saved else None, palette=palette)
        counts = strategy_counts(shown)
        codes = [c for c in STRATEGY_CODES if c in counts]
        if codes:
            st.html(legend_html(codes, palette, lang, counts))
        options = [None] + [it.key for it in shown]
        by_key = {it.key: it for it in shown}
        if ss.get(K_SELECTED) not in options:
            ss[K_SELECTED] = None
        selected = st.selectbox(
            t("side.select"), options, key=K_SELECTED,
            format_func=lambda k: t("side.none") if k is None else _item_label(by_key[k]),
        )
        if selected is not None:
            it = by_key[selected]
            conf = f"{it.confidence:.0%}" if it.confidence is not None else "—"
            st.info(f"**{code_label(it.code, lang)}** · {t('col.confidence')}: {conf} · "
                    f"{t('status.' + it.status)}\n\n{it.explanation or it.comment or ''}")
        if not shown:
            st.caption(t("side.no_detections"))
        left, right = st.columns(2)
        with left:
            st.markdown(f"**{t('an.source_label')}**")
            st.html(render_side_by_side(result.source.text, labeled_spans(shown, "source", selected), palette))
        with right:
            st.markdown(f"**{t('an.target_label')}**")
            st.html(render_side_by_side(result.target.text, labeled_spans(shown, "target", selected), palette))


# ---------------------------------------------------------------------- Alinhamento
def _sent_text(doc, ids) -> str:
    return " ".join(doc.sentence(i).text for i in ids)


with tab_align:
    if tab_align.open is not False:  # lazy tabs: only the open view runs
        rows = []
        for i, g in enumerate(result.alignments, start=1):
            kind = t(f"kind.{g.kind}")
            if g.kind in ("omitted", "added"):
                kind = f"⚠ {kind}"
            rows.append({
                "#": i,
                t("col.kind"): kind,
                t("col.source_ids"): ", ".join(g.source) or "—",
                t("an.source_label"): _sent_text(result.source, g.source) or "—",
                t("col.target_ids"): ", ".join(g.target) or "—",
                t("an.target_label"): _sent_text(result.target, g.target) or "—",
                t("col.score"): round(float(g.score), 3),
            })
        if rows:
            kinds = pd.Series([g.kind for g in result.alignments]).value_counts()
            st.caption(" · ".join(f"{t('kind.' + k)}: {n}" for k, n in kinds.items()))
            st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
        else:
            st.info(t("align.empty"))
        if result.paragraph_alignments:
            st.markdown(f"#### {t('align.paragraphs')}")
            st.dataframe(pd.DataFrame([{
                t("col.kind"): t(f"kind.{g.kind}"),
                t("col.source_ids"): ", ".join(g.source) or "—",
                t("col.target_ids"): ", ".join(g.target) or "—",
                t("col.score"): round(float(g.score), 3),
            } for g in result.paragraph_alignments]), hide_index=True, width="stretch")


# ---------------------------------------------------------------------- Estratégias
def _do(action: str, annotation_id: int | None = None, **kw) -> None:
    """Button callback: apply a decision and remember the outcome (and how to retry it)."""
    out = decide(_repo(), action, annotation_id, **kw)
    if out.ok:
        ss[K_LAST] = {"ok": True, "message": t(f"done.{action}")}
    else:
        if not out.saved:
            runtime.mark_db_down()
        ss[K_LAST] = {"ok": False, "message": out.message_pt or t("an.not_saved"),
                      "retry": {"action": action, "annotation_id": annotation_id, "kw": kw}
                      if not out.saved else None}


def _do_with_input(action: str, annotation_id: int, field: str, widget_key: str, drawn: object) -> None:
    """Like ``_do``, reading the widget's value when the button is clicked: a comment typed and
    saved in one go arrives with the click, after the button's arguments were drawn."""
    _do(action, annotation_id, **{field: ss.get(widget_key, drawn)})


def _spans_from_inputs(prefix: str, text: str, n_spans: int) -> tuple[list[tuple[int, int]], str | None]:
    spans = []
    for j in range(n_spans):
        a, b = int(ss.get(f"{prefix}_s{j}", 0)), int(ss.get(f"{prefix}_e{j}", 0))
        if a == b == 0:
            continue
        err = validate_span(text, a, b)
        if err:
            return [], err
        spans.append((a, b))
    return spans, None


def _save_edit(it: ReviewItem) -> None:
    src, err1 = _spans_from_inputs(f"ed_src_{it.key}", result.source.text, len(it.source_spans) or 1)
    tgt, err2 = _spans_from_inputs(f"ed_tgt_{it.key}", result.target.text, len(it.target_spans) or 1)
    if err1 or err2 or not (src or tgt):
        ss[K_LAST] = {"ok": False, "message": err1 or err2 or t("strat.need_span"), "retry": None}
        return
    _do("edit_span", it.annotation_id, source_spans=src, target_spans=tgt)


def _span_editor(it: ReviewItem) -> None:
    for side, text, spans in (("src", result.source.text, it.source_spans),
                              ("tgt", result.target.text, it.target_spans)):
        st.markdown(f"**{t('an.source_label') if side == 'src' else t('an.target_label')}**")
        for j, (a, b) in enumerate(spans or [(0, 0)]):
            c1, c2, c3 = st.columns([1, 1, 4])
            s_key, e_key = f"ed_{side}_{it.key}_s{j}", f"ed_{side}_{it.key}_e{j}"
            c1.number_input(t("strat.start"), min_value=0, max_value=len(text), value=int(a), step=1, key=s_key)
            c2.number_input(t("strat.end"), min_value=0, max_value=len(text), value=int(b), step=1, key=e_key)
            sa, sb = int(ss.get(s_key, a)), int(ss.get(e_key, b))
            err = validate_span(text, sa, sb) if (sa or sb) else None
            c3.caption(err if err else (preview(text, sa, sb) if sb > sa else t("strat.no_span")))
    st.button(t("strat.save_span"), key=f"save_span_{it.key}", on_click=_save_edit, args=(it,),
              disabled=not reviewable)


def _status_badge(it: ReviewItem) -> str:
    colour = {"pending": "gray", "accepted": "green", "rejected": "red", "relabelled": "orange",
              "created": "blue", "deleted": "gray"}.get(it.status, "gray")
    return f":{colour}-badge[{t('status.' + it.status)}]"


with tab_strat:
    if tab_strat.open is not False:  # lazy tabs: only the open view runs
        last = ss.get(K_LAST)
        if last:
            if last["ok"]:
                st.success(last["message"], icon=":material/check:")
            else:
                st.error(f"{t('an.not_saved_short')}: {last['message']}", icon=":material/error:")
                if last.get("retry"):
                    r = last["retry"]
                    st.button(t("an.retry"), key="retry_decision", icon=":material/refresh:",
                              on_click=_do, args=(r["action"], r["annotation_id"]), kwargs=r["kw"])

        f1, f2, f3, f4 = st.columns([3, 2, 3, 1])
        present = [c for c in STRATEGY_CODES if any(it.code == c for it in items)]
        f_codes = f1.multiselect(t("strat.filter_code"), present, default=[], key="f_codes",
                                 format_func=lambda c: code_label(c, lang), placeholder=t("strat.all"))
        f_conf = f2.slider(t("strat.filter_conf"), 0.0, 1.0, value=min_conf, step=0.05, key="f_conf")
        statuses = ["pending", "accepted", "rejected", "relabelled", "created", "deleted"]
        f_status = f3.multiselect(t("strat.filter_status"), statuses, default=[], key="f_status",
                                  format_func=lambda s: t("status." + s), placeholder=t("strat.all_but_deleted"))
        f4.button(t("strat.undo"), key="undo", icon=":material/undo:", disabled=not reviewable,
                  on_click=_do, args=("undo", None), kwargs={"analysis_id": analysis_id})

        def _passes(it: ReviewItem) -> bool:
            if f_codes and it.code not in f_codes:
                return False
            if it.confidence is not None and it.origin == "machine" and it.confidence < f_conf:
                return False
            if f_status:
                return it.status in f_status
            return it.status != "deleted"

        listed = [it for it in items if _passes(it)]
        decided = sum(1 for it in items if it.origin == "machine" and it.status != "pending")
        machine = sum(1 for it in items if it.origin == "machine")
        st.caption(t("strat.progress", decided=decided, total=machine, shown=len(listed)))
        if not items:
            st.info(t("strat.none_found"))
        elif not listed:
            st.info(t("strat.none_filtered"))

        n_pages = max(1, -(-len(listed) // PAGE_SIZE))
        page = 1
        if int(ss.get("strat_page") or 1) > n_pages:   # filters shrank the list
            ss["strat_page"] = 1
        if n_pages > 1:
            page = int(st.number_input(t("strat.page", pages=n_pages), min_value=1, max_value=n_pages,
                                       value=1, step=1, key="strat_page"))
        for it in listed[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]:
            with st.container(border=True):
                conf = f"{it.confidence:.0%}" if it.confidence is not None else "—"
                origin = t("origin." + it.origin)
                relabel_note = (f" · {t('strat.was', code=it.original_code)}"
                                if it.original_code and it.original_code != it.code else "")
                st.markdown(f"**{code_label(it.code, lang)}** {_status_badge(it)} · {origin} · "
                            f"{t('col.confidence')}: {conf}{relabel_note}")
                src_ex = _excerpt(result.source.text, it.source_spans, 300)
                tgt_ex = _excerpt(result.target.text, it.target_spans, 300)
                c1, c2 = st.columns(2)
                c1.caption(t("an.source_label"))
                c1.text(src_ex or "—")
                c2.caption(t("an.target_label"))
                c2.text(tgt_ex or "—")
                if it.explanation:
                    st.caption(it.explanation)
                if it.comment:
                    st.caption(f"💬 {it.comment}")
                if it.annotation_id is None:
                    continue
                aid = it.annotation_id
                b1, b2, b3, b4 = st.columns(4)
                b1.button("Aceitar" if lang == "pt-BR" else t("strat.accept"), key=f"acc_{aid}",
                          on_click=_do, args=("accept", aid), disabled=not reviewable or it.origin == "human"
                          or it.status == "accepted", icon=":material/check:")
                b2.button("Rejeitar" if lang == "pt-BR" else t("strat.reject"), key=f"rej_{aid}",
                          on_click=_do, args=("reject", aid), disabled=not reviewable or it.origin == "human"
                          or it.status == "rejected", icon=":material/close:")
                b3.button(t("strat.delete"), key=f"del_{aid}", on_click=_do, args=("delete", aid),
                          disabled=not reviewable or it.status == "deleted", icon=":material/delete:")
                # lazy: relabel, comment and span editor (~10 widgets) only run for an open card;
                # drawn for all 12 cards they were most of the view's server time under load
                more = st.expander(t("strat.more"), icon=":material/tune:", key=f"more_{aid}",
                                   on_change="rerun")
                if more.open is False:
                    continue
                with more:
                    r1, r2 = st.columns([3, 1])
                    others = [c for c in STRATEGY_CODES if c != it.code]
                    new_code = r1.selectbox(t("strat.relabel_to"), others, key=f"rl_code_{aid}",
                                            format_func=lambda c: code_label(c, lang))
                    r2.button(t("strat.relabel"), key=f"rl_{aid}", on_click=_do_with_input,
                              args=("relabel", aid, "code", f"rl_code_{aid}", new_code),
                              disabled=not reviewable)
                    # a form: the typed comment travels with the click (a text input alone commits
                    # on blur, and a click can overtake it, saving the previous comment)
                    with st.form(f"cm_form_{aid}", border=False):
                        cm1, cm2 = st.columns([3, 1], vertical_alignment="bottom")
                        comment = cm1.text_input(t("strat.comment"), value=it.comment, key=f"cm_{aid}",
                                                 max_chars=2000)
                        cm2.form_submit_button(t("strat.save_comment"), on_click=_do_with_input,
                                               args=("comment", aid, "text", f"cm_{aid}", comment),
                                               disabled=not reviewable)
                    st.markdown(f"**{t('strat.edit_span')}**")
                    _span_editor(it)

        # ------------------------------------------------------------------ Nova anotação
        st.divider()
        st.markdown(f"#### {t('new.header')}")
        if not reviewable:
            st.caption(t("new.disabled"))
        else:
            with st.form("new_annotation", clear_on_submit=False):
                n_code = st.selectbox(t("new.code"), list(STRATEGY_CODES), key="new_code",
                                      format_func=lambda c: code_label(c, lang))
                c1, c2 = st.columns(2)
                c1.text_input(t("new.src_excerpt"), key="new_src_ex", help=t("new.excerpt_help"))
                c1.number_input(t("new.occurrence"), min_value=1, value=1, step=1, key="new_src_occ")
                c2.text_input(t("new.tgt_excerpt"), key="new_tgt_ex", help=t("new.excerpt_help"))
                c2.number_input(t("new.occurrence"), min_value=1, value=1, step=1, key="new_tgt_occ")
                with st.expander(t("new.by_offsets")):
                    o1, o2, o3, o4 = st.columns(4)
                    o1.number_input(t("new.src_start"), min_value=0, value=0, step=1, key="new_src_s")
                    o2.number_input(t("new.src_end"), min_value=0, value=0, step=1, key="new_src_e")
                    o3.number_input(t("new.tgt_start"), min_value=0, value=0, step=1, key="new_tgt_s")
                    o4.number_input(t("new.tgt_end"), min_value=0, value=0, step=1, key="new_tgt_e")
                st.text_area(t("new.comment"), key="new_comment", max_chars=2000, height=80)
                submitted = st.form_submit_button(t("new.submit"), icon=":material/add_comment:")
            if submitted:
                spans: dict[str, list[tuple[int, int]]] = {"source": [], "target": []}
                problem = None
                for side, text in (("src", result.source.text), ("tgt", result.target.text)):
                    name = "source" if side == "src" else "target"
                    excerpt = (ss.get(f"new_{side}_ex") or "").strip()
                    a, b = int(ss.get(f"new_{side}_s") or 0), int(ss.get(f"new_{side}_e") or 0)
                    if excerpt:
                        found = find_excerpt(text, excerpt, int(ss.get(f"new_{side}_occ") or 1))
                        if found is None:
                            n = count_occurrences(text, excerpt)
                            problem = t("new.not_found", side=t(f"side.{name}"), n=n)
                            break
                        spans[name].append(found)
                    elif a or b:
                        err = validate_span(text, a, b)
                        if err:
                            problem = f"{t(f'side.{name}')}: {err}"
                            break
                        spans[name].append((a, b))
                if problem is None and not (spans["source"] or spans["target"]):
                    problem = t("new.need_span")
                if problem:
                    st.error(problem)
                else:
                    _do("create", None, analysis_id=analysis_id, code=n_code, source_spans=spans["source"],
                        target_spans=spans["target"], comment=ss.get("new_comment") or "")
                    st.rerun()


# ---------------------------------------------------------------------- Métricas
with tab_metrics:
    if tab_metrics.open is not False:  # lazy tabs: only the open view runs
        if result.metrics.get("source"):
            st.markdown(f"#### {t('metrics.readability')}")
            st.dataframe(pd.DataFrame(readability_rows(result.metrics, lang)), hide_index=True, width="stretch")
            st.caption(t("metrics.flesch_note"))
            st.plotly_chart(readability_figure(result.metrics, lang), width="stretch", key="fig_read")
        else:
            st.info(t("metrics.none"))
        counted = [it for it in items if it.visible]
        if counted:
            st.plotly_chart(strategy_counts_figure(strategy_counts(counted), palette, lang), width="stretch",
                            key="fig_counts")
        if result.alignments:
            st.plotly_chart(
                alignment_sankey(result.alignments, [s.id for s in result.source.sentences],
                                 [s.id for s in result.target.sentences], lang),
                width="stretch", key="fig_sankey",
            )
        if result.timings:
            st.caption(t("metrics.timings", seconds=f"{result.timings.get('total', 0):.2f}",
                         model=result.model.name, version=result.engine_version))


# ---------------------------------------------------------------------- Exportar
with tab_export:
    if tab_export.open is not False:  # lazy tabs: only the open view runs
        from db import exports

        safe_name = "".join(ch if ch.isalnum() else "_" for ch in (title or "analise"))[:40].strip("_") or "analise"
        st.markdown(f"#### {t('export.report')}")
        st.download_button(
            t("export.html"), data=lambda: build_report_html(result, items, lang).encode("utf-8"),
            file_name=f"netest_{safe_name}.html", mime="text/html", icon=":material/description:",
            key="dl_html",
        )
        st.download_button(
            t("export.result_json"), data=lambda: result.to_json(indent=2).encode("utf-8"),
            file_name=f"netest_{safe_name}_resultado.json", mime="application/json", key="dl_result",
            icon=":material/data_object:",
        )
        if saved and reviewable:
            repo = _repo()
            st.markdown(f"#### {t('export.annotations')}")
            e1, e2, e3, e4 = st.columns(4)
            e1.download_button("CSV", data=lambda: exports.annotations_csv(repo, analysis_id),
                               file_name=f"netest_{safe_name}_anotacoes.csv", mime="text/csv", key="dl_csv")
            e2.download_button("JSONL", data=lambda: exports.annotations_jsonl(repo, analysis_id),
                               file_name=f"netest_{safe_name}_anotacoes.jsonl", mime="application/jsonl",
                               key="dl_jsonl")
            e3.download_button(
                "XLSX", data=lambda: exports.annotations_xlsx(repo, analysis_id),
                file_name=f"netest_{safe_name}_anotacoes.xlsx", key="dl_xlsx",
                mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
            e4.download_button(t("export.bundle"), data=lambda: exports.analysis_bundle(repo, analysis_id),
                               file_name=f"netest_{safe_name}_pacote.json", mime="application/json",
                               key="dl_bundle", help=t("export.bundle_help"))
        else:
            st.caption(t("export.need_saved"))

        _import_section()
