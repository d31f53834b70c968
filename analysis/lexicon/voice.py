"""Grammatical perspective: analytic passive voice and negation in Portuguese.

Passive (voz passiva analítica) = a form of *ser* (strong evidence) or *estar*/*ficar*
(weaker: often resultative/adjectival) followed, optionally after one or two adverbs, by a past
participle, optionally with an agent introduced by *por/pelo/pela/pelos/pelas*. Participles are
recognised by their regular endings plus the common irregular participles of the language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.lexicon.frequency import zipf

SER_FORMS: frozenset[str] = frozenset({
    "ser", "é", "são", "foi", "foram", "era", "eram", "será", "serão", "seria", "seriam",
    "sido", "sendo", "seja", "sejam", "fosse", "fossem", "for", "forem", "fora", "foras",
    "somos", "sou", "fui", "fomos", "éramos", "seremos", "sejamos",
    # the personal infinitive ("pontos a serem discutidos")
    "serem", "sermos",
})
OTHER_AUX_FORMS: frozenset[str] = frozenset({
    "está", "estão", "estava", "estavam", "esteve", "estiveram", "estará", "estarão",
    "estaria", "estariam", "esteja", "estejam", "estivesse", "estivessem", "estar", "estado",
    "fica", "ficam", "ficou", "ficaram", "ficava", "ficavam", "ficará", "ficarão", "ficaria",
    "ficar", "fique", "fiquem", "ficasse", "ficassem", "estarem", "ficarem",
})

_REGULAR_PARTICIPLE = re.compile(r"^\w{2,}(ado|ada|ados|adas|ido|ida|idos|idas|ído|ída|ídos|ídas)$")

#: Common irregular past participles (masculine singular) → infinitive of their verb.
IRREGULAR_VERB: dict[str, str] = {
    "feito": "fazer", "refeito": "refazer", "desfeito": "desfazer", "satisfeito": "satisfazer",
    "dito": "dizer", "escrito": "escrever", "inscrito": "inscrever", "descrito": "descrever",
    "prescrito": "prescrever", "transcrito": "transcrever", "aberto": "abrir", "reaberto": "reabrir",
    "coberto": "cobrir", "descoberto": "descobrir", "encoberto": "encobrir", "posto": "pôr",
    "imposto": "impor", "proposto": "propor", "exposto": "expor", "disposto": "dispor",
    "composto": "compor", "suposto": "supor", "deposto": "depor", "visto": "ver",
    "previsto": "prever", "revisto": "rever", "entregue": "entregar", "aceito": "aceitar",
    "eleito": "eleger", "preso": "prender", "morto": "matar", "pago": "pagar", "ganho": "ganhar",
    "gasto": "gastar", "suspenso": "suspender", "expulso": "expulsar", "impresso": "imprimir",
    "expresso": "exprimir", "aceso": "acender", "extinto": "extinguir", "salvo": "salvar",
    "solto": "soltar", "envolto": "envolver", "vindo": "vir", "contido": "conter",
    "mantido": "manter", "obtido": "obter", "detido": "deter", "retido": "reter",
    "submerso": "submergir", "imerso": "imergir", "incluso": "incluir", "omisso": "omitir",
    "isento": "isentar", "junto": "juntar", "frito": "fritar", "tinto": "tingir",
}
_IRREGULAR = tuple(IRREGULAR_VERB)


def _inflections(word: str) -> set[str]:
    if word.endswith("o"):
        stem = word[:-1]
        return {word, stem + "a", stem + "os", stem + "as"}
    if word.endswith("e"):
        return {word, word + "s"}
    return {word}


IRREGULAR_PARTICIPLES: frozenset[str] = frozenset(
    f for w in _IRREGULAR for f in _inflections(w)
)
_IRREGULAR_FORMS: dict[str, str] = {f: IRREGULAR_VERB[w] for w in _IRREGULAR for f in _inflections(w)}


#: Irregular participle endings whose verbs take prefixes, with the verb's ending ("compor" →
#: "decompor", "dizer" → "contradizer"): the participle keeps the ending ("decompostos").
_PREFIXABLE: dict[str, str] = {"posto": "por", "feito": "fazer", "dito": "dizer",
                               "scrito": "screver", "visto": "ver", "berto": "brir"}
_PREFIXABLE_FORMS: dict[str, str] = {f: v for w, v in _PREFIXABLE.items() for f in _inflections(w)}
_PREFIXABLE_ENDINGS: tuple[str, ...] = tuple(_PREFIXABLE_FORMS)


@lru_cache(maxsize=65536)
def _prefixed_verb(lower: str) -> str | None:
    """The verb of a prefixed irregular participle ("decompostos" → "decompor"), when that verb
    is in use and the form is not a word of its own far commoner than the verb ("perfeito",
    "prefeito", "efeito" are no participles of "perfazer" or of no verb at all)."""
    if not lower.endswith(_PREFIXABLE_ENDINGS):
        return None   # (the common case, read on every word: one test in C)
    for form, verb in _PREFIXABLE_FORMS.items():
        if lower.endswith(form) and len(lower) > len(form) + 1:
            infinitive = lower[:len(lower) - len(form)] + verb
            known = zipf(infinitive)
            if known >= 1.5 and zipf(lower) <= known + 1.5:
                return infinitive
    return None


def participle_verb(lower: str) -> str | None:
    """Infinitive of an irregular participle form (presas → prender; decompostos → decompor),
    else None."""
    return _IRREGULAR_FORMS.get(lower) or _prefixed_verb(lower)


#: "por" + these words is a locution (cause, means, rate...), never an agent of the passive.
NON_AGENT_AFTER_POR: frozenset[str] = frozenset({
    "causa", "conta", "meio", "volta", "vezes", "cento", "isso", "isto", "exemplo", "fim",
    "enquanto", "sua", "seu", "ano", "dia", "mês", "semana", "hora", "minuto", "pessoa",
    "cabeça", "completo", "acaso", "engano", "sorte", "favor", "outro", "lado", "via",
    "ordem", "força", "motivo", "razão", "falta", "excesso", "mais", "menos", "muito", "pouco",
    "lei", "decreto", "unanimidade", "maioria", "escrito", "telefone", "email", "e-mail",
})


AGENT_PREPOSITIONS: frozenset[str] = frozenset({"por", "pelo", "pela", "pelos", "pelas"})

#: what may stand between "por" and the noun of a locution of cause or time ("por algum
#: motivo", "por um lado", "por esse tempo"): determiners and quantifiers (numbers are read apart)
_LOCUTION_DETERMINERS = frozenset({
    "um", "uma", "uns", "umas", "algum", "alguma", "alguns", "algumas", "esse", "essa", "este",
    "esta", "aquele", "aquela", "outro", "outra", "outros", "outras", "qualquer", "certo", "certa",
    "tal", "nenhum", "nenhuma", "vários", "várias", "muitos", "muitas", "poucos", "poucas",
    "todo", "toda", "mais", "menos"})
#: nouns that keep "por" a preposition of cause or duration with a determiner before them
#: ("por algum motivo", "por um lado", "por dois anos", "por algum tempo"): never an agent
_LOCUTION_NOUNS = frozenset({
    "motivo", "motivos", "razão", "razões", "lado", "acaso", "engano", "instante", "instantes",
    "tempo", "período", "períodos", "momento", "momentos", "dia", "dias", "noite", "noites",
    "semana", "semanas", "mês", "meses", "ano", "anos", "década", "décadas", "século", "séculos",
    "hora", "horas", "minuto", "minutos", "vez", "vezes"})
_NUMBER_WORDS = frozenset({
    "dois", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze",
    "doze", "quinze", "vinte", "trinta", "quarenta", "cinquenta", "cinqüenta", "cem", "mil"})


def por_locution(words: list[str], k: int) -> bool:
    """Does the "por" form at ``k`` open a locution (cause, means, rate, duration) rather than
    the agent of a passive? Its next word makes one ("por causa", "por cento"), or a
    determiner or a number stands before a noun of cause or time ("foram levados ao zoológico
    por algum motivo", "ficou fechado por dois anos"). ``words``: lower-cased forms."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if not nxt or nxt in NON_AGENT_AFTER_POR:
        return True
    if nxt in _LOCUTION_DETERMINERS or nxt in _NUMBER_WORDS or nxt.isdigit():
        return k + 2 < len(words) and words[k + 2] in _LOCUTION_NOUNS
    return False

#: Words that negate a clause (sentential negation); "nem" also coordinates negatives.
NEGATORS: frozenset[str] = frozenset({
    "não", "nunca", "jamais", "nem", "nenhum", "nenhuma", "nenhuns", "nenhumas", "ninguém",
    "nada", "tampouco", "sequer",
})

#: Nouns that, before "de", name the absence or loss of what follows ("falta de chuva", "perda
#: de peso"): the phrase means the opposite of its last noun alone, so that noun is never a
#: word's counterpart without them.
PRIVATIVE_NOUNS: frozenset[str] = frozenset({
    "falta", "ausência", "escassez", "carência", "privação", "perda", "perdas", "faltas",
})

#: Stems of the deontic verbs that forbid ("é proibido", "é vedado", "fica impedido", "proíbe"):
#: a prohibition says "não pode" in affirmative form, so rendering it through a negation
#: changes the sentence's polarity (MOD+). Stems, because the lemmatiser does not bring their
#: participles to one lemma ("vedada" → "vedado").
PROHIBITION_STEMS: tuple[str, ...] = ("proib", "proíb", "vedad", "impedid")

#: Negative prefixes of morphological antonyms (in-/im-/i-/des-/a-), ordered longest first.
NEGATIVE_PREFIXES: tuple[str, ...] = ("des", "im", "in", "ir", "il", "i")

#: Words that look like participles but are usually nouns/adjectives/adverbs.
_NOT_PARTICIPLES = frozenset({
    "cidade", "lado", "estado", "mercado", "dado", "dados", "resultado", "resultados",
    "prefeitura", "vida", "partida", "medida", "medidas", "saída", "entrada", "comida",
    "bebida", "ferida", "corrida", "subida", "descida", "recado", "soldado", "advogado",
    "deputado", "deputada", "senado", "passado", "passada", "pecado", "cuidado", "nada",
    "agrado", "obrigado", "obrigada", "ainda", "ida", "unidade", "período", "apenas",
})


def nominal_homograph(word: str) -> bool:
    """A word with an infinitive's ending that is a noun or an adjective: in "-or" all but the
    verbs of "pôr" ("locador", "autor"; "compor", "propor" are verbs), and a word in
    "-ar"/"-er"/"-ir" in use while no gerund or past form of it is ("lugar", "celular",
    "pulmonar", "similar"). A word the frequency list does not know is no evidence
    ("ajuizar" stays a verb); "-arem", "-ar-se" are verbs."""
    if word.endswith("or"):
        return not word.endswith("por") or word == "por"   # "por" is the preposition, the verb "pôr"
    if not word.endswith(("ar", "er", "ir")) or len(word) <= 3:
        return False
    stem, vowel = word[:-2], word[-2]
    forms = (word[:-1] + "ndo", stem + {"a": "ou", "e": "eu", "i": "iu"}[vowel])
    return zipf(word) > 0 and not any(zipf(f) > 0 for f in forms)


def is_participle(lower: str) -> bool:
    """Heuristic: does this lowercase word look like a past participle?"""
    if lower in _NOT_PARTICIPLES:
        return False
    return (lower in IRREGULAR_PARTICIPLES or bool(_REGULAR_PARTICIPLE.match(lower))
            or _prefixed_verb(lower) is not None)


#: Articles and preposition + article contractions: between an auxiliary and a word in -ado
#: they open a noun phrase ("é aluna do mestrado", "foi ao mercado")
_NOUN_PHRASE_MARKERS = frozenset({"o", "a", "os", "as", "um", "uma", "do", "da", "dos", "das",
                                  "no", "na", "nos", "nas", "ao", "aos", "à", "às", "de", "em"})


@dataclass(frozen=True)
class PassiveMatch:
    aux: int                 # index (in the word list) of the auxiliary
    participle: int          # index of the participle
    agent: int | None        # index of por/pelo/... introducing the agent, if any
    strong: bool             # True for ser + participle

    @property
    def first(self) -> int:
        return self.aux

    @property
    def last(self) -> int:
        return self.agent if self.agent is not None else self.participle


#: auxiliaries in the participle: one only after a perfect auxiliary ("tem estado fechado")
_PARTICIPLE_AUX = frozenset({"estado"})


def find_passives(words: list[str]) -> list[PassiveMatch]:
    """Find analytic passives in a list of lowercase word tokens."""
    out: list[PassiveMatch] = []
    for i, w in enumerate(words):
        strong = w in SER_FORMS
        if not strong and w not in OTHER_AUX_FORMS:
            continue
        if w in _PARTICIPLE_AUX and (i == 0 or words[i - 1] not in PERFECT_AUX_FORMS):
            continue   # "estado" without "tem"/"tinha" before it is the noun ("um Estado
            #            fortemente centralizado"), no auxiliary
        # allow up to two intervening words (adverbs, "sido": "tem sido", "foi rapidamente")
        for j in range(i + 1, min(i + 4, len(words))):
            if is_participle(words[j]) or (strong and words[j] in DAR_PARTICIPLES):   # after "ser": "foi dada"
                agent = None
                for k in range(j + 1, min(j + 4, len(words))):
                    if words[k] in AGENT_PREPOSITIONS:
                        if not por_locution(words, k):
                            agent = k
                        break
                    if words[k] in SER_FORMS or words[k] in OTHER_AUX_FORMS:
                        break
                if not strong and agent is None:
                    break  # estar/ficar + participle without agent: usually a state
                out.append(PassiveMatch(i, j, agent, strong))
                break
            if words[j] in SER_FORMS or words[j] in OTHER_AUX_FORMS or words[j] in _NOUN_PHRASE_MARKERS:
                break   # "é aluna do mestrado": a noun phrase, not an adverb before a participle
    return out


def find_clausal_passives(words: list[str]) -> list[PassiveMatch]:
    """Passives with a clause as subject: estar/ficar + a masculine singular participle + "que"
    ("ficou decidido que", "está provado que"). Without an agent estar/ficar + participle is
    usually a state, but a state cannot take a "que" clause as its subject: the clause is what
    was decided, proved... Returned as strong passives (no agent)."""
    out: list[PassiveMatch] = []
    for i in range(len(words) - 2):
        p = words[i + 1]
        if words[i] in OTHER_AUX_FORMS and words[i + 2] == "que" and is_participle(p) \
                and p.endswith(("ado", "ido")):
            out.append(PassiveMatch(i, i + 1, None, True))
    return out


#: Auxiliaries of the active compound tenses ("tinha feito", "haviam informado"): a participle
#: after them is active, not a reduced passive.
PERFECT_AUX_FORMS: frozenset[str] = frozenset({
    "ter", "tem", "têm", "tinha", "tinham", "teve", "tiveram", "terá", "terão", "teria",
    "teriam", "tenha", "tenham", "tivesse", "tivessem", "tendo", "haver", "há", "havia",
    "haviam", "houve", "houveram", "haverá", "haveria", "haveriam", "haja", "hajam",
    "houvesse", "houvessem", "havendo", "hei", "hão",
})


def find_reduced_passives(words: list[str]) -> list[PassiveMatch]:
    """Participial (reduced) passives with an agent: "o incêndio, controlado pela Brigada
    Militar", "as bases abandonadas no ano passado pelos norte-coreanos". A participle that no
    auxiliary introduces, followed within four words by por/pelo... + a word that is not a
    locution ("por causa", "por cento"). Returned with ``aux`` = the participle (there is none)
    and ``strong`` False. Participles inside an analytic passive or a compound tense are left
    to ``find_passives`` or are active."""
    out: list[PassiveMatch] = []
    for j, w in enumerate(words):
        if not is_participle(w):
            continue
        before = words[max(0, j - 3):j]
        if any(b in SER_FORMS or b in OTHER_AUX_FORMS or b in PERFECT_AUX_FORMS for b in before):
            continue
        for k in range(j + 1, min(j + 5, len(words))):
            if words[k] in AGENT_PREPOSITIONS:
                if not por_locution(words, k):
                    out.append(PassiveMatch(j, j, k, False))
                break
            if is_participle(words[k]) or words[k] in SER_FORMS or words[k] in OTHER_AUX_FORMS:
                break
    return out


def regular_participle_verbs(lower: str) -> set[str]:
    """Infinitives a regular participle form may belong to ("doadas" → "doar";
    "vendidos" → "vender", "vendir")."""
    for end, infs in (("ado", ("ar",)), ("ada", ("ar",)), ("ados", ("ar",)), ("adas", ("ar",)),
                      ("ido", ("er", "ir")), ("ida", ("er", "ir")), ("idos", ("er", "ir")),
                      ("idas", ("er", "ir")), ("ído", ("ir",)), ("ída", ("ir",)),
                      ("ídos", ("ir",)), ("ídas", ("ir",))):
        if lower.endswith(end) and len(lower) > len(end) + 1:
            return {lower[:-len(end)] + i for i in infs}
    return set()


def negators(words: list[str]) -> list[int]:
    """Indices of sentential negators."""
    return [i for i, w in enumerate(words) if w in NEGATORS]


def morphological_antonym(a: str, b: str) -> str | None:
    """If one word is the other with a negative prefix (capaz/incapaz, possível/impossível,
    legal/ilegal, regular/irregular, fazer/desfazer), return the prefix; otherwise None."""
    a, b = a.lower(), b.lower()
    if len(a) > len(b):
        a, b = b, a
    if len(a) < 4:
        return None
    for p in NEGATIVE_PREFIXES:
        if b.startswith(p) and b[len(p):] == a:
            return p
    return None


def undone(a: str, b: str) -> bool:
    """One folded word is "des-" on a stem of the other's family, whatever the suffixes
    ("descumprimento" / "cumprir", "desobediencia" / "obedecer"): the action undone or not
    done, its opposite. (:func:`morphological_antonym` needs the whole word after the prefix.)"""
    for x, y in ((a, b), (b, a)):
        rest = x[3:]
        if x.startswith("des") and not y.startswith("des") and len(rest) >= 6 and len(y) >= 5 \
                and rest[:5] == y[:5]:
            return True
    return False


#: Verbs whose subject is the recipient of a transfer ("receber", "ganhar"): the converse of
#: any verb that gives something to someone ("foi dado ao claustro" → "o claustro recebeu",
#: "distribuídos aos participantes" → "os participantes receberam").
RECIPIENT_VERBS: frozenset[str] = frozenset({"receber", "ganhar"})
#: Prepositions and contractions that introduce the recipient of a transfer.
RECIPIENT_PREPOSITIONS: frozenset[str] = frozenset({"a", "ao", "aos", "à", "às", "para", "pro", "pros"})
#: Forms of "dar" as a participle ("foi dado"): too short for the regular pattern and usually
#: nouns ("os dados"); read as participles only right after a form of "ser".
DAR_PARTICIPLES: frozenset[str] = frozenset({"dado", "dada", "dados", "dadas"})
