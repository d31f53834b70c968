"""The context every detector receives: one aligned group, built once and shared.

Why a context object: the token diff, the joined texts and the meaning similarity are costly
and needed by several detectors; computing them once per alignment group keeps detectors
small (one job each) and consistent with each other.

Two kinds of detector exist (see ``analysis.strategies.__init__``):

* pair detectors: ``detect(ctx: PairContext) -> list[Detection]``, called once per group;
* document detectors: ``detect_document(doc: DocContext) -> list[Detection]``, called once
  with every group's context (sentence reordering, headings that the aligner left unpaired).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

import numpy as np

from analysis.diff import Token, TokenDiff, diff_texts, diff_tokens, tokenize
from analysis.types import AlignmentGroup, Detection, Document, Message, Sentence, render_message
from models.encoder import Encoder

_FINAL_PUNCT = re.compile(r"[.!?…:;]\s*[\"'”»)]*\s*$")


def looks_like_heading(doc: Document, sent: Sentence) -> bool:
    """A heading is flagged by segmentation, or is the first line of the document: short,
    alone in its paragraph (or line), and without final punctuation."""
    if sent.is_heading:
        return True
    if not doc.sentences or doc.sentences[0].id != sent.id:
        return False
    text = sent.text.strip()
    if not text or len(text.split()) > 14 or _FINAL_PUNCT.search(text):
        return False
    # alone on its line: the next non-space character after it starts a new line (or nothing)
    after = doc.text[sent.end:]
    stripped = after.lstrip(" \t")
    return stripped.startswith("\n") and len(doc.sentences) > 1


@dataclass
class PairContext:
    """One alignment group seen from both documents."""

    index: int                          # index of the group in the alignment list
    group: AlignmentGroup
    source_doc: Document
    target_doc: Document
    source: list[Sentence]
    target: list[Sentence]
    diff: TokenDiff
    source_heading: bool = False
    target_heading: bool = False
    source_anchor: int = 0              # source offset used to order detections of this group
    encoder_name: str = ""              # "" when similarity is the lexical proxy
    encoder: Encoder | None = None      # the meaning model (None: lexical proxy only)
    _similarity: float | None = None
    _similarity_fn: Callable[[], float] | None = None
    #: every group's context in alignment order (this one included), for detectors that must
    #: look at the neighbouring groups (material an aligner cut into the next group)
    siblings: list[PairContext] = field(default_factory=list, repr=False, compare=False)
    #: results that several detectors read from the same group (see ``memo``)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    #: results about the whole documents, one dict shared by every group of an analysis
    #: (``build_contexts``; see ``doc_memo``)
    _doc_memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    # ---- texts and spans ---------------------------------------------------------------
    @property
    def source_text(self) -> str:
        return " ".join(s.text for s in self.source)

    @property
    def target_text(self) -> str:
        return " ".join(s.text for s in self.target)

    @property
    def source_spans(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.source]

    @property
    def target_spans(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.target]

    @property
    def kind(self) -> str:
        return self.group.kind

    @property
    def is_pair(self) -> bool:
        """Both sides present (1:1, split, merge, n:m)."""
        return bool(self.source) and bool(self.target)

    @property
    def is_heading_pair(self) -> bool:
        return self.is_pair and self.source_heading and self.target_heading

    @property
    def src_words(self) -> list[Token]:
        return self.diff.src_words

    @property
    def tgt_words(self) -> list[Token]:
        return self.diff.tgt_words

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per group: what one detector works out and another reads too
        (EXP+'s glosses, which SL+ keeps out of its pairs) is not worked out twice."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def doc_memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per analysis: what depends on the whole texts only (their words) is
        not worked out again for every group."""
        if key not in self._doc_memo:
            self._doc_memo[key] = compute()
        return self._doc_memo[key]

    def document_words(self, side: str) -> list[Token]:
        """Every word of the whole source ("s") or simplified ("t") text, punctuation left out,
        tokenized once per analysis."""
        doc = self.source_doc if side == "s" else self.target_doc
        return self.doc_memo(f"document_words_{side}",
                             lambda: [w for w in tokenize(doc.text) if w.kind != "punct"])

    # ---- similarity --------------------------------------------------------------------
    def similarity(self) -> float:
        """Meaning similarity of the two sides in [0, 1]: cosine of the encoder's embeddings,
        or a lexical proxy when no encoder is available."""
        if self._similarity is None:
            if self._similarity_fn is not None:
                self._similarity = float(self._similarity_fn())
            else:
                self._similarity = lexical_similarity(self.source_text, self.target_text)
        return self._similarity

    @property
    def has_encoder(self) -> bool:
        return self._similarity_fn is not None

    def rewording(self) -> float:
        """How much of the shared content was reworded, in [0, 1]: 1 - lemma containment
        (all words and content words averaged). Omitting or adding material does not count."""
        return 1.0 - 0.5 * (self.diff.containment() + self.diff.containment(content_only=True))

    def sentence_matching(self) -> list[tuple[int, float]]:
        """For each source sentence of the group: (index of the target sentence that contains
        most of its lemmas, that containment). Used to tell reordering from re-segmentation."""
        from collections import Counter

        tgt = [Counter(t.lemma for t in tokenize(s.text) if t.kind != "punct") for s in self.target]
        out = []
        for s in self.source:
            a = Counter(t.lemma for t in tokenize(s.text) if t.kind != "punct")
            n = max(1, sum(a.values()))
            best = max(((k, sum((a & b).values()) / n) for k, b in enumerate(tgt)),
                       key=lambda x: x[1], default=(0, 0.0))
            out.append(best)
        return out

    def is_reordering(self) -> bool:
        """Same number of sentences on both sides, each source sentence found whole in a
        distinct target sentence, in a different order: sentences moved, boundaries kept."""
        if len(self.source) != len(self.target) or len(self.source) < 2:
            return False
        m = self.sentence_matching()
        idx = [k for k, _ in m]
        return all(c >= 0.5 for _, c in m) and len(set(idx)) == len(idx) and idx != sorted(idx)

    def char_similarity(self) -> float:
        """Character-level similarity of the lowercased texts (difflib ratio)."""
        return SequenceMatcher(None, self.source_text.lower(), self.target_text.lower(),
                               autojunk=False).ratio()

    def detection(self, code: str, confidence: float, source_spans=None, target_spans=None,
                  explanation: str | Message = "", evidence: dict | None = None) -> Detection:
        """Build a Detection for this group (confidence clipped to (0, 1]). ``explanation`` is a
        message (``analysis.messages.msg``): the Detection keeps it and its Portuguese text."""
        conf = float(min(1.0, max(0.01, confidence)))
        return Detection(
            code=code,
            confidence=round(conf, 3),
            source_spans=[tuple(map(int, s)) for s in (source_spans or [])],
            target_spans=[tuple(map(int, s)) for s in (target_spans or [])],
            explanation=render_message(explanation) if isinstance(explanation, dict) else explanation,
            evidence=evidence or {},
            group=self.index,
            message=explanation if isinstance(explanation, dict) else {},
        )


