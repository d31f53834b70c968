"""Token-level diff of an aligned sentence pair (or of the joined sentences of a split/merge).

Why lemmas: "foram entregues" vs "foi entregue" is not a change of wording a researcher cares
about; comparing lemmas (simplemma, Portuguese) keeps the diff on real lexical changes.
Punctuation and case are ignored by construction (punctuation tokens are kept for context but
never diffed), so punctuation- or case-only edits produce no operations.

Every span is a ``[start, end)`` offset into the *document* text, not the sentence, so the UI
can highlight exactly what the researcher typed.
"""
from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

import simplemma

from analysis.lexicon.function_words import MOVABLE_ADVERBS, canonical, is_function_word

#: words (letters incl. accents, digits inside words), numbers with separators, or one symbol
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\w+|[^\w\s]", re.UNICODE)

#: clitic pronouns attached with a hyphen (mesoclisis and enclisis): "encontrou-se"
_CLITICS = frozenset({
    "se", "me", "te", "lhe", "lhes", "o", "a", "os", "as", "lo", "la", "los", "las", "no", "na",
    "nos", "vos",
})


@dataclass(frozen=True)
class Token:
    text: str
    start: int          # document offsets
    end: int
    lower: str
    lemma: str
    kind: str           # "word" | "num" | "punct"

    @property
    def is_content(self) -> bool:
        """Alphabetic word that is not grammatical glue (used by lexical detectors)."""
        return self.kind == "word" and len(self.lower) >= 3 and not is_function_word(self.lower, self.lemma)


#: verb forms simplemma leaves as they are: "quer" (it reads the "quer … quer" conjunction),
#: so "pretende" → "quer" looked like a verb facing a noun. Checked against the irregular
#: present, past, future and subjunctive forms of the common verbs: this is the only one.
_LEMMATISER_MISSES = {"quer": "querer"}


