"""Corpus: analyse many pairs at once, resume interrupted runs, and read the aggregate.

The run itself is services.corpus_run (plain Python): every pair is stored before the first
analysis, each finished pair is recorded at once, so a closed tab or a killed process loses
nothing already done and the page offers "Retomar" for what is left. This page only wires the
upload, the progress bar and the charts.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.types import AUTOMATIC_CODES, AnalysisSettings
from components import runtime
from components.chain_view import level_name
from components.charts import localise, strategy_counts_figure
from components.i18n import current_language, fmt_num, t
from components.page_tools import md_escape, open_analysis, show_outcome_error
from ops.settings import get_settings
from services import corpus_service
from services.corpus_run import (
    CorpusOverview,
    RunSummary,
    analysis_flesch,
    corpus_overview,
    run_pending,
)
from services.input_limits import ingest_limits

runtime.require_app_shell()

UPLOAD_TYPES = ["zip", "csv", "jsonl"]










def analysis_settings() -> AnalysisSettings:
    """The workspace preferences in force (session_state, set by the shell) as engine settings."""
    enabled = [c for c in st.session_state.get("enabled_strategies", AUTOMATIC_CODES) if c in AUTOMATIC_CODES]
    return AnalysisSettings(
        model=get_settings().netest_model,
        min_confidence=float(st.session_state.get("min_confidence", 0.0)),
        strategies=tuple(enabled) or AUTOMATIC_CODES,
    )




def _problem_message(problem: object) -> str:
    return str(getattr(problem, "message_pt", None) or getattr(problem, "message", ""))


def _run(repo, corpus_id: int) -> RunSummary:
    bar = st.progress(0.0, text=t("corpus.run.start"))

    def progress(fraction: float, message: str) -> None:
        bar.progress(min(1.0, max(0.0, fraction)), text=message)

    summary = run_pending(repo, corpus_id, analysis_settings(), progress=progress, lang=current_language())
    st.session_state["corpus_selected"] = corpus_id
    st.session_state["corpus_flash"] = summary
    return summary


def _show_summary(summary: RunSummary) -> None:
    if summary.database_error:
        st.error(summary.database_error + " " + t("corpus.run.db_stopped", remaining=summary.remaining))
    elif summary.remaining:
        st.warning(t("corpus.run.partial", done=summary.done, errors=summary.errors, remaining=summary.remaining))
    else:
        st.success(t("corpus.run.done", done=summary.done, errors=summary.errors, seconds=fmt_num(float(summary.seconds), 1)))
    for name, message in summary.error_messages.items():
        st.caption(f"⚠ {md_escape(name)}: {md_escape(message)}")


def _resume_section(repo, corpora: list) -> None:
    pending = [c for c in corpora if c.n_pending > 0]
    if not pending:
        return
    st.subheader(t("corpus.resume.title"))
    for c in pending:
        col1, col2 = st.columns([4, 1])
        col1.markdown(t("corpus.resume.row", name=md_escape(c.name), done=c.n_done + c.n_error, total=c.total_pairs,
                        pending=c.n_pending))
        if col2.button(t("corpus.resume"), key=f"corpus_resume_{c.id}"):
            _run(repo, c.id)
            st.rerun()


def _new_corpus(repo) -> None:
    st.subheader(t("corpus.new.title"))
    st.caption(t("corpus.new.help"))
    st.caption(t("lv.corpus_help"))
    upload = st.file_uploader(t("corpus.upload"), type=UPLOAD_TYPES, key="corpus_upload")
    if upload is None:
        return
    data = upload.getvalue()
    outcome = corpus_service.read_upload(upload.name, data, ingest_limits())
    if not outcome.ok:
        show_outcome_error(outcome)
        return
    read = outcome.value
    manual = _manual_pairing(upload.name, data, read.unmatched) if read.unmatched else None
    pairs = list(read.pairs) + (list(manual.pairs) if manual else [])
    problems = list(read.problems) + (list(manual.problems) if manual else [])
    if problems:
        with st.expander(t("corpus.problems", n=len(problems)), expanded=not pairs):
            st.dataframe(pd.DataFrame([(p.name, _problem_message(p)) for p in problems],
                                      columns=[t("corpus.col.pair"), t("corpus.col.problem")]),
                         hide_index=True, width="stretch")
    if not pairs:
        st.warning(t("corpus.no_pairs"))
        return
    st.markdown(t("corpus.pairs_found", n=len(pairs)))
    columns = [t("corpus.col.pair"), t("corpus.col.source_words"), t("corpus.col.target_words")]
    third = any(getattr(p, "third", "") for p in pairs)           # three levels: the strong one too
    st.dataframe(pd.DataFrame([(p.name, len(p.source.split()), len(p.target.split()))
                               + ((len(p.third.split()) or None,) if third else ()) for p in pairs],
                              columns=columns + ([t("corpus.col.third_words")] if third else [])),
                 hide_index=True, width="stretch", height=min(35 * (len(pairs) + 1) + 3, 300))
    if st.session_state.get("corpus_name_for") != upload.name:     # a new file: its own name
        st.session_state["corpus_name_for"] = upload.name
        st.session_state["corpus_name"] = Path(upload.name).stem
    name = st.text_input(t("corpus.name"), key="corpus_name")
    if st.button(t("corpus.run"), key="corpus_run", type="primary"):
        created = corpus_service.create_corpus(repo, name, pairs)
        if not created.ok:
            show_outcome_error(created)
            return
        _run(repo, created.value)
        st.rerun()


def _manual_pairing(upload_name: str, data: bytes, unmatched: list):  # noqa: ANN001, ANN202
    """The table where the researcher pairs, by hand, the files automatic pairing left over;
    returns what reading the completed rows gave (pairs and problems)."""
    st.markdown(f"**{t('corpus.manual.title', n=len(unmatched))}**")
    st.caption(t("corpus.manual.help"))
    members = [f.member for f in unmatched]
    key = f"corpus_manual_{upload_name}"
    edited = st.data_editor(
        pd.DataFrame(corpus_service.suggested_pairs(unmatched), columns=["name", "source", "target"]),
        num_rows="dynamic", hide_index=True, width="stretch", key=key,
        column_config={
            "name": st.column_config.TextColumn(t("corpus.manual.name"), required=True),
            "source": st.column_config.SelectboxColumn(t("corpus.manual.source"), options=members),
            "target": st.column_config.SelectboxColumn(t("corpus.manual.target"), options=members),
        },
    )
    rows = edited.to_dict("records")
    outcome = corpus_service.read_manual(data, rows, ingest_limits())
    if not outcome.ok:
        show_outcome_error(outcome)
        return None
    incomplete = sum(1 for r in rows if not (r.get("source") and r.get("target")))
    if incomplete:
        st.caption(t("corpus.manual.incomplete", n=incomplete))
    return outcome.value


@st.cache_data(max_entries=20_000, show_spinner=False)
def _cached_flesch(db_url: str, workspace_id: int, analysis_id: int, created_at: str) -> tuple:
    """Readability of one saved analysis. Keyed by database, workspace, id and creation time, so a
    reused id (SQLite after a delete) never returns another analysis' numbers."""
    return corpus_service.flesch_in(db_url, workspace_id, analysis_id)


