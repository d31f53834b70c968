"""A general inventory of Portuguese connectives grouped by the logical relation they signal.

Built from grammar knowledge (conjunctions and discourse markers of standard Brazilian and
European Portuguese), not from any test text. Multiword connectives are matched before their
parts (``no entanto`` wins over ``entanto``). Entries flagged *ambiguous* have frequent
non-connective uses (``como``, ``quando``, ``e``...): they only count as evidence of a change
when the other side of the change is an unambiguous connective.
"""
from __future__ import annotations

from dataclasses import dataclass

from analysis.lexicon.voice import is_participle, nominal_homograph

RELATION_LABELS: dict[str, str] = {
    "adversative": "adversativa",
    "concessive": "concessiva",
    "causal": "causal",
    "conclusive": "conclusiva",
    "additive": "aditiva",
    "temporal": "temporal",
    "explicative": "explicativa",
    "conditional": "condicional",
    "final": "final",
    "comparative": "comparativa",
    "alternative": "alternativa",
}

#: relations that can stand for one another: a concession said as a contrast, a reason as a
#: cause, and a cause turned round into its consequence ("Como X, Y" → "X. Com isso, Y")
_RELATION_FAMILIES = {"concessive": "adversative", "explicative": "causal", "conclusive": "causal"}


def relation_family(relation: str) -> str:
    """The family of a relation (see ``_RELATION_FAMILIES``); a relation alone is its own."""
    return _RELATION_FAMILIES.get(relation, relation)


_UNAMBIGUOUS: dict[str, tuple[str, ...]] = {
    "adversative": (
        "mas", "porém", "todavia", "contudo", "entretanto", "no entanto", "não obstante",
        "ainda assim", "só que", "em contrapartida", "por outro lado", "ao passo que",
        "pelo contrário", "mesmo assim",
        # substitution, one thing instead of another ("Em vez de armazenar a comida, …"):
        # a contrast between what is and what is not
        "em vez de", "ao invés de",
    ),
    "concessive": (
        "embora", "conquanto", "ainda que", "mesmo que", "se bem que", "apesar de",
        "apesar disso", "apesar de que", "a despeito de", "por mais que", "por menos que",
        # the same "por" + comparative + "que" with the synthetic comparatives
        "por maior que", "por maiores que", "por menor que", "por menores que",
        "por melhor que", "por melhores que", "por pior que", "por piores que",
        "mesmo quando", "nem que", "posto que", "malgrado",
    ),
    "causal": (
        "porque", "visto que", "uma vez que", "já que", "dado que", "posto que",
        "devido a", "em virtude de", "por causa de", "graças a", "em razão de", "por conta de",
        "em decorrência de", "na medida em que", "porquanto", "haja vista",
        "como resultado de", "como consequência de",
    ),
    "conclusive": (
        "portanto", "por isso", "por conseguinte", "consequentemente", "assim sendo",
        "dessa forma", "desta forma", "dessa maneira", "desta maneira", "deste modo",
        "desse modo", "em consequência", "por consequência", "pois então",
        # "Como resultado, as plantas liberam oxigênio": the result of what was said ("como
        # resultado de" + a noun names a cause instead: listed as causal)
        "como resultado", "como consequência",
        "sendo assim", "em vista disso", "diante disso", "de modo que", "de forma que",
        "de maneira que", "de sorte que", "por esse motivo", "por este motivo", "por essa razão",
        "por esta razão",
        # "Tanto que as irmãs cansaram de dar entrevistas": so much so that, opening its clause
        # (inside one, "há tanto que fazer" is a quantity and its relative)
        "tanto que",
        # "diante de" + a demonstrative + a noun that sums up what was said: the stock
        # anaphoric openers of argumentative prose ("situação" sums up with the article too:
        # "Diante da situação, as autoridades recomendam"; "diante do quadro" may be a painting)
        *(f"diante {d} {n}" for d in ("desse", "deste") for n in ("quadro", "cenário", "contexto", "panorama")),
        *(f"diante {d} situação" for d in ("dessa", "desta", "da")),
        "em vista disto", "diante disto",
        # the impersonal frames that open the conclusion of academic prose ("Conclui-se que a
        # prática …"; the hyphen of the clitic is no word: "conclui se que")
        "conclui se que", "concluímos que", "infere se que", "depreende se que",
    ),
    "additive": (
        "além disso", "ademais", "bem como", "não só", "mas também",
        "assim como", "outrossim", "além do mais",
        # the negative additive ("Tampouco imaginavam" = "Também não imaginavam"): the
        # negation belongs to the connective, so "também não" is matched whole, before "também"
        "tampouco", "também não",
        # the second half of "não só X como também Y" (a variant of "mas também")
        "como também",
    ),
    "temporal": (
        "enquanto", "enquanto isso", "depois que", "antes que", "logo que", "assim que", "desde que",
        "sempre que", "até que", "à medida que", "à proporção que", "em seguida",
        "ao mesmo tempo", "nesse momento", "posteriormente",
        "anteriormente", "por fim", "primeiramente", "em primeiro lugar",
        # locuções conjuntivas built on a time noun + "em que"/"que"
        "no momento em que", "no instante em que", "na hora em que", "na época em que",
        "a partir do momento em que", "cada vez que", "toda vez que", "todas as vezes que",
        "nos momentos em que", "na ocasião em que", "nas ocasiões em que",
        "ao mesmo tempo que", "ao mesmo tempo em que", "durante o tempo em que",
    ),
    "explicative": (
        "pois", "isto é", "ou seja", "quer dizer", "a saber", "por exemplo", "ou melhor",
        "na verdade", "na realidade", "de fato", "com efeito", "aliás",
    ),
    "conditional": (
        "desde que", "contanto que", "a menos que", "a não ser que", "salvo se",
        "exceto se", "somente se", "só se", "sem que",
    ),
    "final": (
        "para que", "a fim de", "a fim de que", "com o objetivo de", "de modo a",
        "com a finalidade de", "com o intuito de", "com o propósito de", "com o fim de",
        "com a intenção de", "no intuito de",
        # the purpose named by its subject's verb ("A reunião tem o objetivo de discutir …"): a
        # split's way of keeping the link of a "para" with a sentence of its own
        *(f"{verb} {frame}" for verb in ("tem", "têm", "tinha", "tinham", "teve", "tiveram", "terá", "terão")
          for frame in ("o objetivo de", "a finalidade de", "o propósito de", "a intenção de",
                        "por objetivo", "por finalidade")),
    ),
    "comparative": (
        "tal como", "tal qual", "assim como", "do mesmo modo", "da mesma forma",
        "da mesma maneira",
    ),
    "alternative": (
        "ou então",
    ),
}

