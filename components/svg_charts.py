"""Static SVG bar charts for the HTML report: a few kilobytes instead of the 4.8 MB plotly.js
bundle (issue 11 item 17), readable offline, printable, no script at all."""
from __future__ import annotations

import html
from collections.abc import Sequence

from components.i18n import fmt_num


def bars_svg(title: str, labels: Sequence[str], values: Sequence[float], colours: Sequence[str],
             lang: str = "pt-BR", digits: int = 0, width: int = 560, bar_h: int = 22) -> str:
    """Horizontal bars, one per label, the value written at the end of each bar."""
    top, left, right = 28, 190, 70
    height = top + bar_h * len(labels) + 8
    peak = max([abs(v) for v in values] + [1e-9])
    span = width - left - right
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="100%" viewBox="0 0 {width} {height}" '
           f'style="max-width:{width}px;font-family:system-ui,sans-serif;font-size:12px">',
           f"<title>{html.escape(title)}</title>",
           f'<text x="0" y="16" font-weight="600" font-size="13">{html.escape(title)}</text>']
    for i, (label, value, colour) in enumerate(zip(labels, values, colours, strict=True)):
        y = top + i * bar_h
        w = max(1.0, span * abs(value) / peak)
        out.append(f'<text x="{left - 6}" y="{y + bar_h * 0.65:.1f}" text-anchor="end">{html.escape(label)}</text>'
                   f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{bar_h - 6}" fill="{colour}"/>'
                   f'<text x="{left + w + 4:.1f}" y="{y + bar_h * 0.65:.1f}">{fmt_num(value, digits, lang)}</text>')
    out.append("</svg>")
    return "".join(out)
