"""IN+ Inserção: new content in the target with no counterpart in the source, not a gloss.

Whole sentences come from the aligner (added groups); clauses/qualifiers come from the token
diff (an inserted run of several words with content that is not a moved unit and not an
explanation of a term, which is EXP+).
"""
from __future__ import annotations

from analysis.align_leftovers import BULLET
from analysis.diff import tokenize
from analysis.lexicon.connectives import find_connectives
from analysis.lexicon.frequency import familiarity
from analysis.lexicon.function_words import SUBJECT_PRONOUNS
from analysis.strategies.base import PairContext
from analysis.strategies.dl import finite_verb
from analysis.strategies.exp import (
    APPOSITION_MAX_TERM_ZIPF,
    gloss_for_insertion,
    inserted_runs,
)
from analysis.strategies.neighbours import (
    SENTENCE_MIN_FOUND,
    SENTENCE_MIN_FOUND_SHARE,
    _nearby,
    found_next_door,
    rendered_nearby,
    said_just_before_or_after,
)
from analysis.strategies.registry import register
from analysis.strategies.sl import AGAIN_PREFIX
from analysis.types import KIND_ADDED, KIND_ONE_TO_ONE, KIND_SPLIT, Detection, msg

CODE = "IN+"
MIN_NEW = 2            # content words with no counterpart anywhere in the group's source
MIN_NEW_SHARE = 0.5    # ... and at least this share of the run's content words


#: the comparative adjective and the adverb of one comparison: either says the other's "less"
#: or "more"
_SAME_COMPARISON = {"menor": "menos", "menores": "menos", "menos": "menor",
                    "maior": "mais", "maiores": "mais", "mais": "maior"}


def other_side_lemmas(words) -> tuple[set[str], set[str]]:
    """Lemmas and 5-letter stems of the other side of the group (anywhere in its sentences),
    and of each of its words with the prefix of repetition taken off: the base word says the
    same thing, so it is no new content ("o museu reabriu" → "ele abriu de novo")."""
    lemmas = {w.lemma for w in words}
    # a comparison said with the adverb or the adjective ("tende a ser menor" → "entendem menos")
    lemmas |= {_SAME_COMPARISON[w.lower] for w in words if w.lower in _SAME_COMPARISON}
    stems = {w.lower[:5] for w in words if len(w.lower) >= 5}
    for w in words:
        if w.lemma.startswith(AGAIN_PREFIX) and len(w.lemma) - len(AGAIN_PREFIX) >= 5:
            lemmas.add(w.lemma[len(AGAIN_PREFIX):])
            stems.add(w.lower[len(AGAIN_PREFIX):][:5])
    return lemmas, stems


def new_content(content, elsewhere: tuple[set[str], set[str]]) -> bool:
    """Does the run carry content the other side of the group lacks? Material that moved to
    another sentence of the group, or a subject a split repeats, has its words over there."""
    lemmas, stems = elsewhere
    new = [w for w in content if w.lemma not in lemmas and w.lower[:5] not in stems]
    return len(new) >= MIN_NEW and len(new) >= MIN_NEW_SHARE * len(content)


#: the new words must be a replacement's size: at least this share of the run's words (one new
#: word beside a six-word run is not what the run became)
MIN_REPLACEMENT_SHARE = 0.4


#: a term the simplifier spells out takes up to four words ("predomine" → "apareça mais
#: intenso"): for an inserted run, the replaced words may be this share of it
MIN_EXPANSION_SHARE = 0.25


def replaced_at_move(diff, a: int, b: int, side: str, min_share: float = MIN_REPLACEMENT_SHARE) -> bool:
    """Is the run a..b-1 of one side ("s": source words, "t": target words) the part of a moved
    block that was reworded on the way ("os gaúchos deverão se deparar com a cerração ao
    acordar" moved to the front as "os gaúchos deverão ver neblina ao acordar")? It touches a
    moved run, and on the other side, right where that moved run now stands, the same edge
    faces new words with content that the diff pairs with nothing, about as many as the run has:
    the run was replaced there, not dropped or added."""
    moves = [(m.src, m.tgt) if side == "s" else (m.tgt, m.src) for m in diff.moves]
    other_words = diff.tgt_words if side == "s" else diff.src_words
    loose = set()
    for op in diff.ops:
        if op.tag in ("insert", "replace", "delete"):
            loose.update(range(*(op.tgt if side == "s" else op.src)))
    loose -= diff.tgt_moved() if side == "s" else diff.src_moved()
    for here, there in moves:
        if here[1] == a:      # a moved run ends where ours starts: look right after it there
            k, step = there[1], 1
        elif here[0] == b:    # a moved run starts where ours ends: look right before it there
            k, step = there[0] - 1, -1
        else:
            continue
        gap = []
        while 0 <= k < len(other_words) and k in loose:
            gap.append(other_words[k])
            k += step
        if any(w.is_content for w in gap) and len(gap) >= min_share * (b - a):
            return True
    return False