#: one connective in several wordings, none of them the plainer: swapping one for another
#: relinks nothing ("em vez de tecê-lo" → "em lugar de tecer")
VARIANT_FORMS: tuple[frozenset[str], ...] = (frozenset({"em vez de", "ao invés de", "em lugar de"}),)

#: "como se" said in a sentence of its own: only opening a sentence ("Parecia que tinham saído
#: …"); elsewhere "parece que" is a verb and its object clause
HYPOTHETICAL_FRAMES = ("parece que", "parecia que")
#: "with a purpose" + a colon announcing it: a purpose link; elsewhere ("com um objetivo
#: claro") a noun phrase
ANNOUNCED_PURPOSES = ("com um propósito", "com um objetivo", "com uma finalidade", "com uma missão")

#: verbs in "-ar"/"-er"/"-ir" conjugated regularly that bring about an effect on what follows
#: them (cause, hinder, ease, restrict, require, widen …): after ", o que" they tell the
#: consequence of the clause before
_REGULAR_EFFECT_VERBS = ("provocar", "causar", "gerar", "acarretar", "ocasionar", "atrasar", "dificultar",
                         "facilitar", "impedir", "permitir", "favorecer", "agravar", "prejudicar", "aumentar",
                         "tornar", "restringir", "limitar", "exigir", "ampliar", "elevar", "encarecer",
                         "baratear", "comprometer", "ameaçar", "piorar", "melhorar", "estimular", "incentivar",
                         "desestimular", "obrigar", "forçar")


def _third_person_forms(lemma: str) -> tuple[str, ...]:
    """Present, preterite and imperfect, third person singular, of a regular verb
    ("restringir" → "restringe", "restringiu", "restringia")."""
    stem, ending = lemma[:-2], lemma[-2:]
    return {"ar": (stem + "a", stem + "ou", stem + "ava"),
            "er": (stem + "e", stem + "eu", stem + "ia"),
            "ir": (stem + "e", stem + "iu", stem + "ia")}[ending]


#: a consequence told by a relative on the whole clause before it: "…, o que contribuiu para a
#: conservação da madeira" says what "Por isso, a madeira ficou conservada" says. "o que" and a
#: verb of causing, in the present or the past; at a sentence's start ("O que causa a dengue é
#: um vírus") it is a free relative, no link (RD+ drops it there)
RESUMPTIVE_CONSEQUENCES = tuple(
    f"o que {verb}"
    # the verbs with a preposition, the irregular ones, and the regular ones in the three
    # tenses a narrative uses ("…, o que atrasa o início do tratamento" → "Por isso, o
    # tratamento começa mais tarde"; "…, o que restringia a participação a uma pequena parcela"
    # → "Por isso, só uma pequena parte podia participar")
    for verb in ("contribui para", "contribuiu para", "contribuía para", "leva a", "levou a", "levava a",
                 "faz com que", "fez com que", "fazia com que", "resulta em", "resultou em",
                 "reduz", "reduziu", "diminui", "diminuiu",
                 *(form for lemma in _REGULAR_EFFECT_VERBS for form in _third_person_forms(lemma)))) + tuple(
    # and the same verbs after a modal or the future "ir" ("…, o que deve aumentar o tempo das
    # viagens" → "Por isso, as viagens podem demorar mais")
    f"o que {modal} {verb}"
    for modal in ("pode", "podia", "poderá", "poderia", "deve", "devia", "deverá", "deveria", "vai", "ia",
                  "tende a", "costuma")
    for verb in ("contribuir para", "levar a", "fazer com que", "resultar em", "reduzir", "diminuir",
                 *_REGULAR_EFFECT_VERBS))

#: a consequence told by a relative on a noun of reason after a comma: "…, razão pela qual
#: muitos só descobrem a doença tarde" says what "Por isso, muita gente só descobre …" says.
#: Elsewhere it may be a noun phrase ("explicou a razão pela qual saiu"): filed as ambiguous,
#: it counts only against an unambiguous conclusive connective on the other side
RELATIVE_CONCLUSIONS = tuple(
    f"{noun} {relative}"
    for noun, relatives in (("razão", ("pela qual", "por que")), ("motivo", ("pelo qual", "por que")))
    for relative in relatives)

_AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "additive": ("e", "também", "nem", "inclusive", "igualmente", "além de", "ainda"),
    "alternative": ("ou", "ora", "quer", "seja"),
    # ("em lugar de" also places: "em lugar de destaque")
    # "por sua vez" turns to the next party of a contrast ("Os EUA, por sua vez, recusaram"):
    # matched whole, so its "por" is never read as a cause
    "adversative": ("senão", "ao contrário", "em lugar de", "por sua vez"),
    # "por" + infinitive opening a clause ("Por se tratar de …, …"): a reduced causal clause
    "causal": ("como", "por",
               # the cause named in a sentence of its own, a split's way of keeping the link of
               # "em razão de", "devido a" ("…, em razão do barulho" → "O motivo foi o barulho")
               "o motivo é", "o motivo foi", "o motivo era", "a causa é", "a causa foi", "a causa era",
               "a razão é", "a razão foi", "a razão era",
               # one cause among others ("Um dos motivos é que eles passam muito tempo …")
               "um dos motivos é", "um dos motivos foi", "uma das causas é", "uma das causas foi",
               "uma das razões é", "uma das razões foi",
               # "in view of" ("Diante da confirmação, a secretaria intensificou …"): what led to
               # the main clause; also a place ("diante da casa"), so only against a causal or
               # conclusive connective on the other side
               "diante de"),
    # "ao" + infinitive ("ao chegar", "errou ao avaliar"): a reduced temporal clause
    "temporal": ("quando", "ao", "agora", "já", "mal", "depois", "antes", "após", "finalmente"),
    # and the prepositional locutions of condition ("em caso de falecimento", "na hipótese de
    # atraso"), which head a noun phrase rather than a clause
    "conditional": ("se", "caso", "em caso de", "na hipótese de"),
    # "Mesmo com a diferença de preço, …" = "Apesar da diferença …"; "fez o mesmo com eles" is
    # the pronoun "o mesmo": only at the start of a clause
    "concessive": ("mesmo com", "mesmo sem"),
    # ("aí" opening a clause: "… fica inflamado. Aí, o corpo não consegue …" = so, then)
    # "afinal" sums up or justifies ("Afinal, a comida era de graça") but is also "at last"
    # ("o time afinal venceu"): only against a connective of its family on the other side
    "conclusive": ("assim", "logo", "então", "daí", "aí", "com isso", "afinal", "afinal de contas",
                   *RESUMPTIVE_CONSEQUENCES,
                   *RELATIVE_CONCLUSIONS),
    "final": ("para", "o objetivo é", "o objetivo era", "o objetivo será", "a finalidade é",
              "a finalidade era", "o propósito é", "o propósito era", "a intenção é", "a intenção era",
              # a purpose announced by a colon ("reuniram-se com um objetivo: ver o eclipse")
              *ANNOUNCED_PURPOSES),
    # a split says "como se" (as if) as a sentence of its own opened by "parecer que" ("…,
    # como se tivessem saído de uma máquina do tempo" → "Parecia que tinham saído …", dev 77 g1)
    "comparative": ("como se", "igual a", "mais do que", "menos do que", *HYPOTHETICAL_FRAMES),
}
#: A purpose frame that opens a sentence ("O objetivo é reduzir…"): a split's way of keeping
#: the purpose relation a "para" gave; elsewhere it is an ordinary subject and verb.
PURPOSE_FRAMES = frozenset(_AMBIGUOUS["final"]) - {"para"} - set(ANNOUNCED_PURPOSES)


@dataclass(frozen=True)
class Connective:
    form: str                    # lowercase, words separated by one space
    relation: str                # key of RELATION_LABELS
    ambiguous: bool = False

    @property
    def label(self) -> str:
        return RELATION_LABELS[self.relation]

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.form.split())


def _build() -> dict[tuple[str, ...], Connective]:
    table: dict[tuple[str, ...], Connective] = {}
    for relation, forms in _AMBIGUOUS.items():
        for f in forms:
            table[tuple(f.split())] = Connective(f, relation, True)
    # unambiguous entries override ambiguous ones; the first relation listed wins
    for relation, forms in _UNAMBIGUOUS.items():
        for f in forms:
            key = tuple(f.split())
            if key not in table or table[key].ambiguous:
                table[key] = Connective(f, relation, False)
    return table


CONNECTIVES: dict[tuple[str, ...], Connective] = _build()
MAX_WORDS: int = max(len(k) for k in CONNECTIVES)
#: the words a connective can start with, and the longest connective each starts: a scan
#: skips every other word at once and tries no longer form than can exist (the scan runs on
#: every sentence of every group, many times per analysis)
LONGEST_FROM: dict[str, int] = {}
for _key in CONNECTIVES:
    LONGEST_FROM[_key[0]] = max(LONGEST_FROM.get(_key[0], 0), len(_key))


@dataclass(frozen=True)
class ConnectiveMatch:
    connective: Connective
    first: int          # index of the first word token (in the word-token list)
    last: int           # index of the last word token (inclusive)


#: contraction → the preposition it starts with, so "em virtude da" matches "em virtude de"
_PREPOSITION_OF: dict[str, str] = {
    **{f: "de" for f in ("do", "da", "dos", "das", "deste", "desta", "destes", "destas", "desse", "dessa",
                         "desses", "dessas", "disso", "disto", "daquele", "daquela", "daqueles", "daquelas",
                         "daquilo", "dele", "dela", "deles", "delas")},
    **{f: "a" for f in ("ao", "à", "aos", "às", "àquele", "àquela", "àqueles", "àquelas", "àquilo")},
    **{f: "em" for f in ("no", "na", "nos", "nas", "neste", "nesta", "nestes", "nestas", "nesse", "nessa",
                         "nesses", "nessas", "nisso", "nisto")},
}


