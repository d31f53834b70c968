"""PDF lines in reading order → the paragraphs the author wrote.

Why geometry and not only text: a PDF stores positioned lines, not paragraphs. A paragraph ends
at a vertical gap larger than the usual line spacing, at a change of type size (a heading), at a
short line that ends a sentence, or before an indented first line. A list item starts at its
marker and keeps its indented continuation lines. A framed box (or anything else) that sits
between a sentence's beginning and its lower-case continuation interrupts that sentence: it is
taken out and kept as its own paragraph right after. A page or column change with no sentence end
before it continues the paragraph.

A word hyphenated at a line end is joined back only when the joined word is more frequent than
the hyphenated compound (wordfreq, Portuguese and English): "simpli-|ficação" → "simplificação",
"marxista-|leninista" stays "marxista-leninista"; a clitic pronoun after the hyphen ("encontrá-|la")
always keeps it.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from analysis.ingest.pdf_lines import Line
from analysis.ingest.words import word_zipf

_FINAL_RE = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_MARKER_RE = re.compile(r"^(?:[•◦▪‣·*–—-]|\d{1,3}[.)]|[a-zA-Z][)])\s+(?=\S)")
#: Portuguese clitic pronouns: "disse-lhe", "encontrá-la", "fá-lo-ia" keep their hyphen
_CLITICS = frozenset("o a os as lo la los las no na nos nas lhe lhes me te se vos".split())
_WORD_AT_END_RE = re.compile(r"([^\W\d_]+)-$")
_WORD_AT_START_RE = re.compile(r"^([^\W\d_]+)")
#: a gap between two lines larger than this many usual line spacings ends a paragraph
PARAGRAPH_GAP = 1.35
#: a change of type size larger than this share starts a new block (a heading)
SIZE_CHANGE = 0.15


def join_hyphenated(left: str, right: str) -> str:
    """``left`` ends with ``word-`` at a line end, ``right`` is the next line."""
    m_left, m_right = _WORD_AT_END_RE.search(left), _WORD_AT_START_RE.match(right)
    if not m_left or not m_right:
        return left + right if left.endswith("-") else f"{left} {right}"
    a, b = m_left.group(1), m_right.group(1)
    if b[0].isupper() or b.casefold() in _CLITICS:
        return left + right
    if word_zipf((a + b).casefold()) >= word_zipf(f"{a}-{b}".casefold()):
        return left[:-1] + right
    return left + right


def join_lines(left: str, right: str) -> str:
    if re.search(r"[^\W\d_]-$", left):
        return join_hyphenated(left, right)
    if re.search(r"\w[—–]$", left):
        return left + right
    return f"{left} {right}"


@dataclass
class Block:
    kind: str                  # "text" | "heading" | "item" | "box"
    lines: list[Line] = field(default_factory=list)
    text: str = ""
    soft_start: bool = False   # begins at a page or column change (may continue the previous block)
    indent: float = 0.0        # x where an item's text starts (its continuation lines align there)

    @property
    def size(self) -> float:
        return self.lines[0].size if self.lines else 0.0


@dataclass
class _Geometry:
    body_size: float
    spacing: dict[float, float]                    # font size -> usual line spacing
    columns: dict[tuple[int, int], tuple[float, float]]   # (page, column) -> (left, right)

    def frame(self, line: Line) -> tuple[float, float]:
        return self.columns.get((line.page, line.column), (line.x0, line.x1))


def _geometry(lines: list[Line]) -> _Geometry:
    weight: dict[float, int] = {}
    for ln in lines:
        weight[round(ln.size, 1)] = weight.get(round(ln.size, 1), 0) + len(ln.text)
    body = max(weight, key=weight.get) if weight else 10.0
    gaps: dict[float, list[float]] = {}
    for a, b in zip(lines, lines[1:], strict=False):
        same = (a.page, a.column, a.box, round(a.size, 1)) == (b.page, b.column, b.box, round(b.size, 1))
        if same and 0.3 * a.size < b.top - a.top < 3 * a.size:
            gaps.setdefault(round(a.size, 1), []).append(b.top - a.top)
    spacing = {size: min(statistics.median(g), 1.6 * size) for size, g in gaps.items()}
    columns: dict[tuple[int, int], tuple[float, float]] = {}
    for ln in lines:
        if ln.box is None:
            key = (ln.page, ln.column)
            left, right = columns.get(key, (ln.x0, ln.x1))
            columns[key] = (min(left, ln.x0), max(right, ln.x1))
    return _Geometry(body, spacing, columns)


def _kind(line: Line, geo: _Geometry) -> str:
    if line.box is not None:
        return "box"
    if _MARKER_RE.match(line.text):
        return "item"
    if line.size >= (1 + SIZE_CHANGE) * geo.body_size or (line.bold and not _FINAL_RE.search(line.text)):
        return "heading"
    return "text"


def _breaks(prev: Line, cur: Line, block: Block, geo: _Geometry) -> bool:
    """True when ``cur`` cannot continue ``block`` (whose last line is ``prev``)."""
    if cur.box != prev.box or abs(cur.top - prev.top) < 0.3 * cur.size:
        return True
    if abs(cur.size - prev.size) > SIZE_CHANGE * prev.size or cur.bold != prev.bold:
        return True
    spacing = geo.spacing.get(round(prev.size, 1), 1.2 * prev.size)
    if cur.top - prev.top > PARAGRAPH_GAP * spacing or cur.top < prev.top:
        return True
    if _MARKER_RE.match(cur.text) and cur.box is None:
        return True
    left, right = geo.frame(prev)
    if block.kind == "item":
        return cur.x0 < block.indent - 0.5 * cur.size
    ends = bool(_FINAL_RE.search(prev.text))
    short = prev.x1 < right - 0.15 * max(right - left, 1.0)
    if ends and (short or cur.x0 > left + 0.8 * cur.size):
        return True
    # a short line without final punctuation before a capital, alone: a heading of its own
    return block.kind != "box" and len(block.lines) == 1 and short and cur.text[:1].isupper() and not ends


def build_blocks(lines: list[Line]) -> list[Block]:
    geo = _geometry(lines)
    blocks: list[Block] = []
    prev: Line | None = None
    for ln in lines:
        moved = prev is not None and (ln.page, ln.column) != (prev.page, prev.column) and ln.box is None
        if prev is None or moved or _breaks(prev, ln, blocks[-1], geo):
            kind = _kind(ln, geo)
            marker = _MARKER_RE.match(ln.text)
            indent = ln.x0 + (ln.x1 - ln.x0) * marker.end() / max(len(ln.text), 1) if marker else ln.x0
            blocks.append(Block(kind, [ln], ln.text, soft_start=moved, indent=indent))
        else:
            blocks[-1].lines.append(ln)
            blocks[-1].text = join_lines(blocks[-1].text, ln.text)
        prev = ln
    return blocks


def _continues(block: Block, nxt: Block, adjacent: bool) -> bool:
    """Does ``nxt`` carry on ``block``'s unfinished sentence?"""
    if nxt.kind != "text" or abs(nxt.size - block.size) > SIZE_CHANGE * block.size:
        return False
    first = nxt.text[:1]
    return first.islower() or first in ",;)" or (adjacent and nxt.soft_start)


