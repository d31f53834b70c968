"""Loader for the PorSimples development split (``../shared/data/porsimples`` beside the project, or ``PORSIMPLES_DIR``).

Shared by every benchmark that measures the engine on real simplifications (alignment, splits,
omissions, readability). It hides the dataset's quirks in one place (see the dataset README):

* document order is the *row order* of ``dev_sentences.tsv`` (``sentence_id`` is not always
  monotone), so sentences are kept in file order;
* empty sentences are skipped, and so are gold links to sentence ids that do not exist;
* one production = one original (ORI) and two simplifications (NAT, STR); a *pair* is
  ORI->NAT or NAT->STR, giving 2 pairs per production.

Texts are exposed as lists of ``(paragraph, sentence_text)`` and links as ``(i, j)`` indices into
the source/target sentence lists, so a benchmark does not need to know the corpus ids at all.
``join_sentences`` / ``gold_document`` rebuild the raw text and a gold-segmented
:class:`analysis.types.Document` with exact character offsets.
"""
from __future__ import annotations

import csv
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from analysis.types import Document, Paragraph, Sentence

DEFAULT_ROOT = Path(os.environ.get(
    "PORSIMPLES_DIR", Path(__file__).resolve().parents[2] / "shared" / "data" / "porsimples"))
LEVEL_PAIRS = (("ORI", "NAT"), ("NAT", "STR"))

#: Separators used to rebuild a raw text from gold sentences.
SENTENCE_SEP = " "
PARAGRAPH_SEP = "\n\n"


@dataclass
class Text:
    """One level of one production: sentences in document order."""

    production_id: int
    level: str                                   # ORI | NAT | STR
    text_id: int
    sentence_ids: list[int] = field(default_factory=list)
    sentences: list[tuple[int, str]] = field(default_factory=list)  # (paragraph, text)


@dataclass
class Pair:
    """A source text, its simplification and the gold links between their sentences."""

    production_id: int
    level: str                                   # "ORI->NAT" | "NAT->STR"
    source: Text
    target: Text
    links: set[tuple[int, int]] = field(default_factory=set)  # (source index, target index)

    @property
    def name(self) -> str:
        return f"{self.production_id}:{self.level}"


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_texts(root: Path | str = DEFAULT_ROOT) -> dict[tuple[int, str], Text]:
    """All texts keyed by (production_id, level); empty sentences dropped."""
    texts: dict[tuple[int, str], Text] = {}
    for row in _read_tsv(Path(root) / "dev_sentences.tsv"):
        body = " ".join((row["sentence_text"] or "").split())
        if not body:
            continue
        key = (int(row["production_id"]), row["level"])
        t = texts.get(key)
        if t is None:
            t = texts[key] = Text(key[0], key[1], int(row["text_id"]))
        t.sentence_ids.append(int(row["sentence_id"]))
        t.sentences.append((int(row["paragraph"]), body))
    return texts


def load_pairs(root: Path | str = DEFAULT_ROOT, limit: int | None = None) -> list[Pair]:
    """The ORI->NAT and NAT->STR pairs of every production, in production order."""
    root = Path(root)
    texts = load_texts(root)
    raw_links: dict[tuple[int, str], set[tuple[int, int]]] = defaultdict(set)
    for row in _read_tsv(root / "dev_aligns.tsv"):
        raw_links[(int(row["production_id"]), row["level"])].add(
            (int(row["sentence_id_from"]), int(row["sentence_id_to"]))
        )
    pairs: list[Pair] = []
    for pid in sorted({p for p, _ in texts}):
        for src_level, tgt_level in LEVEL_PAIRS:
            src, tgt = texts.get((pid, src_level)), texts.get((pid, tgt_level))
            if src is None or tgt is None:
                continue
            level = f"{src_level}->{tgt_level}"
            s_index = {sid: i for i, sid in enumerate(src.sentence_ids)}
            t_index = {sid: j for j, sid in enumerate(tgt.sentence_ids)}
            links = {
                (s_index[a], t_index[b])
                for a, b in raw_links.get((pid, level), ())
                if a in s_index and b in t_index
            }
            pairs.append(Pair(pid, level, src, tgt, links))
    if limit is not None:
        pairs = pairs[: 2 * limit]
    return pairs


def join_sentences(sentences: list[tuple[int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """Raw text of a gold-segmented text and the [start, end) span of each sentence.

    Sentences of one paragraph are joined by a space, paragraphs by a blank line.
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    prev_par: int | None = None
    for par, body in sentences:
        if prev_par is not None:
            sep = SENTENCE_SEP if par == prev_par else PARAGRAPH_SEP
            parts.append(sep)
            pos += len(sep)
        parts.append(body)
        spans.append((pos, pos + len(body)))
        pos += len(body)
        prev_par = par
    return "".join(parts), spans


def gold_document(sentences: list[tuple[int, str]], side: str = "source") -> Document:
    """A Document segmented exactly as the corpus authors did (ids s1../t1.., p1..)."""
    text, spans = join_sentences(sentences)
    prefix = "s" if side == "source" else "t"
    doc = Document(text=text)
    prev_par: int | None = None
    for k, ((par, body), (start, end)) in enumerate(zip(sentences, spans, strict=True), 1):
        if par != prev_par:
            doc.paragraphs.append(Paragraph(id=f"p{len(doc.paragraphs) + 1}", start=start, end=end))
            prev_par = par
        p = doc.paragraphs[-1]
        p.end = end
        sid = f"{prefix}{k}"
        p.sentence_ids.append(sid)
        doc.sentences.append(Sentence(id=sid, start=start, end=end, paragraph=p.id, text=body))
    return doc


def unique_sentences(pairs: list[Pair]) -> list[str]:
    """Every distinct sentence text of the given pairs (to encode once and cache)."""
    seen: dict[str, None] = {}
    for p in pairs:
        for _, s in p.source.sentences + p.target.sentences:
            seen.setdefault(s, None)
    return list(seen)
