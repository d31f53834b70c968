"""Round 44: misreadings found on fresh news texts, leaflets, laws made plain, textbook passages
and essays, judged blind (bench/data/probes.jsonl, ``[r44]``); the sentences here are the
round's own texts, written for the purpose, no corpus text. Each rule is read twice: the right
reading with it, the misreading back with the rule patched out, so every test can fail.

* A split piece whose connective made a link inside its own sentence explicit, and which says
  two words of that sentence again, stays with it ("…, que acabam abandonando a escola." →
  "Por isso, essas crianças acabam saindo da escola."), though the next source opens with a
  connective of that relation.
* A lone number word or the counting noun "vez" names nothing a source word named ("a segunda
  devolução pelo mesmo motivo" → "duas vezes").
* The object of a verb that undid a noun ("duplicação" → "duplicar a estrada") stands for no
  word that qualified that noun ("previstas").
* A dropped word's family word in another class says that word again ("encarecimento" →
  "caro"), not the word whose place it took.
* The only verbs in "-or" are "pôr" and its compounds: "promissora" is an adjective, so
  "alternativa promissora" → "boa opção" swapped sides.
* A word the context reads as a verb ("a estrada continua com buracos") is no quality said by a
  negated predicate.
* "raramente" is as good as negative: "quase nunca" in its place keeps the polarity.
* A word spelled as an infinitive right after a noun is its adjective ("rendimento escolar").
* A condition split off as a requirement opened by "Mas" ("desde que pesem …" → "Mas elas
  precisam pesar …") is said, not left implicit; a sentence-opening "Mas" is a connective
  whatever negation the sentence before ends with.
* Regular verbs of an effect after ", o que" ("o que restringia") tell a consequence.
* "Aí," opening a sentence is the "then" of time or of consequence ("Quando …" → "Aí, …").
* Batch f: a manner adverb is no word for a clause's verb; "como" right after a noun is a
  relative of manner; a lone source and a lone target left in one place after the meaning
  steps are one sentence said anew; a dropped ", enquanto" before a subject is contrastive.
* Batch i: a noun the lemmatiser reads as a verb is a noun after its article ("à merenda
  escolar"); a verb that reports the clause holding a passive ("As investigações mostram que")
  is no active of the passive's verb; a noun that came in as the subject of the verb that
  replaced a word ("ajudam a doença a aparecer") is left out of the target span.
"""
from __future__ import annotations

from analysis import align, align_leftovers
from analysis.strategies import mod, rd, rf, sl
from tests.rule_cases import both_ways, no_connectives

_CHILD_LABOUR = ("Embora seja proibido por lei, o trabalho infantil ainda atinge milhões de crianças brasileiras. "
                 "Muitas famílias, pressionadas pela pobreza, dependem da renda obtida pelos filhos, que acabam "
                 "abandonando a escola. Dessa forma, perpetua-se um ciclo em que a falta de estudo limita as "
                 "oportunidades futuras.",
                 "O trabalho infantil é proibido por lei. Mesmo assim, ele ainda atinge milhões de crianças no "
                 "Brasil. Muitas famílias são pobres e precisam do dinheiro que os filhos ganham. Por isso, essas "
                 "crianças acabam saindo da escola. Sem estudo, elas terão menos chances no futuro, e o problema "
                 "continua.")
_CHEQUE = ("Após a segunda devolução pelo mesmo motivo, o nome do correntista será incluído no Cadastro de "
           "Emitentes de Cheques sem Fundos, o que poderá impedir a obtenção de crédito.",
           "Se isso acontecer duas vezes, o nome da pessoa entra numa lista de quem passa cheque sem fundo. Com o "
           "nome nessa lista, pode ser difícil conseguir empréstimo.")
_TOLL = ("De acordo com a empresa, o aumento é necessário para custear as obras de duplicação previstas no "
         "contrato. Motoristas que utilizam o trecho diariamente criticaram a medida e afirmaram que a estrada "
         "continua com buracos e sinalização precária.",
         "Segundo a empresa, o aumento vai pagar as obras para duplicar a estrada. Essas obras estão no contrato. "
         "Os motoristas que passam pela estrada todos os dias não gostaram. Eles disseram que a estrada ainda tem "
         "buracos e placas ruins.")
_INTEREST = ("Economistas avaliam que o encarecimento do crédito deverá desacelerar o consumo nos próximos meses.",
             "Para os economistas, o crédito vai ficar mais caro, e as pessoas vão comprar menos nos próximos meses.")
