"""Plotly figures built from an AnalysisResult's metrics and alignments.

Reusable by Analisar, Painel and Corpus, and embedded in the HTML report. Functions take plain
data (metrics dicts, counts, alignment groups) and a language; they never read Streamlit state.
"""
from __future__ import annotations

from collections.abc import Mapping

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analysis.types import STRATEGY_CODES, AlignmentGroup
from components.i18n import fmt_num, tr
from components.palette import chart_colours

#: readability metrics shown before/after, in display order
READABILITY_KEYS = (
    "flesch_pt", "words_per_sentence", "syllables_per_word", "mean_zipf", "rare_word_share",
    "type_token_ratio", "words", "sentences",
)
SOURCE_COLOUR, TARGET_COLOUR = "#0072B2", "#E69F00"   # Okabe–Ito blue / orange: safe for everyone


#: plotly's decimal and thousands separators per UI language
SEPARATORS = {"pt-BR": ",.", "en": ".,"}


def localise(fig: go.Figure, lang: str = "pt-BR") -> go.Figure:
    """Numbers on axes, labels and hovers with the language's decimal mark (``2,6`` in pt-BR)."""
    fig.update_layout(separators=SEPARATORS.get(lang, SEPARATORS["pt-BR"]))
    return fig


def metric_label(key: str, lang: str = "pt-BR") -> str:
    return tr(f"metric.{key}", lang)


#: decimals shown per metric (counts are integers)
_DIGITS = {"flesch_pt": 1, "words_per_sentence": 1, "syllables_per_word": 2, "mean_zipf": 2,
           "rare_word_share": 3, "type_token_ratio": 3}


def flesch_band(score: float, lang: str = "pt-BR") -> str:
    """The Flesch-PT reading band of ``score`` (Martins et al., 1996)."""
    band = ("very_easy" if score >= 75 else "easy" if score >= 50 else
            "difficult" if score >= 25 else "very_difficult")
    return tr(f"metrics.band.{band}", lang)


def _cell(key: str, value: object, lang: str) -> str:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return "—" if value is None else str(value)
    text = fmt_num(value, _DIGITS.get(key, 0) if isinstance(value, float) else 0, lang)
    return f"{text} ({flesch_band(float(value), lang)})" if key == "flesch_pt" else text


def readability_rows(metrics: Mapping, lang: str = "pt-BR") -> list[dict]:
    """Table rows: metric, source, target, difference, what the measure means. Numbers are
    formatted in the language (decimal comma in pt-BR); "—" where a value is missing."""
    src, tgt = metrics.get("source") or {}, metrics.get("target") or {}
    rows = []
    for key in READABILITY_KEYS:
        a, b = src.get(key), tgt.get(key)
        if a is None and b is None:
            continue
        diff = (b - a) if isinstance(a, int | float) and isinstance(b, int | float) else None
        rows.append({
            tr("col.metric", lang): metric_label(key, lang),
            tr("col.source", lang): _cell(key, a, lang),
            tr("col.target", lang): _cell(key, b, lang),
            tr("col.diff", lang): "—" if diff is None else
            ("+" if diff > 0 else "") + fmt_num(diff, _DIGITS.get(key, 0) if isinstance(diff, float) else 0, lang),
            tr("metrics.col.meaning", lang): tr(f"metrics.explain.{key}", lang),
        })
    return rows


def readability_figure(metrics: Mapping, lang: str = "pt-BR") -> go.Figure:
    """One small bar pair (source, target) per metric; each metric has its own scale."""
    src, tgt = metrics.get("source") or {}, metrics.get("target") or {}
    keys = [k for k in READABILITY_KEYS[:6] if isinstance(src.get(k), int | float) or isinstance(tgt.get(k), int | float)]
    fig = make_subplots(rows=1, cols=max(1, len(keys)), subplot_titles=[metric_label(k, lang) for k in keys])
    names = (tr("col.source", lang), tr("col.target", lang))
    for i, k in enumerate(keys, start=1):
        for name, side, colour in ((names[0], src, SOURCE_COLOUR), (names[1], tgt, TARGET_COLOUR)):
            fig.add_trace(
                go.Bar(x=[name], y=[side.get(k) or 0], name=name, marker_color=colour,
                       showlegend=(i == 1), legendgroup=name),
                row=1, col=i,
            )
    fig.update_layout(height=300, margin=dict(l=20, r=20, t=50, b=20), barmode="group")
    fig.update_annotations(font_size=11)
    return localise(fig, lang)