def _lookup(seq: list[str]) -> Connective | None:
    c = CONNECTIVES.get(tuple(seq))
    if c is None and len(seq) > 1 and seq[-1] in _PREPOSITION_OF:
        c = CONNECTIVES.get(tuple(seq[:-1]) + (_PREPOSITION_OF[seq[-1]],))
    return c


def find_connectives(words: list[str]) -> list[ConnectiveMatch]:
    """Greedy longest-match scan of lowercase word tokens for connectives (a final
    preposition may be contracted with an article: "devido ao", "em virtude da")."""
    out: list[ConnectiveMatch] = []
    i = 0
    n = len(words)
    while i < n:
        if degree_concession(words, i):
            # "por mais incompleta que seja": the concessive "por mais … que" around the word
            # it grades
            out.append(ConnectiveMatch(CONNECTIVES[("por", words[i + 1], "que")], i, i + 3))
            i += 4
            continue
        if words[i] == "mesmo" and i + 1 < n and gerund(words[i + 1]) \
                and (i == 0 or words[i - 1] not in _MESMO_NOT_CONCESSIVE_AFTER):
            # "mesmo sendo difícil": the concession said with a gerund ("ou mesmo realizando"
            # is "or even doing", "fez o mesmo usando" "did the same, using")
            out.append(ConnectiveMatch(Connective(f"mesmo {words[i + 1]}", "concessive"), i, i + 1))
            i += 2
            continue
        if words[i] == "ainda" and i + 1 < n and words[i + 1] == "não":
            # "ainda não assinou" is "has not yet signed": the aspect, no addition (facing "também
            # não", the negative additive, it would read as a connective swapped)
            i += 1
            continue
        longest = LONGEST_FROM.get(words[i], 0)
        if not longest:
            i += 1
            continue
        hit = None
        for size in range(min(longest, n - i), 0, -1):
            c = _lookup(words[i:i + size])
            if c is not None:
                hit = ConnectiveMatch(c, i, i + size - 1)
                break
        if hit is None:
            i += 1
            continue
        if hit.connective.form in _SECOND_HALVES and not _first_half_before(words, i):
            # "Mas também pode ter acontecido antes": "mas" + the focus adverb "também", no
            # correlative (that needs a "não só"/"não apenas" before it)
            hit = ConnectiveMatch(CONNECTIVES[(words[i],)], i, i)
        elif hit.connective.form == "enquanto isso" and hit.last + 1 < n and _finite_look(words[hit.last + 1]):
            # "Enquanto isso acontecia, …": "enquanto" and the subject of its clause, not the
            # adverbial "enquanto isso" ("meanwhile")
            hit = ConnectiveMatch(CONNECTIVES[(words[i],)], i, i)
        out.append(hit)
        i = hit.last + 1
    return out


#: subjunctive forms that follow the "que" of a concession graded by "por mais/menos"
#: ("por mais incompleta que seja", "por menos que custe"); the imperfect by its ending
_CONCESSIVE_SUBJUNCTIVES = frozenset({
    "seja", "sejam", "esteja", "estejam", "tenha", "tenham", "haja", "possa", "possam", "pareça",
    "pareçam", "faça", "façam", "queira", "queiram", "custe", "custem", "tente", "tentem", "diga",
    "digam", "saiba", "saibam", "venha", "venham",
})


def gerund(word: str) -> bool:
    """A gerund by its ending ("sendo", "tendo", "estando", "fazendo"); "mundo", "fundo",
    "quando" and the like are not."""
    return len(word) > 4 and word.endswith(("ando", "endo", "indo", "ondo")) and word not in _NOT_GERUNDS


#: words before "mesmo" that make it no concession: the focus adverb "even" ("ou mesmo", "e
#: mesmo", "até mesmo") or, after an article or a contraction with one, the pronoun "the same"
#: ("fez o mesmo usando outra ferramenta")
_MESMO_NOT_CONCESSIVE_AFTER = frozenset({
    "ou", "e", "nem", "até", "talvez", "ainda",
    "o", "a", "os", "as", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "à", "aos", "às",
    "pelo", "pela", "pelos", "pelas", "um", "uma", "num", "numa"})
#: words ending like a gerund that are not one ("o mesmo mundo", "no mesmo segundo", "mesmo
#: quando")
_NOT_GERUNDS = frozenset({"mundo", "fundo", "segundo", "profundo", "redondo", "oriundo", "lindo", "quando",
                          "comando", "bando", "brando", "tremendo", "horrendo", "estupendo", "dividendo",
                          "adendo", "nefando", "memorando"})


def degree_concession(words: list[str], i: int) -> bool:
    """"por mais/menos X que" + a subjunctive is the concession graded by X ("por mais
    incompleta que seja" = however incomplete it is); "por mais tempo que o previsto" compares
    and keeps its noun phrase after "que"."""
    if words[i] != "por" or i + 4 >= len(words) or words[i + 1] not in ("mais", "menos") \
            or words[i + 3] != "que" or words[i + 2] == "que":
        return False
    verb = words[i + 4]
    return verb in _CONCESSIVE_SUBJUNCTIVES or (len(verb) > 4 and verb.endswith(("sse", "ssem")))


#: the second half of the correlative "não só/não apenas X, mas/como também Y"
_SECOND_HALVES = frozenset({"mas também", "como também"})
#: the most words between "não só"/"não apenas" and the second half of the correlative
MAX_CORRELATIVE_SPAN = 25


