"""The chain view of three levels (original → natural → strong) and the step selector.

Like spacy-streamlit's ``visualize_*`` functions, ``visualize_chain(data, key)`` draws everything
from its arguments (a ``services.levels_service.ChainData``): for each original sentence, what
became of it at every level (its text there, kept / split / merged / omitted) and the strategy
codes detected on each step; then the readability of every level in one chart. Every widget and
chart key starts with ``key``.
"""
from __future__ import annotations

import html
from collections import Counter

import plotly.graph_objects as go
import streamlit as st
from plotly.subplots import make_subplots

from components import runtime
from components.analyse_state import K_TEXTS_FOR, OpenAnalysis, set_open
from components.charts import READABILITY_KEYS, localise, metric_label
from components.i18n import current_language, fmt_num, t, tr
from services.levels_service import ChainData, open_chain

#: one colour per level (Okabe–Ito: blue, orange, bluish green, vermillion, purple)
LEVEL_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7")

_CSS = """<style>
.nx-chain{display:flex;flex-direction:column}
.nx-crow{display:grid;grid-template-columns:3rem repeat(var(--nx-levels),minmax(0,1fr));gap:.25rem .75rem;
  padding:.45rem .5rem;border-bottom:1px solid rgba(128,128,128,.45);overflow-wrap:anywhere;line-height:1.4}
.nx-chead{font-weight:600}
.nx-kind{display:inline-block;font-size:.8em;padding:0 .4em;border-radius:.5em;margin-right:.3em;
  border:1px solid currentColor}
.nx-kind-omitted{color:#D55E00}.nx-kind-split{color:#0072B2}.nx-kind-merge{color:#009E73}
.nx-codes{font-size:.85em;opacity:.85}
.nx-omit{font-style:italic;opacity:.75}
@media (max-width:640px){.nx-crow{grid-template-columns:1fr}.nx-chead{display:none}
  .nx-crow>div[data-level]::before{content:attr(data-level);font-weight:600;display:block}}
</style>"""


def level_name(name: str, lang: str) -> str:
    label = tr(f"lv.name.{name}", lang)
    return name if label == f"lv.name.{name}" else label


def kind_label(kind: str, lang: str) -> str:
    """A chain step's kind ("split", "1:1+merge"…) in words: kept, split, merged, omitted."""
    return " + ".join(tr(f"lv.kind.{k}", lang) for k in kind.split("+") if k)


def chain_html(data: ChainData, lang: str, enabled: set[str] | None = None) -> str:
    """The chain as wrapped rows: the sentence id, its original text, then per level its kind
    badge, the text it became and the strategy codes of that step (stacked on a phone). Codes
    the preferences do not list (``enabled``; OM+ unless switched on) are left out."""
    names = [level_name(n, lang) for n in data.names]
    head = ('<div class="nx-crow nx-chead" role="row">'
            f'<div role="columnheader">{html.escape(tr("lv.col.sentence", lang))}</div>'
            + "".join(f'<div role="columnheader">{html.escape(n)}</div>' for n in names) + "</div>")
    rows = []
    for line in data.lines:
        cells = [f'<div role="cell"><b>{html.escape(line.sentence_id)}</b></div>',
                 f'<div role="cell" data-level="{html.escape(names[0])}">{html.escape(line.original)}</div>']
        for k, cell in enumerate(line.cells, start=1):
            first = cell.kind.split("+")[0]
            text = (html.escape(cell.text) if cell.text else
                    f'<span class="nx-omit">{html.escape(tr("lv.omitted_text", lang))}</span>')
            shown = [c for c in cell.codes if enabled is None or c in enabled]
            codes = ", ".join(shown) if shown else tr("lv.no_codes", lang)
            cells.append(f'<div role="cell" data-level="{html.escape(names[k])}">'
                         f'<span class="nx-kind nx-kind-{html.escape(first)}">{html.escape(kind_label(cell.kind, lang))}'
                         f'</span>{text}<div class="nx-codes">{html.escape(codes)}</div></div>')
        rows.append('<div class="nx-crow" role="row">' + "".join(cells) + "</div>")
    return (f'{_CSS}<div class="nx-chain" role="table" style="--nx-levels:{len(names)}">'
            + head + "".join(rows) + "</div>")


