"""SL+ word ↔ short expression (round 15): one uncommon word replaced in its place by a short,
plainer expression ("dispneia" → "falta de ar"), or a wordy expression by one common word.

The guide (``docs/annotation-guide.md``, SL+): a term replaced by a description of it, the term
itself disappearing, is SL+ (one item, the source span the word, the target span the
expression); a multi-word idiom reworded as a whole is RF+. ``sl.substitutions`` already pairs
a word with an expression when the slot between two kept words holds just the two. The dev
misses of this shape fell to four gates, each answered here by evidence in the form:

* **the frequency gate** compared the rarest word of each side. A description is read word by
  word; when *every* content word of it is more frequent than the word it replaced and its
  first content word (the head the rest qualifies: "criação [de gado]") clearly so
  (``MIN_GAIN``), the reader meets plainer words throughout (``description_gain``). Not the
  embedded model: e5 on the bare word against the phrase does not tell a gloss from a phrase of
  another meaning (0.878 for a word against its gloss, 0.890 against a phrase saying the
  opposite, measured on dev words).
* **the slot**: a split or a move can leave the diff no place for the word (the whole clause
  deleted and inserted). A word closing its constituent (a punctuation mark or the end of the
  sentence after it) right after a content word that both sides hold once, with the same
  function words between, faces the expression that closes the same constituent after that
  word in the target ("os ingressos da temporada ." → "os ingressos da época do ano ."):
  one kept neighbour on one side and the constituent's end on the other delimit one place
  (``anchored_descriptions``).
* **a crowded slot** holding two replaced constituents: when punctuation cuts both sides of the
  slot into the same number of constituents, in order, each is its own place
  (``segment_slots``: "dilatam, indicando" → "ficam mais largos, dando sinais").
* **contiguity**: a support verb (``lexicon.support``) and its noun with a possessive between
  ("tomar sua decisão") are one expression, as with an article (``support_verb_phrase``); the
  construction replaced by the noun's own verb is read as one unit for the frequency gate
  (``support_verb_zipf``).
* **two places**: a relative "que" the diff kept can cut one description in two places of the
  one word ("ataca lactentes" → "ataca bebês que mamam"): joined when together they make one
  expression (``joined_places``).
* **the negation test**: a word with a negative prefix whose base is a more frequent word,
  its whole place in the target "(que) não …" ("ilegível" → "que não se conseguia ler"), keeps
  its negative meaning: SL+ by the guide, not MOD+ (``negative_described``).
"""
from __future__ import annotations

import math

from analysis.diff import Token
from analysis.lexicon.frequency import familiarity
from analysis.lexicon.support import SUPPORT_VERBS
from analysis.lexicon.voice import NEGATIVE_PREFIXES, NEGATORS
from analysis.strategies.base import PairContext
from analysis.types import Detection

#: words a support verb and its noun may have between them: an article or a possessive
_SUPPORT_GLUE = frozenset({
    "o", "a", "os", "as", "um", "uma", "uns", "umas",
    "seu", "sua", "seus", "suas", "meu", "minha", "meus", "minhas", "nosso", "nossa", "nossos", "nossas",
    "teu", "tua", "teus", "tuas", "vosso", "vossa",
})

#: most function words between the kept neighbour and the replaced word (a preposition and an
#: article: "dos", "de uma")
ANCHOR_GLUE = 2


def _fam(w: Token) -> float:
    return familiarity(w.lower, w.lemma)


# ---- the frequency gate of a description ------------------------------------------------------


def description_gain(d, src: tuple[int, ...], tgt: tuple[int, ...], min_gain: float) -> float | None:
    """Zipf gain of a description ``tgt`` (two or more content words, contiguous in its place)
    over the one word ``src`` it replaced, when every content word of it is more frequent than
    that word and its first content word by ``min_gain`` at least: the gain of that head.
    None otherwise (a description with a word as rare as the term explains nothing plainer)."""
    if len(src) != 1 or len(tgt) < 2:
        return None
    from analysis.strategies.sl import _lexical
    tgt = tuple(j for j in tgt if _lexical(d.tgt_words[j]))   # an opening preposition is no head
    if len(tgt) < 2:
        return None
    z = _fam(d.src_words[src[0]])
    zt = [_fam(d.tgt_words[j]) for j in tgt]
    if round(min(zt), 1) <= round(z, 1):
        return None   # more frequent at the precision the explanation shows (tenths of a Zipf point)
    gain = zt[0] - z
    return gain if round(gain, 2) >= min_gain else None