@dataclass
class DocContext:
    """Every group's context, for detectors that need the whole document."""

    source: Document
    target: Document
    pairs: list[PairContext] = field(default_factory=list)


#: cosines above which two sides say the same thing: e5 cosines of unrelated Portuguese
#: sentences sit around 0.8; other sentence encoders spread cosines over [0, 1]; the lexical
#: proxy is weak evidence (the aligner's link is most of it)
SAME_MEANING_E5 = 0.86
SAME_MEANING_OTHER_MODEL = 0.6
SAME_MEANING_LEXICAL = 0.25


def similarity_floor(ctx: PairContext, e5: float = SAME_MEANING_E5,
                     other_model: float = SAME_MEANING_OTHER_MODEL,
                     lexical: float = SAME_MEANING_LEXICAL) -> float:
    """Cosine above which two sides count as "same meaning" for the encoder in use (a
    detector may pass floors of its own)."""
    if not ctx.has_encoder:
        return lexical
    return e5 if "e5" in ctx.encoder_name.lower() else other_model


def lexical_similarity(a: str, b: str) -> float:
    """Lexical proxy for meaning similarity (used when no encoder is loaded): the mean of
    lemma Dice overlap and character similarity."""
    d = diff_texts(a, b)
    char = SequenceMatcher(None, a.lower(), b.lower(), autojunk=False).ratio()
    return 0.5 * d.lemma_overlap() + 0.5 * char