def cached_overview(repo, corpus_id: int) -> CorpusOverview:  # noqa: ANN001 - the workspace's store
    """The corpus overview with readability read once per analysis (results never change);
    the strategy counts are always read fresh because review decisions change them."""
    created = {}
    page, total = 1, None
    while total is None or len(created) < total:
        chunk = repo.list_analyses(corpus_id=corpus_id, page=page, page_size=200)
        total = chunk.total
        if not chunk.items:
            break
        created.update({s.id: s.created_at.isoformat() for s in chunk.items})
        page += 1
    url = get_settings().resolved_database_url

    def lookup(aid: int) -> tuple:
        if aid not in created:
            return analysis_flesch(repo, aid)
        return _cached_flesch(url, repo.workspace_id, aid, created[aid])

    return corpus_overview(repo, corpus_id, readability=lookup)


def readability_figure(overview: CorpusOverview) -> go.Figure | None:
    """Flesch-PT before/after per pair: box plots side by side plus each pair as a point."""
    rows = overview.whole_flesch()          # a chain: its original and its last level
    if not rows:
        return None
    fig = go.Figure()
    fig.add_box(y=[before for _, before, _ in rows], name=t("corpus.chart.before"), boxpoints="all",
                text=[name for name, _, _ in rows], marker_color="#6b7280")
    fig.add_box(y=[after for _, _, after in rows], name=t("corpus.chart.after"), boxpoints="all",
                text=[name for name, _, _ in rows], marker_color="#1d4ed8")
    fig.update_layout(height=380, margin=dict(l=10, r=10, t=40, b=10), title=t("corpus.chart.flesch"),
                      yaxis_title="Flesch-PT", showlegend=False)
    return localise(fig, current_language())


