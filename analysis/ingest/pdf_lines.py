"""A PDF page as positioned text lines and framed boxes (through pdfium's character boxes).

Why our own lines from character positions instead of the library's text: pdfium's text joins a
word hyphenated at a line end with the next line and marks the hyphen as soft, which glues
compounds ("marxista-" + "leninista" → "marxistaleninista"); and a page's content stream is not
always in reading order (two columns written row by row). Positions let the layout step decide.
Spaces come from space characters or from the visible gap between two characters, so words
placed one by one without a space character (as TeX does) never run together.
"""
from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass, field
from typing import Any

#: characters pdfium reports for a hyphen at a line end (STX, soft hyphen, its "non-character")
_HYPHENS = {0x02, 0xAD, 0xFFFE}
#: typographic ligatures fonts map to one glyph
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
#: Symbol/Wingdings bullets in the private use area, as Word writes them
_PUA_BULLETS = {0xF0B7, 0xF0A7, 0xF076, 0xF0D8, 0xF0FC, 0xF06E, 0xF0A8}
#: a list marker set apart from its item's text stays on the item's line
_MARKERS = {"•", "◦", "▪", "‣", "-", "–", "—", "*", "·"}
#: a gap wider than this share of the font size between two glyphs is a space
SPACE_GAP = 0.15
#: a jump wider than this many font sizes on one baseline starts another line (another column)
COLUMN_GAP = 2.0


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float           # distance from the top of the page to the line's baseline
    size: float          # font size (points)
    bold: bool = False
    page: int = 0
    box: int | None = None       # index of the framed box the line sits in (per page)
    column: int = 0              # reading-order column, set by the layout


@dataclass
class Page:
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, top, x1, bottom


class _LineBuilder:
    def __init__(self, page_index: int) -> None:
        self.page_index = page_index
        self.lines: list[Line] = []
        self.chars: list[str] = []
        self.x0 = self.x1 = self.base = self.size = 0.0
        self.bold_chars = 0

    def close(self) -> None:
        text = " ".join("".join(self.chars).split())
        if text:
            self.lines.append(Line(text, self.x0, self.x1, self.base, self.size,
                                   bold=self.bold_chars * 2 > len(text), page=self.page_index))
        self.chars, self.bold_chars = [], 0

    def add(self, ch: str, left: float, right: float, base: float, size: float, bold: bool) -> None:
        if self.chars:
            same_line = abs(base - self.base) <= 0.5 * max(size, self.size)
            gap = left - self.x1
            far = gap > COLUMN_GAP * max(size, self.size) and "".join(self.chars).strip() not in _MARKERS
            if not same_line or gap < -max(size, self.size) or far:
                self.close()
            elif gap > SPACE_GAP * size and self.chars[-1] != " " and ch != " ":
                self.chars.append(" ")
        if not self.chars:
            if ch == " ":
                return
            self.x0, self.base, self.size = left, base, size
        self.chars.append(ch)
        self.x1 = max(self.x1, right) if len(self.chars) > 1 else right
        self.size = max(self.size, size)
        self.bold_chars += bold


def _char(code: int) -> str:
    """The character for a code pdfium reports (U+FFFD when it carries no meaning: a font
    without a character map; the damage check counts those)."""
    if code in _HYPHENS:
        return "-"
    if code in _LIGATURES:
        return _LIGATURES[code]
    if code in _PUA_BULLETS:
        return "•"
    if code in (0, 0xFFFD) or 0xE000 <= code <= 0xF8FF:
        return "\ufffd"
    if code in (0x09, 0xA0) or 0x2000 <= code <= 0x200A:
        return " "
    if code < 0x20:
        return ""
    return chr(code)


def page_lines(page: Any, page_index: int) -> Page:
    """The text lines (in content order) and framed boxes of one pdfium page."""
    import pypdfium2.raw as pdfium_c  # native PDF engine: loaded with the first PDF, not at start-up

    width, height = page.get_size()
    out = Page(width=float(width), height=float(height))
    textpage = page.get_textpage()
    raw = textpage.raw
    builder = _LineBuilder(page_index)
    rect = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    count = textpage.count_chars()
    rotated = 0
    for i in range(count):
        if pdfium_c.FPDFText_IsGenerated(raw, i) == 1:
            continue              # pdfium's own spaces and line breaks: positions decide instead
        ch = _char(pdfium_c.FPDFText_GetUnicode(raw, i))
        if not ch or ch in "\r\n":
            continue
        angle = float(pdfium_c.FPDFText_GetCharAngle(raw, i))
        if min(angle, 2 * math.pi - angle) > 0.2:
            rotated += 1          # sideways text: a margin stamp, or a whole page turned (below)
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, ctypes.byref(rect)):
            continue
        pdfium_c.FPDFText_GetCharOrigin(raw, i, ox, oy)
        size = float(pdfium_c.FPDFText_GetFontSize(raw, i)) or float(rect.top - rect.bottom)
        bold = pdfium_c.FPDFText_GetFontWeight(raw, i) >= 600
        builder.add(ch, float(rect.left), float(rect.right), float(height) - oy.value, size, bold)
    builder.close()
    out.lines = builder.lines
    if rotated > count // 2:
        out.lines = _text_lines(textpage.get_text_range(), page_index)
    textpage.close()
    out.boxes = _boxes(page, out, pdfium_c)
    return out


def _text_lines(text: str, page_index: int) -> list[Line]:
    """A page whose text runs sideways: pdfium's own line order, one line under the other."""
    lines = []
    for k, raw_line in enumerate(text.replace("\r\n", "\n").split("\n")):
        chars = [_char(ord(c)) if c not in "\t " else " " for c in raw_line]
        clean = " ".join("".join(chars).split())
        if clean:
            lines.append(Line(clean, 0.0, 5.0 * len(clean), 12.0 * (k + 1), 10.0, page=page_index))
    return lines


def _boxes(page: Any, out: Page, pdfium_c: Any) -> list[tuple[float, float, float, float]]:
    """Framed or shaded rectangles big enough to hold text (not rules, not the page itself)."""
    boxes = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        try:
            x0, y0, x1, y1 = obj.get_bounds()
        except Exception:  # noqa: BLE001 - a path pdfium cannot measure is no box
            continue
        w, h = x1 - x0, y1 - y0
        if w < 40 or h < 12 or w * h > 0.6 * out.width * out.height:
            continue
        boxes.append((float(x0), out.height - float(y1), float(x1), out.height - float(y0)))
    return boxes