#: focus words that make "não … X" the first half of the correlative
_ONLY = frozenset({"só", "apenas", "somente", "unicamente"})
#: the most words between "não" and its focus word: the verb it negates and a clitic ("não se
#: preocupar apenas em frear a inflação, mas também em manter …", dev 83 g20)
MAX_NEGATED_VERB_WORDS = 2


def _first_half_before(words: list[str], i: int) -> bool:
    before = words[max(0, i - MAX_CORRELATIVE_SPAN):i]
    return any(w == "não" and any(x in _ONLY for x in before[k + 1:k + 2 + MAX_NEGATED_VERB_WORDS])
               for k, w in enumerate(before))


# ---- is this occurrence a connective? ------------------------------------------------------
#: Words after which an infinitive is expected ("para sair", "para se proteger").
_CLITIC_BEFORE_INFINITIVE = frozenset({"se", "me", "te", "nos", "lhe", "lhes", "o", "a", "os", "as", "não"})
#: (the personal infinitive too: "para serem avaliados", "para tomarem")
_INFINITIVE_ENDINGS = ("ar", "er", "ir", "or", "ar-se", "er-se", "ir-se", "arem", "erem", "irem")
#: Words that can open a finite clause right after a subordinating connective.
_CLAUSE_OPENERS = frozenset({
    "o", "a", "os", "as", "um", "uma", "uns", "umas", "ele", "ela", "eles", "elas", "eu", "nós",
    "você", "vocês", "isso", "isto", "não", "se", "já", "ainda", "este", "esta", "esse", "essa",
    "todos", "muitos", "alguns", "ninguém", "nada", "tudo", "há", "havia", "houve",
})


#: Time adverbs that become prepositions before a noun phrase ("depois das eleições" = "after
#: the elections"): then they place an event in time inside a clause, linking no clauses.
_ADVERB_OR_PREPOSITION = frozenset({"depois", "antes", "após", "em seguida"})
#: Prepositions (and contractions) that make the adverb a preposition: "depois de", "em
#: seguida a"; anaphoric ones ("depois disso", "em seguida a isso") still link to what came before.
_FOLLOWING_PREPOSITIONS = frozenset({
    "de", "do", "da", "dos", "das", "deste", "desta", "destes", "destas", "desse", "dessa",
    "desses", "dessas", "a", "ao", "à", "aos", "às",
})
_ANAPHORIC = frozenset({"disso", "disto", "daquilo", "isso", "isto", "aquilo"})


def _heads_noun_phrase(nxt: str, after: str, form: str) -> bool:
    """Is the adverb followed by a preposition introducing a noun phrase (not an infinitive
    clause, not an anaphoric pronoun)? "após" is a preposition itself: any article counts."""
    if nxt in _ANAPHORIC or after in _ANAPHORIC:
        return False
    if nxt in _FOLLOWING_PREPOSITIONS:
        return not _infinitive(after)
    return form == "após" and nxt in {"o", "a", "os", "as", "um", "uma", "uns", "umas"}


_ARTICLES = frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas"})
_PREPOSITIONS = frozenset({"de", "em", "por", "para", "com", "sem", "sobre", "entre", "até", "a",
                           "do", "da", "dos", "das", "no", "na", "nos", "nas", "pelo", "pela"})


def _subject_then_infinitive(words: list[str], i: int) -> bool:
    """A personal infinitive with its subject: "(O objetivo é) um médico avaliar …" — an
    article, at most two words of its noun phrase (no preposition), then an infinitive; a
    negation and a clitic may stand before it ("para as bactérias não se multiplicarem")."""
    if i >= len(words) or words[i] not in _ARTICLES:
        return False
    k, phrase = i + 1, 0
    while k < len(words) and phrase < 3:
        if _infinitive(words[k]) or words[k] in SHORT_INFINITIVES:
            return phrase > 0
        if words[k] in _PREPOSITIONS or words[k] in _ARTICLES:
            return False
        if words[k] not in _BEFORE_THE_VERB:
            if phrase and words[k - 1] in _BEFORE_THE_VERB:
                return False   # a noun again after "não"/"se": no infinitive here
            phrase += 1
        k += 1
    return False


#: what may stand between a subject and its infinitive: the negation and the clitics
_BEFORE_THE_VERB = frozenset({"não", "se", "lhe", "lhes", "me", "te", "nos", "vos"})


#: endings of the irregular future subjunctives ("fizer", "tiver", "puder", "quiser", "vier",
#: "disser", "trouxer", "houver", "souber", "puser"), which the frequency test below would
#: take for nouns (no gerund "fizendo")
_IRREGULAR_FUTURE_SUBJUNCTIVE = ("izer", "iver", "uder", "uiser", "ier", "isser", "ouxer", "ouver", "ouber",
                                 "user")


#: the enclitic pronouns an infinitive drops its "r" before ("torná-las", "fazê-lo", "pô-lo")
_ENCLITIC_AFTER_INFINITIVE = frozenset({"lo", "la", "los", "las"})


def _infinitive_at(words: list[str], k: int) -> bool:
    """Is word ``k`` an infinitive: by its ending, a short one, or one with an enclitic
    pronoun, which the tokenizer cuts at the hyphen and whose "r" fell before it ("para
    torná-las mais seguras", "ao fazê-lo", "para pô-lo"): a stem ending in a stressed vowel
    (or "i", "impedi-lo") followed by "lo"/"la"/"los"/"las", which no Portuguese word is."""
    if k >= len(words):
        return False
    w = words[k]
    if _infinitive(w) or w in SHORT_INFINITIVES:
        return True
    return (k + 1 < len(words) and words[k + 1] in _ENCLITIC_AFTER_INFINITIVE
            and len(w) >= 2 and w.endswith(("á", "ê", "ô", "i")))


