"""SL+ inside enumerations: the items of a list rewritten item by item.

Health and law texts list terms ("febre alta, cefaleia, dor retro-orbitária, mialgia e
exantema"), and their simplifications keep the list while saying each term plainly ("febre
alta, dor de cabeça, dor atrás dos olhos, dor nos músculos e manchas vermelhas na pele"), or
turn it into bullets after a lead-in ("… destina-se a idosos com 60 anos ou mais, gestantes,
…" → "… é principalmente para: - idosos com 60 anos ou mais; - grávidas; …"). The lemma diff
cannot place those words: a "dor" of one item matches the "dor" of another, and the slot
between two kept words then holds several items at once, too crowded to pair in order.

The list itself is the frame. An enumeration is a sentence with two commas or more whose last
item follows "e" or "ou", or a lead-in ending in ":" followed by bullet items; its first item
carries whatever opens the sentence (or the lead-in). When a source and a target enumeration of
the group have as many items, the first ones closing on the same word (or the last ones the
same words, the first item starting after the last word the openings share), and at least half of
their items are terms (short, no conjugated verb outside a relative clause), the items
correspond in order. Within a pair of terms, what the two do not share is the substitution
("dor retro-orbitária" → "dor atrás dos olhos" is "retro-orbitária" → "atrás dos olhos"). The
frequency gate (with ``description_gain``) decides, as for any slot pair.

Lists of clauses ("pagar … os encargos; utilizar o imóvel …" → "- pagar …; - usar o imóvel …")
are no term lists, but where a slot of the diff crosses from one item to the next on both sides,
the items still give its places (``list_item_slots``).
"""
from __future__ import annotations

from analysis.align_leftovers import BULLET
from analysis.diff import Token
from analysis.strategies.base import PairContext
from analysis.types import Detection, Sentence

#: the conjunctions that open the last item of an enumeration
_LAST_ITEM = frozenset({"e", "ou"})
#: the longest item (words) a term has on the source side, and on the target side, where a
#: term may be described in a few words ("manchas vermelhas na pele")
MAX_SOURCE_ITEM = 4
MAX_TARGET_ITEM = 7
#: the fewest items (the first one included) that make an enumeration: "A, B, C e D" has four;
#: "A, B e C" (one comma) is as often two phrases of a clause as a list
MIN_ITEMS = 4


def _sentence_words(words: list[Token], s: Sentence) -> list[int]:
    return [k for k, w in enumerate(words) if w.start >= s.start and w.end <= s.end]


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


def bullet_list(words: list[Token], sentences: list[Sentence]) -> list[list[int]] | None:
    """The items of a lead-in ending in ":" and the bullet items right after it (the lead-in's
    words open the first item); None when the sentences hold no such list."""
    for n, s in enumerate(sentences):
        if BULLET.match(s.text) or not s.text.rstrip().endswith(":"):
            continue
        run = []
        for item in sentences[n + 1:]:
            if not BULLET.match(item.text):
                break
            run.append(_sentence_words(words, item))
        if len(run) + 1 >= MIN_ITEMS and all(run):
            return [_sentence_words(words, s) + run[0], *run[1:]]
    return None


def _enumerations(words: list[Token], text: str, sentences: list[Sentence]) -> list[list[list[int]]]:
    found = [e for e in (enumeration(words, text, _sentence_words(words, s)) for s in sentences) if e is not None]
    bullets = bullet_list(words, sentences)
    return found + ([bullets] if bullets is not None else [])


def list_item_descriptions(ctx: PairContext, frame: float, used_s: set[int], used_t: set[int]) -> list[Detection]:
    """SL+ pairs read item by item from two corresponding enumerations (module docstring)."""
    from analysis.strategies import sl
    d = ctx.diff
    ok_s, ok_t = sl._pairable_words(ctx)
    out: list[Detection] = []
    t_lists = _enumerations(d.tgt_words, d.target_text, ctx.target)
    for s_items in _enumerations(d.src_words, d.source_text, ctx.source):
        pair = next((p for p in (_same_list(d, s_items, t) for t in t_lists) if p is not None), None)
        if pair is None:
            continue
        s_items, t_items = pair
        for s_item, t_item in zip(s_items[1:], t_items[1:], strict=True):
            if not _term(d.src_words, s_item, MAX_SOURCE_ITEM) or not _term(d.tgt_words, t_item, MAX_TARGET_ITEM):
                continue
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
            det = sl._detection(ctx, sl.Substitution(src, tgt), frame, in_list=True)
            if det is not None:
                used_s.update(src)
                used_t.update(tgt)
                out.append(det)
    return out


