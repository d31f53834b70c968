"""SL+ Simplificação lexical: a rarer word replaced by a more frequent one, frame kept.

Evidence: in a small replaced span of the diff, the rarest content word of the target side is
clearly more frequent (Zipf, wordfreq) than the rarest content word of the source side, and
most of the sentence around it is unchanged. Inflectional variants, numbers and proper nouns
are not lexical substitutions.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from analysis.diff import Token
from analysis.lexicon.connectives import find_connectives
from analysis.lexicon.frequency import familiarity, fmt_zipf
from analysis.strategies.base import PairContext
from analysis.strategies.registry import register
from analysis.types import Detection

CODE = "SL+"
MIN_GAIN = 0.6           # Zipf points: a word ~4x more frequent
MAX_SIDE = 4             # words per side of the replaced span
MIN_FRAME = 0.3          # share of words unchanged in the pair


def _candidates(words: list[Token], idx: list[int], starts: set[int]) -> list[Token]:
    """Content words at the given indices, minus proper nouns/acronyms (capitalised words
    that do not open a sentence) and words with digits."""
    out = []
    for i in idx:
        w = words[i]
        if not w.is_content or not w.text.isalpha():
            continue
        if w.text[0].isupper() and i not in starts:
            continue
        out.append(w)
    return out


def _connective_words(words: list[Token]) -> set[int]:
    idx: set[int] = set()
    for m in find_connectives([w.lower for w in words]):
        idx.update(range(m.first, m.last + 1))
    return idx


def _sentence_starts(words: list[Token], sents) -> set[int]:
    """Indices of the first word of each sentence (capitalised for grammatical reasons)."""
    out = set()
    for s in sents:
        for i, w in enumerate(words):
            if w.start >= s.start:
                out.add(i)
                break
    return out


def _variant(a: str, b: str) -> bool:
    """Same word in another inflection/derivation (lemmatiser miss), not a substitution."""
    if a[:5] == b[:5] and min(len(a), len(b)) >= 5:
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.8


#: Paraphrase-level evidence (the frame changed, so words cannot be paired by the diff): a
#: rare source word is gone and every new target word is much more common.
PARAPHRASE_MIN_REWORDING = 0.45
PARAPHRASE_MAX_SOURCE_ZIPF = 4.0     # the rarest word that disappeared must be uncommon
PARAPHRASE_MIN_GAIN = 0.8            # rarest gone word → rarest new word
PARAPHRASE_MIN_MEAN_GAIN = 0.7       # or: mean of gone words → mean of new words


@register(CODE)
def detect(ctx: PairContext) -> list[Detection]:
    if not ctx.is_pair or not ctx.diff.changed:
        return []
    d = ctx.diff
    frame = d.equal_ratio()
    if frame < MIN_FRAME:
        return _paraphrase_level(ctx)
    return _replacements(ctx, frame) or _paraphrase_level(ctx)


def _replacements(ctx: PairContext, frame: float) -> list[Detection]:
    """Word-level evidence: a small replaced span of the diff with a clear frequency gain."""
    d = ctx.diff
    s_starts = _sentence_starts(d.src_words, ctx.source)
    t_starts = _sentence_starts(d.tgt_words, ctx.target)
    s_conn, t_conn = _connective_words(d.src_words), _connective_words(d.tgt_words)
    s_moved, t_moved = d.src_moved(), d.tgt_moved()
    out: list[Detection] = []
    for op in d.ops:
        if op.tag != "replace":
            continue
        (i1, i2), (j1, j2) = op.src, op.tgt
        if i2 - i1 > MAX_SIDE or j2 - j1 > MAX_SIDE + 1:
            continue
        si = [i for i in range(i1, i2) if i not in s_conn and i not in s_moved]
        tj = [j for j in range(j1, j2) if j not in t_conn and j not in t_moved]
        sw = _candidates(d.src_words, si, s_starts)
        tw = _candidates(d.tgt_words, tj, t_starts)
        if not sw or not tw:
            continue
        zs = {id(w): familiarity(w.lower, w.lemma) for w in sw}
        zt = {id(w): familiarity(w.lower, w.lemma) for w in tw}
        rare_s = min(sw, key=lambda w: zs[id(w)])
        rare_t = min(tw, key=lambda w: zt[id(w)])
        if any(_variant(rare_s.lower, w.lower) for w in tw):
            continue
        gain = zt[id(rare_t)] - zs[id(rare_s)]
        if gain < MIN_GAIN:
            continue
        conf = min(0.95, 0.45 + 0.2 * gain) * (0.7 + 0.3 * min(1.0, frame / 0.7))
        expl = (f"«{op.source_text}» (Zipf {fmt_zipf(zs[id(rare_s)])}) → «{op.target_text}» "
                f"(Zipf {fmt_zipf(zt[id(rare_t)])}): termo mais frequente.")
        out.append(ctx.detection(
            CODE, conf, [op.source_span], [op.target_span], expl,
            {"source_word": rare_s.text, "target_word": rare_t.text,
             "source_zipf": round(zs[id(rare_s)], 2), "target_zipf": round(zt[id(rare_t)], 2),
             "gain": round(gain, 2), "frame": round(frame, 2)},
        ))
    return out


def _gone(w: Token, other: list[Token]) -> bool:
    """No word on the other side shares this word's lemma or its first five letters."""
    return not any(o.lemma == w.lemma or (len(w.lower) >= 5 and o.lower[:5] == w.lower[:5]) for o in other)