@lru_cache(maxsize=65536)
def lemma_of(lower: str) -> str:
    """Lemma of a lowercase word: closed-class table first, then the forms the lemmatiser
    misses, then simplemma."""
    c = canonical(lower) or _LEMMATISER_MISSES.get(lower)
    if c is not None:
        return c
    try:
        return simplemma.lemmatize(lower, lang="pt").lower()
    except Exception:  # noqa: BLE001 - a lemmatiser failure must not break the diff
        return lower


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokenise ``text`` (words, numbers, punctuation) with offsets shifted by ``offset``.

    Hyphenated clitics ("entregou-se") are split so the verb lemmatises normally.
    """
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        s, e = m.start() + offset, m.end() + offset
        tok = m.group()
        if tok[0].isdigit():
            out.append(Token(tok, s, e, tok.lower(), tok.lower(), "num"))
            continue
        if not tok[0].isalnum():
            out.append(Token(tok, s, e, tok, tok, "punct"))
            continue
        # most words have no hyphen or apostrophe: skip the split (a fifth of an analysis's
        # tokenising time went to it)
        parts = re.split(r"([-'’])", tok) if ("-" in tok or "'" in tok or "’" in tok) else (tok,)
        if len(parts) > 1 and all(p.lower() in _CLITICS for p in parts[2::2]):
            pos = s
            for k, p in enumerate(parts):
                if k % 2 == 0:
                    low = p.lower()
                    out.append(Token(p, pos, pos + len(p), low, lemma_of(low), "word"))
                pos += len(p)
            continue
        low = tok.lower()
        out.append(Token(tok, s, e, low, lemma_of(low), "word"))
    return out


@dataclass
class DiffOp:
    """One diff operation over the *word* token lists (punctuation excluded).

    ``src``/``tgt`` are half-open index ranges into ``TokenDiff.src_words``/``tgt_words``.
    For inserts the source range is empty (and vice versa); spans are then anchored at the
    position where the material would go.
    """

    tag: str                     # equal | replace | insert | delete
    src: tuple[int, int]
    tgt: tuple[int, int]
    source_span: tuple[int, int]
    target_span: tuple[int, int]
    source_text: str
    target_text: str


@dataclass
class Move:
    """A run of the same lemmas deleted in one place and inserted in another."""

    src: tuple[int, int]
    tgt: tuple[int, int]
    source_span: tuple[int, int]
    target_span: tuple[int, int]
    lemmas: tuple[str, ...]
    text: str


@dataclass
class TokenDiff:
    source_text: str             # the full source document text (offsets index into it)
    target_text: str
    src_tokens: list[Token]
    tgt_tokens: list[Token]
    src_words: list[Token]
    tgt_words: list[Token]
    ops: list[DiffOp] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)

    # ---- summaries -------------------------------------------------------------------------
    @property
    def changed(self) -> bool:
        return any(op.tag != "equal" for op in self.ops)

    def src_moved(self) -> set[int]:
        return {i for m in self.moves for i in range(*m.src)}

    def tgt_moved(self) -> set[int]:
        return {i for m in self.moves for i in range(*m.tgt)}

    def lemma_overlap(self, content_only: bool = False) -> float:
        """Dice coefficient of lemma multisets (1.0 = same words)."""
        a = [t.lemma for t in self.src_words if not content_only or t.is_content]
        b = [t.lemma for t in self.tgt_words if not content_only or t.is_content]
        if not a and not b:
            return 1.0
        from collections import Counter

        ca, cb = Counter(a), Counter(b)
        common = sum((ca & cb).values())
        return 2.0 * common / (len(a) + len(b))

    def containment(self, content_only: bool = False) -> float:
        """Shared lemmas over the *shorter* side (1.0 when one side is contained in the other).

        Unlike Dice, omitting or adding a clause does not lower it: only rewording does."""
        from collections import Counter

        a = [t.lemma for t in self.src_words if not content_only or t.is_content]
        b = [t.lemma for t in self.tgt_words if not content_only or t.is_content]
        if not a or not b:
            return 1.0 if not a and not b else 0.0
        common = sum((Counter(a) & Counter(b)).values())
        return common / min(len(a), len(b))

    def equal_ratio(self) -> float:
        """Share of word tokens (both sides) inside equal ops or moves."""
        n = len(self.src_words) + len(self.tgt_words)
        if n == 0:
            return 1.0
        eq = sum((op.src[1] - op.src[0]) * 2 for op in self.ops if op.tag == "equal")
        eq += sum((m.src[1] - m.src[0]) * 2 for m in self.moves)
        return min(1.0, eq / n)

    def src_span(self, i: int, j: int) -> tuple[int, int]:
        """Document span covering source words i..j-1."""
        return (self.src_words[i].start, self.src_words[j - 1].end)

    def tgt_span(self, i: int, j: int) -> tuple[int, int]:
        return (self.tgt_words[i].start, self.tgt_words[j - 1].end)


def _anchor(words: list[Token], i: int, fallback: int) -> tuple[int, int]:
    """Zero-width span at word index i (before word i, or after the last word)."""
    if i < len(words):
        return (words[i].start, words[i].start)
    if words:
        return (words[-1].end, words[-1].end)
    return (fallback, fallback)


def _text(full: str, words: list[Token], i: int, j: int) -> str:
    if i >= j:
        return ""
    return full[words[i].start:words[j - 1].end]


def _preposition_a(words: list[Token], i: int) -> bool:
    """'a' before an infinitive is the preposition ("ajudar a diminuir"), not the article its
    lemma shares with 'o': matching it with an article pulls the diff off its real anchors
    ("reduzir o acúmulo de lixo" → "ajudar a diminuir o lixo" paired "acúmulo" with "diminuir")."""
    if words[i].lower != "a" or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return nxt.kind == "word" and nxt.lemma == nxt.lower and nxt.lower[-1:] == "r" and len(nxt.lower) > 3


def _matcher(sw: list[Token], tw: list[Token]) -> SequenceMatcher:
    """The diff on lemmas; where the preposition 'a' was matched with an article and telling
    the two apart keeps as many words matched, that reading instead: the same number of
    anchors, but the real ones."""
    plain = SequenceMatcher(None, [t.lemma for t in sw], [t.lemma for t in tw], autojunk=False)
    if not any(_preposition_a(sw, i) for i in range(len(sw))) and \
            not any(_preposition_a(tw, j) for j in range(len(tw))):
        return plain
    told = SequenceMatcher(None, _diff_keys(sw), _diff_keys(tw), autojunk=False)

    def matched(sm: SequenceMatcher) -> int:
        return sum(b.size for b in sm.get_matching_blocks())
    return told if matched(told) >= matched(plain) else plain


def _diff_keys(words: list[Token]) -> list[str]:
    """The lemmas, with the preposition 'a' told from the article."""
    return ["a" if _preposition_a(words, i) else w.lemma for i, w in enumerate(words)]


def diff_tokens(
    src_tokens: list[Token], tgt_tokens: list[Token], source_text: str, target_text: str
) -> TokenDiff:
    """Diff two token lists (document offsets) on lowercase lemmas, then find moved runs."""
    sw = [t for t in src_tokens if t.kind != "punct"]
    tw = [t for t in tgt_tokens if t.kind != "punct"]
    d = TokenDiff(source_text, target_text, src_tokens, tgt_tokens, sw, tw)
    sm = _matcher(sw, tw)
    s_fb = src_tokens[0].start if src_tokens else 0
    t_fb = tgt_tokens[0].start if tgt_tokens else 0
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        sspan = d.src_span(i1, i2) if i2 > i1 else _anchor(sw, i1, s_fb)
        tspan = d.tgt_span(j1, j2) if j2 > j1 else _anchor(tw, j1, t_fb)
        d.ops.append(DiffOp(tag, (i1, i2), (j1, j2), sspan, tspan,
                            _text(source_text, sw, i1, i2), _text(target_text, tw, j1, j2)))
    d.moves = _find_moves(d)
    return d


def diff_texts(source: str, target: str) -> TokenDiff:
    """Convenience: diff two standalone strings (offsets into those strings)."""
    return diff_tokens(tokenize(source), tokenize(target), source, target)


def _longest_common_run(a: list[str], b: list[str]) -> tuple[int, int, int]:
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.a, m.b, m.size


#: Work the moved-run search may spend on one diff, in tokens compared (each comparison of a
#: source run with a target run costs their lengths plus a fixed overhead). Sentence groups of
#: real texts use a few thousand; the cap only bites on pathological input (thousands of changed
#: words with a tiny vocabulary, e.g. one 20,000-character "sentence" without punctuation),
#: where the search would otherwise grow with the cube of the length (measured: 800 words
#: 30 s, 3,300 words > 6 min). What was found within the budget is kept.
MOVE_SEARCH_BUDGET = 400_000
_COMPARISON_OVERHEAD = 8


def _find_moves(d: TokenDiff) -> list[Move]:
    """A run deleted on the source side that reappears, same lemmas, as an inserted run.

    A run qualifies when it has at least two words, or is one content word or adverb: moving a
    lone article is not a displacement of a lexical unit.

    Greedy, longest run first (ties: earliest source run, then earliest target run). Why a heap
    of run pairs: taking a run out only splits the two runs it came from, so only comparisons
    with the new pieces are computed; every other pair's longest common run is unchanged.
    """
    s_lem = [t.lemma for t in d.src_words]
    t_lem = [t.lemma for t in d.tgt_words]
    s_avail = [False] * len(s_lem)
    t_avail = [False] * len(t_lem)
    for op in d.ops:
        if op.tag in ("delete", "replace"):
            for i in range(*op.src):
                s_avail[i] = True
        if op.tag in ("insert", "replace"):
            for j in range(*op.tgt):
                t_avail[j] = True
    s_runs, t_runs = set(_runs(s_avail)), set(_runs(t_avail))
    heap: list[tuple[int, int, int, int, int, int, int]] = []
    budget = MOVE_SEARCH_BUDGET

    def compare(sr: tuple[int, int], tr: tuple[int, int]) -> None:
        nonlocal budget
        (a1, a2), (b1, b2) = sr, tr
        cost = (a2 - a1) + (b2 - b1) + _COMPARISON_OVERHEAD
        if cost > budget:
            budget = 0
            return
        budget -= cost
        ia, ib, size = _longest_common_run(s_lem[a1:a2], t_lem[b1:b2])
        if size:
            heapq.heappush(heap, (-size, a1, b1, a2, b2, ia, ib))

    for sr in sorted(s_runs):
        for tr in sorted(t_runs):
            compare(sr, tr)
    moves: list[Move] = []
    while heap:
        neg_size, a1, b1, a2, b2, ia, ib = heapq.heappop(heap)
        if (a1, a2) not in s_runs or (b1, b2) not in t_runs:
            continue    # one of its runs was split since: its pieces were compared anew
        i, j, size = a1 + ia, b1 + ib, -neg_size
        words = d.src_words[i:i + size]
        if size < 2 and not (words[0].is_content or words[0].lower in MOVABLE_ADVERBS):
            taken = 1   # not a lexical unit: drop these two words and try the next candidate
        elif _same_relative_position(d, i, j, size):
            taken = size  # a "move" that stays in place relative to the rest is a replace artefact
        else:
            taken = size
            moves.append(Move((i, i + size), (j, j + size), d.src_span(i, i + size),
                              d.tgt_span(j, j + size), tuple(w.lemma for w in words),
                              _text(d.source_text, d.src_words, i, i + size)))
        new_s = [r for r in ((a1, i), (i + taken, a2)) if r[1] > r[0]]
        new_t = [r for r in ((b1, j), (j + taken, b2)) if r[1] > r[0]]
        s_runs.remove((a1, a2))
        t_runs.remove((b1, b2))
        s_runs.update(new_s)
        t_runs.update(new_t)
        for sr in new_s:
            for tr in sorted(t_runs):
                compare(sr, tr)
        for tr in new_t:
            for sr in sorted(s_runs.difference(new_s)):
                compare(sr, tr)
    moves.sort(key=lambda m: m.src)
    return moves


def _same_relative_position(d: TokenDiff, i: int, j: int, size: int) -> bool:
    """True when the run sits between the same equal anchors on both sides (no real move)."""
    def eq_before(idx: int, side: str) -> int:
        n = 0
        for op in d.ops:
            rng = op.src if side == "s" else op.tgt
            if op.tag == "equal" and rng[1] <= idx:
                n += rng[1] - rng[0]
        return n
    return eq_before(i, "s") == eq_before(j, "t")


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    out = []
    start = None
    for k, f in enumerate(flags + [False]):
        if f and start is None:
            start = k
        elif not f and start is not None:
            out.append((start, k))
            start = None
    return out


def unmoved_runs(start: int, end: int, moved: set[int]) -> list[tuple[int, int]]:
    """The maximal sub-ranges of word indices ``[start, end)`` that contain no moved word.

    Why: an inserted or deleted run in a diff may hold words that only changed place (DL+);
    insertion/omission detectors must look at the rest only."""
    return [(start + a, start + b) for a, b in _runs([i not in moved for i in range(start, end)])]
