"""SL+ inside enumerations: the items of a list rewritten item by item.

Health and law texts list terms ("febre alta, cefaleia, dor retro-orbitária, mialgia e
exantema"), and their simplifications keep the list while saying each term plainly ("febre
alta, dor de cabeça, dor atrás dos olhos, dor nos músculos e manchas vermelhas na pele"). The
lemma diff cannot place those words: a "dor" of one item matches the "dor" of another, and the
slot between two kept words then holds several items at once, too crowded to pair in order.
The list itself is the frame: when a source sentence and a target sentence of the group each
hold an enumeration (two commas or more, the last item after "e" or "ou") with the same number
of items, anchored by the same word closing the first item, the items correspond in order.
Within a pair of items, what the two do not share is the substitution ("dor retro-orbitária"
→ "dor atrás dos olhos" is "retro-orbitária" → "atrás dos olhos"). Items that hold a
conjugated verb are clauses, not terms: no list. The frequency gate (with
``description_gain``) decides, as for any slot pair.
"""
from __future__ import annotations

from analysis.diff import Token
from analysis.strategies.base import PairContext
from analysis.types import Detection

#: the conjunctions that open the last item of an enumeration
_LAST_ITEM = frozenset({"e", "ou"})
#: the longest item (words) a term list has on the source side, and on the target side, where a
#: term may be described in a few words ("manchas vermelhas na pele")
MAX_SOURCE_ITEM = 4
MAX_TARGET_ITEM = 7
#: the fewest items (the first one included) that make an enumeration: "A, B, C e D" has four;
#: "A, B e C" (one comma) is as often two phrases of a clause as a list
MIN_ITEMS = 4


def _sentence_words(words: list[Token], start: int, end: int) -> list[int]:
    return [k for k, w in enumerate(words) if w.start >= start and w.end <= end]


def enumeration(words: list[Token], text: str, idx: list[int]) -> list[list[int]] | None:
    """The items of the enumeration of one sentence (word indices ``idx``), the first one with
    whatever opens the sentence before it; None when the sentence holds no list."""
    segments: list[list[int]] = [[]]
    for n, k in enumerate(idx):
        if n and "," in text[words[idx[n - 1]].end:words[k].start]:
            segments.append([])
        segments[-1].append(k)
    if len(segments) < 3:
        return None
    last = segments[-1]
    cut = next((n for n, k in enumerate(last) if n and words[k].lower in _LAST_ITEM), None)
    if cut is None or cut == len(last) - 1:
        return None
    items = segments[:-1] + [last[:cut], last[cut + 1:]]
    return items if len(items) >= MIN_ITEMS else None


def list_item_descriptions(ctx: PairContext, frame: float, used_s: set[int], used_t: set[int]) -> list[Detection]:
    """SL+ pairs read item by item from two corresponding enumerations (module docstring)."""
    from analysis.strategies import sl
    d = ctx.diff
    ok_s, ok_t = sl._pairable_words(ctx)
    out: list[Detection] = []
    t_lists = [e for e in (enumeration(d.tgt_words, d.target_text, _sentence_words(d.tgt_words, s.start, s.end))
                           for s in ctx.target) if e is not None]
    for sent in ctx.source:
        s_items = enumeration(d.src_words, d.source_text, _sentence_words(d.src_words, sent.start, sent.end))
        if s_items is None:
            continue
        t_items = next((t for t in t_lists if _same_list(d, s_items, t)), None)
        if t_items is None:
            continue
        for s_item, t_item in zip(s_items[1:], t_items[1:], strict=True):
            s_lemmas = {d.src_words[i].lemma for i in s_item}
            t_lemmas = {d.tgt_words[j].lemma for j in t_item}
            s_rest = [i for i in s_item if sl._lexical(d.src_words[i]) and d.src_words[i].lemma not in t_lemmas]
            t_rest = [j for j in t_item if sl._lexical(d.tgt_words[j]) and d.tgt_words[j].lemma not in s_lemmas]
            if not 1 <= len(s_rest) <= sl.MAX_EXPRESSION or not 1 <= len(t_rest) <= sl.MAX_DESCRIPTION:
                continue
            src = tuple(range(s_rest[0], s_rest[-1] + 1))
            tgt = tuple(range(t_rest[0], t_rest[-1] + 1))
            if any(i in used_s for i in src) or any(j in used_t for j in tgt) \
                    or not all(ok_s(i) for i in s_rest) or not ok_t(t_rest[0]):
                continue
            det = sl._detection(ctx, sl.Substitution(src, tgt), frame)
            if det is not None:
                used_s.update(src)
                used_t.update(tgt)
                out.append(det)
    return out


def _same_list(d, s_items: list[list[int]], t_items: list[list[int]]) -> bool:
    """Two enumerations of as many items, of terms (short, no conjugated verb), whose first
    items close on the same word: the same list, item for item."""
    from analysis.strategies import sl
    if len(s_items) != len(t_items):
        return False
    if d.src_words[s_items[0][-1]].lemma != d.tgt_words[t_items[0][-1]].lemma:
        return False
    for items, words, longest in ((s_items, d.src_words, MAX_SOURCE_ITEM), (t_items, d.tgt_words, MAX_TARGET_ITEM)):
        if any(len(item) > longest or any(sl.finite_verb(words, k) for k in item) for item in items[1:]):
            return False
    return True