def step_label(levels: tuple[str, str] | None) -> str:
    """``Original → Natural`` in the chosen language; "" for a plain pair."""
    if levels is None:
        return ""
    lang = current_language()
    return f"{level_name(levels[0], lang)} → {level_name(levels[1], lang)}"


def pairs_frame(overview: CorpusOverview) -> pd.DataFrame:
    """One row per pair, and per step of a three-level pair (each step's counts and readability)."""
    def num(v: float | None) -> str:
        return fmt_num(v, 1)

    return pd.DataFrame([
        {
            "#": r.position + 1,
            t("corpus.col.pair"): r.name,
            t("corpus.col.step"): step_label(r.levels),
            t("corpus.col.status"): t(f"corpus.status.{r.status}"),
            t("corpus.col.detections"): r.n_detections,
            t("corpus.col.codes"): ", ".join(f"{c} {n}" for c, n in sorted(r.codes.items())),
            t("corpus.col.flesch_before"): num(r.flesch_source),
            t("corpus.col.flesch_after"): num(r.flesch_target),
            t("corpus.col.flesch_delta"): num(r.flesch_delta),
            t("corpus.col.problem"): r.error_message or "",
        }
        for r in overview.rows
    ])


def _keep_corpus_choice() -> None:
    value = st.session_state.get("corpus_choice")
    if isinstance(value, int):
        st.session_state["corpus_selected"] = value


def _overview(repo, corpora: list) -> None:
    st.subheader(t("corpus.view.title"))
    names = {c.id: f"{c.name} ({c.n_done}/{c.total_pairs})" for c in corpora}
    # the corpus just run (or last picked) is kept by id: its label changes as pairs finish and a
    # new corpus is a new option, so the widget's own memory would keep showing the old one
    if st.session_state.get("corpus_selected") in names:
        st.session_state["corpus_choice"] = st.session_state["corpus_selected"]
    chosen = st.selectbox(t("corpus.choose"), list(names), format_func=names.get, key="corpus_choice",
                          on_change=_keep_corpus_choice)
    if chosen not in names:
        return
    st.session_state["corpus_selected"] = chosen
    read = corpus_service.run(lambda: cached_overview(repo, chosen))
    if not read.ok:
        show_outcome_error(read)
        return
    ov = read.value
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(t("corpus.metric.pairs"), ov.total_pairs)
    c2.metric(t("corpus.metric.done"), ov.n_done)
    c3.metric(t("corpus.metric.errors"), ov.n_error)
    c4.metric(t("corpus.metric.pending"), ov.n_pending)

    palette = st.session_state.get("palette", "default")
    col_a, col_b = st.columns(2)
    with col_a:
        if ov.strategy_counts:
            st.plotly_chart(strategy_counts_figure(ov.strategy_counts, palette, current_language()),
                            width="stretch", key="corpus_codes_chart")
        else:
            st.info(t("corpus.no_detections"))
    with col_b:
        fig = readability_figure(ov)
        if fig is not None:
            st.plotly_chart(fig, width="stretch", key="corpus_flesch_chart")
    st.dataframe(pairs_frame(ov), hide_index=True, width="stretch")

    done = [r for r in ov.rows if r.analysis_id is not None]
    if done:
        labels = {r.analysis_id: f"{r.position + 1}. {r.name}" + (f" · {step_label(r.levels)}" if r.levels else "")
                  for r in done}
        c_sel, c_btn = st.columns([3, 1])
        target = c_sel.selectbox(t("corpus.drill"), list(labels), format_func=labels.get, key="corpus_drill")
        c_btn.write("")
        if c_btn.button(t("corpus.open"), key="corpus_open") and target is not None:
            open_analysis(target)

    st.markdown("**" + t("corpus.export") + "**")
    _exports(repo, ov)
    _delete(repo, ov)