def _paraphrase_level(ctx: PairContext) -> list[Detection]:
    d = ctx.diff
    if ctx.rewording() < PARAPHRASE_MIN_REWORDING:
        return []
    s_starts = _sentence_starts(d.src_words, ctx.source)
    t_starts = _sentence_starts(d.tgt_words, ctx.target)
    sw = [w for w in _candidates(d.src_words, list(range(len(d.src_words))), s_starts) if _gone(w, d.tgt_words)]
    tw = [w for w in _candidates(d.tgt_words, list(range(len(d.tgt_words))), t_starts) if _gone(w, d.src_words)]
    if not sw or not tw:
        return []
    zs = {id(w): familiarity(w.lower, w.lemma) for w in sw}
    zt = {id(w): familiarity(w.lower, w.lemma) for w in tw}
    rare_s = min(sw, key=lambda w: zs[id(w)])
    rare_t = min(tw, key=lambda w: zt[id(w)])
    gain = zt[id(rare_t)] - zs[id(rare_s)]
    mean_gain = sum(zt.values()) / len(zt) - sum(zs.values()) / len(zs)
    if zs[id(rare_s)] > PARAPHRASE_MAX_SOURCE_ZIPF:
        return []
    if gain < PARAPHRASE_MIN_GAIN and mean_gain < PARAPHRASE_MIN_MEAN_GAIN:
        return []
    rare_words = sorted((w for w in sw if zs[id(w)] <= PARAPHRASE_MAX_SOURCE_ZIPF), key=lambda w: w.start)
    listed = ", ".join(f"«{w.text}» (Zipf {fmt_zipf(zs[id(w)])})" for w in rare_words[:3])
    expl = (f"Vocabulário mais frequente na reformulação: {listed} não aparece(m) na versão "
            f"simplificada, cujas palavras novas são mais comuns (a menos frequente é "
            f"«{rare_t.text}», Zipf {fmt_zipf(zt[id(rare_t)])}).")
    conf = min(0.7, 0.4 + 0.1 * max(gain, mean_gain))
    return [ctx.detection(
        CODE, conf, [(w.start, w.end) for w in rare_words], [(w.start, w.end) for w in tw], expl,
        {"kind": "paraphrase", "source_words": [w.text for w in rare_words],
         "source_zipf": round(zs[id(rare_s)], 2), "target_min_word": rare_t.text,
         "target_zipf": round(zt[id(rare_t)], 2), "gain": round(gain, 2),
         "mean_gain": round(mean_gain, 2)},
    )]