MIN_WORDS = 3
MAX_REWORDING = 0.35
#: a later sentence of a split that says mostly new things was added, not split off: at least
#: this many content words the source lacks, making at least this share of its content words
SPLIT_NEW_MIN = 3
SPLIT_NEW_SHARE = 0.6
#: ... and at least this share of its words are pure insertions in the group's word diff (a
#: reworded piece of the source sentence faces replaced and unchanged source words instead)
MIN_INSERTED_SHARE = 0.5
#: an added sentence brings new information only when no sentence of the source already says
#: most of it: measured against the source sentence that shares most of its content words, at
#: least this many of them, and this share, are new (a restatement of a parenthesis, "Pelo PP
#: (então PPB)" → "O PP antigamente se chamava PPB.", adds nothing; a conclusion built from
#: words the text spreads over several sentences, "Cada leitor a mais é um cidadão mais
#: livre.", does)
SENT_NEW_MIN = 3
SENT_NEW_SHARE = 0.5
#: ... or fewer and a larger share, unless it opens by pointing back at what was said ("Isso
#: nunca aconteceu antes.", "Mas ficou indeciso."): then it comments on the sentence before it
SHORT_NEW_MIN = 2
SHORT_NEW_SHARE = 0.6
_POINTING_BACK = frozenset({"isso", "isto", "aquilo", "esse", "essa", "esses", "essas", "este", "esta",
                            "estes", "estas", "tal", "daí", "assim"})


def new_to_source_text(ctx: PairContext, content) -> list:
    """Content words whose lemma and 5-letter stem are in no sentence of the whole source."""
    lemmas, stems = other_side_lemmas(ctx.document_words("s"))
    return [w for w in content if w.lemma not in lemmas and w.lower[:5] not in stems]


def new_to_closest_sentence(ctx: PairContext, content) -> list:
    """Content words missing from the source sentence that holds most of them."""
    best: list = list(content)
    for sent in ctx.source_doc.sentences:
        words = [w for w in tokenize(sent.text) if w.kind != "punct"]
        lemmas, stems = other_side_lemmas(words)
        new = [w for w in content if w.lemma not in lemmas and w.lower[:5] not in stems]
        if len(new) < len(best):
            best = new
    return best


def says_new_things(ctx: PairContext, content, words=None) -> bool:
    """Do these target content words (of the sentence ``words``) carry information no source
    sentence gives (see SENT_NEW_MIN and SHORT_NEW_MIN)?"""
    new = new_to_closest_sentence(ctx, content)
    if len(new) >= SENT_NEW_MIN and len(new) >= SENT_NEW_SHARE * len(content):
        return True
    if not words or len(new) < SHORT_NEW_MIN or len(new) < SHORT_NEW_SHARE * len(content):
        return False
    lower = [w.lower for w in words]
    opener = next(iter(find_connectives(lower)), None)
    return lower[0] not in _POINTING_BACK and not (opener is not None and opener.first == 0)