# ---- a support verb with a possessive ---------------------------------------------------------


def support_verb_phrase(d, src: list[int], tgt: list[int]) -> bool:
    """Two source words, a support verb and its noun with only an article or a possessive
    between them ("tomar sua decisão"), replaced by one verb: one expression replaced by one
    word, like "tomar uma decisão" → "decidir" (``sl.substitutions`` ties the two by
    prepositions and articles only)."""
    from analysis.strategies.sl import _unbroken, word_class
    if not _support_verb_and_noun(d, src, tgt) or src[1] == src[0] + 1:   # an article or possessive between
        return False
    return word_class(d.tgt_words, tgt[0]) != "noun" and _unbroken(src, d.src_words, d.src_tokens)


def _support_verb_and_noun(d, src, tgt) -> bool:
    """Two source words against one target word: a support verb (not read as a noun) and its
    noun, with at most two articles or possessives between them."""
    from analysis.strategies.sl import word_class
    if len(src) != 2 or len(tgt) != 1:
        return False
    i, k = src
    words = d.src_words
    if words[i].lemma not in SUPPORT_VERBS or word_class(words, i) == "noun" or word_class(words, k) != "noun":
        return False
    between = words[i + 1:k]
    return len(between) <= 2 and all(w.lower in _SUPPORT_GLUE for w in between)


def _noun_of_verb(noun: Token, verb: Token) -> bool:
    """``noun`` is made from ``verb``'s stem, allowing the stem's last consonant to alternate
    ("decisão" / "decidir", "conclusão" / "concluir", "reunião" / "reunir", "pergunta" /
    "perguntar"): four letters of the stem at least ("olhada" / "olhar" is too short to tell)."""
    from analysis.strategies.sl import _fold
    inf = _fold(verb.lemma)
    stem = inf[:-2]
    return len(stem) >= 5 and _fold(noun.lower).startswith(stem[:-1])


def support_verb_zipf(d, src: tuple[int, ...], tgt: tuple[int, ...], z: list[float], break_zipf: float) -> float | None:
    """Zipf of a support verb and its noun ("tomar uma decisão", ``lexicon.support``) replaced by
    the noun's own verb ("decidir"): the construction is read as one unit, estimated as wordfreq
    estimates a multi-token word (1/f = 1/f1 + 1/f2, lowered by ``break_zipf`` for the break
    between the words), as ``sl._compound_zipf`` does for a noun with its adjective. The single
    verb is rarer than the common verb and noun it replaces, yet the reader meets one word for a
    construction (the guide's "tomar uma decisão" → "decidir"). None for any other shape: a
    full verb ("ganhou fôlego", RF+'s idiom), a verb not of the noun's family ("fazer a viagem
    de volta" → "voltar" says more than the noun)."""
    from analysis.strategies.sl import word_class
    if not _support_verb_and_noun(d, src, tgt):
        return None
    t = d.tgt_words[tgt[0]]
    if word_class(d.tgt_words, tgt[0]) == "noun" or not _noun_of_verb(d.src_words[src[1]], t):
        return None
    f = 1.0 / sum(10 ** (9 - x) for x in z)
    return math.log10(f) + 9 - break_zipf


# ---- a crowded slot cut by punctuation --------------------------------------------------------


def segment_slots(d, slot) -> list:
    """The slot cut at its punctuation marks into constituents, each a slot of its own, when
    both sides break into the same number (two or more) and at least one pair is a word against
    an expression ("dilatam, indicando" → "ficam mais largos, dando sinais"): places of the
    frame in the same order. Empty otherwise."""
    from analysis.strategies.sl import Slot, _boundaries

    def cut(idx: tuple[int, ...], words, tokens) -> list[tuple[int, ...]]:
        parts: list[list[int]] = [[idx[0]]]
        for k, broken in enumerate(_boundaries(list(idx), words, tokens)):
            if broken:
                parts.append([])
            parts[-1].append(idx[k + 1])
        return [tuple(p) for p in parts]
    if len(slot.src) < 2 or len(slot.tgt) < 2:
        return []
    s_parts = cut(slot.src, d.src_words, d.src_tokens)
    t_parts = cut(slot.tgt, d.tgt_words, d.tgt_tokens)
    if len(s_parts) != len(t_parts) or len(s_parts) < 2:
        return []
    if not any(len(a) == 1 and len(b) > 1 or len(a) > 1 and len(b) == 1 for a, b in zip(s_parts, t_parts, strict=True)):
        return []
    return [Slot(a, b, slot.s_place, slot.t_place) for a, b in zip(s_parts, t_parts, strict=True)]


