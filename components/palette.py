"""Colours for strategy codes, in two palettes.

Why two: the default palette is tuned for contrast on a light page; the colour-blind-safe one
uses the Okabe–Ito colours (distinguishable under the common colour-vision deficiencies). In
both, colour is never the only cue: every highlight also carries its code as a label, and in the
colour-blind palette codes beyond the eight Okabe–Ito colours get a dashed underline.
"""
from __future__ import annotations

from dataclasses import dataclass

from analysis.types import STRATEGY_CODES

PALETTE_NAMES = ("default", "colorblind")

#: light background tint + strong edge colour per code
_DEFAULT: dict[str, tuple[str, str]] = {
    "RF+": ("#dbeafe", "#1d4ed8"),
    "SL+": ("#dcfce7", "#15803d"),
    "IN+": ("#fef9c3", "#a16207"),
    "OM+": ("#fee2e2", "#b91c1c"),
    "RP+": ("#ede9fe", "#6d28d9"),
    "RD+": ("#ffedd5", "#c2410c"),
    "MOD+": ("#cffafe", "#0e7490"),
    "DL+": ("#fce7f3", "#be185d"),
    "EXP+": ("#e0e7ff", "#4338ca"),
    "MT+": ("#f5f5f4", "#44403c"),
    "PRO+": ("#fecaca", "#7f1d1d"),
}

# Okabe & Ito (2008): orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, grey
_OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"]


def _tint(hex_colour: str, alpha: float = 0.28) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - (255 - c) * alpha) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in mix)


@dataclass(frozen=True)
class CodeStyle:
    background: str     # fill of the highlighted text
    edge: str           # underline, label and chart colour
    dashed: bool = False


def code_style(code: str, palette: str = "default") -> CodeStyle:
    """The style of one strategy code in ``palette`` (unknown codes get a neutral grey)."""
    if palette == "colorblind":
        idx = STRATEGY_CODES.index(code) if code in STRATEGY_CODES else len(_OKABE_ITO) - 1
        edge = _OKABE_ITO[idx % len(_OKABE_ITO)]
        return CodeStyle(_tint(edge), edge, dashed=idx >= len(_OKABE_ITO))
    bg, edge = _DEFAULT.get(code, ("#f3f4f6", "#4b5563"))
    return CodeStyle(bg, edge)


def chart_colours(palette: str = "default") -> dict[str, str]:
    """{code: colour} for plotly charts (edge colours, readable as bars and links)."""
    return {c: code_style(c, palette).edge for c in STRATEGY_CODES}
