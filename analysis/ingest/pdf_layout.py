"""A PDF's lines in reading order, without the running headers and footers of its pages.

Why positions decide: a page's content stream may hold the running header last, write two
columns row by row, or put a framed pull quote anywhere. Lines repeated at the top or bottom of
many pages (digits aside: "Página 3 de 12") are the headers and footers; a line holding only a
page number in a margin is a page number. Columns are found where no line crosses a vertical gap
near the middle of the text; lines that do cross it (a title, a wide box) separate bands, read
left column first, then right.
"""
from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator

from analysis.ingest.pdf_lines import Line, Page

#: top and bottom share of the page where running headers, footers and page numbers live
MARGIN_ZONE = 0.12
#: a line repeated in the margin of at least this share of the pages (and 2) is a running line
REPEATED_SHARE = 0.4

_PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:p[áa]gina|p[áa]g|page|p)\.?\s*)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]?"
    r"(?:\s*(?:de|of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def _in_margin(line: Line, page: Page) -> bool:
    return line.top < MARGIN_ZONE * page.height or line.top > (1 - MARGIN_ZONE) * page.height


def remove_running_lines(pages: list[Page]) -> list[str]:
    """Drop running headers/footers and page numbers from ``pages`` (in place); return the
    repeated texts removed (first occurrence of each, for the researcher's notice)."""
    seen: dict[str, set[int]] = defaultdict(set)
    first: dict[str, str] = {}
    for p, page in enumerate(pages):
        for line in page.lines:
            if _in_margin(line, page):
                key = _running_key(line.text)
                seen[key].add(p)
                first.setdefault(key, line.text)
    need = max(2, REPEATED_SHARE * len(pages))
    running = {k for k, on in seen.items() if len(on) >= need}
    removed: list[str] = []
    for page in pages:
        keep = []
        for line in page.lines:
            if _in_margin(line, page):
                key = _running_key(line.text)
                if key in running:
                    if first[key] not in removed and not _PAGE_NUMBER_RE.match(line.text):
                        removed.append(first[key])
                    continue
                if _PAGE_NUMBER_RE.match(line.text):
                    continue
            keep.append(line)
        page.lines = keep
    return removed


def assign_boxes(page: Page) -> None:
    """Mark each line with the smallest framed box that holds it."""
    for line in page.lines:
        mid_x, mid_y = (line.x0 + line.x1) / 2, line.top - 0.3 * line.size
        holding = [(b[2] - b[0]) * (b[3] - b[1]) for b in page.boxes]
        best = None
        for k, (x0, top, x1, bottom) in enumerate(page.boxes):
            if x0 <= mid_x <= x1 and top <= mid_y <= bottom and (best is None or holding[k] < holding[best]):
                best = k
        line.box = best


def _gutter(lines: list[Line]) -> float | None:
    """The x of a vertical gap near the middle with text on both sides that few lines cross
    (a title, an abstract or a footnote across the page may); None for a single column, where
    nearly every line crosses the middle."""
    if len(lines) < 6:
        return None
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    span = right - left
    best: tuple[int, float, float] | None = None
    x = left + 0.3 * span
    while x <= left + 0.7 * span:
        crossing = sum(1 for ln in lines if ln.x0 < x - 1 and ln.x1 > x + 1)
        on_left = sum(1 for ln in lines if ln.x1 <= x)
        on_right = sum(1 for ln in lines if ln.x0 >= x)
        need = max(3, 0.15 * len(lines))
        if crossing <= 0.4 * len(lines) and on_left >= need and on_right >= need:
            score = (crossing, abs(x - (left + span / 2)), x)
            if best is None or score < best:
                best = score
        x += 2.0
    return best[2] if best is not None else None


def reading_order(lines: list[Line], depth: int = 0, ids: Iterator[int] | None = None) -> list[Line]:
    """Lines top to bottom; with columns, each band's left column before its right one.
    Each column of each band gets its own ``Line.column`` id (a change of column is where a
    paragraph may continue without a sentence break)."""
    ids = ids if ids is not None else itertools.count(1)
    by_top = sorted(lines, key=lambda ln: (round(ln.top, 1), ln.x0))
    gutter = _gutter(lines) if depth < 2 else None
    if gutter is None:
        return by_top
    out: list[Line] = []
    band: list[Line] = []

    def flush() -> None:
        for side in ([ln for ln in band if ln.x1 <= gutter + 1], [ln for ln in band if ln.x1 > gutter + 1]):
            column = next(ids)
            for ln in side:
                ln.column = column
            out.extend(reading_order(side, depth + 1, ids))
        band.clear()

    for ln in by_top:
        if ln.x0 < gutter - 1 and ln.x1 > gutter + 1:
            flush()
            ln.column = next(ids)
            out.append(ln)
        else:
            band.append(ln)
    flush()
    return out


def document_lines(pages: list[Page]) -> tuple[list[Line], list[str]]:
    """Every line of the document in reading order, and the running lines removed."""
    removed = remove_running_lines(pages)
    ordered: list[Line] = []
    for page in pages:
        assign_boxes(page)
        ordered.extend(reading_order(page.lines))
    return ordered, removed
