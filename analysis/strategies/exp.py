"""EXP+ Explicação: a gloss, definition or paraphrase added in the target for a term that is
present on both sides.

Evidence, from strongest to weakest: parentheses right after the term; an explicit gloss
marker (*ou seja, isto é, quer dizer, ou melhor, que significa, chamado, conhecido como...*);
an apposition between commas/dashes starting with a determiner; a relative clause
(*que ...*) set off by commas right after the term. The inserted material must be an
insertion in the diff, and the word before it must be unchanged (the term exists on both
sides).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from analysis.diff import unmoved_runs
from analysis.lexicon.frequency import familiarity
from analysis.strategies.base import PairContext
from analysis.strategies.dl import finite_verb
from analysis.strategies.registry import register
from analysis.types import Detection, msg

CODE = "EXP+"

#: Gloss markers (lowercase word sequences) that announce an explanation.
GLOSS_MARKERS: tuple[tuple[str, ...], ...] = tuple(tuple(m.split()) for m in (
    "ou seja", "isto é", "quer dizer", "ou melhor", "ou ainda", "a saber", "que significa",
    "que quer dizer", "o que significa", "o que quer dizer", "que consiste em", "que são",
    "que é", "que era", "que eram", "chamado", "chamada", "chamados", "chamadas",
    "conhecido como", "conhecida como", "conhecidos como", "conhecidas como",
    "também conhecido", "também conhecida", "também chamado", "também chamada",
    "denominado", "denominada", "um tipo de", "uma espécie de", "uma forma de",
    "ou", "significa", "que significam",
))
#: A bare-noun apposition counts as a gloss only after an uncommon term (Zipf below this):
#: after a common word it is usually new information about the referent.
APPOSITION_MAX_TERM_ZIPF = 4.0
_DETERMINERS = frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas"})
_OPENERS = ("(", "[", ",", "—", "–", "-", ":")


@dataclass(frozen=True)
class Gloss:
    kind: str            # parentheses | marker | apposition | relative
    marker: str
    term_index: int      # target word index of the glossed term
    confidence: float


def _starts_with(words: list[str], seq: tuple[str, ...]) -> bool:
    return tuple(words[:len(seq)]) == seq


def gloss_for_insertion(ctx: PairContext, j1: int, j2: int) -> Gloss | None:
    """Is target word range [j1, j2) a gloss attached to an unchanged term? (shared with IN+)"""
    tw = ctx.tgt_words
    if j1 == 0 or j2 <= j1:
        return None
    term = j1 - 1
    if not _tgt_equal(ctx, term) or tw[term].kind != "word":
        return None
    text = ctx.target_doc.text
    glue = text[tw[term].end:tw[j1].start]
    after = text[tw[j2 - 1].end:tw[j2].start] if j2 < len(tw) else text[tw[j2 - 1].end:tw[j2 - 1].end + 3]
    words = [w.lower for w in tw[j1:j2]]
    g = glue.strip()
    if "(" in g or "[" in g:
        if all(_is_acronym(w.text) for w in tw[j1:j2]):
            return None   # "Grupo Varig (TGV)": an abbreviation after a name labels it, it
            # explains nothing (the guide: not EXP+)
        if ")" in after or "]" in after:
            return Gloss("parentheses", "( )", term, 0.9)
        return None
    for m in GLOSS_MARKERS:
        if _starts_with(words, m) and len(words) > len(m):  # the marker alone explains nothing
            if m in {("ou",), ("significa",)} and not g:
                continue  # bare "ou X" inside a clause is an alternative, not a gloss
            if m in {("que", "é"), ("que", "são"), ("que", "era"), ("que", "eram")} and not g:
                continue  # restrictive relative without comma: usually new content
            if m in {("que", "é"), ("que", "são")} and _restates_a_dropped_modifier(ctx, term, words):
                return None   # "o aplicativo gratuito" → "o aplicativo, que é de graça"
            return Gloss("marker", " ".join(m), term, 0.85)
    if g and g[0] in _OPENERS and g[0] != "(":
        if finite_verb(tw[j1]):
            return None   # a clause, not a noun phrase: "-- bradou" → "-- gritou" is the speaker's
            # verb after a quotation, and ", explicou" a reporting clause, no apposition
        closed = bool(after.strip()) and after.strip()[0] in ",—–-.;:)"
        if _main_clause(tw[j1:j2]):
            return None   # "No primeiro mês, as pessoas não vão pagar": the sentence's own
            # clause after a fronted phrase, no noun phrase set beside the term
        if words and words[0] in _DETERMINERS and closed and len(words) <= 12:
            return Gloss("apposition", g[0], term, 0.65)
        # a named entity or acronym explained by a bare noun phrase: "o Ibama, órgão que..."
        term_text = tw[term].text
        if closed and term_text[:1].isupper() and term > 0 and words and words[0] != "que" and len(words) <= 12:
            return Gloss("apposition", g[0], term, 0.6)
        if words and words[0] == "que" and closed and len(words) <= 14:
            if _restates_a_dropped_modifier(ctx, term, words):
                return None   # "o aplicativo gratuito" → "o aplicativo, que é de graça"
            if _plural_verb_after_singular(tw[term], tw[j1 + 1:j2]):
                return None   # "da água, do vento e do gelo, que levam …": the list's relative
            return Gloss("relative", "que", term, 0.55)
        # a bare noun phrase in apposition to an uncommon term: "um anticoagulante, remédio
        # que afina o sangue, ..."
        if (closed and words and words[0] != "que" and len(words) <= 12 and tw[j1].is_content
                and familiarity(tw[term].lower, tw[term].lemma) < APPOSITION_MAX_TERM_ZIPF):
            return Gloss("apposition", g[0], term, 0.6)
    return None


#: third-person singular verb forms with a plural's ending ("tem", "vem"; "contém" ends in "ém")
_SINGULAR_IN_M = frozenset({"tem", "vem"})


def _plural_verb_after_singular(term, clause) -> bool:
    """Does the relative's verb ("que levam") disagree in number with the singular term before
    it ("gelo")? Then the relative says something of a plural antecedent, the whole list the
    term closes ("da água, do vento e do gelo, que levam pedaços de terra"), and explains
    nothing about the term itself."""
    verb = next((w for w in clause[:3] if finite_verb(w)), None)
    if verb is None or term.lower.endswith("s") or verb.lower in _SINGULAR_IN_M:
        return False
    return verb.lower.endswith(("am", "em", "ão")) and not verb.lower.endswith("ém")


def _restates_a_dropped_modifier(ctx: PairContext, term: int, words: list[str]) -> bool:
    """A short "que é/são …" after a term whose source word had an adjective right after it
    that the target dropped ("baixar o aplicativo gratuito" → "baixar o aplicativo, que é de
    graça"): the relative says the source's own modifier again, in plainer words (SL+'s
    business), it explains nothing new about the term."""
    i = _src_index_for_tgt(ctx, term)
    sw = ctx.diff.src_words
    if i is None or i + 1 >= len(sw) or len(words) > 5 or words[1:2] not in (["é"], ["são"]):
        return False
    after = sw[i + 1]
    gap = ctx.source_doc.text[sw[i].end:after.start]
    t_lemmas = {w.lemma for w in ctx.diff.tgt_words}
    return gap == " " and after.is_content and after.lemma not in t_lemmas and not after.text[:1].isupper()


def _main_clause(words) -> bool:
    """A conjugated verb no relative word introduces: the words make a clause of their own,
    not a noun phrase (an apposition's verbs sit in its relative clause: "órgão que fiscaliza")."""
    for k, w in enumerate(words):
        if w.lower in ("que", "onde", "cujo", "cuja", "cujos", "cujas", "quem", "quando"):
            return False
        if k > 0 and finite_verb(w):
            return True
    return False


#: openers that set a gloss off from its term on their own: brackets and dashes (a comma can
#: also open a new clause or a list item)
_STRONG_OPENERS = ("(", "[", "—", "–", "-")


def _replaced_after_term(ctx: PairContext) -> list[tuple[int, int]]:
    """Target sides of the diff's replace ops that directly follow an unchanged word: where a
    simplifier moved a clause away and glossed the term left in its place ("… e cooperativas de
    catadores, com vistas à …" → "… e cooperativas de catadores — grupos de trabalhadores que
    …"), the gloss is a replacement in the diff, not an insertion."""
    moved = ctx.diff.tgt_moved()
    ops = ctx.diff.ops
    return [run for k, op in enumerate(ops) if op.tag == "replace" and k > 0 and ops[k - 1].tag == "equal"
            for run in unmoved_runs(op.tgt[0], op.tgt[1], moved)[:1] if run[0] == op.tgt[0]]


def _is_acronym(text: str) -> bool:
    return len(text) >= 2 and text.isupper()


def _set_off(ctx: PairContext, g: Gloss, j1: int) -> bool:
    """Is the gloss announced by a bracket, a dash or a gloss marker (not only by a comma), after
    a term with content (not "o chamado X" after an article)? Only such a gloss is trusted when
    it replaces source words rather than being inserted."""
    term = ctx.tgt_words[g.term_index]
    if not (term.is_content or _is_acronym(term.text)):
        return False
    if g.kind in ("parentheses", "marker"):
        return True
    tw = ctx.tgt_words
    glue = ctx.target_doc.text[tw[j1 - 1].end:tw[j1].start].strip()
    return bool(glue) and glue[0] in _STRONG_OPENERS


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def _says_something_new(ctx: PairContext, j1: int, j2: int) -> bool:
    """Does the replacing gloss carry a content word the source group does not have, spelling
    aside? "(Ovni)" → "(óvni)" is the same bracket respelled, not an explanation."""
    src = {_fold(w.text) for w in ctx.src_words}
    return any(w.is_content and _fold(w.text) not in src for w in ctx.tgt_words[j1:j2])


def _tgt_equal(ctx: PairContext, j: int) -> bool:
    for op in ctx.diff.ops:
        if op.tag == "equal" and op.tgt[0] <= j < op.tgt[1]:
            return True
    return False


def _src_index_for_tgt(ctx: PairContext, j: int) -> int | None:
    for op in ctx.diff.ops:
        if op.tag == "equal" and op.tgt[0] <= j < op.tgt[1]:
            return op.src[0] + (j - op.tgt[0])
    return None


def inserted_runs(ctx: PairContext) -> list[tuple[int, int]]:
    """Target word ranges that are pure insertions (moved words excluded)."""
    moved = ctx.diff.tgt_moved()
    return [run for op in ctx.diff.ops if op.tag == "insert"
            for run in unmoved_runs(op.tgt[0], op.tgt[1], moved)]


def glosses(ctx: PairContext) -> list[tuple[int, int, Gloss]]:
    """The target word ranges [j1, j2) that gloss a term kept from the source, each with its
    ``Gloss``: inserted after the term, or put in place of source words after it when set off
    by a bracket, a dash or a marker and saying something new. SL+ uses them too: a word of a
    gloss explains its term, it replaced none of the words the gloss stands in place of
    ("hipertensão arterial sistêmica" → "hipertensão (pressão alta)" is no "arterial" →
    "pressão"). Worked out once per group (``PairContext.memo``)."""
    return ctx.memo("exp.glosses", lambda: _find_glosses(ctx))


def _find_glosses(ctx: PairContext) -> list[tuple[int, int, Gloss]]:
    candidates = [(j1, j2, False) for j1, j2 in inserted_runs(ctx)]
    candidates += [(j1, j2, True) for j1, j2 in _replaced_after_term(ctx)]
    out = []
    for j1, j2, replacing in candidates:
        g = gloss_for_insertion(ctx, j1, j2)
        if g is None or (replacing and not (_set_off(ctx, g, j1) and _says_something_new(ctx, j1, j2))):
            continue
        out.append((j1, j2, g))
    return out


@register(CODE)
def detect(ctx: PairContext) -> list[Detection]:
    if not ctx.is_pair:
        return []
    out: list[Detection] = []
    for j1, j2, g in glosses(ctx):
        if g.kind == "marker" and not _says_something_new(ctx, j1 + len(g.marker.split()), j2):
            continue   # "células especializadas, os neurônios" → "células chamadas neurônios":
            # the marker names again what the source named, it explains nothing (its words
            # are still no one's substitute: SL+ leaves a gloss's words alone)
        tw = ctx.tgt_words
        term_tok = tw[g.term_index]
        si = _src_index_for_tgt(ctx, g.term_index)
        src_tok = ctx.src_words[si] if si is not None else None
        z = familiarity(term_tok.lower, term_tok.lemma)
        conf = g.confidence + (0.05 if z < 4.0 else 0.0)
        gloss_span = ctx.diff.tgt_span(j1, j2)
        gloss_text = ctx.target_doc.text[gloss_span[0]:gloss_span[1]]
        how = msg(f"exp.how.{g.kind}", marker=g.marker or "")
        expl = msg("exp.gloss", term=term_tok.text, zipf=round(z, 1), how=how, gloss=gloss_text)
        out.append(ctx.detection(
            CODE, conf,
            [(src_tok.start, src_tok.end)] if src_tok else ctx.source_spans,
            [(term_tok.start, term_tok.end), gloss_span],
            expl,
            {"term": term_tok.text, "gloss": gloss_text, "kind": g.kind, "marker": g.marker,
             "term_zipf": round(z, 2)},
        ))
    return out
