"""Linking what the monotone path left out: pieces of splits and merges, restated ideas.

Why a module of its own: the path aligns by similarity of whole sentences; a short piece of a
split or a third sentence merged into one scores low against the whole, so it needs a second,
word-level look at what each linked sentence leaves unexplained (see ``link_leftovers``).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from analysis.diff import tokenize
from analysis.lexicon.connectives import find_connectives, relation_family
from analysis.similarity import model_similarity
from analysis.types import Document

if TYPE_CHECKING:  # a type only: align imports this module
    from analysis.align import AlignParams
    from models.encoder import Encoder


def _content_lemmas(text: str) -> Counter:
    return Counter(t.lemma for t in tokenize(text) if t.is_content or t.kind == "num")


#: a sentence that is a list item: a bullet, a number or a letter marks its start
BULLET = re.compile(r"^\s*(?:[-–—•*▪◦]|\d{1,2}[.)]|[a-z][)])\s")


def same_block(doc: Document, j: int, k: int) -> bool:
    """Sentences j and k continue one another: the same paragraph, or items of one list.
    (An added summary lead stands in a paragraph of its own, a split piece does not.)"""
    a, b = doc.sentences[j], doc.sentences[k]
    return a.paragraph == b.paragraph or bool(BULLET.match(a.text)) or bool(BULLET.match(b.text))


def link_leftovers(links: dict[int, set[int]], source: Document, target: Document,
                   params: AlignParams) -> None:
    """Give an unlinked sentence to the linked sentence whose *unexplained* content holds it.

    Why: the similarity of a short piece of a split ("Ele nasce em água parada.") or of a
    third sentence merged into one ("..., onde idosos têm prioridade") against the whole long
    sentence is low, so the path leaves it unlinked and the detectors would call it inserted or
    omitted. What a linked sentence says beyond its own group's other side is exactly where
    such a piece must come from. Lemmas, not n-grams: the evidence must be the same words.
    """
    n, m = len(source.sentences), len(target.sentences)
    s_lem = [_content_lemmas(x.text) for x in source.sentences]
    t_lem = [_content_lemmas(x.text) for x in target.sentences]
    by_source: dict[int, set[int]] = {}
    for j, srcs in links.items():
        for i in srcs:
            by_source.setdefault(i, set()).add(j)

    def leftover(own, others):
        rest = own.copy()
        for o in others:
            rest -= o
        return rest

    def held(piece, rest) -> float:
        """Share of ``piece`` found in ``rest``; 0 when too little to be evidence."""
        total = sum(piece.values())
        shared = sum((piece & rest).values())
        share = shared / total if total else 0.0
        if shared >= params.leftover_min_lemmas and share >= params.leftover_min:
            return share
        return share if shared >= 2 and share >= params.leftover_min_short else 0.0

    def strongly_held(piece, rest) -> bool:
        shared = sum((piece & rest).values())
        return (shared >= params.leftover_min_lemmas
                and shared / max(sum(piece.values()), 1) >= params.leftover_min)

    # unlinked targets: pieces of a split, restatements
    for j in range(m):
        if links.get(j) or not t_lem[j]:
            continue
        best = None
        for i in range(n):
            # an unlinked source (the idea restated elsewhere), or the source of a neighbour
            # (the next piece of its split): an added summary lead reuses linked sources' words.
            # A piece moved a little further (a relative clause made a sentence two places
            # on) must be held by what its source's targets left unsaid, and strongly.
            near = False
            if by_source.get(i) and not any(same_block(target, j, k) for k in by_source[i] & {j - 1, j + 1}):
                if not any(abs(j - k) <= params.leftover_moved_window and same_block(target, j, k)
                           for k in by_source[i]):
                    continue
                near = True
            rest = leftover(s_lem[i], [t_lem[k] for k in by_source.get(i, ())])
            share = held(t_lem[j], rest)
            if near and not strongly_held(t_lem[j], rest):
                continue
            if share and (best is None or share > best[0]):
                best = (share, i)
        if best is not None:
            links[j] = {best[1]}
            by_source.setdefault(best[1], set()).add(j)
    # unlinked sources: a sentence merged into a target of another group
    for i in range(n):
        if by_source.get(i) or not s_lem[i]:
            continue
        best = None
        for j in range(m):
            if not links.get(j) or not links[j] & {i - 1, i + 1}:
                continue   # merged into the target of a neighbouring source only
            rest = leftover(t_lem[j], [s_lem[k] for k in links[j]])
            share = held(s_lem[i], rest)
            if share and (best is None or share > best[0]):
                best = (share, j)
        if best is not None:
            links[best[1]].add(i)
            by_source.setdefault(i, set()).add(best[1])


def link_lead_ins(links: dict[int, set[int]], source: Document, target: Document) -> None:
    """An unlinked sentence ending in a colon belongs with what it introduces.

    Why: a lead-in ("Os moradores devem:") exists to introduce the list or sentence right after
    it, so it renders the same source as that list even when it shares no word with it (the
    simplifier often reworded the frame: "São deveres dos munícipes: I - ..." → "Os moradores
    devem:" plus bullets). Left alone it would be an added sentence (IN+), or on the source side
    an omitted one (OM+). Only when the next sentence is linked and continues it (same paragraph
    or a list item): a colon ending a paragraph of its own before unrelated text is left alone.
    """
    by_source: dict[int, set[int]] = {}
    for j, srcs in links.items():
        for i in srcs:
            by_source.setdefault(i, set()).add(j)
    for j in range(len(target.sentences) - 1, -1, -1):    # from the end: lead-ins can nest
        if links.get(j) or not target.sentences[j].text.rstrip().endswith(":"):
            continue
        nxt = j + 1
        if nxt < len(target.sentences) and links.get(nxt) and same_block(target, j, nxt):
            links[j] = set(links[nxt])
    for i in range(len(source.sentences) - 1, -1, -1):
        if by_source.get(i) or not source.sentences[i].text.rstrip().endswith(":"):
            continue
        nxt = i + 1
        if nxt < len(source.sentences) and by_source.get(nxt) and same_block(source, i, nxt):
            for j in by_source[nxt]:
                links[j].add(i)
            by_source[i] = set(by_source[nxt])


def _opening_relation(text: str) -> str | None:
    """The relation of the unambiguous connective that opens a sentence ("Contudo, ...",
    "Mas ..."), None when it opens with none."""
    words = [t.lower for t in tokenize(text) if t.kind != "punct"][:6]
    found = find_connectives(words)
    if not found or found[0].first != 0 or found[0].connective.ambiguous:
        return None
    return found[0].connective.relation


def link_connective_lead_ins(links: dict[int, set[int]], source: Document, target: Document) -> None:
    """An unlinked sentence that opens with the connective of the next sentence's source
    belongs to that source: the simplifier put the connective, with a few words, before the
    rest ("Contudo, iniciativas ... demonstram que é possível reverter esse quadro" → "Mas dá
    para mudar isso. Clubes de leitura ... mostram ...").

    Why: the short lead sentence shares no content word with the source (it restates the
    point in other words), so it reads as an insertion, and the source's connective as
    dropped. Only when the next target sentence is linked, in the same paragraph, its source
    opens with a connective of the same relation, and the next sentence opens with none.
    """
    for j in range(len(target.sentences) - 1):
        nxt = j + 1
        if links.get(j) or not links.get(nxt) or not same_block(target, j, nxt) \
                or target.sentences[j].is_heading:
            continue
        relation = _opening_relation(target.sentences[j].text)
        if relation is None or _opening_relation(target.sentences[nxt].text) is not None:
            continue
        first = min(links[nxt])
        if _opening_relation(source.sentences[first].text) == relation:
            links[j] = set(links[nxt])


def link_connective_edges(links: dict[int, set[int]], source: Document, target: Document) -> None:
    """The last piece of a split that opens with a connective of the relation the next source
    sentence opens with goes to that source, when its own source marks no relation of that
    family: "O uso indiscriminado de antibióticos contribui para o surgimento de bactérias
    resistentes … Por esse motivo, esses medicamentos só devem ser utilizados com prescrição
    médica e pelo tempo indicado" → "… Os remédios que existem não conseguem matar essas
    bactérias. Por isso, só tome antibiótico se o médico receitar. Tome pelo tempo que o médico
    mandou."

    Why: the piece shares a word with the sentence before (the antibiotic) and is said in other
    words, so the path gives it to the split before it; its "Por isso" says the "Por esse
    motivo" that opens the next source, whose other piece follows it in the same paragraph.
    The mirror of :func:`link_connective_lead_ins` for a piece already linked; the next target
    sentence opens with no connective of its own.
    """
    n = len(source.sentences)
    for j in range(1, len(target.sentences) - 1):
        own = links.get(j)
        if not own or len(own) != 1 or links.get(j - 1) != own or not same_block(target, j, j + 1):
            continue
        i = next(iter(own))
        if i + 1 >= n or links.get(j + 1) != {i + 1}:
            continue
        relation = _opening_relation(target.sentences[j].text)
        if relation is None or _opening_relation(target.sentences[j + 1].text) is not None \
                or _opening_relation(source.sentences[i + 1].text) != relation:
            continue
        words = [t.lower for t in tokenize(source.sentences[i].text) if t.kind != "punct"]
        if any(relation_family(m.connective.relation) == relation_family(relation)
               for m in find_connectives(words)):
            continue   # its own source has a link of that kind the piece may say ("porque" → "Com isso")
        if _repeats_its_own_source(target.sentences[j].text, source.sentences[i].text,
                                   source.sentences[i + 1].text):
            continue
        links[j] = {i + 1}


def link_connective_tails(links: dict[int, set[int]], source: Document, target: Document) -> None:
    """An unlinked sentence that opens with a connective its previous sentence's source uses
    inside, before a clause the previous sentence does not say, is that clause split off:
    "Um taxista chegou a sacar um facão, mas titubeou." → "Um taxista chegou a sacar uma faca.
    Mas ficou indeciso."

    Why: the piece is short and said in other words ("titubeou" → "ficou indeciso"), so no
    content word links it and it reads as added. Only when the previous target sentence is
    linked to one source sentence, in the same paragraph, that source holds the connective's
    relation after its first words (not as its opening, which the sentence before would
    answer), and its words after the connective are mostly unsaid by the previous target.
    """
    for j in range(1, len(target.sentences)):
        own = links.get(j - 1)
        if links.get(j) or not own or len(own) != 1 or not same_block(target, j - 1, j) \
                or target.sentences[j].is_heading:
            continue
        relation = _opening_relation(target.sentences[j].text)
        if relation is None:
            continue
        i = next(iter(own))
        words = [t for t in tokenize(source.sentences[i].text) if t.kind != "punct"]
        inside = [m for m in find_connectives([t.lower for t in words])
                  if m.first > 0 and m.connective.relation == relation]
        if len(inside) != 1:
            continue
        tail = " ".join(t.text for t in words[inside[0].last + 1:])
        if unexplained_clauses(tail, _content_lemmas(target.sentences[j - 1].text)) or \
                not _content_lemmas(tail) & _content_lemmas(target.sentences[j - 1].text):
            links[j] = {i}


def _numbers(text: str) -> set[str]:
    return {t.lower for t in tokenize(text) if t.kind == "num"}


def link_number_edges(links: dict[int, set[int]], source: Document, target: Document) -> None:
    """A sentence at the seam of two neighbouring splits goes to the source sentence whose
    numbers it repeats: "O outro animal também foi atacado, mas conseguiu fugir com mais de 70
    ferroadas. Dutra não foi atingido e Urias recebeu algumas picadas …" → "… Mas ele conseguiu
    fugir. Ele recebeu mais de 70 picadas. Dutra não foi atingido. Urias recebeu algumas
    picadas …".

    Why: a piece of a split said in other words ("ferroadas" → "picadas") shares its common
    words ("recebeu", "picadas") with the next source, and the path gives it there; a number is
    said the same way on both sides and is the sharper evidence. Only when every number of the
    piece is in the one source and none in the other, and the source it leaves keeps another
    sentence.
    """
    for j, own in list(links.items()):
        if len(own) != 1:
            continue
        i = next(iter(own))
        nums = _numbers(target.sentences[j].text)
        if not nums:
            continue
        for step in (-1, 1):
            k, other = j + step, i + step
            if not 0 <= k < len(target.sentences) or not 0 <= other < len(source.sentences) \
                    or links.get(k) != {other} or not same_block(target, j, k):
                continue
            if not nums <= _numbers(source.sentences[other].text) or nums & _numbers(source.sentences[i].text):
                continue
            if not any(links.get(x) == own for x in (j - 1, j + 1) if x != k):
                continue   # the piece is its source's only sentence here
            links[j] = {other}
            break


def _repeats_its_own_source(piece: str, own: str, following: str) -> bool:
    """The piece says again two or more words of its own source and none of the next one:
    its connective made explicit a link inside its own sentence ("Muitas famílias dependem da
    renda obtida pelos filhos, que acabam abandonando a escola." → "… Por isso, essas crianças
    acabam saindo da escola."), not the next sentence's opening one. A piece that says a word
    of the next one too ("Por isso, só tome antibiótico se o médico receitar" of "Por esse
    motivo, … só devem ser usados com prescrição médica") may restate it in other words, and
    goes to it."""
    words = _content_lemmas(piece)
    mine = sum((words & _content_lemmas(own)).values())
    return mine >= 2 and not words & _content_lemmas(following)


def link_list_items(links: dict[int, set[int]], source: Document, target: Document) -> None:
    """An unlinked list item that continues a list rendering one source sentence joins it.

    Why: a long sentence rendered as a lead-in plus bullets ("Incumbe ao locatário comunicar
    … qualquer dano …, bem como as turbações de terceiros." → "O inquilino deve avisar o dono:
    - qualquer dano …; - qualquer problema causado por outras pessoas.") is one split group
    (the issue's rule), but an item reworded as a whole shares no word with its clause and the
    path leaves it added (IN+). An item after a linked lead-in or item that the punctuation
    continues (";", ",", ":") is the same sentence going on. Only when the group's sources are
    no list items themselves: a list rendering a list links item by item, and an item left
    over there is really new.
    """
    for j in range(1, len(target.sentences)):
        here, prev = target.sentences[j], target.sentences[j - 1]
        if links.get(j) or not BULLET.match(here.text) or not links.get(j - 1):
            continue
        if not prev.text.rstrip().endswith((";", ",", ":")):
            continue
        if not (BULLET.match(prev.text) or prev.text.rstrip().endswith(":")):
            continue
        if any(BULLET.match(source.sentences[i].text) for i in links[j - 1]):
            continue
        links[j] = set(links[j - 1])


def link_merges_by_meaning(links: dict[int, set[int]], source: Document, target: Document,
                           encoder: Encoder, params: AlignParams) -> None:
    """Join an unlinked source to its neighbour's group when the group's target says it too.

    Why: a summarising rewrite merges two or three sentences into one target *in other words*
    ("O problema decorre da substituição da vegetação por asfalto..." → "... porque o asfalto e
    o concreto guardam o calor"), so neither the n-gram containment of ``_link_merges`` nor the
    shared lemmas of ``link_leftovers`` see it, and OM+ would call a merged sentence omitted.
    The evidence is the meaning of the group as a whole: with the sentence added, the group's
    sources still read like its target (the model similarity drops by at most
    ``merge_meaning_slack``; an omitted sentence dilutes it much more), the sentence alone
    relates to that target (``merge_meaning_min``, above unrelated pairs) or makes the group
    clearly closer to it (a gain of at least the slack, however low it scores alone: a piece
    said in other words that only reads right beside the rest), and the target says
    a good deal its group's sources do not (``merge_meaning_unexplained`` of its content
    lemmas): a target fully explained by its own source leaves nothing for a merged sentence
    to have become, however related the neighbour is. A sentence close to one clause of the
    target that its group's sources leave unsaid (``merge_meaning_rest_min``) fits too: beside
    a long sentence whose other clauses are rendered, a clause said in other words scores low
    against the whole ("evite a automedicação" → "Não tome remédio por conta própria."). Only a neighbour in the same source
    paragraph, one embedding call per document and pass.

    A sentence joined this way can make the next one a neighbour of the group ("O desmatamento
    cresceu 22%. O dado foi divulgado pelo Inpe. A principal causa é a pecuária. A abertura de
    estradas também contribui." → one target sentence): the test runs again on the grown
    groups, up to ``MERGE_MEANING_PASSES`` passes, until a pass joins nothing.
    """
    for _ in range(MERGE_MEANING_PASSES):
        if not _merge_by_meaning_pass(links, source, target, encoder, params):
            return


#: where a sentence breaks into clauses: punctuation inside it, or a coordinating "e"/"mas"/"ou"
_CLAUSE_BREAK = re.compile(r"[,;:.!?]\s*|\s+(?:e|mas|ou)\s+", re.IGNORECASE)


def unexplained_clauses(text: str, explained: Counter) -> list[str]:
    """The clauses of ``text`` that ``explained`` (the other side's content lemmas) mostly
    does not say: at least two content lemmas, more than half of them unexplained.

    Why: a piece of a split said in other words ("evite a automedicação" → "Não tome remédio
    por conta própria.") is close in meaning to the clause it renders, not to the whole long
    sentence, whose rendered part dilutes the similarity."""
    out = []
    for clause in _CLAUSE_BREAK.split(text):
        lemmas = _content_lemmas(clause)
        total = sum(lemmas.values())
        if total >= 2 and sum((lemmas - explained).values()) > total / 2:
            out.append(clause.strip())
    return out


#: passes of :func:`link_merges_by_meaning` (a pass may bring a further neighbour next to a group)
MERGE_MEANING_PASSES = 3


def _merge_by_meaning_pass(links: dict[int, set[int]], source: Document, target: Document,
                           encoder: Encoder, params: AlignParams) -> bool:
    """One pass of :func:`link_merges_by_meaning`; True when it joined a sentence."""
    n = len(source.sentences)
    by_source: dict[int, set[int]] = {}
    for j, srcs in links.items():
        for i in srcs:
            by_source.setdefault(i, set()).add(j)
    cands: list[tuple[int, frozenset[int], list[int]]] = []   # (source, its targets, group sources)
    for i in range(n):
        s = source.sentences[i]
        if by_source.get(i) or s.is_heading or not _content_lemmas(s.text):
            continue
        for nb in (i - 1, i + 1):
            if not 0 <= nb < n or not by_source.get(nb) or source.sentences[nb].paragraph != s.paragraph:
                continue
            tgts = frozenset(by_source[nb])
            if any(target.sentences[j].is_heading for j in tgts):
                continue
            srcs = sorted({k for j in tgts for k in links[j]})
            cands.append((i, tgts, srcs))
    if not cands:
        return False
    texts_s: list[str] = []
    texts_t: list[str] = []
    rests: list[list[int]] = []    # per candidate: where its target's unexplained clauses sit in texts_t
    for i, tgts, srcs in cands:
        texts_s += [" ".join(source.sentences[k].text for k in srcs),
                    " ".join(source.sentences[k].text for k in sorted(srcs + [i])),
                    source.sentences[i].text]
        texts_t.append(" ".join(target.sentences[j].text for j in sorted(tgts)))
        rests.append([])
    for c, (_, _, srcs) in enumerate(cands):
        explained = Counter()
        for k in srcs:
            explained |= _content_lemmas(source.sentences[k].text)
        for clause in unexplained_clauses(texts_t[c], explained):
            rests[c].append(len(texts_t))
            texts_t.append(clause)
    sims = model_similarity(texts_s, texts_t, encoder)
    best: dict[int, tuple[float, frozenset[int]]] = {}
    for c, (i, tgts, srcs) in enumerate(cands):
        base, joined, alone = (float(sims[3 * c + k, c]) for k in range(3))
        alone_rest = max((float(sims[3 * c + 2, r]) for r in rests[c]), default=0.0)
        said = _content_lemmas(texts_t[c])
        rest = said.copy()
        for k in srcs:
            rest -= _content_lemmas(source.sentences[k].text)
        unexplained = sum(rest.values()) / max(sum(said.values()), 1)
        # the sentence related to the target on its own, or so much a part of what the target
        # says that the group reads clearly better with it (the gain mirrors the slack)
        fits = (joined - base >= -params.merge_meaning_slack and alone >= params.merge_meaning_min) \
            or joined - base >= params.merge_meaning_slack or alone_rest >= params.merge_meaning_rest_min
        if fits and unexplained >= params.merge_meaning_unexplained:
            if i not in best or alone > best[i][0]:
                best[i] = (alone, tgts)
    for i, (_, tgts) in best.items():
        for j in tgts:
            links[j].add(i)
    return bool(best)


def link_splits_by_meaning(links: dict[int, set[int]], source: Document, target: Document,
                           encoder: Encoder, params: AlignParams) -> None:
    """Join an unlinked target to its neighbour's group when the group's source says it too.

    Why: the mirror of :func:`link_merges_by_meaning`. A summarising rewrite splits one long
    source sentence into pieces *in other words* ("Em uma sociedade cada vez mais mediada por
    textos, ..." → "Hoje, quase tudo o que fazemos depende de textos. Por isso, ..."); the
    reworded piece shares too few words for ``link_leftovers`` and IN+ would call it new. Same
    evidence, sides swapped: with the piece added, the group's targets still read like its
    sources (``merge_meaning_slack``), the piece alone relates to those sources
    (``merge_meaning_min``), and the sources say a good deal their targets do not
    (``merge_meaning_unexplained`` of their content lemmas): a source fully rendered by its
    own targets leaves nothing for the piece to come from, so an added explanation or a new
    fact next to a faithful sentence stays an insertion. Only a neighbour in the same target
    paragraph, one embedding call per document.
    """
    # the same test with the sides swapped: source -> its targets, the documents exchanged
    inverse: dict[int, set[int]] = {}
    for j, srcs in links.items():
        for i in srcs:
            inverse.setdefault(i, set()).add(j)
    link_merges_by_meaning(inverse, target, source, encoder, params)
    for i, tgts in inverse.items():
        for j in tgts:
            links.setdefault(j, set()).add(i)