def infinitive_shaped(word: str) -> bool:
    """An infinitive, or the future subjunctive spelled like one ("se chover", "se instalarem"),
    by its ending (``_infinitive``): the verb a conditional "se" opens its clause with."""
    return _infinitive(word)


def _infinitive(word: str) -> bool:
    """An infinitive by its ending (see ``voice.nominal_homograph`` for the nouns and
    adjectives that share it: "ao locador", "ao lugar"). Like the ending test always did, it
    takes a future subjunctive too ("se fizer"): a clause's verb either way."""
    if len(word) <= 3 or not word.endswith(_INFINITIVE_ENDINGS):
        return False
    if word.endswith(_IRREGULAR_FUTURE_SUBJUNCTIVE):
        return True   # "se fizer", "quando puder": spelled like an infinitive, a clause's verb too
    return not nominal_homograph(word)


#: endings of the 3rd-person finite forms of narration ("avaliou", "chegam", "morava")
_FINITE_LOOK = ("ou", "eu", "iu", "am", "em", "ava", "avam", "ia", "iam")


def _finite_look(word: str) -> bool:
    return len(word) > 3 and word.endswith(_FINITE_LOOK)


#: words before "caso" that make it the noun ("o caso", "neste caso", "em todo caso")
_NOUN_CASO_BEFORE = frozenset({"o", "um", "do", "no", "ao", "pelo", "num", "este", "esse", "aquele",
                               "neste", "nesse", "naquele", "deste", "desse", "daquele", "cada",
                               "todo", "qualquer", "seu", "meu", "nosso", "outro", "mesmo", "de", "em"})
#: subjunctive forms that open a conditional clause right after "caso" ("caso haja", "caso seja")
_SUBJUNCTIVE_OPENERS = frozenset({"seja", "sejam", "haja", "hajam", "houver", "houvesse", "fosse",
                                  "fossem", "tenha", "tenham", "esteja", "estejam"})


#: subjunctive forms that only a conditional "se" can stand before ("se forem", "se houver"):
#: irregular futures and imperfects, never the third person a clitic "se" takes
_SUBJUNCTIVE_AFTER_SE = frozenset({"for", "forem", "fosse", "fossem", "houver", "houvesse", "tiver",
                                   "tiverem", "tivesse", "tivessem", "estiver", "estiverem", "estivesse",
                                   "estivessem", "puder", "puderem", "pudesse", "pudessem", "quiser",
                                   "quiserem", "quisesse", "quisessem", "fizer", "fizerem", "fizesse",
                                   "fizessem", "souber", "souberem", "vier", "vierem", "der", "derem"})


#: finite forms too short for ``_finite_look`` ("quando são ameaçadas", "quando há vagas")
_SHORT_FINITE = frozenset({"é", "são", "era", "eram", "foi", "há", "tem", "têm", "vai", "vão", "dá", "dão",
                           "está", "estão", "for", "forem"})


#: words after "ser" that make it the noun ("ser humano", "seres vivos")
_SER_AS_NOUN = frozenset({"humano", "humanos", "vivo", "vivos"})


#: adjectives of need or weight and verbs of contribution whose complement "para" opens ("é
#: essencial para que", "contribuiu para aumentar"): the clause completes them, no purpose
_GOVERN_PARA = frozenset({
    "determinante", "determinantes", "fundamental", "fundamentais", "essencial", "essenciais",
    "importante", "importantes", "necessário", "necessária", "necessários", "necessárias", "decisivo",
    "decisiva", "decisivos", "decisivas", "crucial", "cruciais", "suficiente", "suficientes",
    "indispensável", "indispensáveis", "contribuir", "contribui", "contribuem", "contribuiu",
    "contribuíram", "contribuindo", "colaborar", "colabora", "colaboram", "colaborou"})


#: nouns and adverbs of time that a relative "quando" can take up ("naquele dia, quando …")
_TIME_ANTECEDENTS = frozenset({
    "ontem", "hoje", "anteontem", "tarde", "manhã", "noite", "madrugada", "dia", "dias", "semana", "semanas",
    "mês", "meses", "ano", "anos", "década", "décadas", "século", "séculos", "época", "épocas", "período",
    "momento", "hora", "horas", "data", "ocasião", "vez", "vezes", "fase", "infância", "juventude",
    "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
    "novembro", "dezembro", "passado", "passada", "segunda-feira", "terça-feira", "quarta-feira",
    "quinta-feira", "sexta-feira", "sábado", "domingo"})


def _ends_a_clause_with_its_verb(words: list[str], k: int, clause_start: set[int]) -> bool:
    """Do the words before ``k``, back to the start of their stretch (the last punctuation or
    the sentence start), hold a finite verb: a clause that the time expression closes?"""
    i = k - 1
    while i > 0 and i not in clause_start:
        i -= 1
    return any(_finite_look(w) or w in _SHORT_FINITE for w in words[i:k])


def _time_antecedent(word: str) -> bool:
    """A word that ends a time expression: a time noun or adverb, or a year ("em 1989")."""
    return word in _TIME_ANTECEDENTS or (word.isdigit() and len(word) == 4)