def _exports(repo, ov: CorpusOverview) -> None:
    base = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in ov.name)[:60] or "corpus"
    enabled = st.session_state.get("enabled_strategies")

    def lazy(kind: str):  # noqa: ANN202 - built on click (a corpus of hundreds of pairs is not cheap)
        return lambda: corpus_service.export_file(repo, ov.corpus_id, kind, enabled, current_language())

    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    st.caption(t("corpus.export.summary_help"))
    c1, c2 = st.columns(2)
    c1.download_button(t("corpus.export.csv"), lazy("summary_csv"), file_name=f"{base}.csv", mime="text/csv",
                       key="corpus_csv", on_click="ignore")
    c2.download_button(t("corpus.export.xlsx"), lazy("summary_xlsx"), file_name=f"{base}.xlsx", mime=xlsx,
                       key="corpus_xlsx", on_click="ignore")
    st.caption(t("corpus.export.annotations_help"))
    c3, c4 = st.columns(2)
    c3.download_button(t("corpus.export.ann_csv"), lazy("annotations_csv"), file_name=f"{base}_anotacoes.csv",
                       mime="text/csv", key="corpus_ann_csv", on_click="ignore")
    c4.download_button(t("corpus.export.ann_xlsx"), lazy("annotations_xlsx"), file_name=f"{base}_anotacoes.xlsx",
                       mime=xlsx, key="corpus_ann_xlsx", on_click="ignore")


def _delete(repo, ov: CorpusOverview) -> None:
    if st.button(t("corpus.delete"), key="corpus_delete"):
        st.session_state["corpus_confirm_delete"] = ov.corpus_id
    if st.session_state.get("corpus_confirm_delete") == ov.corpus_id:
        st.warning(t("corpus.delete.confirm", name=md_escape(ov.name)))
        c1, c2 = st.columns(2)
        if c1.button(t("hist.delete.yes"), key="corpus_delete_yes", type="primary"):
            deleted = corpus_service.delete_corpus(repo, ov.corpus_id)
            if not deleted.ok:
                show_outcome_error(deleted)
                return
            st.session_state.pop("corpus_confirm_delete", None)
            st.session_state.pop("corpus_selected", None)
            st.rerun()
        if c2.button(t("hist.delete.no"), key="corpus_delete_no"):
            st.session_state.pop("corpus_confirm_delete", None)
            st.rerun()


def render() -> None:
    st.title(t("corpus.title"))
    repo = runtime.repo()
    if repo is None:
        st.warning(t("common.no_workspace"))
        return
    flash = st.session_state.pop("corpus_flash", None)
    if isinstance(flash, RunSummary):
        _show_summary(flash)
    listed = corpus_service.list_corpora(repo)
    if not listed.ok:
        show_outcome_error(listed)
        return
    corpora = listed.value
    _resume_section(repo, corpora)
    _new_corpus(repo)
    if corpora:
        st.divider()
        _overview(repo, corpora)
    else:
        st.info(t("corpus.empty"))


if __name__ == "__main__":   # Streamlit runs pages as __main__; tests import the functions
    render()
