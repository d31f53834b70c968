"""Portuguese closed-class words (articles, prepositions and their contractions, pronouns,
auxiliaries, common adverbs of degree) and a canonical lemma for each contraction.

Why: the lemmatiser (simplemma) mis-lemmatises some contractions (``pela`` → ``pelar``) and the
detectors need to tell content words from grammatical glue (a frequency gain on ``de`` → ``em``
is not lexical simplification).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: contraction / inflected closed-class form → canonical lemma used in diffs
CANONICAL: dict[str, str] = {
    # definite article
    "o": "o", "a": "o", "os": "o", "as": "o",
    # indefinite article
    "um": "um", "uma": "um", "uns": "um", "umas": "um",
    # de + article / demonstrative
    "do": "do", "da": "do", "dos": "do", "das": "do",
    "dum": "dum", "duma": "dum", "duns": "dum", "dumas": "dum",
    "deste": "deste", "desta": "deste", "destes": "deste", "destas": "deste",
    "desse": "desse", "dessa": "desse", "desses": "desse", "dessas": "desse",
    "daquele": "daquele", "daquela": "daquele", "daqueles": "daquele", "daquelas": "daquele",
    "disto": "disto", "disso": "disso", "daquilo": "daquilo",
    "dele": "dele", "dela": "dele", "deles": "dele", "delas": "dele",
    # em + article / demonstrative
    "no": "no", "na": "no", "nos": "no", "nas": "no",
    "num": "num", "numa": "num", "nuns": "num", "numas": "num",
    "neste": "neste", "nesta": "neste", "nestes": "neste", "nestas": "neste",
    "nesse": "nesse", "nessa": "nesse", "nesses": "nesse", "nessas": "nesse",
    "naquele": "naquele", "naquela": "naquele", "naqueles": "naquele", "naquelas": "naquele",
    "nisto": "nisto", "nisso": "nisso", "naquilo": "naquilo",
    "nele": "nele", "nela": "nele", "neles": "nele", "nelas": "nele",
    # a + article
    "ao": "ao", "à": "ao", "aos": "ao", "às": "ao",
    "àquele": "àquele", "àquela": "àquele", "àqueles": "àquele", "àquelas": "àquele",
    # por + article
    "pelo": "pelo", "pela": "pelo", "pelos": "pelo", "pelas": "pelo",
    # demonstratives
    "este": "este", "esta": "este", "estes": "este", "estas": "este", "isto": "isto",
    "esse": "esse", "essa": "esse", "esses": "esse", "essas": "esse", "isso": "isso",
    "aquele": "aquele", "aquela": "aquele", "aqueles": "aquele", "aquelas": "aquele",
    "aquilo": "aquilo",
    # personal pronouns
    "ele": "ele", "ela": "ele", "eles": "ele", "elas": "ele",
    "eu": "eu", "tu": "tu", "nós": "nós", "vós": "vós", "você": "você", "vocês": "você",
    "me": "me", "te": "te", "se": "se", "lhe": "lhe", "lhes": "lhe",
    "mim": "mim", "ti": "ti", "si": "si", "conosco": "conosco", "comigo": "comigo",
    "contigo": "contigo", "consigo": "consigo",
    "lo": "o", "la": "o", "los": "o", "las": "o",
    # possessives
    "seu": "seu", "sua": "seu", "seus": "seu", "suas": "seu",
    "meu": "meu", "minha": "meu", "meus": "meu", "minhas": "meu",
    "nosso": "nosso", "nossa": "nosso", "nossos": "nosso", "nossas": "nosso",
    "teu": "teu", "tua": "teu", "teus": "teu", "tuas": "teu",
}

#: Further closed-class words that are never "content" for lexical comparison.
FUNCTION_WORDS: frozenset[str] = frozenset(CANONICAL) | frozenset({
    # prepositions
    "de", "em", "por", "para", "pra", "com", "sem", "sob", "sobre", "entre", "até", "desde",
    "contra", "perante", "após", "ante", "trás", "durante", "mediante", "segundo", "conforme",
    "via", "rumo",
    # conjunctions / relatives / interrogatives
    "e", "ou", "mas", "nem", "que", "se", "como", "quando", "onde", "porque", "pois", "porém",
    "qual", "quais", "quem", "cujo", "cuja", "cujos", "cujas", "quanto", "quanta", "quantos",
    "quantas", "embora", "contudo", "todavia", "entretanto", "logo", "portanto", "enquanto",
    "caso", "já", "também", "ainda", "assim", "então",
    # quantifiers / indefinites
    "todo", "toda", "todos", "todas", "tudo", "algum", "alguma", "alguns", "algumas", "algo",
    "alguém", "nenhum", "nenhuma", "ninguém", "nada", "outro", "outra", "outros", "outras",
    "mesmo", "mesma", "mesmos", "mesmas", "cada", "certo", "certa", "certos", "certas",
    "vários", "várias", "muito", "muita", "muitos", "muitas", "pouco", "pouca", "poucos",
    "poucas", "tanto", "tanta", "tantos", "tantas", "mais", "menos", "tão", "bem", "mal",
    "qualquer", "quaisquer", "ambos", "ambas", "demais",
    # negation and frequent adverbs
    "não", "sim", "nunca", "jamais", "tampouco", "aqui", "aí", "ali", "lá", "cá", "agora",
    "hoje", "ontem", "amanhã", "sempre", "só", "somente", "apenas", "inclusive",
    # auxiliaries and copulas (all forms are caught through their lemmas too)
    "ser", "estar", "ter", "haver", "ficar", "ir", "vir", "poder", "dever",
    "é", "são", "foi", "foram", "era", "eram", "será", "serão", "seria", "seriam", "sido",
    "sendo", "está", "estão", "estava", "estavam", "esteve", "estiveram", "tem", "têm", "tinha", "tinham", "teve", "tiveram", "terá", "terão", "há", "havia",
    "houve", "haverá", "vai", "vão", "ia", "iam", "pode", "podem", "podia", "deve", "devem",
    "seja", "sejam", "fosse", "fossem", "for", "forem",
})

#: Lemmas of auxiliaries/copulas (compared after lemmatisation).
AUXILIARY_LEMMAS: frozenset[str] = frozenset({
    "ser", "estar", "ter", "haver", "ficar", "ir", "vir", "poder", "dever", "andar",
})


def canonical(lower: str) -> str | None:
    """Canonical lemma for a closed-class form, or None when the word is not one."""
    return CANONICAL.get(lower)


def is_function_word(lower: str, lemma: str | None = None) -> bool:
    """True for grammatical glue (never the locus of a lexical substitution)."""
    if lower in FUNCTION_WORDS:
        return True
    return lemma is not None and lemma in AUXILIARY_LEMMAS


#: Adverbs that form a displaceable unit on their own (time, place, frequency, focus, degree):
#: moving one of these is a DL+ displacement even though it is not a content word.
MOVABLE_ADVERBS: frozenset[str] = frozenset({
    "ontem", "hoje", "amanhã", "agora", "sempre", "nunca", "jamais", "já", "ainda", "também",
    "só", "somente", "apenas", "aqui", "ali", "lá", "cá", "aí", "depois", "antes", "logo",
    "talvez", "provavelmente", "realmente", "inclusive", "novamente", "entretanto", "porém",
    "contudo", "todavia", "portanto", "atualmente", "recentemente", "finalmente",
})

#: Adverbs of approximation: they hedge a quantity or a degree ("quase todo branco", "cerca de
#: R$ 1", "aproximadamente 30%") and take the place of no noun, verb or adjective.
APPROXIMATORS: frozenset[str] = frozenset({"quase", "cerca", "aproximadamente", "praticamente"})

#: Lemmas of verbs that report speech or knowledge ("disse", "afirmou", "segundo o qual"): a
#: moved reporting clause changes the order of ideas (RD+), it is not a displaced phrase.
REPORTING_VERBS: frozenset[str] = frozenset({
    "dizer", "afirmar", "informar", "explicar", "escrever", "declarar", "contar", "relatar",
    "anunciar", "comentar", "ressaltar", "destacar", "acrescentar", "garantir", "observar",
    "lembrar", "avaliar", "alertar", "revelar", "admitir", "reconhecer", "concluir",
    "argumentar", "defender", "sustentar", "opinar", "completar", "salientar", "frisar",
    "enfatizar", "esclarecer", "assegurar", "confirmar", "negar", "questionar", "perguntar",
    "responder", "criticar", "sugerir", "prever", "estimar", "calcular", "falar",
    # verbs of saying a newspaper puts after a quotation as often ("…", resume o paleontólogo)
    "resumir", "ponderar", "justificar", "advertir", "lamentar", "reclamar", "insistir",
    "pontuar", "desabafar", "retrucar", "rebater", "indagar", "sublinhar",
})

#: Lemmas of verbs that attribute a belief rather than report speech ("…, acredita o
#: presidente", "como os pesquisadores supõem"); the verbs of cognition belong here too ("como
#: se pode imaginar"). Put after the statement and then before it, such a clause changed the
#: order of ideas as a reporting clause does (RD+); dropped, it is content, not a reporting
#: verb: it said how sure the statement is (OM+, as the development annotators code it).
BELIEF_VERBS: frozenset[str] = frozenset({"supor", "acreditar", "crer", "imaginar", "pensar"})

#: Subordinators and relatives that open a clause (a moved run starting with one is a clause).
#: third-person subject pronouns: what a sentence uses to go on about a referent named before
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"ele", "ela", "eles", "elas"})

CLAUSE_OPENERS: frozenset[str] = frozenset({
    "que", "quando", "porque", "como", "embora", "enquanto", "onde", "quem", "cujo",
    "cuja", "cujos", "cujas", "caso", "conforme", "pois", "mas", "porém", "contudo", "todavia",
})

#: Prepositions that open an adverbial or prepositional phrase.
#: "de" and its contractions with an article, a demonstrative or an indefinite article
DE_CONTRACTIONS: frozenset[str] = frozenset({
    "de", "do", "da", "dos", "das", "deste", "desta", "destes", "destas", "desse", "dessa", "desses",
    "dessas", "daquele", "daquela", "daqueles", "daquelas", "dum", "duma",
})

PHRASE_PREPOSITIONS: frozenset[str] = frozenset({
    "de", "em", "por", "para", "com", "sem", "sob", "sobre", "entre", "até", "desde", "contra",
    "após", "durante", "mediante", "perante", "segundo", "conforme", "a", "ao", "à", "aos", "às",
    "do", "da", "dos", "das", "no", "na", "nos", "nas", "pelo", "pela", "pelos", "pelas", "num",
    "numa", "neste", "nesta", "nesse", "nessa", "naquele", "naquela", "há", "cerca",
})


def is_clause(words: Sequence[Any]) -> bool:
    """A run that opens with a subordinator/relative, or reports speech, is a clause. A run
    opened by "como" or "conforme" with no inflected verb compares or attributes ("como o
    pai", "conforme o contrato"): a phrase, not a clause."""
    if not words:
        return False
    if any(w.lemma in REPORTING_VERBS for w in words):
        return True
    if words[0].lower in _PHRASE_OR_CLAUSE:
        return any(_inflected_verb(w) for w in words[1:])
    return words[0].lower in CLAUSE_OPENERS


#: openers of a clause ("como disse o ministro", "conforme previa o contrato") that also open a
#: comparison or an attribution without a verb ("como o pai", "conforme a lei")
_PHRASE_OR_CLAUSE = frozenset({"como", "conforme"})


def _inflected_verb(w: Any) -> bool:
    """The lemmatiser gives the word a verb lemma other than itself ("era" / "ser", "disse" /
    "dizer"): an inflected verb form (a noun it takes for a verb form counts too: the old,
    wider reading)."""
    return w.lemma != w.lower and w.lemma.endswith(("ar", "er", "ir", "or"))


#: Nouns of a stretch of time: with a determiner and no preposition they make an adverbial of
#: time ("um dia", "toda semana", "esta noite", "o ano passado"), the circumstance of a verb and
#: no argument of it. Closed class of Portuguese grammar (units and parts of the day).
TIME_NOUNS: frozenset[str] = frozenset({
    "dia", "dias", "noite", "noites", "manhã", "manhãs", "tarde", "tardes", "madrugada", "semana",
    "semanas", "mês", "meses", "ano", "anos", "década", "décadas", "século", "séculos", "hora",
    "horas", "vez", "vezes", "momento", "época"})
#: determiners that put a time noun in an adverbial of time of its own: indefinites,
#: demonstratives and quantifiers ("um dia", "certa vez", "toda semana", "esta noite")
_TIME_DETERMINERS = frozenset({
    "um", "uma", "certo", "certa", "outro", "outra", "algum", "alguma", "todo", "toda", "todos",
    "todas", "cada", "este", "esta", "esse", "essa", "aquele", "aquela", "qualquer"})
#: what a definite time noun needs after it to be a time adverbial ("o ano passado")
_TIME_POSITION = frozenset({"passado", "passada", "seguinte", "anterior", "inteiro", "inteira"})


def is_time_noun_phrase(words: Sequence[Any]) -> bool:
    """A noun phrase of time standing as an adverbial with no preposition: a determiner of
    its own and a time noun ("um dia", "toda semana", "esta noite"), or the definite article, a
    time noun and its position ("o ano passado", "a semana seguinte"). Such a phrase is the
    verb's circumstance and may move as one ("planejava um dia morar" → "planejava morar … um
    dia"), where an article-first run is otherwise a subject or an object."""
    low = [w.lower for w in words]
    if len(low) == 2:
        return low[0] in _TIME_DETERMINERS and low[1] in TIME_NOUNS
    if len(low) == 3:
        if low[0] in {"o", "a", "os", "as"}:
            return low[1] in TIME_NOUNS and low[2] in _TIME_POSITION
        return low[0] in {"todo", "toda", "todos", "todas"} and low[1] in {"o", "a", "os", "as"} \
            and low[2] in TIME_NOUNS
    return False


def is_adverbial(words: Sequence[Any]) -> bool:
    """A run that opens with a preposition of a phrase or a movable adverb (tokens: ``.lower``)."""
    first = words[0].lower
    return (first in PHRASE_PREPOSITIONS or first in MOVABLE_ADVERBS
            or (len(words) == 1 and first.endswith("mente")))