#: negators that may stand between the preposition and the infinitive of its clause ("para não
#: errar", "para nunca mais aparecer", "por não ter"): the clause is negative, still a clause
_CLAUSE_NEGATORS = frozenset({"não", "nunca", "jamais"})


def _past_negation(words: list[str], k: int) -> int:
    """The index after a negator at word k ("não", "nunca mais", "jamais") and a clitic after it
    ("não se"), or k itself: what stands between a preposition and its infinitive when the
    clause is negative."""
    if k < len(words) and words[k] in _CLAUSE_NEGATORS:
        k += 1
        if k < len(words) and words[k] == "mais":
            k += 1
        if k < len(words) and words[k] in _BEFORE_THE_VERB:
            k += 1
    return k


def opens_reduced_clause(words: list[str], i: int) -> bool:
    """Does the preposition at word ``i`` open an infinitive clause ("ao prever …", "para
    complicar …", "depois de ver …")? A clause, not an adverbial phrase."""
    k = i + 1
    if k < len(words) and words[k] == "de":
        k += 1
    k = _past_negation(words, k)
    if k < len(words) and words[k] == "se":
        k += 1
    if k + 1 < len(words) and words[k] == "ser" and words[k + 1] in _SER_AS_NOUN:
        return False   # "transmitida ao ser humano": the noun "ser", no clause
    return _infinitive_at(words, k)


#: infinitives too short for the ending test ("por ser", "ao ver"): a closed set of Portuguese
#: verbs, shared with DL+ ("sem ter um trabalho" is a clause)
SHORT_INFINITIVES = frozenset({"ser", "ter", "ver", "ir", "dar", "pôr", "vir", "ler", "rir"})


#: connectives that, inside a clause rather than opening one, are adverbials of manner
#: ("tratadas ao mesmo tempo" = simultaneously)
_MANNER_INSIDE_A_CLAUSE = frozenset({"ao mesmo tempo"})
#: degree words that grade the word after them ("mais preparado", "tão difícil")
_GRADERS = frozenset({"mais", "menos", "muito", "tão", "bem", "pouco", "bastante"})


def inside_an_adverbial_locution(words: list[str], m: ConnectiveMatch) -> bool:
    """Is the form part of a fixed adverbial phrase that links no clause ("por enquanto", for
    now)? Then it is no connective in any context, however open."""
    return m.connective.form == "enquanto" and m.first > 0 and words[m.first - 1] == "por"


def is_connective_use(words: list[str], m: ConnectiveMatch, clause_start: set[int],
                      before_colon: frozenset[int] | set[int] = frozenset()) -> bool:
    """Does this occurrence link clauses or ideas, judged from its context (position,
    punctuation, what follows), not from the string alone?

    ``words`` are the lowercase word tokens, ``clause_start`` the indices of words that open a
    sentence or follow punctuation, ``before_colon`` those of words a colon follows. Why: many
    connective forms have frequent other uses:
    *para ele* ("according to him") and *para o aluno* are prepositions, *enquanto cidadão*
    means "as a citizen", *se* is mostly a pronoun, *como* mostly compares.
    """
    form = m.connective.form
    nxt = words[m.last + 1] if m.last + 1 < len(words) else ""
    after = words[m.last + 2] if m.last + 2 < len(words) else ""
    at_start = m.first in clause_start
    if form in ("para", "para que") and not at_start and m.first > 0 and words[m.first - 1] in _GOVERN_PARA:
        return False   # "é determinante para que a região registre", "contribui para": the
        #                complement of the adjective or verb before it, no purpose added
    if form == "para":
        if m.first >= 2 and words[m.first - 2] in _GRADERS and words[m.first - 1].isalpha() and not at_start:
            return False   # "mais preparado para lidar" (no comma between): the complement of
            #                a graded word (how prepared, for what), no purpose linking clauses
        # (the short infinitives too: "para dar lugar", "para pôr em funcionamento")
        return (_infinitive_at(words, m.last + 1)
                or (nxt in _CLITIC_BEFORE_INFINITIVE and _infinitive(after))
                or _infinitive_at(words, _past_negation(words, m.last + 1))   # "para nunca mais aparecer"
                or _subject_then_infinitive(words, m.last + 1))   # "para as bactérias não se multiplicarem"
    if inside_an_adverbial_locution(words, m):
        return False   # "por enquanto" = for now: an adverbial phrase, no clause linked
    if form in _MANNER_INSIDE_A_CLAUSE and not at_start:
        return False   # "devem ser tratadas ao mesmo tempo" = simultaneously: a manner adverbial
        #                inside its clause; as a link it opens its clause ("Ao mesmo tempo, …")
    if form == "mas" and "não" in words[max(0, m.first - 10):m.first] and nxt not in _CLAUSE_OPENERS:
        return False   # corrective "não X, mas Y" ("não é técnico, mas político"): two phrases
    if form in ANNOUNCED_PURPOSES:
        return m.last in before_colon
    if form in HYPOTHETICAL_FRAMES:
        return at_start
    if form in PURPOSE_FRAMES:
        return at_start and (_infinitive_at(words, m.last + 1) or nxt in _CLITIC_BEFORE_INFINITIVE
                             or nxt == "que"
                             or _subject_then_infinitive(words, m.last + 1))
    if form == "enquanto":
        # "enquanto cidadão, ..." / "a escola enquanto instituição": a role ("as"), not a clause
        run = 0
        for k in range(m.last + 1, len(words)):
            if k in clause_start:
                break
            run += 1
        return nxt == "isso" or nxt in _CLAUSE_OPENERS or run > 2
    if (form in _ADVERB_OR_PREPOSITION and m.last + 1 not in clause_start
            and _heads_noun_phrase(nxt, after, form)):
        return False   # "depois dos tomates", "em seguida a uma explosão": a preposition
    if form == "posto que":
        return at_start   # "dono de posto que abre": a noun and its relative clause
    if form == "ao":
        return opens_reduced_clause(words, m.first)
    if form == "por":
        return at_start and opens_reduced_clause(words, m.first)
    if form == "tanto que":
        return at_start
    if form == "quando" and at_start and m.first > 0 and _time_antecedent(words[m.first - 1]) \
            and _ends_a_clause_with_its_verb(words, m.first, clause_start):
        # "acomodavam na estante ontem à tarde, quando a reportagem conseguiu acesso", "começou
        # a crer há dois anos, quando": the relative adverb of the time that closed the clause
        # before the comma, no link between two clauses. Not after a fronted time phrase ("No
        # final de março, quando visitar Amsterdã, …") or an age set off by commas (", 26
        # anos, quando ele desfrutava"): no clause of its own stands before it there
        return False
    if form == "quando" and is_participle(nxt):
        return True   # "só atacam quando ameaçadas": a reduced clause of time
    if form == "quando" and not at_start:
        # inside a clause, "quando" still subordinates when a clause follows it ("errou
        # quando avaliou", "quando ele chega"); "desde quando", "até quando" ask
        prev = words[m.first - 1] if m.first > 0 else ""
        return prev not in ("desde", "até", "de") and (nxt in _CLAUSE_OPENERS or _finite_look(nxt)
                                                      or nxt in _SHORT_FINITE)
    if form == "caso" and not at_start:
        # "… será comprometida caso a mina seja instalada": a clause follows; "o caso", "neste
        # caso" are the noun
        prev = words[m.first - 1] if m.first > 0 else ""
        return prev not in _NOUN_CASO_BEFORE and (nxt in _CLAUSE_OPENERS or nxt in _SUBJUNCTIVE_OPENERS
                                                  or _finite_look(nxt))
    if form == "se" and not at_start:
        # inside a clause, "se" before a subjunctive of its own ("só atacam se forem
        # ameaçadas", "se houver vagas") is the conditional; the clitic stands before other forms
        return nxt in _SUBJUNCTIVE_AFTER_SE
    if form in ("se", "caso", "como", "quando", "logo", "assim", "então", "já", "agora", "com isso",
                "mesmo com", "mesmo sem",
                "depois", "antes", "após", "mal", "ora", "quer", "seja", "daí", "aí", "senão"):
        return at_start
    if form in ("e", "ou", "nem", "inclusive", "igualmente"):
        return at_start or nxt in _CLAUSE_OPENERS
    if form == "além de":
        # "além do telescópio, …" / "além de ser …" adds; "foi além do limite" is a place
        return at_start or _infinitive_at(words, m.last + 1)
    if form == "ainda":
        # "ainda não", "ainda mais": time or degree; additive "ainda" ("mostra ainda que")
        # is told by the word it faces on the other side (see RD+)
        prev = words[m.first - 1] if m.first > 0 else ""
        return nxt not in _NOT_ADDITIVE_AINDA and prev not in _NOT_ADDITIVE_AINDA
    return True


