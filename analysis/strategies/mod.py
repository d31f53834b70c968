"""MOD+ Modulação: change of grammatical perspective.

* voice: an analytic passive (ser + participle, or estar/ficar + participle + agent) on one
  side whose verb appears in the active on the other side;
* agent made explicit: a passive without agent gains "por/pelo..." + agent;
* a passive without agent rendered active with another verb in the 3rd person plural and no
  subject, the indefinite subject ("Foi conduzida uma caminhada" → "Em seguida, fizeram uma
  caminhada"; "foi fotografado" → "tiraram uma fotografia dele"); estar/ficar + participle +
  "que" read as a passive whose subject is a clause ("ficou determinado que" → "determinaram
  que"); no passive is read across punctuation ('"Fui eu", pichada');
* the agent made subject of another verb ("realizado pelo Ibope" → "O Ibope fez"), a
  pronominal passive turned intransitive ("aumentou-se a produção" → "a produção aumentou"), a
  participial clause turned active with an indefinite subject ("…, divulgado ontem" →
  "Divulgaram ontem …"), an impersonal "-se" given a subject ("caminha-se" → "As pessoas
  caminham"), the agent made subject of a copula naming the participle's noun ("a equipe
  liderada por X" → "X é o chefe da equipe");
* an action noun turned into its verb with the perspective changed: its "de" complement made
  subject ("contou com o apoio de X" → "X apoiaram"), or an agent made explicit ("consultas
  feitas com Y" → "A prefeitura consultou Y");
* a passive without agent turned active with another verb and a subject the source never named,
  the verb where the passive stood and its patient after it ("Fica instituído o programa" → "A
  prefeitura criou o programa"); an analytic passive turned pronominal with another verb ("é
  elaborado um cardápio" → "Prepara-se um cardápio"); the indefinite subject also in an active
  compound tense ("se não tivessem aumentado");
* estar/ficar + participle without agent (a state) turned into an active clause of the same
  verb, its complement's place or thing made subject ("está publicado na revista" → "A revista
  publicou") or with an indefinite subject ("ficou bloqueada" → "Bloquearam");
* the recipient of a transfer made subject of receber/ganhar ("foi dado para o claustro" → "O
  claustro recebeu"); an action noun subject of a light passive with agent turned into its
  verb, the agent its subject ("O bombardeamento é feito por partículas" → "Partículas
  bombardeiam"); the "de" complement made subject also past a passive light verb ("está sendo
  feita com a ajuda de X" → "X ajudam");
* a participle without auxiliary or agent turned active (round 6): a reduced relative with
  an indefinite subject and another verb ("a dupla flagrada" → "Pegaram a dupla"), a
  participial clause given a subject with the same verb and its object ("Batizado com o
  nome do menino, o bosque…" → "O casal batizou o bosque"); a passive of what its subject
  is furnished with turned active with "ter" ("é equipado com X" → "tem X"); what was given
  or done to someone told from the receiver's side with receber/ganhar, in a relative on the
  participle's noun ("críticas feitas à decisão" → "críticas que recebeu") or with a noun of
  its family ("157 mil beneficiados" → "157 mil receberam o benefício");
* round 7: the personal infinitive ("a serem discutidos" → "para discutir"); a passive whose
  auxiliary is gapped in a coordination ("foi preso e levado", "foram salvos e a embarcação,
  avariada, rebocada" → "Levaram a embarcação"); participles coordinated before one agent
  share it ("produzida e estrelada por X"); the agent made subject of the same verb in an
  unpaired target sentence a few groups away (a split piece the aligner left alone); a
  proclitic "se" after an adverb, a negation or "que" read as the pronominal passive
  ("é conseguido" → "Hoje se consegue");
* round 8: a participle coordinated with one whose active stands in an added sentence, sharing
  its agent, rendered in another added sentence opening with that agent with another verb
  ("produzida e estrelada por L." → "L. produziu a peça. L. também atua…"); a fronted place
  made subject of an active verb, same or other ("Na mostra estão retratadas as décadas" →
  "A mostra registra as décadas");
* round 9 (modr6), passives turned active with the same verb: a reduced relative with an
  indefinite subject ("uma sessão convocada" → "convocaram a sessão"); a bare participle
  turned pronominal with its noun after the verb ("O projeto, criado em 2003" → "criou-se o
  projeto"; with the noun before it, "se realizou", "se baseia", a middle: silent); a
  pronominal passive before its patient turned active ("em que se perdem os dentes" → "de
  perder os dentes"); estar + participle opening its sentence before its subject read as an
  inverted passive ("Está iniciada a era" → "Começou a era"); a participle coordinated after a
  fronted place with its auxiliary gapped ("e projetadas as possibilidades" → "A mostra
  projeta as possibilidades"). Dropped: the verb in a relative clause on the participle's
  noun ("a pesquisa feita" → "a pesquisa que fez": "que" may be the subject; only false
  alarms on valid), and receber + a noun of the participle's family ("beneficiados" →
  "receberam o benefício": annotated SL+/RF+ on dev);
* round 10 (modr8): a bare participle turned pronominal keeping its prepositional complement
  (same preposition, same noun after the verb): a fronted participial clause that does not
  agree with the subject after its comma ("Somado a esse fator, a distância" → "A distância
  se soma a esse fator"), or a reduced relative turned into "que se" + a verb, the same or
  another, on the same noun ("peça encaixada à quilha" → "peça que se junta à quilha"). A
  participle after its noun and a comma ("o encontro, realizado…" → "O encontro se
  realizou…") stays silent, as the dev annotators left it. The relative "que fez" was left
  alone again (see ``_reduced_relative_same_verb``);
* polarity: a predicate with a negative prefix said through a negated copula ("é desnecessária"
  → "não é necessário"), unlike an attributive one (SL+);
* polarity: a sentential negator (não, nunca, nenhum...) added or removed in a small change
  while the frame stays (e.g. "não é caro" → "é barato"); morphological antonyms
  (possível/impossível) strengthen the evidence; an adjective said through a negated
  predicate of its noun ("atrações discretas" → "as atrações não chamam a atenção").
* round 67: "por" before a determiner or a number and a noun of cause or time ("por algum
  motivo", "por dois anos") opens a locution, no agent (``voice.por_locution``).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from analysis.diff import Token, TokenDiff, tokenize
from analysis.lexicon.attribution import EXPLICIT_MARKERS, SHORT_MARKERS
from analysis.lexicon.function_words import MOVABLE_ADVERBS
from analysis.lexicon.voice import (
    AGENT_PREPOSITIONS,
    DAR_PARTICIPLES,
    NEGATORS,
    OTHER_AUX_FORMS,
    PERFECT_AUX_FORMS,
    PROHIBITION_STEMS,
    RECIPIENT_PREPOSITIONS,
    RECIPIENT_VERBS,
    SER_FORMS,
    PassiveMatch,
    find_clausal_passives,
    find_passives,
    find_reduced_passives,
    is_participle,
    morphological_antonym,
    negators,
    participle_verb,
    por_locution,
    regular_participle_verbs,
)
from analysis.strategies.base import PairContext
from analysis.strategies.neighbours import unpaired_nearby
from analysis.strategies.rd import punct_before, sentence_starts
from analysis.strategies.registry import register
from analysis.types import Detection, msg

CODE = "MOD+"


_NOUN_SUFFIXES = ("mento", "mentos", "ção", "ções", "são", "sões", "dor", "dores", "dora",
                  "agem", "ência", "ância", "ura", "uras")


def _same_verb(p: Token, w: Token) -> bool:
    """Is ``w`` a finite/infinitive form of the participle's verb (not the participle again,
    not a derived noun like -mento/-ção)?"""
    if w is p or w.kind != "word" or w.lower.endswith(_NOUN_SUFFIXES) or is_participle(w.lower):
        return False
    if not (w.lemma.endswith(("ar", "er", "ir", "or", "ôr")) or w.lower.endswith(("ar", "er", "ir"))):
        return False   # no verb's form ("criança" is not "criar", "mestranda" not "mestrar")
    inf = "dar" if p.lower in DAR_PARTICIPLES else participle_verb(p.lower)   # ("dada": "dado" to the lemmatiser)
    if inf is not None:
        return w.lemma == inf or w.lower == inf
    if p.lemma == w.lemma or w.lemma in regular_participle_verbs(p.lower):
        return True
    a, b = p.lower, w.lower
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= 5 or (k >= 4 and len(a) <= 7)


#: words after which "o/a/os/as" is a clitic pronoun before its verb ("que o conhecem",
#: "não a viu"), not an article
_CLITIC_HOSTS = frozenset({"que", "não", "se", "já", "também", "nunca", "ainda", "ele", "ela", "eles",
                           "elas", "nós", "eu", "você", "quem", "sempre", "só"})


#: prepositions that never stand before a finite verb: a word after one that is no
#: infinitive is a noun ("por causa de", "com medo de")
_BARE_PREPOSITIONS = frozenset({"por", "de", "em", "com", "sem", "sob", "para", "pelo", "pela", "do", "da"})


def _read_as_noun(words: list[Token], k: int) -> bool:
    """The word at ``k`` is a noun by what opens it: a preposition (``_after_a_preposition``)
    or an article (``_noun_after_article``), whatever verb its spelling may also be."""
    return _after_a_preposition(words, k) or _noun_after_article(words, k)


def _after_a_preposition(words: list[Token], k: int) -> bool:
    """A word after a preposition that is no infinitive: no finite verb follows a preposition,
    so it is a noun ("acontece por causa de bactérias": «causa» is no form of "causar")."""
    return k > 0 and words[k - 1].lower in _BARE_PREPOSITIONS and not words[k].lower.endswith(("ar", "er", "ir"))


def _noun_after_article(words: list[Token], k: int) -> bool:
    """A word after an article with no finite ending is a noun ("a multa", "o apoio"), not
    the verb of the same family ("multaram"). "o/a" after a subject noun or "que", "não"…
    is a clitic pronoun: its verb follows ("a lei o impede", "nós o conhecemos")."""
    if k == 0 or words[k - 1].lower not in {"o", "a", "os", "as", "um", "uma"}:
        return False
    prev = words[k - 2] if k >= 2 else None
    if words[k - 1].lower not in ("um", "uma") and prev is not None and (
            prev.lower in _CLITIC_HOSTS or (prev.is_content and not _verb_form(prev, True)
                                            and not _present_form(prev))):
        return False
    return not words[k].lower.endswith(_FINITE_ENDINGS)


def _perfect_active(words: list[Token], k: int, part: Token) -> bool:
    """Is ``words[k]`` the participle's verb in an active compound tense ("haviam vaiado"
    facing "havia sido vaiado")?"""
    return (k > 0 and is_participle(words[k].lower) and words[k - 1].lower in PERFECT_AUX_FORMS
            and _same_participle(part, words[k]))


def _same_participle(a: Token, b: Token) -> bool:
    return a.lemma == b.lemma or a.lower[:5] == b.lower[:5]


def voice_changed(d: TokenDiff) -> bool:
    """Cheap check shared with DL+: does one side have a passive the other side lacks?"""
    sp = find_passives([w.lower for w in d.src_words])
    tp = find_passives([w.lower for w in d.tgt_words])
    s_parts = [d.src_words[m.participle] for m in sp]
    t_parts = [d.tgt_words[m.participle] for m in tp]
    return (any(not any(_same_participle(a, b) for b in t_parts) for a in s_parts)
            or any(not any(_same_participle(b, a) for a in s_parts) for b in t_parts))


def _punct_between(words: list[Token], tokens: list[Token], a: int, b: int) -> bool:
    """Is there a punctuation token between words ``a`` and ``b`` ("Fui eu", pichada": the
    auxiliary closes a quotation; it does not govern the participle)?"""
    return any(t.kind == "punct" for t in tokens if words[a].end <= t.start < words[b].start)


#: adverbs of order, beside the movable ones and those in -mente, that may stand between an
#: auxiliary and its participle ("foi primeiro dada")
_ORDER_ADVERBS = frozenset({"primeiro", "enfim"})


def _adverb_set_off(words: list[Token], tokens: list[Token], a: int, b: int) -> bool:
    """Only commas and adverbs between the auxiliary and the participle ("foi, naturalmente,
    primeiro dada"): an adverb set off inside the verb phrase, the passive whole."""
    marks = [t.text for t in tokens if t.kind == "punct" and words[a].end <= t.start < words[b].start]
    between = words[a + 1:b]
    return bool(between) and all(m == "," for m in marks) and all(
        w.lower.endswith("mente") or w.lower in MOVABLE_ADVERBS or w.lower in _ORDER_ADVERBS for w in between)


def _passives(words: list[Token], tokens: list[Token]) -> list[PassiveMatch]:
    """Analytic passives, with those whose subject is a clause ("ficou decidido que") and those
    whose auxiliary is gapped in a coordination ("foram salvos e a embarcação, rebocada")."""
    lows = [w.lower for w in words]
    out = [m for m in find_passives(lows) if not _punct_between(words, tokens, m.aux, m.participle)
           or _adverb_set_off(words, tokens, m.aux, m.participle)]
    taken = {m.participle for m in out}
    out += [m for m in find_clausal_passives(lows) if m.participle not in taken]
    return out + _gapped_passives(words, tokens, out)


#: the ending a participle takes to agree with each article ("a embarcação … rebocada")
_AGREEMENT = {"o": "o", "um": "o", "os": "os", "a": "a", "uma": "a", "as": "as"}
#: the most words of the new subject's noun phrase, and of a parenthetical inside it
MAX_GAPPED_NP = 3
MAX_GAPPED_PARENTHETICAL = 4
#: the most words between the first passive's participle and the "e" that coordinates
MAX_GAPPED_DISTANCE = 8


def _with_coordinated(words: list[Token], tokens: list[Token], reduced: list[PassiveMatch]) -> list[PassiveMatch]:
    """Participial passives with an agent, plus a participle coordinated before one of them,
    which shares its agent ("produzida e estrelada por Luana"): participle, "e", participle,
    no punctuation between, no auxiliary before the first."""
    out = list(reduced)
    taken = {m.participle for m in reduced}
    for m in reduced:
        p = m.participle - 2
        if m.agent is None or p < 0 or p in taken or words[m.participle - 1].lower != "e" \
                or not is_participle(words[p].lower) or _punct_texts(words, tokens, p, m.participle):
            continue
        if any(w.lower in SER_FORMS | OTHER_AUX_FORMS | PERFECT_AUX_FORMS for w in words[max(0, p - 3):p]):
            continue
        out.append(PassiveMatch(p, p, m.agent, False))
    return out


def _punct_texts(words: list[Token], tokens: list[Token], a: int, b: int) -> list[str]:
    """Punctuation tokens between words ``a`` and ``b``."""
    return [t.text for t in tokens if t.kind == "punct" and words[a].end <= t.start < words[b].start]


def _gapped_passives(words: list[Token], tokens: list[Token], found: list[PassiveMatch]) -> list[PassiveMatch]:
    """A passive whose auxiliary is understood from the one before it, in a coordination: with
    the same subject ("foi preso e levado à delegacia") or a new one ("Os marinheiros foram
    salvos e a embarcação, muito avariada, rebocada até a costa"). Evidence: an analytic passive
    with "ser"; "e" within eight words after it (no punctuation other than commas, no verb
    between); then either a participle agreeing with the first one, or an article, its noun
    phrase (no verb, no participle), optionally a parenthetical between commas, and a
    participle agreeing with the article; no finite verb after the participle in its clause
    (else it qualified the noun: "e a embarcação rebocada chegou")."""
    out: list[PassiveMatch] = []
    taken = {m.participle for m in found}
    for m in found:
        if not m.strong:
            continue
        start = (m.agent + 1) if m.agent is not None else m.participle + 1
        e = next((k for k in range(start, min(start + MAX_GAPPED_DISTANCE, len(words)))
                  if words[k].lower == "e"), None)
        if e is None or e + 1 >= len(words) or _punct_texts(words, tokens, e, e + 1) \
                or any(p != "," for p in _punct_texts(words, tokens, m.participle, e)) or any(
                _verb_form(w, True) or w.lower in SER_FORMS or is_participle(w.lower) for w in words[start:e]):
            continue
        if is_participle(words[e + 1].lower):   # the same subject
            first = words[m.participle].lower
            ending = next((x for x in ("os", "as", "o", "a") if first.endswith(x)), "")
            k = e + 1
        else:
            k, ending = _gapped_new_subject(words, tokens, e + 1)
        if k is None or not ending or k in taken or not is_participle(words[k].lower) \
                or not words[k].lower.endswith(ending):
            continue
        # the rest of the participle's clause holds no finite verb
        clause = []
        for q in range(k + 1, len(words)):
            if _punct_texts(words, tokens, q - 1, q):
                break
            clause.append(words[q])
        if any(_verb_form(w, False) or _present_form(w) or w.lower in SER_FORMS | OTHER_AUX_FORMS
               for w in clause):
            continue
        agent = next((q for q in range(k + 1, min(k + 4, len(words))) if words[q].lower in AGENT_PREPOSITIONS
                      and not por_locution([w.lower for w in words], q)
                      and not _punct_texts(words, tokens, k, q)), None)
        out.append(PassiveMatch(k, k, agent, True))
        taken.add(k)
    return out


def _gapped_new_subject(words: list[Token], tokens: list[Token], j: int) -> tuple[int | None, str]:
    """After the "e" of a gapped passive, a new subject: an article (``j``), its noun phrase
    and optionally a parenthetical between commas. Returns the index of the word after them
    (the participle, if any) and the ending the article asks of it."""
    if words[j].lower not in _AGREEMENT:
        return None, ""
    ending = _AGREEMENT[words[j].lower]
    k = j + 1
    while k < len(words) and k - j <= MAX_GAPPED_NP and not _punct_texts(words, tokens, k - 1, k) \
            and not is_participle(words[k].lower) and not _verb_form(words[k], True) \
            and words[k].lower not in SER_FORMS | OTHER_AUX_FORMS | PERFECT_AUX_FORMS:
        k += 1
    if k == j + 1 or k >= len(words):
        return None, ""   # no noun, or the sentence ends
    punct = _punct_texts(words, tokens, k - 1, k)
    if punct == [","]:   # a parenthetical: ", muito avariada,"
        q = next((q for q in range(k + 1, min(k + 1 + MAX_GAPPED_PARENTHETICAL, len(words)))
                  if _punct_texts(words, tokens, q - 1, q)), None)
        if q is None or _punct_texts(words, tokens, q - 1, q) != [","]:
            return None, ""
        k = q
    elif punct:
        return None, ""
    return k, ending


def _voice_changes(ctx: PairContext) -> Iterable[Detection]:
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    sp = _passives(sw, d.src_tokens)
    tp = _passives(tw, d.tgt_tokens)
    # participial passives with an agent count on the passive side, not as "the same
    # participle again" on the other (an agent turned subject keeps no participle)
    s_red = _with_coordinated(sw, d.src_tokens, find_reduced_passives([w.lower for w in sw]))
    t_red = _with_coordinated(tw, d.tgt_tokens, find_reduced_passives([w.lower for w in tw]))
    found = False
    turned: set[int] = set()   # source passives (participle index) already reported
    for passives, other_p, words, other, direction in (
        (sp + s_red, tp + t_red, sw, tw, "passiva → ativa"),
        (tp + t_red, sp + s_red, tw, sw, "ativa → passiva"),
    ):
        in_passive = {m.participle for m in other_p} | {m.aux for m in other_p}
        used: set[int] = set()   # each active verb answers one passive
        for m in sorted(passives, key=lambda m: m.participle):
            part = words[m.participle]
            # the same verb, not in a passive, on the other side
            hit = next((k for k, w in enumerate(other)
                        if k not in in_passive and k not in used and not _read_as_noun(other, k)
                        and (_same_verb(part, w) or _perfect_active(other, k, part))
                        and not any(_same_participle(part, other[q.participle]) for q in other_p)), None)
            if hit is None:
                continue
            if not m.strong and m.agent is None:
                continue
            if m.aux == m.participle and is_participle(other[hit].lower):
                continue   # a participle facing a participle: no clause was turned round
            if direction.startswith("ativa") and any(
                    is_participle(w.lower) and _same_participle(part, w)
                    and not (k > 0 and other[k - 1].lower in PERFECT_AUX_FORMS) for k, w in enumerate(other)):
                continue   # the source's bare participle ("A fusão, feita com…") became the passive
            # a participle sharing the agent of the next one ("produzida e estrelada por"): itself
            shared = m.agent is not None and any(is_participle(words[q].lower) for q in range(m.participle + 1, m.agent))
            p_span = (words[m.first].start, words[m.participle if shared else m.last].end)
            v_first = hit - 1 if _perfect_active(other, hit, part) else hit   # "haviam vaiado"
            v_span = (other[v_first].start, other[hit].end)
            p_text = ctx.source_doc.text[p_span[0]:p_span[1]] if direction.startswith("passiva") \
                else ctx.target_doc.text[p_span[0]:p_span[1]]
            v_text = (ctx.target_doc if direction.startswith("passiva") else ctx.source_doc).text[v_span[0]:v_span[1]]
            conf = 0.8 if m.strong else 0.65
            if m.agent is not None:
                conf += 0.1
            doc_o = ctx.target_doc if direction.startswith("passiva") else ctx.source_doc
            pronominal = doc_o.text[other[hit].end:other[hit].end + 3].lower() == "-se"
            # a proclitic "se" ("Hoje se consegue", "o que já se sabia"): after an adverb, a
            # negation or "que" in the same clause, "se" is the clitic, not the conjunction
            o_tokens = d.tgt_tokens if direction.startswith("passiva") else d.src_tokens
            proclitic = (not pronominal and v_first == hit and hit > 1 and other[hit - 1].lower == "se"
                         and (other[hit - 2].lower in MOVABLE_ADVERBS or other[hit - 2].lower in NEGATORS
                              or other[hit - 2].lower == "que")
                         and not _punct_between(other, o_tokens, hit - 2, hit))
            change = direction
            if pronominal or proclitic:
                if proclitic:
                    v_span = (other[hit - 1].start, v_span[1])
                    v_text = doc_o.text[v_span[0]:v_span[1]]
                else:
                    v_text += "-se"
                    v_span = (v_span[0], v_span[1] + 3)
                pronominal = True
                change = ("passiva analítica → pronominal" if direction.startswith("passiva")
                          else "pronominal → passiva analítica")
            if direction.startswith("passiva"):
                src_span, tgt_span = p_span, v_span
                key = "mod.passive_to_pronominal" if pronominal else "mod.passive_to_active"
                expl = msg(key, passive=p_text, verb=v_text)
            else:
                src_span, tgt_span = v_span, p_span
                key = "mod.pronominal_to_passive" if pronominal else "mod.active_to_passive"
                expl = msg(key, passive=p_text, verb=v_text)
            found = True
            used.add(hit)
            if direction.startswith("passiva"):
                turned.add(m.participle)
            yield ctx.detection(CODE, conf, [src_span], [tgt_span], expl,
                                {"kind": "voice", "direction": change, "participle": part.text,
                                 "verb": v_text, "agent": m.agent is not None})
    # passive with agent → active with another verb ("foi contido pelas autoridades" →
    # "as autoridades controlaram"): the agent became the subject, in front of the clause
    if not found:
        for det in _agent_promotion(ctx, sp, tp):
            turned |= {m.participle for m in sp if sw[m.first].start == det.source_spans[0][0]}
            yield det
    for det in _agent_as_subject(ctx, [m for m in sp + s_red if m.participle not in turned], tp + t_red):
        turned |= {m.participle for m in sp if sw[m.first].start == det.source_spans[0][0]}
        yield det
    taken = {m.participle for m in sp}
    fronted = [m for m in _fronted_ficar_passives(ctx) if m.participle not in taken]
    other = list(_passive_to_other_verb(ctx, [m for m in sp + fronted if m.participle not in turned], tp))
    yield from other
    if not other:
        other = list(_passive_to_new_subject(ctx, [m for m in sp + fronted if m.participle not in turned]))
        yield from other
    if not other:
        yield from _passive_to_indefinite_subject(ctx, [m for m in sp if m.participle not in turned])
    pron = list(_pronominal_to_intransitive(ctx))
    yield from pron or _impersonal_given_subject(ctx)
    yield from _participle_to_indefinite_subject(ctx, sp + s_red)
    yield from _reduced_to_indefinite_subject(ctx, sp)
    yield from _bare_participle_to_active(ctx, sp + s_red)
    yield from _reduced_relative_same_verb(ctx, sp + s_red)
    yield from _participle_to_pronominal(ctx, sp + s_red)
    yield from _participle_complement_pronominal(ctx, sp + s_red)
    if not pron:
        yield from _pronominal_to_active(ctx)
    if not turned:
        yield from _passive_to_ter(ctx, sp)
    yield from _noun_turned_verb(ctx, sp + s_red)
    yield from role_frame_turned(ctx)
    yield from _agent_subject_next_door(ctx, [m for m in sp + s_red if m.participle not in turned])
    rec = list(_recipient_made_subject(ctx))
    yield from rec or _given_thing_received(ctx)
    if not turned:
        state = list(_state_turned_active(ctx, tp + t_red))
        yield from state or _fronted_place_made_subject(ctx, tp + t_red)
    # agent made explicit: same passive participle, agent only in the target
    for m in sp:
        if m.agent is not None or _means_after(sw, m.participle):
            continue
        for q in tp:
            if q.agent is not None and _same_participle(sw[m.participle], tw[q.participle]):
                a_span = (tw[q.agent].start, tw[min(q.agent + 3, len(tw) - 1)].end)
                expl = msg("mod.agent_explicit", participle=sw[m.participle].text,
                           agent=ctx.target_doc.text[a_span[0]:a_span[1]])
                yield ctx.detection(CODE, 0.7, [(sw[m.first].start, sw[m.last].end)], [a_span], expl,
                                    {"kind": "agent_explicit", "participle": sw[m.participle].text})


#: tokens that close the phrase "ter X como Y" names (its object or its role)
_ROLE_FRAME_WINDOW = 5


def _finite_or_copula(w: Token) -> bool:
    """An active finite verb, or a finite form of "ser" ("era vice de Bernardi")."""
    return _verb_form(w, False) or (w.lemma == "ser" and w.lower not in ("ser", "sido", "sendo"))


def role_frame_turned(ctx: PairContext) -> Iterable[Detection]:
    """The frame "X ter Y como Z" (X has Y as its Z) said from Y's side: "Bernardi tinha Denise
    Kempf como vice" → "Denise Kempf era vice de Bernardi", "a revolução, que hoje tem como
    adeptos o Equador e a Bolívia" → "O Equador e a Bolívia aderiram à revolução": the point of
    view turned round, Y the subject now and X after the new verb. Evidence: "ter" with "como"
    within a few words; Y's first content word opens the target clause right before a finite
    verb other than "ter"; a content word of X (the words before "ter", or the antecedent of
    the relative "que" that is its subject) after that verb."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    for k, w in enumerate(sw):
        if w.lemma != "ter" or w.lower in ("ter", "tido", "tendo"):
            continue
        como = next((c for c in range(k + 1, min(len(sw), k + _ROLE_FRAME_WINDOW)) if sw[c].lower == "como"), None)
        if como is None or como + 1 >= len(sw):
            continue
        obj = sw[como + 2:como + 2 + _ROLE_FRAME_WINDOW] if como == k + 1 else sw[k + 1:como]
        holder = [x for x in sw[max(0, k - 4):k] if x.is_content]
        if any(x.lower == "que" for x in sw[max(0, k - 4):k]):
            q = max(i for i in range(max(0, k - 4), k) if sw[i].lower == "que")
            holder += [x for x in sw[max(0, q - 3):q] if x.is_content]
        head = next((x for x in obj if x.is_content), None)
        if head is None or not holder:
            continue
        for j, t in enumerate(tw):
            if t.lemma != head.lemma:
                continue
            v = next((q for q in range(j + 1, min(len(tw), j + len(obj) + 2)) if _finite_or_copula(tw[q])), None)
            if v is None or tw[v].lemma == "ter" or any(tw[q].lemma == "ter" for q in range(j, v)):
                continue
            if not {x.lemma for x in holder} & {x.lemma for x in tw[v + 1:v + 1 + 2 * _ROLE_FRAME_WINDOW]}:
                continue
            s_end = como + 1 if como == k + 1 else k
            s_span, t_span = (sw[k].start, sw[s_end].end), (tw[v].start, tw[v].end)
            yield ctx.detection(CODE, 0.6, [s_span], [t_span],
                                msg("mod.role_frame_turned", source=ctx.source_doc.text[s_span[0]:s_span[1]],
                                    target=tw[v].text, subject=head.text),
                                {"kind": "viewpoint", "frame": "ter … como"})
            return


#: phrases that give the means of a passive, not its agent ("é transmitida por meio de
#: secreções"): the "por" phrase the target puts in their place is that means said shorter
_MEANS_PHRASES = (("por", "meio"), ("através",), ("mediante",), ("via",), ("por", "intermédio"))


def _means_after(sw: list[Token], k: int) -> bool:
    """Does a means phrase follow participle ``k`` (one adverb may stand between)?"""
    at = k + 1
    if at < len(sw) and sw[at].lower in MOVABLE_ADVERBS:
        at += 1
    words = [w.lower for w in sw[at:at + 2]]
    return any(tuple(words[:len(p)]) == p for p in _MEANS_PHRASES)


#: endings of finite and gerund verb forms (3rd person, the tenses of news and reports)
_FINITE_ENDINGS = ("ram", "am", "em", "ou", "eu", "iu", "ando", "endo", "indo", "ava", "iam", "ia", "ez", "ôs", "ão")
#: the most a verb substitution spans on the active side (verb, auxiliary, clitic)
MAX_ACTIVE_WORDS = 3


def _verb_form(w: Token, infinitive_ok: bool) -> bool:
    """Does ``w`` look like an active verb form? Its lemma is a verb (-ar/-er/-ir) and the word
    is an inflected finite or gerund form of it (or an infinitive, where the passive was an
    infinitive "ser ..."); participles and forms of "ser" are the passive's, not the active's."""
    lo, lem = w.lower, w.lemma
    if w.kind != "word" or is_participle(lo) or lo in SER_FORMS or len(lem) < 4 or not lem.endswith(("ar", "er", "ir")):
        return False
    if lo == lem:
        return infinitive_ok
    return lo.endswith(_FINITE_ENDINGS)


#: verbs of aspect that take their event from an infinitive after "a" or "de" ("começar a
#: comer", "deixar de fumar")
_ASPECT_VERBS = frozenset({"começar", "passar", "voltar", "continuar", "deixar", "acabar", "parar", "tornar"})


def _aspect_before_infinitive(tw: list[Token], k: int) -> bool:
    """Is target word ``k`` a verb of aspect followed by "a"/"de" and an infinitive?"""
    return (tw[k].lemma in _ASPECT_VERBS and k + 2 < len(tw) and tw[k + 1].lower in ("a", "de")
            and tw[k + 2].lower == tw[k + 2].lemma and tw[k + 2].lemma.endswith(("ar", "er", "ir")))


def _enclitic_se(text: str, w: Token) -> bool:
    """Is ``w`` a verb carrying a hyphenated "-se" ("Prepara-se", "Considera-se")? The clitic
    marks the verb whatever its ending."""
    return (w.kind == "word" and text[w.end:w.end + 3].lower() == "-se" and not is_participle(w.lower)
            and w.lemma.endswith(("ar", "er", "ir")) and w.lower != w.lemma)


def _present_form(w: Token) -> bool:
    """A present-tense form ("admira", "critica", "escondem"), read as a verb only right after
    its subject: a verb's lemma, an inflected form with a present ending."""
    lo, lem = w.lower, w.lemma
    return (w.kind == "word" and len(lem) >= 4 and lem.endswith(("ar", "er", "ir")) and lo != lem
            and lo.endswith(("a", "e", "am", "em")) and not is_participle(lo) and lo not in SER_FORMS)


def _passive_to_other_verb(ctx: PairContext, sp: list[PassiveMatch], tp: list[PassiveMatch]) -> Iterable[Detection]:
    """An analytic passive rendered in the active with another verb ("está sendo elaborado"
    → "Estão preparando", "foram inoculadas" → "Colocaram", "para ser concluída" → "para
    terminar"). Evidence: the passive (ser + participle) is one changed stretch of the diff,
    its verb appears nowhere in the target, no passive stands in its place, and its
    counterpart (the replacement, or an insertion next to it: the patient moves after the
    verb) is a short stretch holding an active verb form."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    t_passive = {k for q in tp for k in range(q.first, q.participle + 1)}
    s_moved, t_moved = d.src_moved(), d.tgt_moved()
    for m in sp:
        if not m.strong or m.agent is not None:
            continue  # with an agent: ``_agent_promotion`` reads it
        part = sw[m.participle]
        if any(_same_verb(part, w) or _same_participle(part, w) for w in tw if w.kind == "word"):
            continue  # the same verb is still there: the other detectors' business
        k = next((k for k, op in enumerate(d.ops) if op.src[0] <= m.participle < op.src[1]), None)
        if k is None or d.ops[k].tag not in ("replace", "delete"):
            continue
        op = d.ops[k]
        # words the diff found moved (the patient put after the new verb) are no other content
        kept = [q for q in range(*op.src) if q not in s_moved]
        if op.src[0] > m.first or len(kept) > (m.participle - m.first + 1) + 1:
            continue  # the passive went with other content: an omission or a rewording
        cands = ([op] if op.tag == "replace" else []) + [
            d.ops[q] for q in (k - 1, k + 1, k - 2, k + 2) if 0 <= q < len(d.ops) and d.ops[q].tag == "insert"]
        infinitive_ok = sw[m.aux].lower in ("ser", "serem", "sermos")
        for c in cands:
            a, b = c.tgt
            while a < b and a in t_moved:
                a += 1
            while b > a and b - 1 in t_moved:
                b -= 1
            if not 0 < b - a <= MAX_ACTIVE_WORDS or any(j in t_passive for j in range(a, b)):
                continue
            active = [w for j, w in enumerate(tw[a:b], a)   # "havia informado": active perfect
                      if not (is_participle(w.lower) and j > 0 and tw[j - 1].lower in PERFECT_AUX_FORMS)]
            # a verb with an enclitic "-se" ("Prepara-se"): the pronominal passive
            enclitic = [w for w in tw[a:b] if _enclitic_se(ctx.target_doc.text, w)]
            if not (enclitic or any(_verb_form(w, infinitive_ok) for w in tw[a:b])) or any(
                    w.is_content and not _verb_form(w, True) and w not in enclitic for w in active):
                continue  # no verb, or a verb phrase with a noun ("entrar em ação"): reworded
            if _aspect_before_infinitive(tw, b - 1):
                continue  # "deve ser complementada" → "deve começar a comer": the event is the
                # infinitive's, outside the stretch, no active of the passive's verb
            if _frames_a_reported_clause(sw, m, tw, b):
                continue
            first = m.first - 1 if m.first > 0 and sw[m.first - 1].lower in OTHER_AUX_FORMS else m.first
            p_span = (sw[first].start, sw[m.participle].end)   # "está sendo elaborado"
            v_span = d.tgt_span(a, b)
            expl = msg("mod.passive_to_pronominal" if enclitic else "mod.passive_to_active_other_verb",
                       passive=ctx.source_doc.text[p_span[0]:p_span[1]],
                       verb=ctx.target_doc.text[v_span[0]:v_span[1]])
            yield ctx.detection(CODE, 0.6, [p_span], [v_span], expl,
                                {"kind": "voice", "direction": "passiva → ativa", "participle": part.text,
                                 "verb": ctx.target_doc.text[v_span[0]:v_span[1]], "agent": False,
                                 "other_verb": True})
            break


#: prepositions and contractions that open an adverbial phrase before a verb ("No parque",
#: "Em seguida"): what follows them is no subject
_PREPOSITIONS = frozenset({"em", "no", "na", "nos", "nas", "de", "do", "da", "dos", "das", "para",
                           "com", "por", "pelo", "pela", "ao", "à", "após", "depois", "antes", "durante"})
#: subordinating conjunctions that open a clause before its verb ("se", "quando"): what follows
#: them up to the verb is its subject, if anything
_CLAUSE_CONJUNCTIONS = frozenset({"se", "quando", "caso", "porque", "enquanto", "embora"})
#: words that stand as (or open) a subject before a verb
_SUBJECT_OPENERS = frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas", "que", "quem",
                              "eles", "elas", "ele", "ela", "nós", "eu", "você", "vocês", "se"})


def _no_subject_before(ctx: PairContext, k: int) -> bool:
    """Does target verb ``k`` open its clause with no subject before it: at the sentence start
    or after a comma, or after an adverbial phrase opened by a preposition (with no article or
    pronoun of its own that could head a subject)?"""
    tw = ctx.diff.tgt_words
    starts = sentence_starts(ctx, "t")
    a = max((q for q in starts if q <= k), default=0)
    prefix: list[Token] = []
    for q in range(k - 1, a - 1, -1):
        if punct_before(ctx.diff.tgt_tokens, tw[q + 1]) == ",":
            break
        prefix.insert(0, tw[q])
    if not prefix:
        return True
    # a subordinating conjunction opens the clause, a negation or an adverb at most before the
    # verb ("se não tivessem aumentado", "quando já levaram"): no room for a subject. A bare
    # "se" before the verb is its clitic ("os técnicos se reuniram"), not the conjunction.
    c = max((q for q, w in enumerate(prefix) if w.lower in _CLAUSE_CONJUNCTIONS), default=None)
    if c is not None and all(w.lower in NEGATORS or w.lower in MOVABLE_ADVERBS for w in prefix[c + 1:]) \
            and (prefix[c].lower != "se" or c + 1 < len(prefix)):
        return True
    # "que" after a preposition ("Ao mesmo tempo em que") is no relative subject
    return prefix[0].lower in _PREPOSITIONS and not any(
        w.lower in _SUBJECT_OPENERS and not (w.lower == "que" and prefix[q].lower in _PREPOSITIONS)
        for q, w in enumerate(prefix[1:]))


def _action_noun(noun: Token, part: Token) -> bool:
    """Is ``noun`` a noun of the participle's family ("fotografia" / "fotografado")?"""
    lem = part.lemma if part.lemma.endswith(("ar", "er", "ir")) else ""
    stem = lem[:-2]
    return (len(stem) >= 5 and noun.lower.startswith(stem) and noun.is_content
            and not is_participle(noun.lower) and not _verb_form(noun, True))


def _passive_to_indefinite_subject(ctx: PairContext, sp: list[PassiveMatch]) -> Iterable[Detection]:
    """A passive without agent rendered in the active with another verb in the third person
    plural and no subject, the indefinite subject of Portuguese ("Foi conduzida uma caminhada"
    → "Em seguida, fizeram uma caminhada", "foi fotografado" → "tiraram uma fotografia dele").
    Evidence: the passive stands in a changed stretch whose target side holds a 3rd person
    plural finite verb of a lemma the source lacks, with no subject before it in its clause,
    followed within three words by the passive's patient or by a noun of the participle's
    family; the participle's verb appears nowhere in the target."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    s_lemmas = {w.lemma for w in sw}
    for m in sp:
        if not m.strong or m.agent is not None:
            continue
        part = sw[m.participle]
        if any(_same_verb(part, w) or (is_participle(w.lower) and _same_participle(part, w)) for w in tw):
            continue   # the same verb is still there: the other detectors' business
        op = next((op for op in d.ops if op.src[0] <= m.participle < op.src[1]), None)
        if op is None or op.tag not in ("replace", "delete"):
            continue
        s_starts = sentence_starts(ctx, "s")
        a = max((q for q in s_starts if q <= m.aux), default=0)
        if m.aux == m.participle:   # a gapped auxiliary: the subject follows the "e"
            a = max((q + 1 for q in range(a, m.aux) if sw[q].lower == "e"), default=a)
        patient = {w.lemma for w in sw[a:m.aux] if w.is_content} | {
            w.lemma for w in sw[m.participle + 1:m.participle + 5] if w.is_content}
        # the verb in the passive's own change, or in another change of the group (the patient
        # moved after a verb put at the front: "A descrição … foi submetida" → "Apresentaram a descrição")
        changed = list(range(*op.tgt)) + [k for o in d.ops if o.tag in ("replace", "insert") and o is not op
                                          for k in range(*o.tgt)]
        for k in changed:
            v = tw[k]
            # an active compound tense ("se não tivessem aumentado"): the participle is the verb
            perfect = (v.lower in PERFECT_AUX_FORMS and v.lower.endswith(("am", "em")) and k + 1 < len(tw)
                       and is_participle(tw[k + 1].lower))
            head = tw[k + 1] if perfect else v
            if not perfect and (not _verb_form(v, False) or not v.lower.endswith(("ram", "am", "em"))):
                continue
            if head.lemma in s_lemmas or (perfect and _same_participle(part, head)) or any(
                    _same_verb(sw[q.participle], head) for q in sp):
                continue   # a verb of the source, or the active of another of its passives
            skip = 0 if perfect else _coordinated_verb(tw, k + 1)   # "Roubaram e copiaram a chave"
            after = tw[k + 2:k + 5] if perfect else tw[k + 1 + skip:k + 4 + skip]
            if not any(w.is_content and (w.lemma in patient or _action_noun(w, part)) for w in after):
                continue
            if not _no_subject_before(ctx, k):
                continue
            first = m.first - 1 if m.first > 0 and sw[m.first - 1].lower in OTHER_AUX_FORMS else m.first
            p_span = (sw[first].start, part.end)
            v_span = (v.start, head.end)
            v_text = ctx.target_doc.text[v_span[0]:v_span[1]]
            expl = msg("mod.passive_to_indefinite_subject",
                       passive=ctx.source_doc.text[p_span[0]:p_span[1]], verb=v_text)
            yield ctx.detection(CODE, 0.6, [p_span], [v_span], expl,
                                {"kind": "voice", "direction": "passiva → ativa", "participle": part.text,
                                 "verb": v_text, "agent": False, "other_verb": True,
                                 "indefinite_subject": True})
            return


def _coordinated_verb(tw: list[Token], k: int) -> int:
    """How many words a verb coordinated to the one before ``k`` takes ("Roubaram e copiaram a
    chave": 2, "e copiaram"): the two verbs share the object after the second, as the two
    participles of "A chave foi surrupiada e copiada" shared their subject."""
    if k + 1 < len(tw) and tw[k].lower in ("e", "ou") and _verb_form(tw[k + 1], False) \
            and tw[k + 1].lower.endswith(("ram", "am", "em")):
        return 2
    return 0


#: the most words between the agent's noun and its verb on the active side ("Os tripulantes de
#: um navio de bandeira dinamarquesa expulsaram"): the rest of the agent's noun phrase
MAX_SUBJECT_WORDS = 8


def _agent_kept_before(tw: list[Token], k: int) -> bool:
    """The noun at ``k``, after a demonstrative, already stood earlier in the target after a
    "de" or a "por" ("A cárie acontece por causa de bactérias. Essas bactérias fazem ácidos"):
    the passive's agent was kept as the cause of the clause turned round, and the later
    subject only takes that mention up in a sentence of its own; no agent was made the
    subject of the passive's clause."""
    if k == 0 or tw[k - 1].lower not in _RESUMING_DEMONSTRATIVES:
        return False   # only a demonstrative says the noun is the one named before
    return any(x.lemma == tw[k].lemma and q > 0 and (tw[q - 1].lower in _DE_FORMS or tw[q - 1].lower in AGENT_PREPOSITIONS)
               for q, x in enumerate(tw[:k]))


#: demonstratives that take up a noun named before ("Essas bactérias")
_RESUMING_DEMONSTRATIVES = frozenset({"esse", "essa", "esses", "essas", "este", "esta", "estes", "estas"})


def _agent_as_subject(ctx: PairContext, passives: list[PassiveMatch],
                      other_p: list[PassiveMatch]) -> Iterable[Detection]:
    """A passive with an agent rendered in the active with another verb, the agent now the
    subject ("foram rechaçados pelos tripulantes do navio" → "Os tripulantes do navio
    expulsaram", "realizado pelo Ibope" → "O Ibope fez"). Evidence: the agent's noun opens a
    target sentence (after a determiner at most) and is followed, through the rest of the
    agent's own noun phrase and auxiliaries only, by an active verb form; the passive's verb
    stays in no passive of the target."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    starts = sentence_starts(ctx, "t")
    for m in _with_agents(ctx, passives):
        part = sw[m.participle]
        if any(_same_participle(part, tw[q.participle]) for q in other_p):
            continue   # still a passive there
        phrase = _agent_phrase(ctx, m)
        head = next((w for w in phrase if w.is_content), None)
        if head is None:
            continue
        phrase_lemmas = {w.lemma for w in phrase}
        # what follows the agent in its source clause (a parenthetical expansion: "pelo grupo do
        # LIP (Laboratório de …)" → "O grupo do Laboratório de … (LIP) construiu"): the target
        # subject may carry it, never a verb of it
        # (a capitalised word inside the phrase is part of a name: "Física Nuclear")
        expansion = {w.lemma for w in sw[m.agent + 1:m.agent + 1 + 2 * MAX_SUBJECT_WORDS]
                     if w.text[:1].isupper() or not (
                         _verb_form(w, True) or _present_form(w) or is_participle(w.lower)
                         or w.lower in SER_FORMS | OTHER_AUX_FORMS | PERFECT_AUX_FORMS)}
        for k, w in enumerate(tw):
            if w.lemma != head.lemma:
                continue
            if _agent_kept_before(tw, k):
                break   # "A cárie acontece por causa de bactérias. Essas bactérias fazem ácidos"
            # the subject of a sentence, or of a relative clause ("a elite que Chávez critica")
            opener = next((q for q in (k, k - 1) if q >= 0 and (q == k or not tw[q].is_content)
                           and (q in starts or _relative_on_noun(sw, m, tw, q))), None)
            if opener is None:
                continue
            j = k + 1
            adverbs = 0
            while j < len(tw) and j - k <= MAX_SUBJECT_WORDS and j not in starts:
                if tw[j].lemma in phrase_lemmas or tw[j].lower in PERFECT_AUX_FORMS:
                    j += 1
                elif tw[j].lemma in expansion and (tw[j].text[:1].isupper() or not (
                        _verb_form(tw[j], True) or _present_form(tw[j]) or is_participle(tw[j].lower))):
                    j += 1
                elif tw[j].lower in MOVABLE_ADVERBS and not adverbs:   # "que Ana sempre critica"
                    adverbs += 1
                    j += 1
                else:
                    break
            if j >= len(tw) or j in starts or tw[j].lower in PERFECT_AUX_FORMS or not (
                    _verb_form(tw[j], False) or _present_form(tw[j]) or _copula_before_patient(ctx, m, j)):
                continue
            if any(q is not m.participle and is_participle(sw[q].lower) and _same_verb(sw[q], tw[j])
                   for q in range(len(sw))):
                continue   # the active of another participle of the source ("produzida e estrelada")
            first = opener
            # the passive up to the last agent word the subject carries ("conduzido pela universidade")
            kept = [w for w in phrase if any(x.lemma == w.lemma for x in tw[k:j])]
            p_span = (sw[m.first].start, kept[-1].end)
            t_span = (tw[first].start, tw[j].end)
            yield ctx.detection(CODE, 0.6, [p_span], [t_span],
                                msg("mod.agent_promoted", passive=ctx.source_doc.text[p_span[0]:p_span[1]]),
                                {"kind": "voice", "direction": "passiva → ativa", "participle": part.text,
                                 "verb": tw[j].text, "agent": True, "other_verb": True})
            break


def _agent_subject_next_door(ctx: PairContext, passives: list[PassiveMatch]) -> Iterable[Detection]:
    """A passive with an agent whose active the aligner left in an added sentence nearby: a
    split piece it did not pair ("produzida e estrelada por Luana Piovani" → "Luana Piovani
    produziu a peça." standing alone). Evidence: the participle's verb is nowhere in the group's
    own target; an unpaired target sentence a few groups away opens with the agent's noun
    (a determiner at most before it) and holds, through the rest of the agent's own phrase and
    one adverb at most, a finite form of the same verb (another verb is not enough there,
    except for a participle coordinated with one so rendered, sharing its agent: then another
    added sentence opening with the agent may hold a verb the source never uses)."""
    sw = ctx.diff.src_words
    added = [s for n in unpaired_nearby(ctx, "t") for s in n.target]
    if not added:
        return
    agented = list(_with_agents(ctx, passives))
    # first the participles whose own verb opens an added sentence after the agent, then a
    # participle coordinated with one of them and sharing its agent, whose active may be
    # another verb in another added sentence opening with the same agent ("produzida e
    # estrelada por L." → "L. produziu a peça. L. também atua no papel principal.")
    matched: dict[int, int] = {}
    for other_verb in (False, True):
        for m in agented:
            if m.participle in matched:
                continue
            sibling = _coordinated_sibling(sw, m, matched) if other_verb else None
            if other_verb and sibling is None:
                continue
            for det, sent_start in _next_door_actives(ctx, m, added, sibling):
                matched[m.participle] = sent_start
                yield det
                break


def _coordinated_sibling(sw: list[Token], m: PassiveMatch, matched: dict[int, int]) -> int | None:
    """The start of the added sentence that rendered a participle coordinated with ``m``'s
    ("produzida e estrelada": participle, "e", participle) and sharing its agent."""
    for q in (m.participle - 2, m.participle + 2):
        lo, hi = min(q, m.participle), max(q, m.participle)
        if q in matched and 0 <= lo and hi < len(sw) and sw[lo + 1].lower == "e" \
                and is_participle(sw[q].lower):
            return matched[q]
    return None


def _next_door_actives(ctx: PairContext, m: PassiveMatch, added: list, sibling: int | None):
    """The agent made subject of the participle's verb in an added sentence nearby; with
    ``sibling`` (the start of the sentence that rendered a coordinated participle), of another
    verb in another added sentence: a finite form of a verb the source never uses."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    part = sw[m.participle]
    if any(_same_verb(part, w) or _same_participle(part, w) for w in tw if w.kind == "word"):
        return   # the verb is in the group's own target: the in-group rules' business
    phrase = _agent_phrase(ctx, m)
    head = next((w for w in phrase if w.is_content), None)
    if head is None:
        return
    lemmas = {w.lemma for w in phrase}
    src_lemmas = {w.lemma for w in sw}
    for sent in added:
        if sibling is not None and sent.start == sibling:
            continue
        words = [w for w in tokenize(ctx.target_doc.text[sent.start:sent.end], offset=sent.start)
                 if w.kind != "punct"]
        k0 = next((q for q in (0, 1) if q < len(words) and words[q].lemma == head.lemma
                   and (q == 0 or words[0].lower in _DETERMINERS)), None)
        if k0 is None:
            continue
        j, adverbs = k0 + 1, 0
        while j < len(words) and j - k0 <= MAX_SUBJECT_WORDS:
            if words[j].lemma in lemmas:
                j += 1
            elif words[j].lower in MOVABLE_ADVERBS and not adverbs:
                adverbs, j = 1, j + 1
            else:
                break
        if j >= len(words) or is_participle(words[j].lower) \
                or not (_verb_form(words[j], False) or _present_form(words[j])):
            continue
        if sibling is None and not _same_verb(part, words[j]):
            continue
        if sibling is not None and (words[j].lemma in src_lemmas or words[j].lower in SER_FORMS
                                    | OTHER_AUX_FORMS | PERFECT_AUX_FORMS):
            continue
        # a participle sharing the agent of the next one ("produzida e estrelada por X"):
        # the participle and the agent, without the other participle
        shared = any(is_participle(sw[q].lower) for q in range(m.participle + 1, m.agent))
        text_s = ctx.source_doc.text
        if shared:
            spans = [(part.start, part.end), (sw[m.agent].start, phrase[-1].end)]
            p_text = f"{part.text} … {text_s[spans[1][0]:spans[1][1]]}"
        else:
            spans = [(sw[m.first].start, phrase[-1].end)]
            p_text = text_s[spans[0][0]:spans[0][1]]
        t_span = (words[0].start, words[j].end)
        yield ctx.detection(CODE, 0.6, spans, [t_span], msg("mod.agent_promoted", passive=p_text),
                            {"kind": "voice", "direction": "passiva → ativa", "participle": part.text,
                             "verb": words[j].text, "agent": True, "next_door": True,
                             "other_verb": sibling is not None}), sent.start


def _recipient_made_subject(ctx: PairContext) -> Iterable[Detection]:
    """A transfer told from the recipient's side: what was given to someone (a participle with
    its recipient, "um cuidado especial foi dado para o claustro", "coletes, distribuídos aos
    participantes") becomes the object of a verb whose subject is the recipient ("O claustro
    recebeu cuidado especial", "Os participantes receberam coletes"). Evidence: in the source
    a participle followed within three words by "a/ao/para…" and the recipient's noun; in the
    target a form of a recipient verb (receber, ganhar) that the source lacks, the recipient's
    noun opening its sentence before it (the subject), and the thing given (a content word
    just before the participle) right after it; the participle's verb is gone from the target."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    s_lemmas = {w.lemma for w in sw}
    starts = sentence_starts(ctx, "t")
    verbs = [k for k, w in enumerate(tw) if w.lemma in RECIPIENT_VERBS and w.lemma not in s_lemmas
             and not is_participle(w.lower)]
    if not verbs:
        return
    for i, p in enumerate(sw):
        if not (is_participle(p.lower) or (p.lower in DAR_PARTICIPLES and i > 0 and sw[i - 1].lower in SER_FORMS)):
            continue
        if i > 0 and sw[i - 1].lower in PERFECT_AUX_FORMS:
            continue   # "tinha dado": active
        if any(_same_verb(p, w) or _same_participle(p, w) for w in tw if w.kind == "word"):
            continue
        r = next((r for r in range(i + 1, min(i + 4, len(sw))) if sw[r].lower in RECIPIENT_PREPOSITIONS), None)
        if r is None or any(t.kind == "punct" for t in d.src_tokens if p.end <= t.start < sw[r].start):
            continue
        recipient = next((w for w in sw[r + 1:r + 3] if w.is_content), None)
        given = {w.lemma for w in sw[max(0, i - 4):i] if w.is_content}
        if recipient is None or not given:
            continue
        for k in verbs:
            a = max((q for q in starts if q <= k), default=0)
            subject = tw[a:k]
            if not subject or len(subject) > MAX_SUBJECT_WORDS or not any(
                    w.lemma == recipient.lemma for w in subject[:2]):
                continue
            if not any(w.is_content and w.lemma in given for w in tw[k + 1:k + 4]):
                continue
            s_span = (p.start, sw[r].end if recipient is None else recipient.end)
            t_span = (tw[a].start, tw[k].end)
            src_text = ctx.source_doc.text[s_span[0]:s_span[1]]
            tgt_text = ctx.target_doc.text[t_span[0]:t_span[1]]
            yield ctx.detection(CODE, 0.6, [s_span], [t_span],
                                msg("mod.recipient_made_subject", source=src_text, target=tgt_text,
                                    recipient=recipient.text),
                                {"kind": "viewpoint", "participle": p.text, "verb": tw[k].text,
                                 "recipient": recipient.text})
            return


def _state_turned_active(ctx: PairContext, tp: list[PassiveMatch]) -> Iterable[Detection]:
    """estar/ficar + participle without agent (usually read as a state) turned into an active
    clause of the same verb ("O trabalho está publicado na revista" → "A revista publicou o
    trabalho"; "A estrada ficou bloqueada" → "Bloquearam a estrada"). Evidence: the same verb,
    finite, in the target, followed within three words by the source clause's subject (the
    patient); before it either a word of the participle's complement (the place or thing made
    subject) opening the target sentence, or no subject at all (the indefinite subject)."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    s_starts = sentence_starts(ctx, "s") | {0}
    t_starts = sentence_starts(ctx, "t") | {0}
    for i in range(1, len(sw) - 1):
        if sw[i].lower not in OTHER_AUX_FORMS or not is_participle(sw[i + 1].lower) \
                or sw[i].lower in ("estado", "estar", "ficar"):
            continue
        part = sw[i + 1]
        if any(_same_participle(part, tw[q.participle]) for q in tp):
            continue
        s0 = max(q for q in s_starts if q <= i)
        patient = next((w for w in sw[s0:i] if w.is_content), None)
        if patient is None or _punct_between(sw, d.src_tokens, s0, i):
            continue
        # the participle's own complement: a prepositional phrase right after it, up to the next
        # punctuation mark or clause ("publicado na última edição da revista")
        complement: set[str] = set()
        if i + 2 < len(sw) and sw[i + 2].lower in _PREPOSITIONS:
            for w in sw[i + 2:i + 10]:
                if w.lower in _CLAUSE_CONJUNCTIONS or w.lower in ("que", "e", "ou") or _verb_form(w, False) \
                        or (w is not sw[i + 2] and punct_before(d.src_tokens, w)):
                    break
                if w.is_content:
                    complement.add(w.lemma)
        for k, v in enumerate(tw):
            if not _same_verb(part, v) or not _verb_form(v, False) or _read_as_noun(tw, k):
                continue
            if not any(w.lemma == patient.lemma for w in tw[k + 1:k + 4]):
                continue
            a = max(q for q in t_starts if q <= k)
            thing = [w for w in tw[a:k] if w.is_content]
            if thing and (thing[0].lemma not in complement or tw[a].lower not in _DETERMINERS | {"o", "a"}
                          and tw[a] is not thing[0]
                          or any(_verb_form(w, False) or _present_form(w) for w in tw[a:k])):
                continue
            if not thing and not (v.lower.endswith(("ram", "am", "em")) and _no_subject_before(ctx, k)):
                continue
            p_span = (sw[i].start, part.end)
            t_span = (tw[a].start, v.end) if thing else (v.start, v.end)
            yield ctx.detection(CODE, 0.6, [p_span], [t_span],
                                msg("mod.passive_to_active", passive=ctx.source_doc.text[p_span[0]:p_span[1]],
                                    verb=ctx.target_doc.text[t_span[0]:t_span[1]]),
                                {"kind": "voice", "direction": "passiva → ativa", "participle": part.text,
                                 "verb": v.text, "agent": False, "state": True,
                                 "indefinite_subject": not thing})
            return


#: prepositions of place opening a source sentence ("Na mostra estão retratadas…")
_PLACE_PREPOSITIONS = frozenset({"em", "no", "na", "nos", "nas", "num", "numa"})
#: the most words between the place preposition and the auxiliary ("Na nova mostra do museu")
MAX_FRONTED_PLACE = 4


def _fronted_place_made_subject(ctx: PairContext, tp: list[PassiveMatch]) -> Iterable[Detection]:
    """A passive without agent after a fronted place, its subject after the participle ("Na
    mostra estão retratadas as últimas décadas"), turned active with the place as subject ("A
    mostra registra as últimas décadas"): the place's noun opens the target sentence (a
    determiner before it, no preposition), a finite active verb right after it, and the
    passive's subject within three words after that verb; the participle's verb is no passive
    of the target. The verb may be another one (the place is the new point of view)."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    s_starts = sentence_starts(ctx, "s") | {0}
    t_starts = sentence_starts(ctx, "t") | {0}
    for s0 in sorted(s_starts):
        if s0 >= len(sw) or sw[s0].lower not in _PLACE_PREPOSITIONS:
            continue
        i = next((q for q in range(s0 + 2, min(s0 + 2 + MAX_FRONTED_PLACE, len(sw) - 1))
                  if sw[q].lower in SER_FORMS | OTHER_AUX_FORMS), None)
        if i is None or not is_participle(sw[i + 1].lower) or sw[i].lower in ("ser", "estar", "ficar", "estado"):
            continue
        if _punct_between(sw, d.src_tokens, s0, i + 1) or any(
                _verb_form(w, True) or w.lower in _CLAUSE_CONJUNCTIONS | {"que"} for w in sw[s0 + 1:i]):
            continue
        place = next((w for w in sw[s0 + 1:i] if w.is_content), None)
        if place is None:
            continue
        used: set[int] = set()
        for n, q in enumerate([i + 1] + _coordinated_gapped(ctx, i + 1)):
            part = sw[q]
            if any(_same_participle(part, tw[x.participle]) for x in tp):
                continue
            # the passive's subject after the participle, in the same clause and without an agent
            after = []
            for w in sw[q + 1:q + 5]:
                if punct_before(d.src_tokens, w) or w.lower in AGENT_PREPOSITIONS:
                    break
                after.append(w)
            if any(w.lower in AGENT_PREPOSITIONS for w in sw[q + 1:q + 1 + MAX_AGENT_DISTANCE]):
                continue
            patient = next((w for w in after if w.is_content), None)
            if patient is None or after[0].lower not in _DETERMINERS and not after[0].is_content:
                continue
            for a in sorted(t_starts):
                if a in used or a + 2 >= len(tw) or tw[a].lower not in _NEW_SUBJECT_OPENERS \
                        or tw[a + 1].lemma != place.lemma:
                    continue
                v = tw[a + 2]
                if v.lower in SER_FORMS | OTHER_AUX_FORMS | PERFECT_AUX_FORMS or is_participle(v.lower) \
                        or not (_verb_form(v, False) or _present_form(v)):
                    continue
                if not any(w.lemma == patient.lemma for w in tw[a + 3:a + 6]):
                    continue
                same = _same_verb(part, v)
                if n and not same:
                    continue   # the coordinated participle: its own verb only
                # the first passive from the place on; a coordinated one, the participle alone
                p_span = (sw[s0].start, part.end) if not n else (part.start, part.end)
                t_span = (tw[a].start, v.end)
                key = "mod.passive_to_active" if same else "mod.passive_to_active_other_verb"
                used.add(a)
                yield ctx.detection(CODE, 0.6, [p_span], [t_span],
                                    msg(key, passive=ctx.source_doc.text[p_span[0]:p_span[1]],
                                        verb=ctx.target_doc.text[t_span[0]:t_span[1]]),
                                    {"kind": "voice", "direction": "passiva → ativa", "participle": part.text,
                                     "verb": v.text, "agent": False, "place_subject": True, "other_verb": not same})
                break
        if used:
            return


def _coordinated_gapped(ctx: PairContext, p: int) -> list[int]:
    """Participles coordinated after participle ``p`` with its auxiliary gapped, each before its
    own subject ("estão retratadas as décadas … e projetadas as possibilidades"): "e", then a
    participle agreeing with the article right after it, in the same sentence, with no verb,
    auxiliary or punctuation other than commas between (round 9)."""
    d = ctx.diff
    sw = d.src_words
    starts = sentence_starts(ctx, "s")
    out = []
    for e in range(p + 1, len(sw) - 2):
        if e in starts or any(t != "," for t in _punct_texts(sw, d.src_tokens, e - 1, e)):
            break
        w = sw[e]
        if _verb_form(w, True) or _present_form(w) or w.lower in SER_FORMS | OTHER_AUX_FORMS | PERFECT_AUX_FORMS:
            break
        if w.lower == "e" and is_participle(sw[e + 1].lower) and sw[e + 2].lower in _AGREEMENT \
                and sw[e + 1].lower.endswith(_AGREEMENT[sw[e + 2].lower]) \
                and not _punct_texts(sw, d.src_tokens, e, e + 2):
            out.append(e + 1)
    return out


def _fronted_ficar_passives(ctx: PairContext) -> list[PassiveMatch]:
    """"Fica instituído o programa": ficar + participle opening a sentence, its subject after
    it (a determiner next). Without an agent, ficar + participle is usually a state; put in
    front of its subject it is the passive of a decree or a decision. Round 9: estar +
    participle opening its sentence before an article and its subject, the same inverted
    passive ("Está iniciada a era da genômica" → "Começou a era…")."""
    d = ctx.diff
    sw = d.src_words
    out = []
    for i in sentence_starts(ctx, "s") | {0}:
        for k in range(i, i + 4):   # after a label at most ("Art. 1º Fica instituído")
            if k + 2 < len(sw) and sw[k].lemma == "ficar" and sw[k].lower in OTHER_AUX_FORMS \
                    and is_participle(sw[k + 1].lower) and sw[k + 2].lower in _DETERMINERS:
                out.append(PassiveMatch(k, k + 1, None, True))
                break
        if i + 2 < len(sw) and sw[i].lemma == "estar" and sw[i].lower in OTHER_AUX_FORMS \
                and is_participle(sw[i + 1].lower) and sw[i + 2].lower in _OBJECT_OPENERS \
                and not _punct_between(sw, d.src_tokens, i, i + 2):
            out.append(PassiveMatch(i, i + 1, None, True))
    return out


#: articles and personal pronouns that open a subject noun phrase
_NEW_SUBJECT_OPENERS = frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas", "ele", "ela", "eles", "elas"})
#: the most words of the new subject of an active verb standing where a passive stood
MAX_NEW_SUBJECT_WORDS = 3


def _reduced_to_indefinite_subject(ctx: PairContext, passives: list[PassiveMatch]) -> Iterable[Detection]:
    """A participle right after its noun, with no auxiliary and no agent (a reduced passive
    relative: "a dupla flagrada após a denúncia"), rendered in the active with another verb in
    the third person plural and no subject, the indefinite subject ("Pegaram a dupla depois da
    denúncia"). Evidence: the participle follows its noun with no punctuation between and no
    auxiliary in the three words before; its verb appears nowhere in the target; a target
    verb in the 3rd person plural of a lemma the source lacks opens its clause with no subject
    and is followed within three words by that noun."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    s_lemmas = {w.lemma for w in sw}
    in_passive = {m.participle for m in passives}
    for i, p in enumerate(sw):
        if i == 0 or i in in_passive or not is_participle(p.lower):
            continue
        noun = sw[i - 1]
        if not noun.is_content or _verb_form(noun, True) or is_participle(noun.lower) or punct_before(d.src_tokens, p):
            continue
        if any(w.lower in SER_FORMS | OTHER_AUX_FORMS | PERFECT_AUX_FORMS for w in sw[max(0, i - 3):i]):
            continue
        if i + 1 < len(sw) and sw[i + 1].lower in AGENT_PREPOSITIONS:
            continue   # an agent: the agent-made-subject reading's business
        if any(_same_verb(p, w) or _same_participle(p, w) for w in tw if w.kind == "word"):
            continue
        for k, v in enumerate(tw):
            if not (_verb_form(v, False) and v.lower.endswith(("ram", "am", "em"))) or v.lemma in s_lemmas:
                continue
            if not any(w.is_content and w.lemma == noun.lemma for w in tw[k + 1:k + 4]):
                continue
            if not _no_subject_before(ctx, k):
                continue
            yield ctx.detection(CODE, 0.6, [(p.start, p.end)], [(v.start, v.end)],
                                msg("mod.passive_to_indefinite_subject", passive=p.text, verb=v.text),
                                {"kind": "voice", "direction": "passiva → ativa", "participle": p.text,
                                 "verb": v.text, "agent": False, "other_verb": True,
                                 "indefinite_subject": True})
            return


#: finite forms of "ter" (possession), the active verb of a passive that described what its
#: subject is furnished with ("é equipado com X" → "tem X")
_TER_FINITE = frozenset({"tem", "têm", "tinha", "tinham", "teve", "tiveram", "terá", "terão", "teria", "teriam"})
_WITH_PREPOSITIONS = frozenset({"com", "por", "pelo", "pela", "pelos", "pelas"})


def _passive_to_ter(ctx: PairContext, passives: list[PassiveMatch]) -> Iterable[Detection]:
    """A passive saying what its subject is furnished with or marked by ("o computador é
    equipado com uma tecnologia", "os hominídeos são caracterizados por mandíbulas fortes")
    rendered active with "ter", the complement now its object ("o computador tem uma
    tecnologia"). Evidence: ser + participle followed by com/por + the complement; the
    participle's verb gone from the target; a finite "ter" (no participle after it: not a
    compound tense) in a changed stretch, a content word of the passive's subject among the
    three words before it and the complement's head among the three after it."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    changed = {k for op in d.ops if op.tag != "equal" for k in range(*op.tgt)}
    for m in passives:
        if not m.strong or m.participle + 2 >= len(sw) or sw[m.participle + 1].lower not in _WITH_PREPOSITIONS:
            continue
        part = sw[m.participle]
        if any(_same_verb(part, w) or _same_participle(part, w) for w in tw if w.kind == "word"):
            continue
        head = next((w for w in sw[m.participle + 2:m.participle + 4] if w.is_content), None)
        subject = {w.lemma for w in sw[max(0, m.aux - 3):m.aux] if w.is_content}
        if head is None or not subject:
            continue
        for k, v in enumerate(tw):
            if v.lower not in _TER_FINITE or k not in changed or (k + 1 < len(tw) and is_participle(tw[k + 1].lower)):
                continue
            if not any(w.is_content and w.lemma == head.lemma for w in tw[k + 1:k + 4]):
                continue
            if not any(w.lemma in subject for w in tw[max(0, k - 3):k]):
                continue
            p_span = (sw[m.aux].start, part.end)
            p_text = ctx.source_doc.text[p_span[0]:p_span[1]]
            yield ctx.detection(CODE, 0.6, [p_span], [(v.start, v.end)],
                                msg("mod.passive_to_active_other_verb", passive=p_text, verb=v.text),
                                {"kind": "voice", "direction": "passiva → ativa", "participle": part.text,
                                 "verb": v.text, "agent": False, "other_verb": True, "possession": True})
            return


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _given_thing_received(ctx: PairContext) -> Iterable[Detection]:
    """What was done to something told from the receiver's side, in a relative clause on the
    participle's own noun ("as críticas feitas à decisão" → "as críticas que recebeu").
    Evidence: a participle (no compound tense) right after its noun, whose verb is gone from
    the target; a form of receber/ganhar the source lacks in a relative clause on that noun.
    (Round 9 dropped the other reading, receber + a noun of the participle's family, "157 mil
    beneficiados" → "157 mil receberam o benefício": both dev cases were annotated SL+/RF+,
    the participle's meaning said by a verb phrase, not a turned perspective.)"""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    s_lemmas = {w.lemma for w in sw}
    verbs = [k for k, w in enumerate(tw) if w.lemma in RECIPIENT_VERBS and w.lemma not in s_lemmas
             and not is_participle(w.lower)]
    if not verbs:
        return
    for i, p in enumerate(sw):
        if i == 0 or not is_participle(p.lower) or sw[i - 1].lower in PERFECT_AUX_FORMS:
            continue
        if any(_same_verb(p, w) or (is_participle(w.lower) and _same_participle(p, w)) for w in tw):
            continue
        noun = sw[i - 1] if sw[i - 1].is_content and not _verb_form(sw[i - 1], True) \
            and not punct_before(d.src_tokens, p) else None
        if noun is None:
            continue
        for k in verbs:
            if not any(tw[q].lower == "que" and q > 0 and tw[q - 1].lemma == noun.lemma
                       for q in range(max(1, k - 3), k)):
                continue
            yield ctx.detection(CODE, 0.6, [(p.start, p.end)], [(tw[k].start, tw[k].end)],
                                msg("mod.given_thing_received", participle=p.text, verb=tw[k].text),
                                {"kind": "viewpoint", "participle": p.text, "verb": tw[k].text})
            return


#: endings of the third person plural, the indefinite subject's form
_PLURAL_ENDINGS = ("ram", "am", "em")


def _bare_participle_to_active(ctx: PairContext, passives: list[PassiveMatch]) -> Iterable[Detection]:
    """A participial clause without auxiliary or agent ("Apresentados ao juiz, optaram…",
    "a frase, pichada no muro") turned into an active clause of the same verb with a subject
    ("A polícia apresentou os amigos ao juiz", "a dupla que pichou o muro"). Evidence: the
    participle opens its sentence or follows a comma, no auxiliary in the three words before
    it and no agent after it; no participle of its verb in the target; a finite form of the
    verb there (not after an article, not pronominal, not a compound tense) with a subject
    before it in its clause and a direct object right after it (determiner + noun): the
    patient now object, the doer named."""
    sw, tw = ctx.diff.src_words, ctx.diff.tgt_words
    for i, where in _bare_participles(ctx, passives):
        if where != "clause":
            continue
        p = sw[i]
        for k, v in enumerate(tw):
            if k + 2 >= len(tw) or is_participle(v.lower) or not _same_verb(p, v):
                continue
            if not _verb_form(v, False) or _read_as_noun(tw, k) or (k > 0 and (
                    tw[k - 1].lower in PERFECT_AUX_FORMS or tw[k - 1].lower == "se")) \
                    or _enclitic_se(ctx.target_doc.text, v):
                continue
            # the doer named before the verb, or the indefinite subject: a third person plural
            # with none ("Inaugurado em 1973, o monumento …" → "Inauguraram o monumento em 1973")
            indefinite = v.lower.endswith(_PLURAL_ENDINGS)
            if (_no_subject_before(ctx, k) and not indefinite) or tw[k + 1].lower not in _DETERMINERS \
                    or not tw[k + 2].is_content:
                continue
            yield ctx.detection(CODE, 0.6, [(p.start, p.end)], [(v.start, v.end)],
                                msg("mod.passive_to_active", passive=p.text, verb=v.text),
                                {"kind": "voice", "direction": "passiva → ativa", "participle": p.text,
                                 "verb": v.text, "agent": False, "bare_participle": True})
            return


#: articles and pronouns that open a direct object right after a verb ("convocou os deputados")
_OBJECT_OPENERS = frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas"})
#: finite endings a regular verb adds to its stem ("som-a", "cri-ou", "projet-a")
_STEM_ENDINGS = ("a", "am", "e", "em", "ou", "aram", "eu", "eram", "iu", "iram", "ava", "avam", "ia", "iam")


def _verb_of_participle(p: Token, w: Token) -> bool:
    """Is ``w`` a finite form of the participle's verb? ``_same_verb``, or (where a clitic "se"
    marks ``w`` as a verb) the regular stem plus a finite ending: "soma" of "somado", whose
    lemma a tagger may give as the noun."""
    if _same_verb(p, w):
        return True
    return w.kind == "word" and any(w.lower == inf[:-2] + e for inf in regular_participle_verbs(p.lower)
                                    for e in _STEM_ENDINGS)


def _bare_participles(ctx: PairContext, passives: list[PassiveMatch]) -> Iterable[tuple[int, str]]:
    """Participles with no auxiliary (none in the three words before) and no agent right after,
    in a passive position: right after their noun with no punctuation between (a reduced
    relative, "a sessão convocada"), or opening a sentence or following a comma (a participial
    clause, "Somado a esse fator, …", "O projeto, criado em 2003, …"). Yields (index, "noun"
    or "clause"); a participle of its verb still a participle in the target is left out (no
    clause was turned round)."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    in_passive = {m.participle for m in passives}
    s_starts = sentence_starts(ctx, "s") | {0}
    for i, p in enumerate(sw):
        if i in in_passive or not is_participle(p.lower):
            continue
        if any(w.lower in SER_FORMS | OTHER_AUX_FORMS | PERFECT_AUX_FORMS for w in sw[max(0, i - 3):i]):
            continue
        if i + 1 < len(sw) and sw[i + 1].lower in AGENT_PREPOSITIONS:
            continue
        if any(is_participle(w.lower) and _same_participle(p, w) for w in tw):
            continue
        punct = punct_before(d.src_tokens, p) if i > 0 else None
        if i in s_starts or punct == ",":
            yield i, "clause"
        elif i > 0 and not punct and sw[i - 1].is_content and not _verb_form(sw[i - 1], True) \
                and not is_participle(sw[i - 1].lower):
            yield i, "noun"


def _reduced_relative_same_verb(ctx: PairContext, passives: list[PassiveMatch]) -> Iterable[Detection]:
    """A reduced passive relative without agent ("uma sessão extra convocada depois que…")
    turned active with the same verb and an indefinite subject, the noun now its object ("Em
    seguida, convocaram a sessão extra"; round 9, the same-verb twin of
    ``_reduced_to_indefinite_subject``). Evidence: the participle right after its noun, no
    auxiliary, no agent, no participle of its verb in the target; a finite form of the verb
    there in the 3rd person plural (not after an article, an auxiliary or "se") with no subject
    before it and the noun within three words after it. (Dropped in the same round: the verb
    in a relative clause on the noun, "a pesquisa feita" → "a pesquisa que fez": "que" may be
    the subject, "os alemães nascidos" → "que nasceram", and the reading added only false
    alarms on the valid part even when the clause named its own subject.)"""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    for i, where in _bare_participles(ctx, passives):
        if where != "noun":
            continue
        p, noun = sw[i], sw[i - 1]
        for k, v in enumerate(tw):
            if not _same_verb(p, v) or not _verb_form(v, False) or _read_as_noun(tw, k):
                continue
            if k > 0 and tw[k - 1].lower in SER_FORMS | OTHER_AUX_FORMS | PERFECT_AUX_FORMS | {"se"}:
                continue
            if not (v.lower.endswith(("ram", "am", "em")) and _no_subject_before(ctx, k)
                    and (any(w.lemma == noun.lemma for w in tw[k + 1:k + 4])
                         or _renamed_object_with_complement(sw, i, tw, k))):
                continue
            yield ctx.detection(CODE, 0.6, [(p.start, p.end)], [(v.start, v.end)],
                                msg("mod.passive_to_indefinite_subject", passive=p.text, verb=v.text),
                                {"kind": "voice", "direction": "passiva → ativa", "participle": p.text,
                                 "verb": v.text, "agent": False, "rule": "reduced_relative",
                                 "indefinite_subject": True})
            return


#: how far after the active verb the participle's complement may come back ("Trouxeram as
#: flores de Recife": the object between)
COMPLEMENT_REACH = 5


def _renamed_object_with_complement(sw: list[Token], i: int, tw: list[Token], k: int) -> bool:
    """The noun the participle followed came back under another name as the object of the
    active verb ``k`` ("variedades tropicais trazidas de Recife" → "Trouxeram as flores de
    Recife", dev_h 102 g16): a determiner and a noun right after the verb, and the content word
    that opened the participle's complement close after them. The verb and the complement tie
    the clause to the participle's; the object is the patient said another way."""
    if k + 2 >= len(tw) or tw[k + 1].lower not in _OBJECT_OPENERS or not tw[k + 2].is_content:
        return False
    complement = next((w for w in sw[i + 1:i + 4] if w.is_content), None)
    return complement is not None and any(
        w.lemma == complement.lemma for w in tw[k + 3:k + 3 + COMPLEMENT_REACH])


def _pronominal_detection(ctx: PairContext, p: Token, v: Token, before: Token, enclitic: bool,
                          rule: str) -> Detection:
    """A bare participle told as a pronominal verb: the verb span takes its "se" (after the
    verb with a hyphen, "junta-se", or the word before it, "se junta")."""
    text_t = ctx.target_doc.text
    if enclitic:
        v_span, v_text = (v.start, v.end + 3), text_t[v.start:v.end + 3]
    else:
        v_span, v_text = (before.start, v.end), text_t[before.start:v.end]
    return ctx.detection(CODE, 0.6, [(p.start, p.end)], [v_span],
                         msg("mod.passive_to_pronominal", passive=p.text, verb=v_text),
                         {"kind": "voice", "direction": "passiva analítica → pronominal",
                          "participle": p.text, "verb": v_text, "agent": False, "rule": rule})


def _participle_to_pronominal(ctx: PairContext, passives: list[PassiveMatch]) -> Iterable[Detection]:
    """A participle without auxiliary or agent turned into the pronominal passive of its verb
    (round 9; the guide's "foi acelerado" → "se acelerou" for a participial passive): "O
    projeto, criado em 2003, …" → "Em 2003, criou-se o projeto" or
    "Em 2003, se criou o projeto". Evidence: a bare participle (after its noun, a comma
    or at a sentence start); a finite form of its verb in the target with an enclitic "-se",
    or a proclitic "se" right after a noun, a negation, an adverb or "que" (not the
    conjunction); the participle's noun within four words after that verb: the patient
    postposed, the order of the pronominal passive ("criou-se o projeto"). With the noun
    before the verb ("o evento se realizou", "a proposta se baseia em") the "se" is as often
    a middle or an inherent pronominal verb, which the dev annotators did not code."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    text_t = ctx.target_doc.text
    for i, where in _bare_participles(ctx, passives):
        p = sw[i]
        # the noun the participle qualifies (before it, or before its comma): the patient
        if i == 0 or not sw[i - 1].is_content or _verb_form(sw[i - 1], True) \
                or not (where == "noun" or punct_before(d.src_tokens, p) == ","):
            continue
        near = _noun_phrase_lemmas(sw, i)
        for k, v in enumerate(tw):
            if is_participle(v.lower) or v.lower == v.lemma or not _verb_of_participle(p, v):
                continue
            enclitic = text_t[v.end:v.end + 3].lower() == "-se"
            proclitic = (k > 1 and tw[k - 1].lower == "se" and not _punct_between(tw, d.tgt_tokens, k - 2, k)
                         and (tw[k - 2].lower in NEGATORS or tw[k - 2].lower in MOVABLE_ADVERBS
                              or tw[k - 2].lower == "que" or (tw[k - 2].is_content and not _verb_form(tw[k - 2], True))))
            if not (enclitic or proclitic):
                continue
            after = tw[k + 2:k + 6] if enclitic and k + 1 < len(tw) and tw[k + 1].lower == "se" else tw[k + 1:k + 5]
            if not any(w.lemma in near for w in after):
                continue
            yield _pronominal_detection(ctx, p, v, tw[k - 1], enclitic, "participle_pronominal")
            return


#: the most words a noun phrase before a participle is read back over, to its determiner
MAX_NOUN_PHRASE_WORDS = 4


def _noun_phrase_lemmas(words: list[Token], i: int) -> set[str]:
    """The lemmas of the content words of the noun phrase right before word ``i``, back to its
    determiner (at most ``MAX_NOUN_PHRASE_WORDS`` words): the participle's noun may be the head
    with a name after it ("a consultoria Alvarez & Marsal, contratada para" → "Contratou-se a
    consultoria"), not only the word right before the comma."""
    out = {words[i - 1].lemma}
    for k in range(i - 2, max(i - 1 - MAX_NOUN_PHRASE_WORDS, -1), -1):
        if words[k].lower in _DETERMINERS or not words[k].is_content:
            break
        out.add(words[k].lemma)
    return out


#: a preposition and its contractions with an article, by the preposition ("à" → "a")
_PREPOSITION_BASE = {"a": "a", "ao": "a", "à": "a", "aos": "a", "às": "a",
                     "em": "em", "no": "em", "na": "em", "nos": "em", "nas": "em",
                     "de": "de", "do": "de", "da": "de", "dos": "de", "das": "de",
                     "com": "com", "para": "para", "sobre": "sobre", "entre": "entre", "contra": "contra"}
#: the most words from a preposition to the noun of its complement ("a esse fator", "à quilha")
MAX_COMPLEMENT_WORDS = 3


def _complement(words: list[Token], tokens: list[Token], k: int) -> tuple[str, str] | None:
    """The prepositional complement right after the verb form ``words[k]`` (an adverb in -mente
    may stand between): its preposition (as ``_PREPOSITION_BASE`` names it) and the lemma of
    its first content word, which follows the preposition within ``MAX_COMPLEMENT_WORDS``
    function words, with no punctuation between the verb and that word."""
    j = k + 1
    if j < len(words) and words[j].lower.endswith("mente"):
        j += 1
    if j >= len(words) or words[j].lower not in _PREPOSITION_BASE:
        return None
    for q in range(j + 1, min(j + 1 + MAX_COMPLEMENT_WORDS, len(words))):
        if words[q].is_content:
            return (None if _punct_between(words, tokens, k, q)
                    else (_PREPOSITION_BASE[words[j].lower], words[q].lemma))
        if words[q].kind != "word":
            return None
    return None


def _agrees_with_subject(words: list[Token], tokens: list[Token], i: int) -> bool:
    """Does the participial clause opening at ``words[i]`` agree with the article that opens
    the noun phrase after its comma ("Baseada em X, a lista…": predicated of that subject)?
    True also where no comma and article close the clause (nothing shows it does not). A
    fronted participle in another gender or number ("Somado a esse fator, a distância…", the
    invariable masculine singular) is not said of the subject after it."""
    for q in range(i + 1, len(words)):
        if _punct_between(words, tokens, q - 1, q):
            art = words[q].lower
            return art not in _AGREEMENT or words[i].lower.endswith(_AGREEMENT[art])
    return True


def _participle_complement_pronominal(ctx: PairContext, passives: list[PassiveMatch]) -> Iterable[Detection]:
    """A participle without auxiliary or agent turned into a pronominal verb that keeps its
    prepositional complement (round 10, modr8): the patient now the subject of "se" + verb,
    the complement unchanged after it. Two positions, the participle's own:

    * a participial clause opening its sentence ("Somado a esse fator, a distância…") turned
      into a clause of the same verb ("A distância se soma a esse fator"): the participle
      named no noun before it nor agrees with the subject after its comma (masculine singular
      before "a distância", ``_agrees_with_subject``), the target gives the verb a subject;
    * a reduced relative right after its noun ("uma peça encaixada à quilha") turned into a
      relative clause on the same noun with "que se" + a verb, the same or another ("uma peça
      que se junta à quilha"): the relative pronoun the subject of a pronominal verb.

    Evidence: the bare participle (``_bare_participles``) followed by a preposition and its
    noun; in the target a finite form (not a participle) with a proclitic "se" or an enclitic
    "-se", followed by the same preposition and the same noun. Left silent: a participle
    after its noun and a comma or a dash ("o encontro, realizado de sexta a domingo" → "O
    encontro se realizou de sexta a domingo", "a lista, baseada no Capítulo 7" → "A lista se
    baseia no Capítulo 7"), a parenthetical the target states in a sentence of its own, which
    the dev annotators did not code as a change of perspective."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    text_t = ctx.target_doc.text
    s_starts = sentence_starts(ctx, "s") | {0}
    for i, where in _bare_participles(ctx, passives):
        p = sw[i]
        if where == "clause" and (i not in s_starts or _agrees_with_subject(sw, d.src_tokens, i)):
            continue
        comp = _complement(sw, d.src_tokens, i)
        if comp is None:
            continue
        for k, v in enumerate(tw):
            if k < 1 or v.kind != "word" or v.lower in regular_participle_verbs(p.lower) | {participle_verb(p.lower)}:
                continue   # the infinitive: no finite verb
            if is_participle(v.lower) and (tw[k - 1].lower != "se" or regular_participle_verbs(v.lower)):
                continue   # a participle; after a proclitic "se" an irregular one's form is finite ("se junta")
            enclitic = text_t[v.end:v.end + 3].lower() == "-se"
            proclitic = tw[k - 1].lower == "se" and not _punct_between(tw, d.tgt_tokens, k - 1, k)
            if where == "clause":
                if not _verb_of_participle(p, v):
                    continue
                if proclitic and not (k > 1 and not _punct_between(tw, d.tgt_tokens, k - 2, k)
                                      and tw[k - 2].is_content and not _verb_form(tw[k - 2], True)):
                    proclitic = False   # "se" after its subject, not the conjunction
            else:
                # a relative on the participle's noun: noun, "que", "se", verb
                if not (proclitic and k >= 3 and tw[k - 2].lower == "que" and tw[k - 3].lemma == sw[i - 1].lemma
                        and not _punct_between(tw, d.tgt_tokens, k - 3, k)):
                    continue
                if not (_verb_of_participle(p, v) or (v.lemma.endswith(("ar", "er", "ir")) and v.lower != v.lemma)):
                    continue   # a finite verb after the clitic
            if not (enclitic or proclitic):
                continue
            o = k + 1 if enclitic and k + 1 < len(tw) and tw[k + 1].lower == "se" else k
            if _complement(tw, d.tgt_tokens, o) != comp:
                continue
            yield _pronominal_detection(ctx, p, v, tw[k - 1], enclitic, "participle_complement_pronominal")
            return


def _pronominal_to_active(ctx: PairContext) -> Iterable[Detection]:
    """A pronominal passive with its patient after it ("a idade em que se perdem os dentes")
    turned active with the same verb, the patient now its object ("a idade de perder os
    dentes"; round 9). Evidence: a proclitic "se" after "que", a negation or an adverb (not
    the conjunction), or an enclitic "-se", on a finite verb followed by an article and a noun
    (the patient); in the target a form of the same verb with no "se" before or after it,
    not a participle, the patient's noun within three words after it."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    text_s, text_t = ctx.source_doc.text, ctx.target_doc.text
    for j, w in enumerate(sw):
        if not _verb_form(w, False) or j + 2 >= len(sw):
            continue
        enclitic = text_s[w.end:w.end + 3].lower() == "-se"
        proclitic = (j > 1 and sw[j - 1].lower == "se" and not _punct_between(sw, d.src_tokens, j - 2, j)
                     and (sw[j - 2].lower == "que" or sw[j - 2].lower in NEGATORS
                          or sw[j - 2].lower in MOVABLE_ADVERBS))
        if not (enclitic or proclitic):
            continue
        o = j + 2 if enclitic and sw[j + 1].lower == "se" else j + 1
        if o + 1 >= len(sw) or sw[o].lower not in _OBJECT_OPENERS or not sw[o + 1].is_content \
                or _punct_between(sw, d.src_tokens, j, o + 1):
            continue
        patient = sw[o + 1]
        for k, v in enumerate(tw):
            if v.lemma != w.lemma or is_participle(v.lower) or text_t[v.end:v.end + 1] == "-" \
                    or (k > 0 and tw[k - 1].lower == "se") or (k + 1 < len(tw) and tw[k + 1].lower == "se"):
                continue
            if not any(x.lemma == patient.lemma for x in tw[k + 1:k + 4]):
                continue
            s_span = (w.start, w.end + 3) if enclitic else (sw[j - 1].start, w.end)
            yield ctx.detection(CODE, 0.6, [s_span], [(v.start, v.end)],
                                msg("mod.pronominal_to_active", verb=text_s[s_span[0]:s_span[1]], new=v.text),
                                {"kind": "voice", "direction": "pronominal → ativa", "verb": v.text,
                                 "rule": "pronominal_active"})
            return


def _passive_to_new_subject(ctx: PairContext, sp: list[PassiveMatch]) -> Iterable[Detection]:
    """A passive without agent rendered in the active with another verb and a subject the
    source never named ("Fica instituído o programa" → "A prefeitura criou o programa"): the
    agent made explicit. Evidence: the diff replaces the stretch ending at the participle by a
    new subject (one to three words opening a target sentence, no noun of it in the source
    group, no verb) and a finite verb of a lemma the source lacks; the passive's patient
    follows the verb within three words; the participle's verb is gone from the target."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    s_lemmas = {w.lemma for w in sw}
    t_starts = sentence_starts(ctx, "t") | {0}
    s_starts = sentence_starts(ctx, "s") | {0}
    for m in sp:
        if not m.strong or m.agent is not None:
            continue
        part = sw[m.participle]
        if any(_same_verb(part, w) or _same_participle(part, w) for w in tw if w.kind == "word"):
            continue
        k = next((k for k, op in enumerate(d.ops) if op.src[0] <= m.participle < op.src[1]), None)
        if k is None or d.ops[k].src[1] != m.participle + 1 or d.ops[k].src[0] > m.aux:
            continue
        op = d.ops[k]
        # the stretch ending at the participle replaced, or the passive deleted and the subject
        # and verb put in front of its patient
        if op.tag == "replace":
            cands = [op.tgt]
        elif op.tag == "delete" and op.src[0] == m.aux:
            cands = [d.ops[q].tgt for q in (k - 1, k - 2) if q >= 0 and d.ops[q].tag == "insert"]
        else:
            continue
        # the patient: the passive's subject, kept outside the change, or the noun after it
        s0 = max((q for q in s_starts if q <= m.aux), default=0)
        patient = {w.lemma for w in sw[s0:min(m.aux, op.src[0])] if w.is_content}
        if m.participle + 2 < len(sw) and sw[m.participle + 1].lower in _DETERMINERS and sw[m.participle + 2].is_content:
            patient.add(sw[m.participle + 2].lemma)
        hit = None
        for a, b in cands:
            if a not in t_starts or not 2 <= b - a <= MAX_NEW_SUBJECT_WORDS + 1:
                continue
            v, subject = tw[b - 1], tw[a:b - 1]
            nouns = [w for w in subject if w.is_content]
            if not _verb_form(v, False) or v.lemma in s_lemmas or not nouns or any(
                    w.lemma in s_lemmas or _verb_form(w, True) or _present_form(w) for w in nouns):
                continue
            # a subject: opened by an article or a pronoun, or a bare plural before a plural verb
            # ("Cientistas colocaram"); "Na semana passada saiu" opens an adverbial phrase
            if not (subject[0].lower in _NEW_SUBJECT_OPENERS or (
                    len(nouns) == len(subject) and subject[-1].lower.endswith("s") and v.lower.endswith(("am", "em")))):
                continue
            if any(w.is_content and w.lemma in patient for w in tw[b:b + 3]):
                hit = (a, b)
                break
        if hit is None:
            continue
        a, b = hit
        v, subject = tw[b - 1], tw[a:b - 1]
        p_span = (sw[m.aux].start, part.end)
        t_span = (tw[a].start, v.end)
        p_text = ctx.source_doc.text[p_span[0]:p_span[1]]
        t_text = ctx.target_doc.text[t_span[0]:t_span[1]]
        subj = ctx.target_doc.text[tw[a].start:subject[-1].end]
        yield ctx.detection(CODE, 0.6, [p_span], [t_span],
                            msg("mod.agent_explicit_other_verb", passive=p_text, target=t_text, subject=subj),
                            {"kind": "agent_explicit", "direction": "passiva → ativa", "participle": part.text,
                             "verb": v.text, "agent": False, "other_verb": True, "new_subject": subj})
        return


#: the most words between a participle and a distant agent ("foi detido na madrugada de
#: ontem pela Guarda Municipal")
MAX_AGENT_DISTANCE = 6


def _with_agents(ctx: PairContext, passives: list[PassiveMatch]) -> Iterable[PassiveMatch]:
    """The passives that have an agent, next to the participle or found further on."""
    for m in passives:
        if m.agent is None:
            m = _distant_agent(ctx, m)
        if m is not None:
            yield m


def _distant_agent(ctx: PairContext, m: PassiveMatch) -> PassiveMatch | None:
    """The passive with its agent found further on: "por/pelo…" within six words of the
    participle, in the same clause (no punctuation, no other verb in between), not a locution
    ("por causa", "por cento"). The agent-as-subject evidence that follows is what makes it
    safe to look this far."""
    sw = ctx.diff.src_words
    for k in range(m.participle + 1, min(m.participle + 1 + MAX_AGENT_DISTANCE, len(sw))):
        if punct_before(ctx.diff.src_tokens, sw[k]) or _verb_form(sw[k], True) or sw[k].lower in SER_FORMS:
            return None
        if sw[k].lower in AGENT_PREPOSITIONS:
            if por_locution([w.lower for w in sw], k):
                return None
            return replace(m, agent=k)
    return None


def _relative_on_noun(sw: list[Token], m: PassiveMatch, tw: list[Token], q: int) -> bool:
    """Does target word ``q`` open a relative clause on the noun the participle qualified
    ("a oligarquia sempre criticada por X" → "a oligarquia que X sempre critica")? "que" before
    it, and before "que" that noun; a "que" after a verb ("impedir que X venda") opens an object
    clause instead."""
    if q < 2 or tw[q - 1].lower != "que":
        return False
    n = m.participle - 1
    while n >= 0 and sw[n].lower in MOVABLE_ADVERBS:
        n -= 1
    return n >= 0 and sw[n].is_content and tw[q - 2].lemma == sw[n].lemma


def _copula_before_patient(ctx: PairContext, m: PassiveMatch, j: int) -> bool:
    """The agent made subject of a copula whose predicate names the participle's noun ("a
    equipe coordenada por Ana" → "Ana é a chefe da equipe"): target word ``j`` is a form of
    "ser" and the noun the participle qualified (the content word right before it) follows it
    in the same target sentence."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    if tw[j].lower not in SER_FORMS or m.aux != m.participle or m.participle == 0:
        return False
    noun = sw[m.participle - 1]
    if not noun.is_content or _verb_form(noun, True):
        return False
    starts = sentence_starts(ctx, "t")
    end = next((k for k in sorted(starts) if k > j), len(tw))
    return any(w.lemma == noun.lemma for w in tw[j + 1:end])


def _inside_a_name(words: list[Token], k: int, before: list[Token]) -> bool:
    """Is the "e"/"ou" at ``k`` inside a name, between two capitalised words ("Água e
    Esgotos")? Then it joins no two agents."""
    return words[k].lower in ("e", "ou") and bool(before) and before[-1].text[:1].isupper() \
        and k + 1 < len(words) and words[k + 1].text[:1].isupper()


def _agent_phrase(ctx: PairContext, m: PassiveMatch) -> list[Token]:
    """The agent's noun phrase: the words after por/pelo… up to the next punctuation mark,
    conjunction or participle."""
    d = ctx.diff
    sw = d.src_words
    out: list[Token] = []
    for k in range(m.agent + 1, len(sw)):
        w = sw[k]
        tok = next(i for i, t in enumerate(d.src_tokens) if t.start == w.start)
        if out and d.src_tokens[tok - 1].kind == "punct":
            break
        if _inside_a_name(sw, k, out):
            out.append(w)   # "Departamento Municipal de Água e Esgotos"
            continue
        if w.lower in ("e", "ou", "que") or is_participle(w.lower):
            break
        out.append(w)
    return out


#: endings a noun adds to its verb's stem ("ajud-a", "entrevist-a", "particip-ação",
#: "cresc-imento", "apoi-o")
_NOUN_ENDINGS = ("a", "as", "o", "os", "e", "es", "ação", "ações", "ição", "ições", "amento",
                 "amentos", "imento", "imentos", "ência", "ências", "ança", "anças")
_DETERMINERS = frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas", "do", "da", "dos",
                          "das", "no", "na", "nos", "nas", "ao", "à", "pelo", "pela", "sua", "seu"})
_DE_FORMS = frozenset({"de", "do", "da", "dos", "das"})
#: the most words between a participant and the noun whose verb took over (the light verb and
#: its preposition: "Ana contou com a ajuda de")
MAX_LIGHT_WORDS = 5


def _noun_of(noun: Token, verb: Token) -> bool:
    """Is ``noun`` (after a determiner) the action noun of ``verb`` ("ajuda" / "ajudaram",
    "entrevistas" / "entrevistou")? The verb's stem (four letters at least) plus a noun ending."""
    lem = verb.lemma
    if not lem.endswith(("ar", "er", "ir")) or len(lem) < 6:
        return False
    # the stress accent the noun may carry is no other word ("anúncio" / "anunciar")
    stem, low = _fold(lem[:-2]), _fold(noun.lower)
    return low.startswith(stem) and low[len(stem):] in {_fold(e) for e in _NOUN_ENDINGS}


def _target_sentence(ctx: PairContext, j: int) -> tuple[int, int]:
    """Word range [start, end) of the target sentence holding word ``j``."""
    starts = sorted(sentence_starts(ctx, "t") | {0})
    a = max(k for k in starts if k <= j)
    return a, next((k for k in starts if k > j), len(ctx.diff.tgt_words))


def _noun_turned_verb(ctx: PairContext, passives: list[PassiveMatch]) -> Iterable[Detection]:
    """An action noun turned into its verb, the grammatical perspective changing with it:

    * the point of view turned round: the noun's "de" complement becomes the verb's subject
      and the source subject its object ("Ana contou com o apoio de dez vizinhos" → "Dez
      vizinhos apoiaram Ana"): the complement's noun before the new verb, a participant that
      stood before the noun after it;
    * the agent made explicit: a participle without agent after the noun ("consultas feitas
      com 300 famílias" → "A prefeitura consultou 300 famílias") becomes the noun's verb with
      a subject that the source group never named, the participle's complement after it.

    The verb is a finite form whose lemma is not on the source side."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    s_verbs = {w.lemma for w in sw if _verb_form(w, True)}   # "ajuda" (noun) lemmatises as "ajudar"
    reduced = {m.participle for m in passives}
    for j, v in enumerate(tw):
        if not _verb_form(v, False) or v.lemma in s_verbs:
            continue
        a, b = _target_sentence(ctx, j)
        before = {w.lemma for w in tw[a:j] if w.is_content or w.kind == "num"}
        after = {w.lemma for w in tw[j + 1:b] if w.is_content}
        for n, noun in enumerate(sw):
            if not _noun_of(noun, v):
                continue
            # a noun: after a determiner ("o apoio de"), or qualified by a participle ("consultas
            # feitas"), which no finite verb is
            det = ((_viewpoint_turned(ctx, n, j, before, after) if n > 0 and sw[n - 1].lower in _DETERMINERS
                    else None) or _agent_of_noun(ctx, n, j, before, after, reduced)
                   or (_agent_of_light_passive(ctx, n, j, before, passives)
                       if n > 0 and sw[n - 1].lower in _DETERMINERS else None))
            if det is not None:
                yield det
                return


def _light_distance(sw: list[Token], a: int, b: int) -> int:
    """Words from ``a`` to ``b``, auxiliaries and participles not counted: the light verb may be
    a passive ("A identificação está sendo feita com a ajuda de")."""
    return b - a - sum(1 for w in sw[a + 1:b] if w.lower in SER_FORMS or w.lower in OTHER_AUX_FORMS
                       or w.lower in PERFECT_AUX_FORMS or is_participle(w.lower))


def _own_verb_active(ctx: PairContext, participle: Token, j: int) -> bool:
    """Is the passive's own verb in the target sentence of word ``j`` ("serão investigadas pela
    perícia" → "A perícia vai investigar o que causou o incêndio")? Then its agent is that
    verb's subject, not the subject of the noun's verb ("causou")."""
    a, b = _target_sentence(ctx, j)
    return any(_same_verb(participle, w) for w in ctx.diff.tgt_words[a:b])


def _agent_of_light_passive(ctx: PairContext, n: int, j: int, before: set[str],
                            passives: list[PassiveMatch]) -> Detection | None:
    """An action noun made the subject of a light verb in the passive, with an agent ("O
    bombardeamento da amostra é feito por partículas") turned into the noun's own verb with the
    agent as its subject ("Partículas … bombardeiam a amostra"). Evidence: the passive's
    auxiliary within four words after the noun, no punctuation between; the agent's noun opens
    the target clause (a sentence start or a colon, a determiner at most) at most eight words
    before the verb."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    m = next((m for m in passives if m.agent is not None and m.aux != m.participle
              and n < m.aux <= n + 4 and not _punct_between(sw, d.src_tokens, n, m.aux)), None)
    if m is None:
        return None
    head = next((w for w in sw[m.agent + 1:m.agent + 4] if w.is_content), None)
    if head is None:
        return None
    if _own_verb_active(ctx, sw[m.participle], j):
        return None
    starts = sentence_starts(ctx, "t")
    k = next((k for k in range(j - 1, max(-1, j - 1 - MAX_SUBJECT_WORDS), -1) if tw[k].lemma == head.lemma), None)
    if k is None or head.lemma not in before:
        # the agent reworded ("feito pelo Pontífice" → "O papa anunciou"): with a light verb
        # ("fazer", "realizar"…) the noun's own verb can only have the agent as its subject; a
        # short subject (a determiner and one noun, no verb) right before it, opening the sentence
        k = _reworded_light_agent(ctx, sw[m.participle], j)
        if k is None:
            return None
    opener = k - 1 if k > 0 and tw[k - 1].lower in _DETERMINERS else k
    if not (opener in starts or opener == 0 or punct_before(d.tgt_tokens, tw[opener]) in (":", ";")):
        return None
    s_span = (sw[n].start, head.end)
    t_span = (tw[opener].start, tw[j].end)
    s_text, t_text = ctx.source_doc.text[s_span[0]:s_span[1]], ctx.target_doc.text[t_span[0]:t_span[1]]
    return ctx.detection(CODE, 0.6, [s_span], [t_span],
                         msg("mod.light_passive_agent", source=s_text, target=t_text, noun=sw[n].text,
                             verb=tw[j].text, agent=head.text),
                         {"kind": "voice", "direction": "passiva → ativa", "noun": sw[n].text,
                          "verb": tw[j].text, "agent": True, "other_verb": True})


#: verbs that lend an action noun its predicate ("o anúncio foi feito", "a venda foi realizada")
_LIGHT_VERBS = frozenset({"fazer", "realizar", "efetuar", "promover", "executar"})


def _reworded_light_agent(ctx: PairContext, part: Token, j: int) -> int | None:
    """The noun of a reworded agent before target verb ``j``: the participle is a light verb's,
    and the target sentence opens with a determiner and one noun (no verb, no participle)
    straight before the verb. Returns the noun's index."""
    tw = ctx.diff.tgt_words
    verbs = {participle_verb(part.lower), part.lemma} | regular_participle_verbs(part.lower)
    if not verbs & _LIGHT_VERBS:
        return None
    a, _ = _target_sentence(ctx, j)
    subject = tw[a:j]
    if len(subject) != 2 or subject[0].lower not in _NEW_SUBJECT_OPENERS or not subject[1].is_content \
            or _verb_form(subject[1], True) or is_participle(subject[1].lower):   # after an article: a noun
        return None
    return j - 1


def _viewpoint_turned(ctx: PairContext, n: int, j: int, before: set[str], after: set[str]) -> Detection | None:
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    if n + 1 >= len(sw) or sw[n + 1].lower not in _DE_FORMS:
        return None
    comp = next((w for w in sw[n + 2:n + 5] if w.is_content), None)
    if comp is None or comp.lemma not in before or comp.lemma in after:
        return None
    clause0 = n
    while clause0 > 0 and not punct_before(d.src_tokens, sw[clause0]) \
            and _light_distance(sw, clause0, n) < MAX_LIGHT_WORDS + 1:
        clause0 -= 1
    part = next((k for k in range(n - 1, clause0 - 1, -1) if sw[k].is_content and sw[k].lemma in after
                 and sw[k].lemma not in before and sw[k].lemma != comp.lemma), None)
    if part is None or _light_distance(sw, part, n) > MAX_LIGHT_WORDS:
        return None
    s_span = d.src_span(part + 1, n + 2)
    x = next((k for k in range(j + 1, min(j + 4, len(tw))) if tw[k].lemma == sw[part].lemma), j)
    t_span = d.tgt_span(j, x + 1)
    s_text, t_text = ctx.source_doc.text[s_span[0]:s_span[1]], ctx.target_doc.text[t_span[0]:t_span[1]]
    return ctx.detection(CODE, 0.6, [s_span], [t_span],
                         msg("mod.viewpoint_turned", source=s_text, target=t_text, noun=sw[n].text,
                             verb=tw[j].text, subject=comp.text),
                         {"kind": "viewpoint", "noun": sw[n].text, "verb": tw[j].text})


def _agent_of_noun(ctx: PairContext, n: int, j: int, before: set[str], after: set[str],
                   reduced: set[int]) -> Detection | None:
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    p = n + 1
    if p >= len(sw) or not is_participle(sw[p].lower) or p in reduced:
        return None   # with "por": the agent was already there (the voice rules read it)
    inf = participle_verb(sw[p].lower)
    verbs = {inf} if inf else regular_participle_verbs(sw[p].lower)
    if any(w.lemma in verbs or _same_participle(sw[p], w) for w in tw):
        return None   # the participle's own verb stays: not the noun's verb taking over
    comp = next((w for w in sw[p + 1:p + 4] if w.is_content), None)
    s_all = {w.lemma for w in sw}
    new_subject = [w for w in before if w not in s_all]
    if comp is None or comp.lemma not in after or not new_subject:
        return None
    a, _ = _target_sentence(ctx, j)
    if j - a > MAX_LIGHT_WORDS:
        return None
    end = p + 1 if p + 1 < len(sw) and not sw[p + 1].is_content and sw[p + 1].kind == "word" else p
    s_span = d.src_span(p, end + 1)
    t_span = d.tgt_span(a, j + 1)
    s_text, t_text = ctx.source_doc.text[s_span[0]:s_span[1]], ctx.target_doc.text[t_span[0]:t_span[1]]
    return ctx.detection(CODE, 0.6, [s_span], [t_span],
                         msg("mod.agent_of_noun", participle=s_text, target=t_text, noun=sw[n].text),
                         {"kind": "agent_explicit", "noun": sw[n].text, "verb": tw[j].text})


def _participle_to_indefinite_subject(ctx: PairContext, passives: list[PassiveMatch]) -> Iterable[Detection]:
    """A participial clause without agent ("o relatório, divulgado ontem, …") turned into an
    active sentence with an indefinite subject ("Divulgaram ontem o relatório"). Evidence: the
    participle follows a comma and no auxiliary; the same verb opens a target sentence in the
    third person plural, with no subject before it."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    in_passive = {m.participle for m in passives}
    starts = sentence_starts(ctx, "t")
    for i, p in enumerate(sw):
        if i == 0 or i in in_passive or not is_participle(p.lower) or punct_before(d.src_tokens, p) != ",":
            continue
        if sw[i - 1].lower in SER_FORMS | OTHER_AUX_FORMS | PERFECT_AUX_FORMS:
            continue
        v = next((tw[k] for k in starts if k < len(tw) and tw[k].lower.endswith(("ram", "am"))
                  and _same_verb(p, tw[k])), None)
        if v is None:
            continue
        yield ctx.detection(CODE, 0.6, [(p.start, p.end)], [(v.start, v.end)],
                            msg("mod.passive_to_active", passive=p.text, verb=v.text),
                            {"kind": "voice", "direction": "passiva → ativa", "participle": p.text,
                             "verb": v.text, "agent": False, "indefinite_subject": True})
        return


def _pronominal_to_intransitive(ctx: PairContext) -> Iterable[Detection]:
    """A pronominal passive turned into an intransitive clause, the patient now the subject
    ("aumentou-se a produção" → "a produção aumentou"). Evidence: a verb with an enclitic
    "-se" in the source; the same verb form in the target with no "se" attached or before it;
    the first content word after the source verb (the patient) stands before it in the target."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    text_s, text_t = ctx.source_doc.text, ctx.target_doc.text
    for i, w in enumerate(sw):
        if text_s[w.end:w.end + 3].lower() != "-se" or not _verb_form(w, False):
            continue
        patient = next((x for x in sw[i + 1:] if x.is_content and x.lower != "se"), None)
        if patient is None:
            continue
        for k, v in enumerate(tw):
            if v.lower != w.lower or text_t[v.end:v.end + 1] == "-" or (k > 0 and tw[k - 1].lower == "se"):
                continue
            if not any(x.lemma == patient.lemma for x in tw[:k]):
                continue
            s_span, t_span = (w.start, w.end + 3), (v.start, v.end)
            yield ctx.detection(CODE, 0.6, [s_span], [t_span],
                                msg("mod.pronominal_to_intransitive", verb=text_s[s_span[0]:s_span[1]],
                                    new=v.text, patient=patient.text),
                                {"kind": "voice", "direction": "pronominal → ativa", "verb": v.text})
            return


def _impersonal_given_subject(ctx: PairContext) -> Iterable[Detection]:
    """An impersonal "-se" form given a subject ("caminha-se até a praia" → "As pessoas
    caminham até a praia"): the agent made explicit. Evidence: a verb with an enclitic "-se"
    in the source; the same verb in the target with no "se", opening its sentence after a
    subject noun phrase (at most three words) whose noun the source group never names."""
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    text_s, text_t = ctx.source_doc.text, ctx.target_doc.text
    s_lemmas = {w.lemma for w in sw}
    starts = sentence_starts(ctx, "t")
    for w in sw:
        # the hyphenated clitic marks a verb, whatever its ending ("caminha-se")
        if text_s[w.end:w.end + 3].lower() != "-se" or not w.lemma.endswith(("ar", "er", "ir")) \
                or w.lower == w.lemma or is_participle(w.lower):
            continue
        for k, v in enumerate(tw):
            if v.lemma != w.lemma or v.lower == v.lemma or text_t[v.end:v.end + 1] == "-" \
                    or (k > 0 and tw[k - 1].lower == "se"):
                continue
            a = max((q for q in starts if q <= k), default=0)
            subject = tw[a:k]
            nouns = [x for x in subject if x.is_content]
            if not 1 <= len(subject) <= 3 or len(nouns) != 1 or nouns[0].lemma in s_lemmas \
                    or _verb_form(nouns[0], True):
                continue
            s_span, t_span = (w.start, w.end + 3), (tw[a].start, v.end)
            yield ctx.detection(CODE, 0.6, [s_span], [t_span],
                                msg("mod.impersonal_given_subject", verb=text_s[s_span[0]:s_span[1]],
                                    target=text_t[t_span[0]:t_span[1]]),
                                {"kind": "agent_explicit", "verb": v.text, "impersonal": True})
            return


def _agent_promotion(ctx: PairContext, sp: list[PassiveMatch], tp: list[PassiveMatch]) -> Iterable[Detection]:
    d = ctx.diff
    sw, tw = d.src_words, d.tgt_words
    for passives, other_p, words, other, direction in (
        (sp, tp, sw, tw, "passiva → ativa"), (tp, sp, tw, sw, "ativa → passiva"),
    ):
        for m in passives:
            if m.agent is None or not m.strong:
                continue
            if any(_same_participle(words[m.participle], other[q.participle]) for q in other_p):
                continue   # the same verb is still a passive there
            agent_nouns = [w.lemma for w in words[m.agent + 1:m.agent + 5] if w.is_content][:1]
            if agent_nouns and any(q.agent is not None and q.strong and any(
                    w.lemma == agent_nouns[0] for w in other[q.agent + 1:q.agent + 5]) for q in other_p):
                continue   # a passive with the same agent there, its verb substituted ("detido" → "preso")
            # the patient is the subject of the passive's own sentence (in a merge the words
            # before it run back through the sentences merged before it)
            start = _sentence_of(words, d.src_tokens if words is sw else d.tgt_tokens, m.aux)[0]
            patient = [w.lemma for w in words[start:m.aux] if w.is_content][:1]
            if not agent_nouns or not patient:
                continue
            pos_agent = next((k for k, w in enumerate(other) if w.lemma == agent_nouns[0]), None)
            if pos_agent is not None and _attributed_to(other, pos_agent):
                continue   # "Segundo o Instituto, …": the agent became the source of a report,
                # not the subject of an active verb
            pos_patient = next((k for k, w in enumerate(other) if w.lemma == patient[0]), None)
            if pos_agent is None or pos_patient is None or pos_agent > pos_patient:
                continue
            if direction.startswith("passiva") and pos_agent > len(other) // 2:
                continue
            p_span = (words[m.first].start, words[m.last].end)
            o_span = (other[pos_agent].start, other[pos_patient].end)
            src_span, tgt_span = (p_span, o_span) if direction.startswith("passiva") else (o_span, p_span)
            doc = ctx.source_doc if direction.startswith("passiva") else ctx.target_doc
            p_text = doc.text[p_span[0]:p_span[1]]
            if direction.startswith("passiva"):
                expl = msg("mod.agent_promoted", passive=p_text)
            else:
                expl = msg("mod.agent_demoted", passive=p_text)
            yield ctx.detection(CODE, 0.6, [src_span], [tgt_span], expl,
                                {"kind": "voice", "direction": direction, "participle": words[m.participle].text,
                                 "verb": None, "agent": True})
            return


#: the most words between an attribution marker and the noun it introduces ("segundo o
#: Instituto Nacional")
MAX_ATTRIBUTION_GAP = 3


def _attributed_to(words: list[Token], k: int) -> bool:
    """Is word ``k`` the noun of an attribution phrase ("Segundo o Inpe, …", "De acordo com a
    ONU, …", "Conforme os médicos, …")? An agent named there reports; it is no subject."""
    lower = [w.lower for w in words]
    for start in range(max(0, k - MAX_ATTRIBUTION_GAP - 3), k):
        for marker in SHORT_MARKERS - {("para",)} | EXPLICIT_MARKERS:
            end = start + len(marker)
            if tuple(lower[start:end]) == marker and end <= k <= end + MAX_ATTRIBUTION_GAP:
                return True
    return False


def _prohibition(w: Token) -> bool:
    return w.lower.startswith(PROHIBITION_STEMS)


def _prohibition_as_negation(ctx: PairContext) -> Detection | None:
    """A prohibition said through a negation, or the reverse ("É vedado ao empregador exigir
    atestado" → "O patrão não pode pedir um exame"; "sendo vedada a automedicação com
    anti-inflamatórios" → "Não tome remédios anti-inflamatórios por conta própria"): the same
    rule, affirmative on one side ("proibido", "vedado", "impedido", "proíbe") and negative on
    the other, a change of polarity (MOD+) whose antonym is a verb of forbidding, not an
    adjective beside the negator. Evidence: one side has the prohibition word and the other
    none; the other side has more negators than this one, and the sentence holding the new
    negator names something the prohibition forbids (a content word of the prohibition's sentence,
    by lemma or 5-letter stem: what it forbids stands before it too, "o uso do celular é
    proibido"), so the negation is that rule and not another sentence's."""
    d = ctx.diff
    for side in ("s", "t"):
        words, other = (d.src_words, d.tgt_words) if side == "s" else (d.tgt_words, d.src_words)
        tokens, other_tokens = (d.src_tokens, d.tgt_tokens) if side == "s" else (d.tgt_tokens, d.src_tokens)
        p = next((k for k, w in enumerate(words) if _prohibition(w)), None)
        if p is None or any(_prohibition(w) for w in other):
            continue
        mine = negators([w.lower for w in words])
        theirs = negators([w.lower for w in other])
        if len(theirs) <= len(mine):
            continue
        lo, hi = _sentence_of(words, tokens, p)
        forbidden = [w for w in words[lo:hi] if w.is_content and not _prohibition(w)]
        lemmas = {w.lemma for w in forbidden}
        stems = {w.lower[:5] for w in forbidden if len(w.lower) >= 5}
        # the prohibition's sentence alone on its side of the group, with no negator: the
        # group's alignment is the evidence, however plainly the rule was reworded ("É vedada
        # ao empregador a dispensa …" → "O patrão não pode demitir …")
        alone = (lo, hi) == (0, len(words)) and not mine
        for n in theirs:
            start, end = _sentence_of(other, other_tokens, n)
            if alone or any(w.is_content and (w.lemma in lemmas or (len(w.lower) >= 5 and w.lower[:5] in stems))
                            for w in other[start:end]):
                prohibition = (words[p].start, words[p].end)
                neg_end = n + 1 if n + 1 < len(other) and other[n + 1].lemma == "poder" else n
                negation = (other[n].start, other[neg_end].end)
                a = d.source_text[prohibition[0]:prohibition[1]] if side == "s" else d.source_text[negation[0]:negation[1]]
                b = d.target_text[negation[0]:negation[1]] if side == "s" else d.target_text[prohibition[0]:prohibition[1]]
                sspans, tspans = ([prohibition], [negation]) if side == "s" else ([negation], [prohibition])
                key = "mod.prohibition_negated" if side == "s" else "mod.negation_prohibition"
                return ctx.detection(CODE, 0.8, sspans, tspans, msg(key, a=a, b=b),
                                     {"kind": "polarity", "rule": "prohibition",
                                      "direction": "afirmativa → negativa" if side == "s" else "negativa → afirmativa",
                                      "antonym": [a, b]})
    return None


def _sentence_of(words: list[Token], tokens: list[Token], k: int) -> tuple[int, int]:
    """Word range [start, end) of the sentence holding word ``k`` (cut at . ! ? ;)."""
    stops = [t.start for t in tokens if t.kind == "punct" and t.text in ".!?;"]
    lo = max((s for s in stops if s < words[k].start), default=-1)
    hi = min((s for s in stops if s > words[k].start), default=float("inf"))
    idx = [q for q, w in enumerate(words) if lo < w.start < hi]
    return (idx[0], idx[-1] + 1) if idx else (k, k + 1)


#: prepositions that negate what follows them: a negator traded for one keeps the polarity
PRIVATIVES = frozenset({"sem"})


def _polarity_changes(ctx: PairContext) -> Iterable[Detection]:
    """A negator present on one side only, removed/added in a small edit with the frame kept.

    Evidence is stronger when a word next to it was swapped (an antonym: "caro" → "barato"),
    strongest for a morphological antonym ("possível" → "impossível"). A prohibition said
    through a negation is read first (:func:`_prohibition_as_negation`)."""
    d = ctx.diff
    forbidding = _prohibition_as_negation(ctx)
    if forbidding is not None:
        yield forbidding
        return
    sneg = negators([w.lower for w in d.src_words])
    tneg = negators([w.lower for w in d.tgt_words])
    if bool(sneg) == bool(tneg) or d.equal_ratio() < 0.35:
        return
    side = "s" if sneg else "t"
    words = d.src_words if side == "s" else d.tgt_words
    other_words = d.tgt_words if side == "s" else d.src_words
    for i in (sneg or tneg):
        if _negates_a_phrase(words, i):
            continue   # "Não por acaso, …", "não só …": a phrase negated, not the clause
        pred = _negated_predicate_antonym(ctx, side, i)
        if pred is not None:
            yield pred
            return
        if i + 1 < len(words) and any(_antonym_prefix(words[i + 1], w) for w in other_words):
            # "inapropriados" → "não apropriados", "descumpra" → "não cumprir" (any inflection):
            # still negative, reworded (SL+)
            continue
        op = next(o for o in d.ops if _rng(o, side)[0] <= i < _rng(o, side)[1])
        rng = _rng(op, side)
        if op.tag == "equal" or rng[1] - rng[0] > 3:
            continue  # unchanged, or the negation went with a larger piece of content (OM+/IN+)
        antonym = _antonym_near(ctx, op, side, i)
        if antonym is None:
            continue  # a negation dropped or added alone flips the meaning: not a modulation
        at = (antonym[4] if side == "s" else antonym[5])[0]
        if any(i < q and words[q].start < at for q in (sneg or tneg)):
            continue  # another negator stands between: the pair is that one's ("não beije …
            # Não divida copos": «compartilhar» → «divida» goes with the second "Não")
        o_rng = _rng(op, "t" if side == "s" else "s")
        if _ceasing_verb_near(other_words, o_rng):
            continue  # "deixam de denunciar" → "não denunciam": "deixar de" already negated it
        if any(w.lower in _NEAR_NEGATIVE_ADVERBS for w in other_words[max(0, o_rng[0] - 1):o_rng[1] + 1]):
            continue  # "raramente são responsabilizados" → "quase nunca são punidos": as negative
        if any(w.lower in PRIVATIVES for w in other_words[o_rng[0]:o_rng[1]]):
            continue  # "ponto de não retorno" → "ponto sem volta": the other side negates with "sem"
        morph = morphological_antonym(antonym[2], antonym[3]) if antonym else None
        conf = 0.85 if morph else 0.8 if antonym else 0.65
        direction = "negativa → afirmativa" if side == "s" else "afirmativa → negativa"
        expl = msg("mod.negation_removed" if side == "s" else "mod.negation_added",
                   negator=words[i].text, a=antonym[0], b=antonym[1])
        neg_span = (words[i].start, words[i].end)
        if antonym:
            other = antonym[5] if side == "s" else antonym[4]
        else:
            other = (ctx.target_spans if side == "s" else ctx.source_spans)[0]
        sspans, tspans = ([neg_span], [other]) if side == "s" else ([other], [neg_span])
        yield ctx.detection(CODE, conf, sspans, tspans, expl,
                            {"kind": "polarity", "direction": direction, "negator": words[i].text,
                             "antonym": list(antonym[:2]) if antonym else None,
                             "morphological_prefix": morph})
        return


#: adverbs that say "almost never" in one word: a clause they qualify is as good as negative
#: already, so "quase nunca" or "não … quase" in their place keeps the polarity
_NEAR_NEGATIVE_ADVERBS = frozenset({"raramente", "dificilmente"})


#: verbs that negate the infinitive their "de" opens ("deixar de denunciar" = not report, "parar
#: de fumar" = not smoke any more)
_CEASING_VERBS = frozenset({"deixar", "parar"})


def _ceasing_verb_near(words: list[Token], rng: tuple[int, int]) -> bool:
    """A form of "deixar de" / "parar de" in the other side's changed words or right beside
    them: the clause was negative already, the negator only says it plainly."""
    a, b = max(0, rng[0] - 1), min(len(words) - 1, rng[1])
    return any(words[k].lemma in _CEASING_VERBS and words[k + 1].lower == "de" for k in range(a, b))


#: words after which a negator negates the phrase they open, not the clause's predicate ("não
#: por acaso" = for a reason, "não só … mas também"): prepositions and focus adverbs. Not
#: "para", which after "não" is most often the verb "parar" ("não para de subir")
_PHRASE_NEGATED = frozenset({"por", "sem", "com", "de", "em", "só", "apenas", "somente"})


def _negates_a_phrase(words: list[Token], i: int) -> bool:
    """The negator at ``i`` opens a prepositional phrase or a focus ("Não por acaso,
    instituições … têm investido" → "Por isso, museus … estão fazendo"): the clause itself
    stays affirmative, so no polarity changed when the phrase is reworded."""
    return i + 1 < len(words) and words[i + 1].lower in _PHRASE_NEGATED


def _masculine(lower: str) -> str:
    """The masculine form of an adjective ("desnecessária" → "desnecessário")."""
    if lower.endswith("as"):
        return lower[:-2] + "os"
    return lower[:-1] + "o" if lower.endswith("a") else lower


def _antonym_prefix(a: Token, b: Token) -> str | None:
    """The negative prefix that makes one word the other's morphological antonym, whatever
    their gender ("desnecessária" / "necessário"), else None."""
    for x, y in ((a.lower, b.lower), (a.lemma, b.lemma), (_masculine(a.lower), _masculine(b.lower))):
        p = morphological_antonym(x, y)
        if p is not None:
            return p
    return None


#: copulas whose predicate a sentential negation can bear ("não é necessário")
_COPULAS = SER_FORMS | OTHER_AUX_FORMS


def _negated_predicate_antonym(ctx: PairContext, side: str, i: int) -> Detection | None:
    """A predicate with a negative prefix said through a negated copula, or the reverse ("a
    peça é desnecessária" → "o boné não é necessário", "é incompatível" → "não é compatível"):
    the polarity of the clause changes (MOD+), unlike an attributive "inapropriados" → "não
    apropriados", which stays a word substitution (SL+). Evidence: the negator, then a copula,
    then the adjective; on the other side the same copula lemma right before its morphological
    antonym."""
    d = ctx.diff
    words, other = (d.src_words, d.tgt_words) if side == "s" else (d.tgt_words, d.src_words)
    if i + 2 >= len(words) or words[i + 1].lower not in _COPULAS:
        return None
    adj = words[i + 2]
    q = next((q for q, w in enumerate(other) if q > 0 and other[q - 1].lower in _COPULAS
              and other[q - 1].lemma == words[i + 1].lemma and w.is_content and _antonym_prefix(adj, w)), None)
    if q is None:
        return None
    neg_span = (words[i].start, words[i].end)   # the spans of the other polarity rules
    pos_span = (other[q].start, other[q].end)
    if side == "s":
        sspans, tspans, a, b = [neg_span], [pos_span], adj.text, other[q].text
    else:
        sspans, tspans, a, b = [pos_span], [neg_span], other[q].text, adj.text
    key = "mod.negation_removed" if side == "s" else "mod.negation_added"
    return ctx.detection(CODE, 0.85, sspans, tspans, msg(key, negator=words[i].text, a=a, b=b),
                         {"kind": "polarity", "negator": words[i].text,
                          "direction": "negativa → afirmativa" if side == "s" else "afirmativa → negativa",
                          "antonym": [a, b], "morphological_prefix": _antonym_prefix(adj, other[q])})


#: the most words of a negated predicate standing for one adjective ("não chamam a atenção")
MAX_NEGATED_PREDICATE = 4
#: the most words between the adjective's noun and the negator (the rest of the subject)
MAX_SUBJECT_GAP = 6


def _quality_as_negated_predicate(ctx: PairContext) -> Iterable[Detection]:
    """An adjective rendered by a negated predicate of the noun it qualified ("uma festa de
    atrações modestas" → "as atrações não impressionam"), or the reverse: the polarity turned
    round through a negation. Evidence: on one side a new stretch opened by a negator and a
    finite verb (at most four words up to the end of the change or of the sentence; the verb
    found nowhere on the other side); on the other the one dropped content word of its change
    that is no verb (nor one its hyphenated "-se" marks: "manifesta-se" is no adjective) and
    did not move, whose neighbouring noun stands at most six words before the negator in the
    same sentence."""
    d = ctx.diff
    for side in ("t", "s"):
        words, other = (d.tgt_words, d.src_words) if side == "t" else (d.src_words, d.tgt_words)
        oside = "s" if side == "t" else "t"
        starts = sentence_starts(ctx, side)
        o_moved = d.src_moved() if side == "t" else d.tgt_moved()
        o_text = (ctx.source_doc if side == "t" else ctx.target_doc).text
        for i in negators([w.lower for w in words]):
            op = next(o for o in d.ops if _rng(o, side)[0] <= i < _rng(o, side)[1])
            if op.tag == "equal" or i + 1 >= _rng(op, side)[1]:
                continue
            b = i + 1
            while b < _rng(op, side)[1] and b not in starts and b - i < MAX_NEGATED_PREDICATE:
                b += 1
            verb = words[i + 1]
            if not _verb_form(verb, False) or any(w.lemma == verb.lemma for w in other):
                continue
            sent0 = max((k for k in starts if k <= i), default=0)
            subject = {w.lemma for w in words[max(sent0, i - MAX_SUBJECT_GAP):i] if w.is_content}
            for o in d.ops:
                if o.tag == "equal":
                    continue
                dropped = [k for k in range(*_rng(o, oside)) if k not in o_moved and other[k].is_content
                           and not _verb_form(other[k], True) and not _verb_in_its_context(other, k)
                           and not _enclitic_se(o_text, other[k])
                           and other[k].lower not in NEGATORS
                           and not any(w.lemma == other[k].lemma for w in words)]
                if len(dropped) != 1:
                    continue
                if any(words[k].is_content and not i <= k < b for k in range(*_rng(o, side))):
                    continue   # the adjective has its own rendering in its place: "animais
                    # domésticos" → "animais de estimação", whatever negation comes later
                adj = other[dropped[0]]
                nouns = [other[k] for k in (dropped[0] - 1, dropped[0] + 1)
                         if 0 <= k < len(other) and other[k].is_content]
                if not any(n.lemma in subject for n in nouns):
                    continue
                neg_span = d.tgt_span(i, b) if side == "t" else d.src_span(i, b)
                adj_span = (adj.start, adj.end)
                doc = ctx.target_doc if side == "t" else ctx.source_doc
                pred = doc.text[neg_span[0]:neg_span[1]]
                sspans, tspans = ([adj_span], [neg_span]) if side == "t" else ([neg_span], [adj_span])
                key = "mod.quality_to_negation" if side == "t" else "mod.negation_to_quality"
                yield ctx.detection(CODE, 0.65, sspans, tspans, msg(key, word=adj.text, negated=pred),
                                    {"kind": "polarity", "negator": words[i].text,
                                     "direction": "afirmativa → negativa" if side == "t" else "negativa → afirmativa",
                                     "antonym": [adj.text, pred] if side == "t" else [pred, adj.text],
                                     "morphological_prefix": None})
                return


def _frames_a_reported_clause(sw: list[Token], m: PassiveMatch, tw: list[Token], b: int) -> bool:
    """The target stretch ends in "que" after its verb, where the source passive opens no
    "que" clause of its own: the new verb reports the clause that holds the passive
    ("Segundo as investigações, os contratos eram superfaturados" → "As investigações mostram
    que os contratos tinham preços acima do normal"), it is no active of the passive's verb.
    A passive of saying turned active ("Foi divulgado que" → "Disseram que") keeps its "que"."""
    if b < 1 or tw[b - 1].lower != "que":
        return False
    return not (m.participle + 1 < len(sw) and sw[m.participle + 1].lower == "que")


def _verb_in_its_context(words: list[Token], k: int) -> bool:
    """The word reads as a conjugated verb among the words around it ("a estrada continua com
    buracos": the verb "continuar", which "continua" alone leaves open)."""
    from analysis.strategies.sl import finite_verb  # here: sl needs this module

    return finite_verb(words, k)


def _rng(op, side: str) -> tuple[int, int]:
    return op.src if side == "s" else op.tgt


def _antonym_near(ctx: PairContext, neg_op, side: str = "", neg: int = -1):
    """A replaced word pair next to (or inside) the negation's change:
    (source text, target text, source lower, target lower, source span, target span). Inside
    the negation's own change only the words after the negator ``neg`` (on ``side``) count:
    those before it belong to the subject. Opposites are of one class (a conjugated verb
    against a word that is none is no such pair), and each was replaced: a word the other
    side also has is kept there."""
    from analysis.strategies.dl import finite_verb  # here: dl needs this module

    d = ctx.diff
    s_lemmas = {w.lemma for w in d.src_words}
    t_lemmas = {w.lemma for w in d.tgt_words}
    k = d.ops.index(neg_op)
    # the negated predicate follows its negator: changes after it first ("o boné não é caro" →
    # "a peça é barata": «caro» → «barata», not the subject swapped before it)
    for q in (k, k + 1, k + 2, k - 1, k - 2):
        if not 0 <= q < len(d.ops):
            continue
        op = d.ops[q]
        if op.tag != "replace":
            continue
        between = d.src_words[slice(*d.ops[(q + k) // 2].src)]
        if abs(q - k) == 2 and any(w.is_content for w in between) and between[-1].lower in _PREPOSITIONS:
            continue   # a kept noun and a preposition between: another constituent ("Se não
            # tiver vaga na escola" negates no "escola"; "não deu resultado positivo" →
            # "deu resultado negativo" still pairs the adjective of the object)
        s0 = neg + 1 if op is neg_op and side == "s" else op.src[0]
        t0 = neg + 1 if op is neg_op and side == "t" else op.tgt[0]
        sw = [w for w in d.src_words[s0:op.src[1]] if w.lower not in NEGATORS]
        tw = [w for w in d.tgt_words[t0:op.tgt[1]] if w.lower not in NEGATORS]
        if sw and tw and len(sw) <= 2 and len(tw) <= 2 and sw[-1].is_content and tw[-1].is_content:
            a, b = sw[-1], tw[-1]   # words, not a determiner swapped at a split ("do" → "O")
            if finite_verb(a) != finite_verb(b) or a.lemma in t_lemmas or b.lemma in s_lemmas \
                    or _masculine(a.lower).rstrip("s") == _masculine(b.lower).rstrip("s"):
                continue   # a conjugated verb is no adjective's opposite; a word the other side
                # keeps was not replaced ("uso normal" … "O desgaste normal … não conta"), nor
                # is a word that only agrees with another noun ("recipientes limpos" →
                # "vasilhas limpas")
            return (a.text, b.text, a.lower, b.lower, (a.start, a.end), (b.start, b.end))
    return None


def _overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b)


def _without_prohibitions(voice: list[Detection], polarity: list[Detection]) -> list[Detection]:
    """A prohibition said as a negation ("é vedado realizar obras" → "não podem fazer obras") is
    one change: its passive form read again as "voz passiva → ativa" would tell it twice."""
    forbidding = [x.source_spans for x in polarity if x.evidence.get("rule") == "prohibition"]
    return [v for v in voice if not any(_overlaps(v.source_spans, f) for f in forbidding)]


@register(CODE)
def detect(ctx: PairContext) -> list[Detection]:
    if not ctx.is_pair or not ctx.diff.changed:
        return []
    voice: list[Detection] = []
    for det in _voice_changes(ctx):
        # the round-9 readings of bare participles and pronominal passives add nothing where
        # another reading already reported the same source words
        if det.evidence.get("rule") and any(_overlaps(det.source_spans, x.source_spans) for x in voice):
            continue
        # one passive turned active read by two rules ("O lançamento foi feito pela prefeitura" →
        # "A prefeitura lançou": the light verb's noun made the verb, and the agent promoted):
        # one change, told once
        if any(_overlaps(det.source_spans, x.source_spans) and _overlaps(det.target_spans, x.target_spans)
               for x in voice):
            continue
        voice.append(det)
    polarity = list(_polarity_changes(ctx))
    out = _without_prohibitions(voice, polarity) + polarity
    if not any(d.evidence.get("kind") == "polarity" for d in out):
        out.extend(_quality_as_negated_predicate(ctx))
    return out


__all__ = ["detect", "voice_changed", "role_frame_turned", "PassiveMatch"]