def _term(words: list[Token], item: list[int], longest: int) -> bool:
    """A short item with no conjugated verb of its own (one inside a relative clause describes
    the term: "mulheres que tiveram bebê"): a term, not a clause."""
    from analysis.strategies import sl
    if len(item) > longest:
        return False
    relative = next((n for n, k in enumerate(item) if words[k].lower == "que"), len(item))
    return not any(sl.finite_verb(words, k) for k in item[:relative])


def _same_list(d, s_items: list[list[int]], t_items: list[list[int]]) -> tuple[list, list] | None:
    """Two enumerations of as many items, at least half of the items after the first terms on
    each side, anchored at one end: the first items close on the same word (the items then pair
    from the second on), or the last items are the same words, and the first item starts after
    the last word the two openings share ("… como cefaleia, …, cólicas menstruais" → "… como dor
    de cabeça, …, cólicas menstruais": the first items pair too). Returns the two lists with the
    opening words alone first; None when they are not the same list."""
    if len(s_items) != len(t_items):
        return None
    sw, tw = d.src_words, d.tgt_words
    for items, words, longest in ((s_items, sw, MAX_SOURCE_ITEM), (t_items, tw, MAX_TARGET_ITEM)):
        if 2 * sum(_term(words, item, longest) for item in items[1:]) < len(items) - 1:
            return None
    if sw[s_items[0][-1]].lemma == tw[t_items[0][-1]].lemma:
        return s_items, t_items
    if [sw[k].lemma for k in s_items[-1]] != [tw[k].lemma for k in t_items[-1]]:
        return None
    s_head, t_head = s_items[0], t_items[0]
    t_lemmas = [tw[k].lemma for k in t_head]
    cut = next((n for n in range(len(s_head) - 2, -1, -1) if sw[s_head[n]].lemma in t_lemmas), None)
    if cut is None:
        return None
    t_cut = len(t_lemmas) - 1 - t_lemmas[::-1].index(sw[s_head[cut]].lemma)
    if t_cut == len(t_head) - 1:
        return None
    return ([s_head[:cut + 1], s_head[cut + 1:], *s_items[1:]],
            [t_head[:t_cut + 1], t_head[t_cut + 1:], *t_items[1:]])


#: what separates the items of a list inside a sentence (";") or as lines of their own
_ITEM_BREAKS = (";", "\n")


def list_item_slots(d, slot) -> list:
    """The slot cut where it crosses from one list item to the next on both sides (a ";" in the
    sentence, or a new line: "pagar … os encargos; utilizar o imóvel" → "- pagar … em dia;\n-
    usar o imóvel"), in as many parts on each side: the items correspond in order, so each part
    is a place of its own where one word may face one word (``segment_slots`` keeps only a word
    against an expression). Empty otherwise."""
    from analysis.strategies.sl import Slot

    def cut(idx: tuple[int, ...], words, text: str) -> list[tuple[int, ...]] | None:
        parts: list[list[int]] = [[idx[0]]]
        for a, b in zip(idx, idx[1:], strict=False):
            gap = text[words[a].end:words[b].start]
            if any(mark in gap for mark in _ITEM_BREAKS):
                parts.append([])
            elif any(ch in gap for ch in ".!?:"):
                return None   # another kind of break: no list
            parts[-1].append(b)
        return [tuple(p) for p in parts]
    if len(slot.src) < 2 or len(slot.tgt) < 2:
        return []
    s_parts = cut(slot.src, d.src_words, d.source_text)
    t_parts = cut(slot.tgt, d.tgt_words, d.target_text)
    if s_parts is None or t_parts is None or len(s_parts) != len(t_parts) or len(s_parts) < 2:
        return []
    return [Slot(a, b, slot.s_place, slot.t_place) for a, b in zip(s_parts, t_parts, strict=True)]