#: Next to "ainda", these make it an adverb of time ("ainda não", "nem ainda") or degree
#: ("ainda mais", "ainda menos"), never the additive "moreover".
_NOT_ADDITIVE_AINDA = frozenset({"não", "nem", "nunca", "mais", "menos", "hoje", "agora", "assim",
                                 # the synthetic comparatives: "ainda maior" = even bigger
                                 "maior", "menor", "melhor", "pior", "maiores", "menores",
                                 "melhores", "piores"})

#: Focus adverbs of addition ("também", additive "ainda"): they add their clause to what was
#: said, and are attached to the verb or phrase they focus, not to a clause boundary.
FOCUS_ADDITIVES = frozenset({"também", "ainda"})
#: Coordinating conjunctions: between two clauses that become two sentences they are RP+.
COORDINATORS = frozenset({"e", "ou", "nem", "mas"})


def opens_condition(words: list[str], i: int, clause_start: set[int]) -> bool:
    """Does "se"/"caso" at word ``i`` open a conditional clause? At a clause boundary, followed
    by a future subjunctive (shaped like an infinitive: "se clicar", "caso chovam" aside) or by
    a subject ("se o rio subir"); a proclitic pronoun is followed by a finite verb instead."""
    if i not in clause_start or words[i] not in ("se", "caso") or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return _infinitive(nxt) or (nxt in _CLAUSE_OPENERS and nxt != "se")


def correlatives(words: list[str], clause_start: set[int]) -> list[ConnectiveMatch]:
    """Second halves of the correlative "tanto … como/quanto" (the addition of two items:
    "tanto a pesquisa como o comércio"): a "como"/"quanto" with "tanto" before it in the same
    clause, a few words away. The match covers the second half, where the items are linked."""
    out = []
    for i, w in enumerate(words):
        if w not in ("como", "quanto") or i in clause_start:
            continue
        for k in range(i - 1, max(-1, i - 1 - MAX_CORRELATIVE_GAP), -1):
            if words[k] == "tanto":
                if k < i - 1:
                    out.append(ConnectiveMatch(CORRELATIVE, i, i))
                break
            if k in clause_start:
                break
    return out


#: the most words between "tanto" and its "como/quanto"
MAX_CORRELATIVE_GAP = 8
CORRELATIVE = Connective("tanto … como", "additive")