# ---- a word whose place the diff did not give -------------------------------------------------


def _closes_constituent(words: list[Token], tokens: list[Token], i: int, starts: set[int]) -> bool:
    """Word ``i`` is the last of its constituent: a punctuation mark right after it, or the end
    of the text or of its sentence."""
    if i + 1 >= len(words) or i + 1 in starts:
        return True
    a, b = words[i].end, words[i + 1].start
    return any(t.kind == "punct" and a <= t.start < b for t in tokens)


def _once(words: list[Token], lemma: str) -> list[int]:
    return [k for k, w in enumerate(words) if w.lemma == lemma]


def anchored_descriptions(ctx: PairContext, frame: float, used_s: set[int], used_t: set[int]) -> list[Detection]:
    """Word → expression pairs the slots could not form (see the module docstring): source word
    ``i``, gone from the target, closes its constituent right after a content word ``k`` (with
    at most ``ANCHOR_GLUE`` function words between); ``k``'s lemma stands once on each side,
    and in the target the same function words follow it, then an expression of new words that
    closes the constituent in turn: two to ``MAX_DESCRIPTION`` content words, one expression
    (``_contiguous`` with the description glue), no clause. The frequency gate as for any slot
    pair (with ``description_gain``)."""
    from analysis.strategies import sl
    d = ctx.diff
    ok_s, ok_t = sl._pairable_words(ctx)
    s_matched, t_matched = sl.matched_words(d)
    s_starts = sl._sentence_starts(d.src_words, ctx.source)
    t_starts = sl._sentence_starts(d.tgt_words, ctx.target)
    t_keys = {key for w in d.tgt_words for key in sl.verb_keys(w)}
    s_keys = {key for w in d.src_words for key in sl.verb_keys(w)}
    out: list[Detection] = []
    for i, w in enumerate(d.src_words):
        if i in used_s or i in s_matched or not sl._lexical(w) or not ok_s(i) or i in s_starts:
            continue
        if sl.verb_keys(w) & t_keys:
            continue
        if not _closes_constituent(d.src_words, d.src_tokens, i, s_starts):
            continue
        k = i - 1
        while k >= 0 and i - k - 1 <= ANCHOR_GLUE and d.src_words[k].lower in sl._EXPRESSION_GLUE:
            k -= 1
        if k < 0 or i - k - 1 > ANCHOR_GLUE or not sl._lexical(d.src_words[k]) \
                or not sl._unbroken((k, i), d.src_words, d.src_tokens):
            continue
        anchor = d.src_words[k]
        s_same, t_same = _once(d.src_words, anchor.lemma), _once(d.tgt_words, anchor.lemma)
        if len(s_same) != 1 or len(t_same) != 1:
            continue
        p = t_same[0]
        glue = [x.lower for x in d.src_words[k + 1:i]]
        first = p + 1 + len(glue)
        if [x.lower for x in d.tgt_words[p + 1:first]] != glue or first >= len(d.tgt_words):
            continue
        last = first
        while not _closes_constituent(d.tgt_words, d.tgt_tokens, last, t_starts):
            last += 1
        expr = list(range(first, last + 1))
        content = [j for j in expr if sl._lexical(d.tgt_words[j])]
        if not 2 <= len(content) <= sl.MAX_DESCRIPTION or content[0] - first > ANCHOR_GLUE \
                or not all(x.lower in sl._EXPRESSION_GLUE for x in d.tgt_words[first:content[0]]):
            continue   # the expression may open with a preposition ("à prova de água"), no more
        if any(j in used_t or j in t_matched for j in expr) or not ok_t(content[0]):
            continue
        if any(sl.verb_keys(d.tgt_words[j]) & s_keys for j in content):
            continue   # a word the source has: the expression is no new rendering of the one word
        if any(sl.variant(w.lower, t.lower) for j, t in enumerate(d.tgt_words) if j not in expr):
            continue   # the word itself stands elsewhere in another form
        if not sl._contiguous(content, d.tgt_words, glue=sl._DESCRIPTION_GLUE) \
                or not sl._unbroken(content, d.tgt_words, d.tgt_tokens) or sl._clause(content, d.tgt_words):
            continue
        sub = sl.Substitution((i,), tuple(range(first, content[-1] + 1)))
        det = sl._detection(ctx, sub, frame)
        if det is not None:
            used_s.add(i)
            used_t.update(expr)
            out.append(det)
    return out


