"""A self-contained HTML report of one analysis (opens offline, no external URL).

Why self-contained and light: researchers attach it to e-mails and archives. Figures are static
SVG drawn here (the plotly.js bundle alone weighed 4.8 MB for a 150-word pair), the alignment is
a table of full sentences, and every piece of user text (the texts, explanations, comments,
title) goes through ``html.escape``. Numbers and the date follow the chosen language.
"""
from __future__ import annotations

import html
from datetime import UTC, datetime

from analysis.types import STRATEGY_CODES, AnalysisResult
from components.alignment_view import aligned_rows, kind_label
from components.charts import (
    READABILITY_KEYS,
    SOURCE_COLOUR,
    TARGET_COLOUR,
    metric_label,
    readability_rows,
    strategy_counts,
)
from components.highlight import render_side_by_side
from components.i18n import fmt_datetime, fmt_num, fmt_pct, strategy_name, tr
from components.items import ReviewItem, from_detection, labeled_spans
from components.legend import legend_html
from components.palette import chart_colours
from components.svg_charts import bars_svg

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1200px;
color:#111827;padding:0 16px}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #e5e7eb}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:24px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #e5e7eb;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f9fafb}.muted{color:#6b7280;font-size:.85rem}
.figs{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}
@media (max-width:640px){.cols{grid-template-columns:1fr}}
@media print{.plot{page-break-inside:avoid}}
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _readability_svgs(metrics, lang: str) -> list[str]:  # noqa: ANN001 - the result's metrics dict
    src, tgt = metrics.get("source") or {}, metrics.get("target") or {}
    names = (tr("col.source", lang), tr("col.target", lang))
    out = []
    for key in READABILITY_KEYS[:6]:
        a, b = src.get(key), tgt.get(key)
        if isinstance(a, int | float) and isinstance(b, int | float):
            out.append(bars_svg(metric_label(key, lang), names, [a, b], [SOURCE_COLOUR, TARGET_COLOUR], lang,
                                digits=1 if key in ("flesch_pt", "words_per_sentence") else 2, width=420))
    return out


def build_report_html(result: AnalysisResult, annotations: list[ReviewItem] | None, lang: str = "pt-BR",
                      title: str | None = None, tz: str = "UTC") -> str:
    """The full report. ``annotations`` are the review items (saved annotations with their
    decisions, or the unsaved detections); None means "the result's detections"."""
    if annotations is None:
        annotations = [from_detection(i, d) for i, d in enumerate(result.strategies)]
    shown = [a for a in annotations if a.visible]
    counts = strategy_counts(shown)
    codes = [c for c in STRATEGY_CODES if c in counts]
    src_text, tgt_text = result.source.text, result.target.text
    heading = title or tr("report.title", lang)

    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(heading)} — NET-EST</title><style>{_CSS}</style>",
        "</head><body>",
        f"<h1>{_e(heading)}</h1>",
        f'<p class="muted">{_e(tr("report.generated", lang, when=fmt_datetime(datetime.now(UTC), lang, tz), model=result.model.name, version=result.engine_version))}</p>',
    ]
    for notice in result.localized_notices(lang):
        parts.append(f'<p class="muted">⚠ {_e(notice)}</p>')

    parts.append(f"<h2>{_e(tr('tab.side', lang))}</h2>")
    if codes:
        parts.append(legend_html(codes, "default", lang, counts))
    parts.append('<div class="cols">')
    parts.append(f"<div><h3>{_e(tr('an.source_label', lang))}</h3>"
                 f"{render_side_by_side(src_text, labeled_spans(shown, 'source', lang=lang), 'default')}</div>")
    parts.append(f"<div><h3>{_e(tr('an.target_label', lang))}</h3>"
                 f"{render_side_by_side(tgt_text, labeled_spans(shown, 'target', lang=lang), 'default')}</div>")
    parts.append("</div>")

    parts.append(f"<h2>{_e(tr('tab.strategies', lang))}</h2>")
    if annotations:
        parts.append("<table><tr>" + "".join(
            f"<th>{_e(tr(k, lang))}</th>" for k in
            ("col.code", "col.strategy", "col.status", "col.confidence", "an.source_label",
             "an.target_label", "col.explanation", "col.comment")) + "</tr>")
        for a in annotations:
            src_ex = " … ".join(src_text[s:e] for s, e in a.source_spans)
            tgt_ex = " … ".join(tgt_text[s:e] for s, e in a.target_spans)
            conf = fmt_pct(a.confidence, 0, lang)
            parts.append(
                f"<tr><td><b>{_e(a.code)}</b></td><td>{_e(strategy_name(a.code, lang))}</td>"
                f"<td>{_e(tr('status.' + a.status, lang))}</td><td>{_e(conf)}</td><td>{_e(src_ex)}</td>"
                f"<td>{_e(tgt_ex)}</td><td>{_e(a.explanation_in(lang))}</td><td>{_e(a.comment)}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append(f"<p>{_e(tr('strat.none_found', lang))}</p>")

    parts.append(f"<h2>{_e(tr('tab.align', lang))}</h2><table><tr>"
                 f"<th>#</th><th>{_e(tr('col.kind', lang))}</th><th>{_e(tr('an.source_label', lang))}</th>"
                 f"<th>{_e(tr('an.target_label', lang))}</th><th>{_e(tr('col.score', lang))}</th></tr>")
    for r in aligned_rows(result):
        sim = "—" if r.similarity is None else fmt_num(r.similarity, 2, lang)
        parts.append(f"<tr><td>{r.number}</td><td>{_e(kind_label(r.kind, lang))}</td>"
                     f"<td>{_e(r.source_text or '—')}</td><td>{_e(r.target_text or '—')}</td><td>{sim}</td></tr>")
    parts.append("</table>")

    parts.append(f"<h2>{_e(tr('tab.metrics', lang))}</h2>")
    rows = readability_rows(result.metrics, lang)
    if rows:
        cols = list(rows[0].keys())
        parts.append("<table><tr>" + "".join(f"<th>{_e(c)}</th>" for c in cols) + "</tr>")
        for r in rows:
            parts.append("<tr>" + "".join(f"<td>{_e(r[c])}</td>" for c in cols) + "</tr>")
        parts.append("</table>")
        parts.append('<div class="figs">' + "".join(f'<div class="plot">{svg}</div>'
                                                   for svg in _readability_svgs(result.metrics, lang)) + "</div>")
    if counts:
        colours = chart_colours("default")
        parts.append('<div class="plot">' + bars_svg(
            tr("chart.strategy_counts", lang), [f"{c} — {strategy_name(c, lang)}" for c in codes],
            [counts[c] for c in codes], [colours.get(c, "#4b5563") for c in codes], lang) + "</div>")
    parts.append(f'<p class="muted">NET-EST {_e(result.engine_version)}</p></body></html>')
    return "\n".join(parts)
