"""A self-contained HTML report of one analysis (opens offline, no external URL).

Why self-contained: researchers attach it to e-mails and archives. The plotly.js bundle is
inlined once (``plotly.offline.get_plotlyjs()``), figures are embedded as divs, and every piece
of user text (the texts, explanations, comments, title) goes through ``html.escape``.
"""
from __future__ import annotations

import html
from datetime import UTC, datetime

import plotly.offline

from analysis.types import STRATEGY_CODES, AnalysisResult
from components.charts import (
    alignment_sankey,
    readability_figure,
    readability_rows,
    strategy_counts,
    strategy_counts_figure,
)
from components.highlight import render_side_by_side
from components.i18n import strategy_name, tr
from components.items import ReviewItem, labeled_spans
from components.legend import legend_html

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1200px;
color:#111827;padding:0 16px}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #e5e7eb}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:24px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #e5e7eb;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f9fafb}.muted{color:#6b7280;font-size:.85rem}
@media print{.plot{page-break-inside:avoid}}
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _fig(fig) -> str:
    return '<div class="plot">' + fig.to_html(
        full_html=False, include_plotlyjs=False, config={"displaylogo": False, "displayModeBar": False}
    ) + "</div>"


def build_report_html(result: AnalysisResult, annotations: list[ReviewItem] | None, lang: str = "pt-BR",
                      title: str | None = None) -> str:
    """The full report. ``annotations`` are the review items (saved annotations with their
    decisions, or the unsaved detections); None means "the result's detections"."""
    if annotations is None:
        from components.items import from_detection

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
        f'<script type="text/javascript">{plotly.offline.get_plotlyjs()}</script>',
        "</head><body>",
        f"<h1>{_e(heading)}</h1>",
        f'<p class="muted">{_e(tr("report.generated", lang, when=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), model=result.model.name, version=result.engine_version))}</p>',
    ]
    for notice in result.notices:
        parts.append(f'<p class="muted">⚠ {_e(notice)}</p>')

    parts.append(f"<h2>{_e(tr('tab.side', lang))}</h2>")
    if codes:
        parts.append(legend_html(codes, "default", lang, counts))
    parts.append('<div class="cols">')
    parts.append(f"<div><h3>{_e(tr('an.source_label', lang))}</h3>"
                 f"{render_side_by_side(src_text, labeled_spans(shown, 'source'), 'default')}</div>")
    parts.append(f"<div><h3>{_e(tr('an.target_label', lang))}</h3>"
                 f"{render_side_by_side(tgt_text, labeled_spans(shown, 'target'), 'default')}</div>")
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
            conf = f"{a.confidence:.0%}" if a.confidence is not None else "—"
            parts.append(
                f"<tr><td><b>{_e(a.code)}</b></td><td>{_e(strategy_name(a.code, lang))}</td>"
                f"<td>{_e(tr('status.' + a.status, lang))}</td><td>{_e(conf)}</td><td>{_e(src_ex)}</td>"
                f"<td>{_e(tgt_ex)}</td><td>{_e(a.explanation)}</td><td>{_e(a.comment)}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append(f"<p>{_e(tr('strat.none_found', lang))}</p>")

    parts.append(f"<h2>{_e(tr('tab.align', lang))}</h2><table><tr>"
                 f"<th>#</th><th>{_e(tr('col.kind', lang))}</th><th>{_e(tr('an.source_label', lang))}</th>"
                 f"<th>{_e(tr('an.target_label', lang))}</th><th>{_e(tr('col.score', lang))}</th></tr>")
    for i, g in enumerate(result.alignments, start=1):
        s = " ".join(result.source.sentence(x).text for x in g.source) or "—"
        t_ = " ".join(result.target.sentence(x).text for x in g.target) or "—"
        parts.append(f"<tr><td>{i}</td><td>{_e(tr('kind.' + g.kind, lang))}</td><td>{_e(s)}</td>"
                     f"<td>{_e(t_)}</td><td>{g.score:.2f}</td></tr>")
    parts.append("</table>")

    parts.append(f"<h2>{_e(tr('tab.metrics', lang))}</h2>")
    rows = readability_rows(result.metrics, lang)
    if rows:
        cols = list(rows[0].keys())
        parts.append("<table><tr>" + "".join(f"<th>{_e(c)}</th>" for c in cols) + "</tr>")
        for r in rows:
            parts.append("<tr>" + "".join(f"<td>{_e(r[c])}</td>" for c in cols) + "</tr>")
        parts.append("</table>")
        parts.append(_fig(readability_figure(result.metrics, lang)))
    if counts:
        parts.append(_fig(strategy_counts_figure(counts, "default", lang)))
    if result.alignments:
        parts.append(_fig(alignment_sankey(result.alignments, [s.id for s in result.source.sentences],
                                           [s.id for s in result.target.sentences], lang)))
    parts.append(f'<p class="muted">NET-EST {_e(result.engine_version)}</p></body></html>')
    return "\n".join(parts)