def strategy_counts(items) -> dict[str, int]:  # noqa: ANN001 - iterable of objects with .code
    counts = {c: 0 for c in STRATEGY_CODES}
    for it in items:
        counts[it.code] = counts.get(it.code, 0) + 1
    return {c: n for c, n in counts.items() if n}


def strategy_counts_figure(counts: Mapping[str, int], palette: str = "default", lang: str = "pt-BR") -> go.Figure:
    colours = chart_colours(palette)
    codes = [c for c in STRATEGY_CODES if counts.get(c)] + [c for c in counts if c not in STRATEGY_CODES]
    fig = go.Figure(go.Bar(
        x=codes, y=[counts[c] for c in codes],
        marker_color=[colours.get(c, "#999999") for c in codes],
        hovertext=[tr(f"code.{c}", lang) for c in codes], hoverinfo="text+y",
    ))
    fig.update_layout(height=300, margin=dict(l=20, r=20, t=40, b=20),
                      title=tr("chart.strategy_counts", lang), yaxis_title=tr("chart.count", lang))
    return localise(fig, lang)


def _wrap(text: str, width: int = 60, limit: int = 400) -> str:
    """Sentence text for a hover box: escaped for plotly's HTML, broken into lines."""
    import html
    import textwrap

    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width)) or "—"


def alignment_sankey(groups: list[AlignmentGroup], source_ids: list[str], target_ids: list[str],
                     lang: str = "pt-BR", source_texts: Mapping[str, str] | None = None,
                     target_texts: Mapping[str, str] | None = None) -> go.Figure:
    """Source sentences (left) → target sentences (right): splits fan out, merges fan in,
    omitted sentences flow into "omitida", added ones come from "acrescentada". Hovering a node
    shows its sentence; hovering a link its kind and similarity (none for omitted/added)."""
    omitted_label, added_label = tr("sankey.omitted", lang), tr("sankey.added", lang)
    labels = list(source_ids) + [added_label] + list(target_ids) + [omitted_label]
    idx = {f"S:{s}": i for i, s in enumerate(source_ids)}
    idx["S:∅"] = len(source_ids)
    base = len(source_ids) + 1
    idx.update({f"T:{t}": base + i for i, t in enumerate(target_ids)})
    idx["T:∅"] = base + len(target_ids)
    kind_colour = {"1:1": "rgba(0,114,178,0.35)", "split": "rgba(0,158,115,0.45)",
                   "merge": "rgba(204,121,167,0.45)", "n:m": "rgba(86,180,233,0.45)",
                   "omitted": "rgba(213,94,0,0.5)", "added": "rgba(230,159,0,0.5)"}
    src, dst, val, col, hover = [], [], [], [], []
    for g in groups:
        s_nodes = [f"S:{s}" for s in g.source] or ["S:∅"]
        t_nodes = [f"T:{t}" for t in g.target] or ["T:∅"]
        for a in s_nodes:
            for b in t_nodes:
                if a not in idx or b not in idx:
                    continue
                src.append(idx[a])
                dst.append(idx[b])
                val.append(1.0 / (len(s_nodes) * len(t_nodes)) * max(len(s_nodes), len(t_nodes)))
                col.append(kind_colour.get(g.kind, "rgba(150,150,150,0.4)"))
                sim = ("" if g.kind in ("omitted", "added")
                       else f" · {tr('col.score', lang)} {fmt_num(float(g.score), 2, lang)}")
                hover.append(f"{tr('kind.' + g.kind, lang)}{sim}")
    node_colours = ["#0072B2"] * len(source_ids) + ["#E69F00"] + ["#009E73"] * len(target_ids) + ["#D55E00"]
    source_texts, target_texts = source_texts or {}, target_texts or {}
    node_text = ([_wrap(source_texts.get(i, "")) for i in source_ids] + [""]
                 + [_wrap(target_texts.get(i, "")) for i in target_ids] + [""])
    fig = go.Figure(go.Sankey(
        arrangement="snap",
        node=dict(label=labels, pad=8, thickness=12, color=node_colours, customdata=node_text,
                  hovertemplate=tr("sankey.hover.node", lang)),
        link=dict(source=src, target=dst, value=val, color=col, customdata=hover,
                  hovertemplate="%{customdata}<extra></extra>"),
    ))
    n = max(len(source_ids), len(target_ids), 1)
    fig.update_layout(height=min(1400, 120 + 28 * n), margin=dict(l=10, r=10, t=40, b=10),
                      title=tr("chart.alignment", lang))
    return localise(fig, lang)