@register(CODE)
def detect(ctx: PairContext) -> list[Detection]:
    if ctx.kind == KIND_ADDED and ctx.target:
        if ctx.target_heading:
            return []  # a new title is MT+'s business
        content = [w for w in ctx.tgt_words if w.is_content or w.kind == "num"]
        if not content:
            return []  # punctuation or glue words left over from segmentation: nothing added
        if (found_next_door(ctx, content, "t", SENTENCE_MIN_FOUND, SENTENCE_MIN_FOUND_SHARE)
                or rendered_nearby(ctx, content) or _piece_beside_its_split(ctx, content)):
            return []  # split off a nearby group's source sentence, which the aligner drew apart
        if _beside_an_unrendered_clause(ctx, content):
            return []  # may be the reworded clause of the sentence next door: unsure, silent
        if _item_of_a_list_with_an_unsaid_member(ctx):
            return []  # may say a member of the enumeration the list renders: unsure, silent
        if _opens_with_pronoun(ctx.target[0].text) and any(
                owner.source and _unsaid_qualifier(owner.src_words, other_side_lemmas(owner.tgt_words))
                for _, _, owner in _neighbours_in_paragraph(ctx)):
            return []  # may be the quality the sentence next door left unsaid (see below)
        words = [w for w in ctx.tgt_words if w.kind != "punct"]
        # names and acronyms count too, however short ("PP", "EUA"): they are what a
        # restatement repeats
        named = content + [w for k, w in enumerate(words) if k > 0 and w.text[:1].isupper() and w not in content]
        if not says_new_things(ctx, named, words):
            return []  # its content words are in the source text: said there, restated here
        if defines_source_term(ctx, words):
            return []  # "A proteômica é a ciência que…": a definition of a source term is EXP+
        n = len(ctx.target)
        expl = msg("in.sentence_one") if n == 1 else msg("in.sentence_many", n=n)
        conf = 0.55 + 0.35 * max(0.0, min(1.0, ctx.group.score))
        return [ctx.detection(CODE, conf, [], ctx.target_spans, expl,
                              {"kind": "sentence", "sentences": [t.id for t in ctx.target]})]
    if ctx.kind == KIND_SPLIT:
        return _added_split_pieces(ctx)
    if ctx.kind != KIND_ONE_TO_ONE or ctx.rewording() > MAX_REWORDING:
        # in a paraphrase the diff's runs do not map to added/removed content, and in a split
        # or merge what looks added is mostly what the new sentences need to stand alone
        return []
    out: list[Detection] = []
    growth = len(ctx.tgt_words) - len(ctx.src_words)
    if growth < MIN_WORDS:
        return out  # the target did not grow: the diff's insertions are rewording
    elsewhere = other_side_lemmas(ctx.src_words)
    replaced_terms = _replaced_terms(ctx)
    runs = [r for r in inserted_runs(ctx) if not _next_to_replaced_term(ctx, r, replaced_terms)]
    for k, op in enumerate(ctx.diff.ops):
        if op.tag == "replace":
            ls, lt = op.src[1] - op.src[0], op.tgt[1] - op.tgt[0]
            if lt - ls >= 4 and ls <= 2 and k not in replaced_terms:
                runs.append(op.tgt)
    for j1, j2 in sorted(runs):
        words = ctx.tgt_words[j1:j2]
        content = [w for w in words if w.is_content or w.kind == "num"]
        if len(words) < MIN_WORDS or not content or (len(content) < 2 and len(words) < 4):
            continue
        if len(words) > growth + 1:
            continue  # longer than what the sentence gained: it stands partly for source words
        if not new_content(content, elsewhere):
            continue  # repeated or moved material (a split repeats its subject): not new
        new = [w for w in content if w.lemma not in elsewhere[0] and w.lower[:5] not in elsewhere[1]]
        if found_next_door(ctx, [w for w in content if w.lemma not in elsewhere[0]], "t"):
            continue  # moved here from the neighbouring group's sentence
        if said_just_before_or_after(ctx, new):
            continue  # a referent named again, or a clause pulled in, from the sentence beside it
        if gloss_for_insertion(ctx, j1, j2) is not None:
            continue
        if len(new_to_source_text(ctx, new)) < MIN_NEW:
            continue  # its words are elsewhere in the source text: restated, not added
        outside = {w.lemma for k, w in enumerate(ctx.tgt_words) if not j1 <= k < j2}
        if len([w for w in new if w.lemma not in outside]) < MIN_NEW:
            continue  # a word the sentence already uses, named again ("segundo a Central" →
            # "a Central afirma que a neblina cobriu"): the run repeats, it does not add
        if 2 * len(_lost_content(ctx)) >= len(new):
            continue  # the sentence also lost content words elsewhere: reworded around the run
            # ("declarar a missão um sucesso" → "declarar o bom resultado da missão"), the new
            # words may render the lost ones at another place
        if replaced_at_move(ctx.diff, j1, j2, "t", MIN_EXPANSION_SHARE):
            continue  # reworded on the way inside a moved clause ("caso o nervosismo predomine"
            # → "Caso o nervosismo apareça mais intenso", fronted)
        span = ctx.diff.tgt_span(j1, j2)
        text = ctx.target_doc.text[span[0]:span[1]]
        conf = min(0.8, 0.45 + 0.05 * len(words))
        expl = msg("in.clause", text=text)
        out.append(ctx.detection(CODE, conf, [], [span], expl,
                                 {"kind": "clause", "words": len(words), "text": text}))
    return out


#: content words an added sentence must share with the target sentence beside it to be read
#: as another piece of that sentence's split
PIECE_SHARED_MIN = 2


