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
#: how many paired groups away an unpaired sentence (an added or omitted group) may stand and
#: still be where a split-off piece went: a simplifier who breaks a long sentence into four
#: often leaves the aligner pairing one piece and the others unpaired after the next group
UNPAIRED_REACH = 3
#: an added sentence renders one source sentence nearby when that sentence holds at least this
#: share of its content words (and at least MIN_FOUND of them)
RENDERED_SHARE = 0.5


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
    # unpaired sentences of the other side a few groups away, taken together (the pieces of one
    # split often land in consecutive added groups): nothing on their own side explains them
    pool = _keys([w for n in unpaired_nearby(ctx, other) for w in _words(n, other)])
    found = [w for w in content if _has(pool, w)]
    return len(found) >= min_found and len(found) >= min_share * len(content)


def _nearby(ctx: PairContext) -> list[int]:
    """Indices of the groups around this one, out to UNPAIRED_REACH paired groups on each side;
    unpaired groups on the way do not count towards the reach (the pieces of one split often
    stand in a row of added groups)."""
    sib = ctx.siblings
    out: list[int] = []
    for step in (-1, 1):
        k, paired = ctx.index + step, 0
        while 0 <= k < len(sib) and paired < UNPAIRED_REACH:
            out.append(k)
            paired += bool(sib[k].source and sib[k].target)
            k += step
    return out


def unpaired_nearby(ctx: PairContext, other: str) -> list[PairContext]:
    """Groups near this one that have sentences only on the ``other`` side (added groups for
    "t", omitted groups for "s")."""
    sib = ctx.siblings
    return [sib[k] for k in _nearby(ctx)
            if (sib[k].target if other == "t" else sib[k].source)
            and not (sib[k].source if other == "t" else sib[k].target)]


def rendered_nearby(ctx: PairContext, content: list[Token]) -> bool:
    """Does an added target sentence render one source sentence a few groups away, a piece its
    own group's target left out ("…, produzida e estrelada por L., em cartaz até domingo…" →
    "L. produziu a peça." standing apart)? One source sentence of a group nearby
    must hold at least RENDERED_SHARE of the sentence's content words (MIN_FOUND at least), and
    at least one of them must be missing from that sentence's own group target: a summary that
    restates what the text says elsewhere repeats words its groups already render."""
    if not content or not ctx.siblings:
        return False
    for k in _nearby(ctx):
        n = ctx.siblings[k]
        if not n.source:
            continue
        own = _keys(_words(n, "t"))
        for sent in n.source:
            keys = _keys([w for w in tokenize(ctx.source_doc.text[sent.start:sent.end], offset=sent.start)
                          if w.kind != "punct"])
            found = [w for w in content if _has(keys, w)]
            if (len(found) >= max(MIN_FOUND, RENDERED_SHARE * len(content))
                    and any(not _has(own, w) for w in found)):
                return True
    return False


def said_just_before_or_after(ctx: PairContext, words: list[Token]) -> bool:
    """Are most of these target words (new to their own group's source) in the source sentence
    of the group just before or just after? A simplified sentence that names again what the
    original left to the context ("Juntas, têm…" → "As indústrias do Estado juntas têm…") or
    pulls in a clause from the sentence beside it adds no information, whatever that
    neighbour's own target repeats."""
    if not words or not ctx.siblings:
        return False
    for n in _neighbours(ctx, "s"):
        there = _keys(_words(n, "s"))
        found = [w for w in words if _has(there, w)]
        if len(found) >= MIN_FOUND and len(found) >= RENDERED_SHARE * len(words):
            return True
    return False