_SOLAR = ("A energia solar desponta como uma alternativa promissora para diversificar a matriz energética "
          "brasileira.",
          "A energia do sol é uma boa opção para o Brasil ter mais fontes de energia.")
_BULLYING = ("Frequentemente, as vítimas se isolam e apresentam queda no rendimento escolar, ao passo que os "
             "agressores raramente são responsabilizados.",
             "Muitas vezes, as vítimas ficam sozinhas e vão mal na escola. Já os agressores quase nunca são "
             "punidos.")
_BLOOD = ("Podem doar sangue pessoas com idade entre 16 e 69 anos, desde que pesem no mínimo 50 quilos e estejam "
          "em boas condições de saúde.",
          "Pessoas de 16 a 69 anos podem doar sangue. Mas elas precisam pesar pelo menos 50 quilos e estar com boa "
          "saúde.")
_LUPUS = ("Embora não tenha cura, a doença pode ser controlada com medicamentos e acompanhamento regular.",
          "O lúpus não tem cura. Mas dá para controlar a doença com remédios e consultas frequentes ao médico.")
_ATHENS = ("Contudo, mulheres, estrangeiros e escravos eram excluídos da cidadania, o que restringia a "
           "participação a uma pequena parcela da população.",
           "Mas mulheres, estrangeiros e escravos não eram cidadãos. Por isso, só uma pequena parte da população "
           "podia participar.")
_QUAKE = ("Quando essa energia é liberada de forma repentina, propagam-se ondas sísmicas que fazem o solo tremer.",
          "De repente, essa energia é solta. Aí, surgem ondas que fazem o chão tremer.")

# (what to patch, replacement, code, texts, the pair, found with the rule)
_CASES = [
    ((align_leftovers, "_repeats_its_own_source"), lambda *a: False, "RD+", _CHILD_LABOUR,
     ("Dessa forma", "Por isso"), False),
    ((sl, "_a_count_against_a_word"), lambda *a: False, "SL+", _CHEQUE, ("devolução", "duas"), False),
    ((sl, "_object_of_an_undone_noun"), lambda *a: False, "SL+", _TOLL, ("previstas", "estrada"), False),
    ((sl, "_renders_a_dropped_word"), lambda *a: False, "SL+", _INTEREST, ("desacelerar", None), False),
    ((sl, "_INFINITIVE_ENDINGS"), ("ar", "er", "ir", "or"), "SL+", _SOLAR, ("alternativa", "boa"), False),
    ((mod, "_verb_in_its_context"), lambda *a: False, "MOD+", _TOLL, ("continua", "não gostaram"), False),
    ((mod, "_NEAR_NEGATIVE_ADVERBS"), frozenset(), "MOD+", _BULLYING, ("responsabilizados", "nunca"), False),
    ((rf, "_adjective_shaped_as_infinitive"), lambda *a: False, "RF+", _BULLYING, ("escolar", "escola"), False),
    ((rd, "_condition_said_as_a_requirement"), lambda *a: None, "RD+", _BLOOD, ("desde que", "Mas"), True),
    ((rd, "_sentence_opening_mas"), lambda *a: False, "RD+", _LUPUS, ("Embora", "Mas"), True),
    ((None, "CONNECTIVES"), no_connectives("o que restringia"),
     "RD+", _ATHENS, ("o que restringia", "Por isso"), True),
    ((None, "CONNECTIVES"), no_connectives("aí"), "RD+", _QUAKE, ("Quando", "Aí"), True),
]


test_the_rule_reads_the_pair_right, test_without_the_rule_the_reading_turns = both_ways(_CASES)


def test_the_regular_effect_verbs_are_conjugated_in_three_tenses():
    from analysis.lexicon.connectives import RESUMPTIVE_CONSEQUENCES, _third_person_forms
    assert _third_person_forms("restringir") == ("restringe", "restringiu", "restringia")
    assert _third_person_forms("limitar") == ("limita", "limitou", "limitava")
    assert len(RESUMPTIVE_CONSEQUENCES) == len(set(RESUMPTIVE_CONSEQUENCES))


def test_a_parasynthetic_noun_is_of_its_adjectives_family():
    assert sl._parasynthetic("encarecimento", "caro") and sl._parasynthetic("envelhecer", "velho")
    assert not sl._parasynthetic("acontecer", "conto") and not sl._parasynthetic("estabelecer", "tabela")