def _neighbours_in_paragraph(ctx: PairContext):
    """(index of the added sentence, index of a neighbour, the group holding that neighbour)
    for the target sentences right before and after a one-sentence added group, in its
    paragraph: where a reworded piece of a split or a clause said anew would stand."""
    if not ctx.siblings or len(ctx.target) != 1:
        return
    sents = ctx.target_doc.sentences
    me = next((k for k, t in enumerate(sents) if t.id == ctx.target[0].id), None)
    if me is None:
        return
    for k in (me - 1, me + 1):
        if not 0 <= k < len(sents) or sents[k].paragraph != sents[me].paragraph:
            continue
        owner = next((p for p in ctx.siblings if any(t.id == sents[k].id for t in p.target)), None)
        if owner is not None:
            yield me, k, owner


def _piece_beside_its_split(ctx: PairContext, content) -> bool:
    """Is the added sentence one more piece of the split beside it ("São mais de 150
    orquídeas … trazidas de Recife de avião" → "Trouxeram as flores de Recife. Trouxeram as
    flores de avião.")? It repeats at least two content words of the target sentence right
    before or after it in its paragraph, and every other content word of it is in the source
    sentences that neighbour renders: the pieces restate one source sentence, nothing new."""
    sents = ctx.target_doc.sentences
    for me, k, owner in _neighbours_in_paragraph(ctx):
        neighbour = [w for w in tokenize(sents[k].text) if w.kind != "punct"]
        there = other_side_lemmas(neighbour)
        shared = [w for w in content if w.lemma in there[0] or w.lower[:5] in there[1]]
        rest = [w for w in content if w not in shared]
        if k == me - 1 and not shared and _opens_with_pronoun(sents[me].text):
            # "Luana Piovani produziu a peça. Ela também atua …": the pronoun repeats the
            # subject of the sentence before it, the words before that sentence's verb
            shared = _subject_words(neighbour)
        if len(shared) < PIECE_SHARED_MIN or not rest:
            continue
        if owner.source:
            source = other_side_lemmas(owner.src_words)
            if all(w.lemma in source[0] or w.lower[:5] in source[1] for w in rest):
                return True
        # a word or two of the source sentence the split's pieces dropped, spelled out in this
        # one ("produzida e estrelada por Luana Piovani" → "Luana Piovani produziu a peça.
        # Luana Piovani também atua no papel principal."): the subject it repeats is named in
        # that source sentence, and the source sentence has content words no piece renders
        # (when the aligner left the neighbour piece unpaired too, the source sentence is one
        # of the groups nearby)
        for src in [owner] if owner.source else [ctx.siblings[i] for i in _nearby(ctx) if ctx.siblings[i].source]:
            source = other_side_lemmas(src.src_words)
            missing = [w for w in rest if w.lemma not in source[0] and w.lower[:5] not in source[1]]
            if len(missing) <= MAX_SPELLED_OUT and all(
                    w.lemma in source[0] or w.lower[:5] in source[1] for w in shared) \
                    and _dropped_by_split(src, content + neighbour):
                return True
    return False


#: a clause of a source sentence counts as left unrendered when it has at least this many
#: content words and none of them is in the target sentences of its group
UNRENDERED_CLAUSE_MIN = 2
#: the marks that close a clause inside a sentence
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "(", ")"})


#: object clitics that may stand between a coordinator and its verb ("e o utilizam")
_CLITICS = frozenset({"o", "a", "os", "as", "se", "lhe", "lhes", "me", "te", "nos"})


def _clauses(tokens) -> list[list]:
    """The words of a sentence cut at its inner punctuation (commas, semicolons, colons, dashes,
    brackets) and before an "e"/"ou" that joins a second verb of the same subject ("as plantas
    absorvem o gás carbônico do ar e o utilizam na produção de matéria orgânica"): the pieces
    a rewrite most often renders one by one."""
    out: list[list] = [[]]
    words = [t for t in tokens if t.kind != "punct"]
    place = {id(t): k for k, t in enumerate(words)}
    for t in tokens:
        if t.kind == "punct":
            if t.text in _CLAUSE_MARKS and out[-1]:
                out.append([])
            continue
        if t.lower in ("e", "ou") and out[-1] and _verb_follows(words, place[id(t)] + 1):
            out.append([])
        out[-1].append(t)
    return [c for c in out if c]


def _verb_follows(words, k: int) -> bool:
    """A conjugated verb at ``k``, or after one object clitic there."""
    if k < len(words) and words[k].lower in _CLITICS:
        k += 1
    return k < len(words) and finite_verb(words[k])