def is_lexical_encoder(encoder: Encoder) -> bool:
    """The lexical stand-in model measures word overlap, not meaning: for "same meaning,
    different words" (RF+) it is no better than the lexical proxy, so it is treated as none."""
    return str(getattr(encoder, "name", "")).lower().startswith("lexical")


def _tokens_for(doc: Document, sents: list[Sentence]) -> list[Token]:
    out: list[Token] = []
    for s in sents:
        out.extend(tokenize(doc.text[s.start:s.end], offset=s.start))
    return out


def build_contexts(source: Document, target: Document, groups: list[AlignmentGroup],
                   encoder: Encoder | None = None, only: set[int] | None = None) -> DocContext:
    """Build one PairContext per group; embeddings for all pairs (with ``only``: for those
    group indices; the others encode lazily if a detector asks) are computed in one batch."""
    pairs: list[PairContext] = []
    src_heads = {s.id for s in source.sentences if looks_like_heading(source, s)}
    tgt_heads = {s.id for s in target.sentences if looks_like_heading(target, s)}
    anchor = 0
    for gi, g in enumerate(groups):
        ss = [source.sentence(i) for i in g.source]
        ts = [target.sentence(i) for i in g.target]
        if ss:
            anchor = ss[0].start
        diff = diff_tokens(_tokens_for(source, ss), _tokens_for(target, ts), source.text, target.text)
        pairs.append(PairContext(
            index=gi, group=g, source_doc=source, target_doc=target, source=ss, target=ts,
            diff=diff,
            source_heading=bool(ss) and all(s.id in src_heads for s in ss),
            target_heading=bool(ts) and all(t.id in tgt_heads for t in ts),
            source_anchor=anchor,
        ))
    shared: dict[str, Any] = {}
    for p in pairs:
        p.siblings = pairs
        p._doc_memo = shared
    if encoder is not None and not is_lexical_encoder(encoder):
        for p in pairs:
            p.encoder_name = str(getattr(encoder, "name", ""))
            p.encoder = encoder
        _attach_embeddings(pairs, encoder, only)
    return DocContext(source, target, pairs)


#: Pairs reworded less than this never need a meaning similarity (RF+ cannot apply), so they
#: are not embedded up front; a detector asking anyway gets a lazy, per-pair encoding.
EMBED_MIN_REWORDING = 0.3


def _attach_embeddings(pairs: list[PairContext], encoder: Encoder, only: set[int] | None = None) -> None:
    """Encode the candidate pairs' two sides in one batch; similarity() then reads a number.

    An encoder failure is not fatal: the lexical proxy takes over."""
    for p in pairs:
        if p.is_pair:
            p._similarity_fn = _lazy_cosine(encoder, p)
    todo = [p for p in pairs if p.is_pair and p.diff.changed and (only is None or p.index in only)
            and p.rewording() >= EMBED_MIN_REWORDING]
    if not todo:
        return
    texts: list[str] = []
    for p in todo:
        texts.append(p.source_text)
        texts.append(p.target_text)
    try:
        vecs = np.asarray(encoder.encode(texts), dtype=np.float32)
    except Exception:  # noqa: BLE001
        import logging

        logging.getLogger("netest.strategies").exception("encoder failed; lexical similarity used")
        for p in pairs:
            p._similarity_fn, p.encoder_name, p.encoder = None, "", None
        return
    for k, p in enumerate(todo):
        a, b = vecs[2 * k], vecs[2 * k + 1]
        na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
        cos = float(a @ b) / (na * nb) if na and nb else 0.0
        p._similarity_fn = (lambda c=cos: max(0.0, min(1.0, c)))


def _lazy_cosine(encoder: Encoder, p: PairContext) -> Callable[[], float]:
    def run() -> float:
        try:
            v = np.asarray(encoder.encode([p.source_text, p.target_text]), dtype=np.float32)
        except Exception:  # noqa: BLE001
            import logging

            logging.getLogger("netest.strategies").exception("encoder failed; lexical similarity used")
            return lexical_similarity(p.source_text, p.target_text)
        na, nb = float(np.linalg.norm(v[0])), float(np.linalg.norm(v[1]))
        return max(0.0, min(1.0, float(v[0] @ v[1]) / (na * nb))) if na and nb else 0.0
    return run
