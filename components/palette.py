"""Colours for strategy codes, in two palettes.

Why two: the default palette is tuned for contrast on a light page; the colour-blind-safe one
uses the Okabe–Ito colours (distinguishable under the common colour-vision deficiencies). In
both, colour is never the only cue: every highlight also carries its code as a label, and in the
colour-blind palette codes beyond the eight Okabe–Ito colours get a dashed underline.
"""
from __future__ import annotations

from dataclasses import dataclass

from analysis.types import BY_CODE, STRATEGY_CODES

PALETTE_NAMES = ("default", "colorblind")
_UNKNOWN = {"default": ("#f3f4f6", "#4b5563"), "colorblind": ("#e2e2e2", "#999999")}


@dataclass(frozen=True)
class CodeStyle:
    background: str     # fill of the highlighted text
    edge: str           # underline, label and chart colour
    dashed: bool = False


def code_style(code: str, palette: str = "default") -> CodeStyle:
    """The style of one strategy code in ``palette`` (the colours of the strategy table;
    unknown codes get a neutral grey)."""
    palette = palette if palette in PALETTE_NAMES else "default"
    strategy = BY_CODE.get(code)
    if strategy is None:
        return CodeStyle(*_UNKNOWN[palette])
    bg, edge = strategy.colours[palette]
    return CodeStyle(bg, edge, dashed=palette == "colorblind" and strategy.dashed_in_colorblind)


def chart_colours(palette: str = "default") -> dict[str, str]:
    """{code: colour} for plotly charts (edge colours, readable as bars and links)."""
    return {c: code_style(c, palette).edge for c in STRATEGY_CODES}