def _beside_an_unrendered_clause(ctx: PairContext, content) -> bool:
    """Does the added sentence stand right beside a target sentence of a group whose source
    sentence has a whole clause its targets leave unsaid ("…, sem prejuízo das sanções penais
    cabíveis." → "… a multa aumenta pela metade. Ela ainda pode responder na justiça por
    crime.")? A summarising rewrite turns such a clause into a sentence of its own in other
    words, which shares no word with it and which the small model cannot tie to a clause
    reliably (measured: a clause and its rendering score no higher than an unrelated sentence),
    so the aligner leaves it added. Whether it is new content or that clause cannot be told
    from the evidence at hand: precision first, IN+ stays silent. A new sentence beside a
    group that renders every clause of its source is still an insertion. Nor can it be told
    when the sentence says again a word of a clause that group leaves partly unsaid
    (``restates_unsaid_clause``)."""
    return any(_leaves_a_clause_unsaid(owner, content) for _, _, owner in _neighbours_in_paragraph(ctx))


def _leaves_a_clause_unsaid(owner: PairContext, content) -> bool:
    """Does the group ``owner`` leave a clause of its source unsaid, one a sentence with these
    ``content`` words beside its target may be saying in other words?"""
    if not owner.source:
        return False
    said = other_side_lemmas(owner.tgt_words)
    if restates_unsaid_clause(owner.source, said, content):
        return True
    return any(len(unsaid) >= UNRENDERED_CLAUSE_MIN
               and (len(unsaid) == len(words) or (len(unsaid) == len(words) - 1 and words[0] not in unsaid))
               for words, unsaid in _unsaid_clauses(owner.source, said))
    # (a whole clause left unsaid, or all of it but its first word, the subject, a topic every
    # sentence repeats: "a doença não apresenta sintomas"; a word said inside the predicate,
    # "será cobrada multa proporcional aos dias restantes" → "vai pagar uma multa", is a
    # clause partly rendered, and a new sentence beside it stays an insertion)


def _next_group_leaves_a_clause_unsaid(ctx: PairContext, sent, content) -> bool:
    """The last piece of a split stands right before the next group's target, in the same
    paragraph, and that group leaves a clause of its source unsaid: the piece may be that
    clause said first, which the aligner gave to the split ("Em muitos casos, a doença não
    apresenta sintomas, o que dificulta o diagnóstico" → "… Muitas vezes, a pessoa tem
    hepatite e não sente nada. Assim, é difícil descobrir a doença no começo.")."""
    if not ctx.siblings or sent.id != ctx.target[-1].id:
        return False
    sents = ctx.target_doc.sentences
    me = next((k for k, t in enumerate(sents) if t.id == sent.id), None)
    if me is None or me + 1 >= len(sents) or sents[me + 1].paragraph != sent.paragraph:
        return False
    owner = next((p for p in ctx.siblings if any(t.id == sents[me + 1].id for t in p.target)), None)
    return owner is not None and owner is not ctx and _leaves_a_clause_unsaid(owner, content)


def _renders_an_unsaid_clause(ctx: PairContext, sent, content) -> bool:
    """Is the later piece of a split the rewording of a clause of the source sentence that
    the other pieces leave unsaid ("…, que ficou abaixo das expectativas do mercado." → "… O
    mercado esperava uma inflação maior.")? See ``restates_unsaid_clause``."""
    said = other_side_lemmas([w for w in ctx.tgt_words if not sent.start <= w.start < sent.end])
    return restates_unsaid_clause(ctx.source, said, content)


def _item_of_an_unsaid_member(ctx: PairContext, sent, content) -> bool:
    """Is the later piece of a split a list item that keeps a word of a source clause the
    other pieces leave unsaid ("oferecer …, a reacomodação em outro voo, o reembolso integral
    da passagem ou …" → "Ele pode escolher: - ir em outro voo; - receber de volta todo o
    dinheiro da passagem; …")? A sentence turned into a lead-in and a list renders the members
    of its enumeration one item each, reworded; the kept word ties the item to its member, even
    a word the diff found said, so the item is no insertion."""
    if not BULLET.match(sent.text):
        return False
    mine = other_side_lemmas(content)
    said = other_side_lemmas([w for w in ctx.tgt_words if not sent.start <= w.start < sent.end])
    return any(len(unsaid) >= UNRENDERED_CLAUSE_MIN and any(
        w.lemma in mine[0] or w.lower[:5] in mine[1] for w in words)
        for words, unsaid in _unsaid_clauses(ctx.source, said))


