"""Highlighted rendering of one text with its strategy spans, as escaped HTML.

Why a pure function: the researcher's text is untrusted (it may contain ``<script>``), and
overlapping spans are the tricky part; both are unit-tested without Streamlit. The text is cut
at every span boundary into segments; each segment is painted with the colour of the innermost
(shortest) span covering it and underlined once per other covering span, and every span ends
with its code as a superscript label (labels of spans ending at the same place are stacked).
"""
from __future__ import annotations

import html
from dataclasses import dataclass

from components.palette import code_style


@dataclass(frozen=True)
class LabeledSpan:
    start: int
    end: int
    code: str
    key: str = ""            # annotation id or detection index, for the data attribute
    title: str = ""          # tooltip (explanation, confidence) - escaped on output
    selected: bool = False


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _clip(spans: list[LabeledSpan], n: int) -> list[LabeledSpan]:
    out = []
    for s in spans:
        start, end = max(0, min(int(s.start), n)), max(0, min(int(s.end), n))
        if end > start:
            out.append(LabeledSpan(start, end, s.code, s.key, s.title, s.selected))
    return out


def render_side_by_side(doc_text: str, spans_with_labels: list[LabeledSpan], palette: str = "default") -> str:
    """One side of the side-by-side view: ``doc_text`` with every span highlighted.

    Returns a ``<div>`` of escaped HTML (whitespace preserved). Spans outside the text are
    clipped; empty spans are ignored. The caller puts the source and target results next to
    each other.
    """
    spans = _clip(list(spans_with_labels), len(doc_text))
    bounds = sorted({0, len(doc_text), *[s.start for s in spans], *[s.end for s in spans]})
    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        seg = doc_text[a:b]
        covering = sorted(
            (s for s in spans if s.start <= a and s.end >= b), key=lambda s: (s.end - s.start, s.code)
        )
        if not covering:
            parts.append(_esc(seg))
        else:
            parts.append(_mark(seg, covering, palette))
        ending = sorted((s for s in spans if s.end == b), key=lambda s: (s.start, s.code), reverse=True)
        if ending:
            parts.append(_labels(ending, palette))
    return (
        '<div class="netest-text" style="white-space:pre-wrap;line-height:1.9;'
        'font-size:1rem;overflow-wrap:anywhere">' + "".join(parts) + "</div>"
    )


def _mark(seg: str, covering: list[LabeledSpan], palette: str) -> str:
    top = covering[0]
    style = code_style(top.code, palette)
    shadows = []
    for i, s in enumerate(covering[1:], start=1):
        shadows.append(f"inset 0 -{3 * i}px 0 {code_style(s.code, palette).edge}")
    selected = any(s.selected for s in covering)
    css = [f"background:{style.background}", "border-radius:2px", "padding:0 1px"]
    css.append(f"border-bottom:2px {'dashed' if style.dashed else 'solid'} {style.edge}")
    if shadows:
        css.append("box-shadow:" + ",".join(shadows))
    if selected:
        css.append("outline:3px solid #111827;outline-offset:1px;font-weight:600")
    title = "\n".join(f"{s.code}: {s.title}" if s.title else s.code for s in covering)
    codes = " ".join(s.code for s in covering)
    keys = " ".join(s.key for s in covering if s.key)
    return (
        f'<mark data-codes="{_esc(codes)}" data-keys="{_esc(keys)}" title="{_esc(title)}" '
        f'style="{";".join(css)}">{_esc(seg)}</mark>'
    )


def _labels(ending: list[LabeledSpan], palette: str) -> str:
    out = []
    for s in ending:
        st_ = code_style(s.code, palette)
        weight = "800" if s.selected else "700"
        out.append(
            f'<sup class="netest-label" style="color:{st_.edge};font-weight:{weight};'
            f'font-size:0.68em;margin-left:1px">{_esc(s.code)}</sup>'
        )
    return "".join(out)