def _can_interrupt(block: Block, other: Block) -> bool:
    """Boxes and text of another size (a pull quote, a caption, a footnote, a heading) may sit
    inside a sentence; body text of the same size never does."""
    return other.kind in ("box", "heading") or abs(other.size - block.size) > SIZE_CHANGE * block.size


def merge_interruptions(blocks: list[Block], lookahead: int = 4) -> tuple[list[Block], int]:
    """Join a sentence split by a page/column change or by interrupting blocks (boxes, pull
    quotes, footnotes); the interrupting blocks follow the joined paragraph. Returns the blocks
    and how many were moved out of a sentence."""
    out: list[Block] = []
    moved_count = 0
    i = 0
    while i < len(blocks):
        block = blocks[i]
        j = i + 1
        moved: list[Block] = []
        while block.kind == "text" and not _FINAL_RE.search(block.text) and j < len(blocks):
            k = None
            for cand in range(j, min(j + lookahead, len(blocks))):
                if _continues(block, blocks[cand], cand == j):
                    k = cand
                    break
                if not _can_interrupt(block, blocks[cand]):
                    break
            if k is None:
                break
            moved.extend(blocks[j:k])
            block.text = join_lines(block.text, blocks[k].text)
            j = k + 1
        out.append(block)
        out.extend(moved)
        moved_count += len(moved)
        i = j
    return out, moved_count


def to_text(blocks: list[Block]) -> str:
    """Paragraphs separated by a blank line; consecutive list items one per line."""
    parts: list[str] = []
    for k, block in enumerate(blocks):
        if block.kind == "item" and k > 0 and blocks[k - 1].kind == "item" and parts:
            parts[-1] += "\n" + block.text
        else:
            parts.append(block.text)
    return "\n\n".join(p for p in parts if p.strip())