_FEUDAL = ("O sistema feudal predominou na Europa Ocidental durante a Idade Média. Nele, os senhores detinham a "
           "posse das terras, enquanto os servos trabalhavam nelas em troca de proteção e do direito de cultivar "
           "uma parcela para o próprio sustento. A economia era essencialmente agrária e voltada para a "
           "subsistência, com pouca circulação de moedas.",
           "O feudalismo foi o sistema mais comum na Europa Ocidental na Idade Média. Nesse sistema, os senhores "
           "eram os donos das terras. Os servos trabalhavam nas terras dos senhores. Em troca, recebiam proteção e "
           "podiam plantar num pedaço de terra para se sustentar. A economia se baseava na agricultura. As "
           "pessoas produziam só o que precisavam para viver, e quase não se usava dinheiro.")
_FAKE_NEWS = ("A disseminação de notícias falsas nas redes sociais constitui uma ameaça à democracia, pois interfere "
              "na formação da opinião pública. Muitos usuários compartilham conteúdos sem verificar a sua "
              "procedência, contribuindo involuntariamente para a desinformação. Nesse contexto, a educação "
              "midiática revela-se uma ferramenta indispensável para formar cidadãos críticos.",
              "As notícias falsas que se espalham nas redes sociais são um perigo para a democracia. Elas atrapalham "
              "a forma como as pessoas formam suas opiniões. Muitas pessoas compartilham notícias sem ver de onde "
              "elas vêm. Assim, sem querer, ajudam a espalhar mentiras. Por isso, é muito importante ensinar as "
              "pessoas a analisar o que leem e veem na mídia.")
_LAST = "Nesse contexto, a educação midiática revela-se uma ferramenta indispensável para formar cidadãos críticos."

_CASES_F = [
    ((sl, "_adverb"), lambda w: False, "SL+", _FEUDAL, ("essencialmente", "precisavam"), False),
    ((rd, "_manner_relative"), lambda *a: False, "RD+", _FAKE_NEWS, ("pois", "como"), False),
    ((align, "_link_gaps_left_by_meaning"), lambda *a: None, "OM+", _FAKE_NEWS, (_LAST, ""), False),
]


test_round_44f_rule_reads_the_pair_right, test_round_44f_without_the_rule_turns = both_ways(_CASES_F)


def _removed_enquanto_explanations() -> list[str]:
    from analysis.pipeline import analyze
    from analysis.types import AUTOMATIC_CODES, AnalysisSettings
    result = analyze(*_FEUDAL, AnalysisSettings(strategies=AUTOMATIC_CODES))
    return [str(d.explanation) for d in result.strategies
            if d.code == "RD+" and _FEUDAL[0][slice(*d.source_spans[0])] == "enquanto"]


def test_a_contrasting_enquanto_dropped_is_said_adversative():
    """", enquanto os servos trabalhavam" sets two facts side by side: whereas, not while."""
    texts = _removed_enquanto_explanations()
    assert texts and all("adversativa" in t and "temporal" not in t for t in texts)


def test_without_the_reading_the_dropped_enquanto_is_temporal(monkeypatch):
    monkeypatch.setattr(rd, "_removed_relation", lambda ctx, r: r.connective.relation)
    assert any("temporal" in t for t in _removed_enquanto_explanations())


_MEAL_FRAUD = ("A Polícia Federal deflagrou nesta quinta-feira uma operação contra uma quadrilha suspeita de desviar "
               "recursos destinados à merenda escolar em cinco municípios do interior. Segundo as investigações, os "
               "contratos eram superfaturados e os alimentos entregues em quantidade inferior à contratada.",
               "Nesta quinta-feira, a Polícia Federal fez uma operação contra um grupo suspeito de roubar dinheiro da "
               "merenda das escolas. Isso aconteceu em cinco cidades do interior. As investigações mostram que os "
               "contratos tinham preços acima do normal. Além disso, as empresas entregavam menos comida do que o "
               "combinado.")
_CATARACT = ("A principal causa é o envelhecimento, mas diabetes, tabagismo e exposição excessiva ao sol também "
             "favorecem seu aparecimento.",
             "A causa mais comum é a idade. Mas diabetes, cigarro e sol demais também ajudam a doença a aparecer.")

_CASES_I = [
    ((rf, "_NOUN_OPENERS"), frozenset(), "RF+", _MEAL_FRAUD, ("escolar", "escolas"), False),
    ((mod, "_frames_a_reported_clause"), lambda *a: False, "MOD+", _MEAL_FRAUD,
     ("eram superfaturados", "mostram que"), False),
    ((sl, "_without_a_new_subject"), lambda d, sub: sub, "SL+", _CATARACT, ("aparecimento", "aparecer"), True),
]

test_round_44i_rule_reads_the_pair_right, test_round_44i_without_the_rule_turns = both_ways(_CASES_I)