def _item_of_a_list_with_an_unsaid_member(ctx: PairContext) -> bool:
    """Is the added sentence a list item in a list (its lead-in and its other items) rendering
    a source sentence whose enumeration has a member no part of the target says ("em caso de
    falecimento do cônjuge, ascendente, descendente, irmão ou pessoa que …" → "Isso vale para: -
    marido ou mulher; - pais, avós, filhos e netos; - irmãos; - uma pessoa que …")? A list says
    the members one item each, in its own words, and the aligner ties the items that keep a
    word to the source and leaves the reworded ones added; an item may be such a member said
    anew, which cannot be told: precision first, IN+ stays silent."""
    if len(ctx.target) != 1 or not BULLET.match(ctx.target[0].text) or not ctx.siblings:
        return False
    sents = ctx.target_doc.sentences
    me = next((k for k, t in enumerate(sents) if t.id == ctx.target[0].id), None)
    if me is None:
        return False
    lo = me
    while lo > 0 and BULLET.match(sents[lo - 1].text):
        lo -= 1
    hi = me
    while hi + 1 < len(sents) and BULLET.match(sents[hi + 1].text):
        hi += 1
    ids = {sents[q].id for q in range(max(lo - 1, 0), hi + 1) if q != me}   # (lo - 1: the lead-in)
    said = other_side_lemmas(ctx.document_words("t"))
    for owner in ctx.siblings:
        if not any(t.id in ids for t in owner.target):
            continue
        for s in owner.source:
            if any(not any(w.lemma in said[0] or w.lower[:5] in said[1] for w in member)
                   for member in _enumeration_members(tokenize(s.text))):
                return True
    return False


#: the most words of one member of an enumeration ("óculos de sol")
ENUMERATION_MEMBER_WORDS = 3


def _enumeration_members(tokens) -> list[list]:
    """The members of the enumerations of a sentence, three or more joined by commas and a last
    "e"/"ou" ("do cônjuge, ascendente, descendente, irmão ou pessoa"): each member's content
    words (the first member: the content word before its comma)."""
    out: list[list] = []
    for k, t in enumerate(tokens):
        if t.kind != "word" or t.lower not in ("e", "ou"):
            continue
        last = []
        for u in tokens[k + 1:]:
            if u.kind == "punct" or u.lower in ("que", "cujo", "cuja", "onde") or len(last) >= ENUMERATION_MEMBER_WORDS:
                break
            last.append(u)
        members = [[u for u in last if u.is_content]]
        end = k
        while True:
            start = end
            while start > 0 and tokens[start - 1].kind != "punct" and end - start < ENUMERATION_MEMBER_WORDS:
                start -= 1
            if start == 0 or tokens[start - 1].text != ",":
                break
            members.append([u for u in tokens[start:end] if u.is_content and not finite_verb(u)])
            end = start - 1
        if end > 0 and tokens[end].text == ",":
            before = next((u for u in reversed(tokens[:end]) if u.kind != "punct"), None)
            if before is not None and before.is_content:
                members.append([before])
        members = [m for m in members if m]
        if len(members) >= 3:
            out.extend(members)
    return out


def restates_unsaid_clause(source, said: tuple[set[str], set[str]], content) -> bool:
    """Does a new target sentence (its ``content`` words) say again a word of a clause of the
    ``source`` sentences that the rest of their rendering (lemmas and stems ``said``) leaves
    out, a clause with at least ``UNRENDERED_CLAUSE_MIN`` such words? A rewrite turns such a
    clause into a sentence of its own in other words ("…, será cobrada multa proporcional ao
    tempo restante." → "… vai pagar uma multa. O valor da multa depende do tempo que falta."):
    most of its words are new to the source, yet nothing new was said. The word it shares is
    the evidence; the rest cannot be tied to the clause, so IN+ stays silent."""
    mine = other_side_lemmas(content)
    return any(len(unsaid) >= UNRENDERED_CLAUSE_MIN and any(
        w.lemma in mine[0] or w.lower[:5] in mine[1] for w in unsaid)
        for _, unsaid in _unsaid_clauses(source, said))


def _unsaid_clauses(source, said: tuple[set[str], set[str]]):
    """(content words, those of them the rendering leaves unsaid) for each clause of the
    ``source`` sentences; ``said``: the lemmas and 5-letter stems of the rendering."""
    for s in source:
        for clause in _clauses(tokenize(s.text)):
            words = [w for w in clause if w.is_content]
            yield words, [w for w in words if w.lemma not in said[0] and w.lower[:5] not in said[1]]