def chain_summary(data: ChainData) -> Counter:
    """How many original sentences the last level kept, split, merged or omitted."""
    out: Counter = Counter()
    for line in data.lines:
        last = line.cells[-1].kind if line.cells else "omitted"
        out["omitted" if not line.cells[-1].text else last.split("+")[0]] += 1
    return out


def levels_readability_figure(data: ChainData, lang: str) -> go.Figure:
    """One small panel per metric, one bar per level (each metric on its own scale)."""
    keys = [k for k in READABILITY_KEYS[:6] if any(isinstance(m.get(k), int | float) for m in data.readability)]
    fig = make_subplots(rows=1, cols=max(1, len(keys)), subplot_titles=[metric_label(k, lang) for k in keys])
    names = [level_name(n, lang) for n in data.names]
    for i, key in enumerate(keys, start=1):
        for k, (name, m) in enumerate(zip(names, data.readability, strict=False)):
            fig.add_trace(go.Bar(x=[name], y=[m.get(key) or 0], name=name, showlegend=(i == 1), legendgroup=name,
                                 marker_color=LEVEL_COLOURS[k % len(LEVEL_COLOURS)]), row=1, col=i)
    fig.update_layout(height=320, margin=dict(l=20, r=20, t=50, b=20), barmode="group")
    fig.update_xaxes(showticklabels=False)
    fig.update_annotations(font_size=11)
    return localise(fig, lang)


def visualize_chain(data: ChainData, key: str, lang: str | None = None, enabled: set[str] | None = None) -> None:
    """Draw the chain of ``data`` (rows per original sentence) and the readability per level;
    ``enabled``: the strategy codes the researcher lists (None: all)."""
    lang = lang or current_language()
    st.markdown(f"#### {t('lv.chain_title')}")
    st.caption(t("lv.chain_caption"))
    counts = chain_summary(data)
    st.markdown(t("lv.summary", n=fmt_num(len(data.lines), 0, lang), kept=fmt_num(counts["1:1"], 0, lang),
                  split=fmt_num(counts["split"], 0, lang), merged=fmt_num(counts["merge"], 0, lang),
                  omitted=fmt_num(counts["omitted"], 0, lang)))
    st.markdown(chain_html(data, lang, enabled), unsafe_allow_html=True)
    st.markdown(f"#### {t('lv.readability')}")
    st.plotly_chart(levels_readability_figure(data, lang), width="stretch", key=f"{key}_readability")


# ----------------------------------------------------------------------------- on Analisar
def chain_for(oa: OpenAnalysis) -> ChainData | None:
    """The chain the open analysis belongs to, else None. Read afresh on every run (not cached):
    an alignment correction on either step changes that step's result, and the chain with it."""
    if oa.analysis_id is None or (oa.levels is None and oa.chain_head_id is None):
        return None
    data = open_chain(runtime.repo(), oa.record)
    if data is None:
        st.warning(t("lv.unavailable"), icon=":material/cloud_off:")
    return data


def _open_step(widget_key: str, data: ChainData) -> None:
    k = st.session_state.get(widget_key)
    if k is None:
        return
    aid = data.step_ids[int(k)]
    set_open(aid)
    st.session_state[K_TEXTS_FOR] = aid        # the input keeps the chain's texts


def step_selector(oa: OpenAnalysis, data: ChainData) -> None:
    """Which step's alignment and strategy cards the tabs show (each step is reviewable)."""
    lang = current_language()
    current = data.step_of(int(oa.analysis_id)) or 0
    widget_key = f"lv_step_{data.head_id}_{oa.analysis_id}"
    st.segmented_control(
        t("lv.step"), list(range(len(data.step_ids))), default=current, key=widget_key,
        format_func=lambda k: f"{level_name(data.names[k], lang)} → {level_name(data.names[k + 1], lang)}",
        on_change=_open_step, args=(widget_key, data), help=t("lv.step_help"))
