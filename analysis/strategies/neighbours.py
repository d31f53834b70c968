"""Material that an aligner cut into the neighbouring group (shared by IN+ and OM+).

Why: in a merge or a split the aligner sometimes draws the group boundary one sentence off
("…", diz X. → X diz: "…" lands in the group before). A clause that is missing from its own
group's target but whose words stand in the target of the group next to it (and are not
explained by that group's own source) moved there: it is neither omitted nor inserted.
"""
from __future__ import annotations

from analysis.diff import Token, tokenize
from analysis.strategies.base import PairContext

#: how many of a clause's new content words (those its own group does not explain) must be
#: found next door, and which share of them (moved material is often condensed or reworded)
MIN_FOUND = 2
MIN_FOUND_SHARE = 0.4
#: a whole unpaired sentence needs more words found
SENTENCE_MIN_FOUND = 3
SENTENCE_MIN_FOUND_SHARE = 0.4


def _words(ctx: PairContext, side: str) -> list[Token]:
    doc = ctx.source_doc if side == "s" else ctx.target_doc
    sents = ctx.source if side == "s" else ctx.target
    return [w for s in sents for w in tokenize(doc.text[s.start:s.end], offset=s.start) if w.kind != "punct"]


def _keys(words: list[Token]) -> set[str]:
    return {w.lemma for w in words} | {w.lower[:5] for w in words if len(w.lower) >= 5}


def _has(keys: set[str], w: Token) -> bool:
    return w.lemma in keys or (len(w.lower) >= 5 and w.lower[:5] in keys)


def _neighbours(ctx: PairContext, other: str) -> list[PairContext]:
    """The closest group before and after this one, in alignment order, that has sentences
    on the ``other`` side (an omitted source sentence next to an added target one counts)."""
    out: list[PairContext] = []
    sib = ctx.siblings
    for step in (-1, 1):
        k = ctx.index + step
        while 0 <= k < len(sib) and not (sib[k].source if other == "s" else sib[k].target):
            k += step
        if 0 <= k < len(sib):
            out.append(sib[k])
    return out


def found_next_door(ctx: PairContext, content: list[Token], side: str,
                    min_found: int = MIN_FOUND, min_share: float = MIN_FOUND_SHARE) -> bool:
    """Are these content words of one side (``side`` "s": a source run that looks omitted;
    "t": a target run that looks inserted), which their own group does not account for, on
    the other side of a neighbouring group, where that group's own side does not account for
    them either?"""
    if not content or not ctx.siblings:
        return False
    other = "t" if side == "s" else "s"
    for n in _neighbours(ctx, other):
        there, own = _keys(_words(n, other)), _keys(_words(n, side))
        found = [w for w in content if _has(there, w) and not _has(own, w)]
        if len(found) >= min_found and len(found) >= min_share * len(content):
            return True
    return False