#: endings of Portuguese adjectives of quality ("contagiosa", "ativo", "viral", "crônica",
#: "sensível", "resistente"): a word with one after a noun qualifies it
_ADJECTIVE_ENDINGS = ("oso", "osa", "osos", "osas", "ivo", "iva", "ivos", "ivas", "ico", "ica", "icos",
                      "icas", "vel", "veis", "ente", "entes", "ante", "antes", "al", "ais")


def _unsaid_qualifier(words, said: tuple[set[str], set[str]]) -> bool:
    """Do the source ``words`` qualify a noun with an adjective (right after the noun or after
    another adjective of it) that their rendering (lemmas and stems ``said``) leaves unsaid? A
    sentence beside that rendering that opens with a pronoun pointing back to the referent
    may be that quality said as a sentence of its own, in words the adjective does not share;
    which cannot be told, so IN+ stays silent."""
    for k in range(1, len(words)):
        w = words[k]
        if not w.is_content or w.text[:1].isupper() or not w.lower.endswith(_ADJECTIVE_ENDINGS) \
                or w.lower.endswith("mente"):
            continue
        if w.lemma in said[0] or w.lower[:5] in said[1] or finite_verb(w):
            continue
        if words[k - 1].is_content and not finite_verb(words[k - 1]) and w.start - words[k - 1].end == 1:
            return True
    return False


def _opens_with_pronoun(text: str) -> bool:
    words = [w for w in tokenize(text) if w.kind != "punct"]
    return bool(words) and words[0].lower in SUBJECT_PRONOUNS


def _subject_words(words) -> list:
    """Content words before the first inflected verb of a sentence (its subject, when the
    sentence opens with it); none when no verb is found."""
    for k, w in enumerate(words):
        if finite_verb(w):
            return [x for x in words[:k] if x.is_content or x.text[:1].isupper()]
    return []


#: most new words a piece of a split may use to spell out source words the other pieces dropped
MAX_SPELLED_OUT = 3


def _dropped_by_split(owner: PairContext, content) -> bool:
    """The owner group's source has a content word that neither its target sentences nor the
    added piece (``content``) render, by lemma or 5-letter stem."""
    tgt = owner.tgt_words + list(content)
    lemmas = {w.lemma for w in tgt}
    stems = {w.lower[:5] for w in tgt if len(w.lower) >= 5}
    return any(w.is_content and w.lemma not in lemmas and w.lower[:5] not in stems
               and not w.text[:1].isupper() for w in owner.src_words)


#: the verbs of a definition "X é …", "X significa …", "X consiste em …"
_DEFINING_VERBS = frozenset({"ser", "significar", "consistir"})
#: the articles that open a defined term ("A proteômica", "O Paleoceno") and a definition's
#: predicate ("a ciência que…", "um período…")
_DEFINITE = frozenset({"o", "a", "os", "as"})
_ARTICLES = frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas"})
#: a defined term is short: its article and up to this many words
MAX_TERM_WORDS = 4


def defines_source_term(ctx: PairContext, words) -> bool:
    """Is the sentence a definition of an uncommon term the source uses ("A proteômica é a
    ciência que busca…", "O Paleoceno é o período que…")? The guide: a new sentence "X é …"
    that defines X is an explanation (EXP+), not an insertion. The sentence opens with a
    definite article and a short term whose content words are all in the source text, one of
    them uncommon (a common word, "Cada leitor a mais é um cidadão mais livre", is not being
    defined); then "ser", "significar" or "consistir", and a predicate opened by an article
    or a preposition ("consiste em …")."""
    lower = [w.lower for w in words]
    if len(words) < 4 or lower[0] not in _DEFINITE:
        return False
    k = next((k for k in range(1, min(len(words), MAX_TERM_WORDS + 2)) if words[k].lemma in _DEFINING_VERBS), None)
    if k is None or k == 1 or k + 1 >= len(words):
        return False
    term = [w for w in words[1:k] if w.is_content]
    if not term or len(new_to_source_text(ctx, term)):
        return False
    if min(familiarity(w.lower, w.lemma) for w in term) >= APPOSITION_MAX_TERM_ZIPF:
        return False
    return lower[k + 1] in _ARTICLES or (words[k].lemma == "consistir" and lower[k + 1] in ("em", "no", "na"))