# ---- one word, two places that together hold one description ---------------------------------


def joined_places(d, slots: list) -> list:
    """The slots, with the two places of one source word joined when the word stands alone in
    both and their target words together make one description in one run of the text (a
    relative pronoun the diff kept cut it in two: "que ataca X" → "ataca [Y] que [Z de W]"):
    the word took the whole run, not two places."""
    from analysis.strategies.sl import (
        _DESCRIPTION_GLUE,
        MAX_DESCRIPTION,
        Slot,
        _clause,
        _contiguous,
        _unbroken,
    )
    alone: dict[int, list[int]] = {}
    for n, slot in enumerate(slots):
        if len(slot.src) == 1:
            alone.setdefault(slot.src[0], []).append(n)
    out = list(slots)
    for i, where in alone.items():
        if len(where) != 2:
            continue
        a, b = (slots[n] for n in where)
        tgt = tuple(sorted(set(a.tgt) | set(b.tgt)))
        if len(tgt) < 2 or len(tgt) > MAX_DESCRIPTION or set(a.tgt) & set(b.tgt):
            continue
        if not _contiguous(list(tgt), d.tgt_words, glue=_DESCRIPTION_GLUE) \
                or not _unbroken(tgt, d.tgt_words, d.tgt_tokens) or _clause(list(tgt), d.tgt_words):
            continue
        joined = Slot((i,), tgt, tuple(sorted(set(a.s_place) | set(b.s_place))),
                      tuple(sorted(set(a.t_place) | set(b.t_place))))
        out = [joined if s is a else s for s in out if s is not b]
    return out


# ---- a negative-prefixed word described with "não" --------------------------------------------


def _negative_base(w: Token) -> str | None:
    """The base of a word with a negative prefix (``lexicon.voice.NEGATIVE_PREFIXES``) when the
    base is itself a word, more frequent than the prefixed one ("inofensivo" / "ofensivo")."""
    z = _fam(w)
    for p in NEGATIVE_PREFIXES:
        rest = w.lower[len(p):]
        if w.lower.startswith(p) and len(rest) >= 4 and familiarity(rest, rest) > z:
            return rest
    return None


def negative_described(ctx: PairContext, slot):
    """A word with a negative prefix (its base a more frequent word) alone in its place, the
    whole target place a description that keeps the negation with "não" (after a relative "que"
    at most): "ilegível" → "que não se consegue ler". The guide: a morphological negative kept negative is
    SL+, not MOD+ (the polarity did not change). The substitution (the word, the place from its
    first word), or None. The negation must be new: none near the word in the source."""
    from analysis.strategies import sl
    d = ctx.diff
    if len(slot.src) != 1 or not slot.t_place:
        return None
    i = slot.src[0]
    w = d.src_words[i]
    if _negative_base(w) is None:
        return None
    lo = max(0, i - sl.NEGATION_WINDOW)
    if any(x.lower in NEGATORS for x in d.src_words[lo:i + sl.NEGATION_WINDOW + 1]):
        return None
    place = list(slot.t_place)
    if place != list(range(place[0], place[-1] + 1)):
        return None
    words = d.tgt_words
    k = next((m for m in place if words[m].lower == "não"), None)
    if k is None or any(words[m].lower != "que" for m in place if m < k):
        return None
    content = [m for m in place if m > k and sl._lexical(words[m])]
    if not 1 <= len(content) <= sl.MAX_DESCRIPTION or not sl._unbroken(place, words, d.tgt_tokens):
        return None
    if any(words[m].lower in NEGATORS for m in place if m != k):
        return None
    while words[place[-1]].lower in sl._EXPRESSION_GLUE:
        place.pop()   # a preposition that opens the next phrase ("não faz mal às crianças")
    return sl.Substitution((i,), tuple(place))