def _lost_content(ctx: PairContext) -> list:
    """Content words of the source that the diff deletes (a run the target has nothing for in
    its place): what an inserted run elsewhere may be the rewording of."""
    return [w for op in ctx.diff.ops if op.tag == "delete"
            for w in ctx.src_words[op.src[0]:op.src[1]] if w.is_content or w.kind == "num"]


def _replaced_terms(ctx: PairContext) -> set[int]:
    """Indices of the diff's replace ops whose source side loses a content word (its lemma is
    nowhere in the target): there a term was reworded, not left in place."""
    tgt = {w.lemma for w in ctx.tgt_words}
    return {k for k, op in enumerate(ctx.diff.ops) if op.tag == "replace"
            and any(w.is_content and w.lemma not in tgt for w in ctx.src_words[op.src[0]:op.src[1]])}


def _next_to_replaced_term(ctx: PairContext, run: tuple[int, int], replaced: set[int]) -> bool:
    """Is the inserted run the continuation of a reworded term ("a genética do país" → "o
    estudo dos genes realizado no país")? It touches a replace op that lost a content word,
    directly or across a short stretch of unchanged function words."""
    ops = ctx.diff.ops
    k = next((k for k, op in enumerate(ops) if op.tgt[0] <= run[0] < max(op.tgt[1], op.tgt[0] + 1)), None)
    if k is None:
        return False
    for step in (-1, 1):
        q = k + step
        if 0 <= q < len(ops) and ops[q].tag == "equal" and ops[q].tgt[1] - ops[q].tgt[0] <= 2 and not any(
                w.is_content for w in ctx.tgt_words[ops[q].tgt[0]:ops[q].tgt[1]]):
            q += step
        if 0 <= q < len(ops) and q in replaced:
            return True
    return False


def _added_split_pieces(ctx: PairContext) -> list[Detection]:
    """A later sentence of a split whose content the source sentence does not carry.

    Why: the aligner may attach a new explanatory sentence to the split before it (it shares a
    word or two with it); the split's pieces repeat the source's content, a new sentence does
    not. The first piece always continues the source, so only later pieces are looked at.
    """
    lemmas, stems = other_side_lemmas(ctx.src_words)
    out: list[Detection] = []
    inserted = {j for a, b in inserted_runs(ctx) for j in range(a, b)}
    for sent in ctx.target[1:]:
        content = [w for w in tokenize(sent.text) if w.is_content or w.kind == "num"]
        idx = [j for j, w in enumerate(ctx.tgt_words) if sent.start <= w.start < sent.end]
        if len([j for j in idx if j in inserted]) < MIN_INSERTED_SHARE * len(idx):
            continue  # the diff pairs most of it with source words: it renders them, reworded
        # a word the other pieces also use that the source lacks stands for a source term
        # ("A cerração, que ocultou o amanhecer, …" → "A neblina atrapalhou … A neblina
        # escondeu o amanhecer …"): a substitution, not new information
        others = {w.lemma for w in ctx.tgt_words if not sent.start <= w.start < sent.end}
        new = [w for w in content if w.lemma not in lemmas and w.lower[:5] not in stems
               and w.lemma not in others]
        if len(new) < SPLIT_NEW_MIN or len(new) < SPLIT_NEW_SHARE * len(content):
            continue
        if not says_new_things(ctx, content):
            continue  # said elsewhere in the source text: the split restates it
        if _renders_an_unsaid_clause(ctx, sent, content):
            continue  # a clause the other pieces leave out, said in other words
        if _item_of_an_unsaid_member(ctx, sent, content):
            continue  # a list item that says a member of the source's enumeration anew
        if _next_group_leaves_a_clause_unsaid(ctx, sent, content):
            continue  # may open the next group's rendering: unsure, silent
        said = other_side_lemmas([w for w in ctx.tgt_words if not sent.start <= w.start < sent.end])
        if _opens_with_pronoun(sent.text) and _unsaid_qualifier(ctx.src_words, said):
            continue  # "uma infecção viral contagiosa" → "… Ela passa facilmente de uma pessoa
            # para outra.": the referent's quality the other pieces leave out, spelled out
        if defines_source_term(ctx, [w for w in tokenize(sent.text) if w.kind != "punct"]):
            continue  # a definition of a source term in a sentence of its own: EXP+
        share = len(new) / len(content)
        expl = msg("in.split_piece", text=sent.text, new=len(new), total=len(content))
        out.append(ctx.detection(CODE, min(0.8, 0.4 + 0.4 * share), [], [(sent.start, sent.end)], expl,
                                 {"kind": "split_piece", "sentences": [sent.id], "new_share": round(share, 2)}))
    return out
