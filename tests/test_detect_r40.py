"""Round 40: misreadings found on fresh news texts, leaflets, textbooks and laws made plain,
judged blind (bench/data/probes.jsonl, ``[r40]``); the sentences here are written for the
purpose, no corpus text.

* A piece of a split said in other words ("evite a automedicação" → "Não tome remédio por
  conta própria.") belongs to the source sentence whose unrendered clause it says, however
  little it resembles the whole sentence: no insertion.
* A verb with a negative prefix said with "não" and the base verb ("descumpra" → "não
  cumprir") keeps the polarity, in any inflection: SL+, no MOD+.
* A verb whose lemma is the base of a gone prefixed verb of the sentence ("retirados" →
  "tirar") renders that verb, not a neighbour ("decidir").
* "…, o que levou ao fechamento" tells a consequence like "Por isso": the connective lexicon
  has the frame ("o que" + a verb of causing); at a sentence's start it is a free relative,
  and its verb can still be replaced ("o que ocasionou" → "Isso provocou").
* A phrase the target put first before a comma ("No primeiro semestre, …") moved itself: its
  words are no evidence that a phrase it crossed was displaced.
* A list's lead-in with its first items, cut off by a paragraph break from the rest of the
  split before it, goes whole to the source of its other items.
* A contrasting "enquanto" takes the "Já" of its place before a time connective of its family.
* The "por" of a passive's agent is no connective: a "por causa de" in its place replaced none.
* A condition whose clause was reworded, leaving the diff only "se" and an article as a moved
  run, is shown as no moved clause.
* No two SL+ of a group share a target word (the surer stays); a word with a negative prefix
  against the plain word after "não" takes the "não" into its span ("descumprimento" → "não
  cumprir"), never pairs with its opposite alone.
"""
from __future__ import annotations

from analysis import align, align_leftovers
from tests.test_strategies import analyzed_pairs

_ADVICE_SRC = ("Em caso de tosse com sangue ou falta de ar, procure imediatamente um pronto-socorro "
               "e evite a automedicação.")
_ADVICE_TGT = ("Se você tiver tosse com sangue ou falta de ar, vá logo a um pronto-socorro. "
               "Não tome remédio por conta própria.")


def test_a_split_piece_in_other_words_is_no_insertion():
    assert analyzed_pairs("IN+", _ADVICE_SRC, _ADVICE_TGT) == []


def test_without_the_unexplained_clause_the_piece_reads_as_new(monkeypatch):
    """The rule is what links the piece: with its floor out of reach, the piece is an IN+."""
    monkeypatch.setattr(align_leftovers, "unexplained_clauses", lambda text, explained: [])
    assert analyzed_pairs("IN+", _ADVICE_SRC, _ADVICE_TGT) != []


def test_an_added_sentence_after_a_faithful_one_stays_new():
    src = "Lave bem as frutas e as verduras antes de comer."
    tgt = "Lave bem as frutas e as verduras antes de comer. O posto de saúde abre às sete horas."
    assert analyzed_pairs("IN+", src, tgt) != []


def test_a_negative_prefix_said_with_nao_keeps_the_polarity():
    """"descumpra" → "não cumprir": still negative (SL+ reports it); no MOD+ "afirmativa →
    negativa", whatever the inflection of the two verbs."""
    src = "Caso a loja descumpra o prazo de entrega, o cliente pode cancelar a compra."
    tgt = "Se a loja não cumprir o prazo de entrega, o cliente pode cancelar a compra."
    assert analyzed_pairs("MOD+", src, tgt) == []
    assert ("descumpra", "não cumprir") in analyzed_pairs("SL+", src, tgt)


def test_a_verb_that_renders_a_prefixed_verb_is_no_replacement_of_another():
    """"tirar" says "retirados" (re- + "tirar"), far as it stands from it: no plainer word for
    "decidir"."""
    src = ("A bibliotecária vai organizar a estante antes de decidir quais livros antigos serão "
           "retirados da coleção.")
    tgt = "Antes de tirar qualquer livro antigo da coleção, a bibliotecária vai organizar a estante."
    assert ("decidir", "tirar") not in analyzed_pairs("SL+", src, tgt)


def test_a_consequence_told_by_o_que_is_a_connective():
    src = "A chuva forte encheu os rios da região, o que levou ao fechamento das estradas."
    tgt = "A chuva forte encheu os rios da região. Por isso, as estradas foram fechadas."
    assert ("o que levou ao", "Por isso") in analyzed_pairs("RD+", src, tgt)


def test_the_verb_of_a_consequence_frame_can_still_be_replaced():
    src = "A ponte velha caiu durante a madrugada, o que ocasionou um grande engarrafamento."
    tgt = "A ponte velha caiu durante a madrugada. Isso provocou um grande engarrafamento."
    assert ("ocasionou", "provocou") in analyzed_pairs("SL+", src, tgt)


def test_o_que_at_a_sentence_start_is_a_free_relative():
    src = "Muitos moradores reclamam. O que gera o barulho são as obras da avenida."
    tgt = "Muitos moradores reclamam. Mas o barulho vem das obras da avenida."
    assert ("O que gera", "Mas") not in analyzed_pairs("RD+", src, tgt)


def test_a_condition_reworded_around_its_connective_is_no_clause_shown_moved():
    """"se as emissões não forem reduzidas" before the main clause → "se os países não diminuírem
    a poluição" after it: the diff keeps only "se" and an article; RD+ shows no «se as»."""
    src = ("Os cientistas alertam que, se as emissões de gases não forem reduzidas, muitas espécies "
           "de peixes poderão desaparecer até 2060.")
    tgt = ("Os cientistas avisam que muitas espécies de peixes podem sumir até 2060 se os países "
           "não diminuírem a poluição.")
    assert not [s for s, _ in analyzed_pairs("RD+", src, tgt) if len(s.split()) <= 2 and s.startswith("se")]


def test_a_phrase_next_to_a_phrase_the_target_put_first_is_not_displaced():
    """"no primeiro trimestre" went first before a comma; "nas estradas do estado" still follows
    the (reworded) subject it qualifies: no DL+ for it."""
    src = ("O número de mortes nas estradas do estado caiu 15% no primeiro trimestre em comparação "
           "com o mesmo período de 2023, segundo a polícia.")
    tgt = ("No primeiro trimestre, morreram 15% menos pessoas nas estradas do estado do que no mesmo "
           "período de 2023. Os dados são da polícia.")
    assert "nas estradas" not in [s for s, _ in analyzed_pairs("DL+", src, tgt)]


#: the round's own leaflet (written for the purpose): the lead-in of a list and its first item
#: stood in the split of the sentence before, across a paragraph break
_HEPATITIS_SRC = (
    "A hepatite B é uma infecção viral que compromete o fígado e pode evoluir para cirrose ou câncer. "
    "A transmissão ocorre principalmente por meio de relações sexuais sem preservativo, compartilhamento "
    "de seringas e de objetos cortantes, além da transmissão da mãe para o bebê durante o parto. A vacina, "
    "disponível gratuitamente nas unidades básicas de saúde, é aplicada em três doses e confere proteção "
    "duradoura.")
_HEPATITIS_TGT = (
    "A hepatite B é uma doença causada por um vírus. Ela ataca o fígado e pode causar cirrose ou câncer.\n\n"
    "A hepatite B passa de uma pessoa para outra principalmente:\n- no sexo sem camisinha;\n- quando as "
    "pessoas usam a mesma seringa ou os mesmos objetos que cortam, como alicates e lâminas;\n- da mãe para "
    "o bebê, na hora do parto.\n\nA vacina é de graça nos postos de saúde. São três doses, e a proteção dura "
    "muitos anos.")


def test_a_list_lead_in_cut_off_by_a_paragraph_goes_with_its_items():
    assert analyzed_pairs("IN+", _HEPATITIS_SRC, _HEPATITIS_TGT) == []
    lead = "A hepatite B passa de uma pessoa para outra principalmente:"
    assert ("A transmissão ocorre principalmente por meio de relações sexuais sem preservativo, "
            "compartilhamento de seringas e de objetos cortantes, além da transmissão da mãe para o bebê "
            "durante o parto.", lead) in analyzed_pairs("RP+", _HEPATITIS_SRC, _HEPATITIS_TGT)


def test_without_the_block_rule_the_lead_in_reads_as_new(monkeypatch):
    """The old rule moved one sentence only; with no stray pass at all the lead-in is an IN+."""
    monkeypatch.setattr(align, "_link_paragraph_strays", lambda *a, **k: None)
    assert analyzed_pairs("IN+", _HEPATITIS_SRC, _HEPATITIS_TGT) != []


def test_the_agent_of_a_passive_is_no_connective_replaced():
    """"podem ser provocadas por fumaça" → "podem começar por causa de fumaça": the "por" of the
    agent linked nothing, so no "«por» → «por causa de» (mesma relação causal)"."""
    src = "As alergias podem ser provocadas por poeira, fumaça, pelos de animais e mudanças bruscas de temperatura."
    tgt = "As alergias podem começar por causa de poeira, fumaça, pelos de animais e mudanças rápidas de temperatura."
    assert [s for s, _ in analyzed_pairs("RD+", src, tgt) if s == "por"] == []


#: the round's own drought news (written for the purpose)
_DROUGHT_SRC = 'A estiagem severa que atinge a Amazônia reduziu o nível do rio Negro ao menor patamar desde o início das medições, em 1902. Com a navegação comprometida, dezenas de comunidades ribeirinhas ficaram isoladas e passaram a depender de doações de alimentos e água potável transportadas por helicópteros da Defesa Civil. Segundo meteorologistas, o fenômeno está associado ao El Niño e ao aquecimento anormal das águas do Atlântico Norte.'
_DROUGHT_TGT = 'A falta de chuva na Amazônia fez o rio Negro ficar mais baixo do que em qualquer outro ano desde 1902, quando começaram as medições.\n\nOs barcos não conseguem mais passar em vários trechos do rio. Por isso, dezenas de comunidades que vivem na beira do rio ficaram isoladas. Agora, elas dependem de comida e água doadas, que chegam de helicóptero.\n\nOs meteorologistas dizem que a seca tem relação com o El Niño e com o aquecimento fora do normal do oceano Atlântico Norte.'


def _overlapping(spans_a, spans_b) -> bool:
    return any(a < b2 and a2 > b for a, a2 in spans_a for b, b2 in spans_b)


def test_no_two_substitutions_share_a_target_word():
    from analysis.pipeline import analyze
    from analysis.types import AUTOMATIC_CODES, AnalysisSettings

    found = [d for d in analyze(_DROUGHT_SRC, _DROUGHT_TGT, AnalysisSettings(strategies=AUTOMATIC_CODES)).strategies
             if d.code == "SL+"]
    assert found
    assert not any(_overlapping(a.target_spans, b.target_spans) for k, a in enumerate(found) for b in found[k + 1:])


def test_the_surer_of_two_pairs_on_one_target_word_stays():
    from analysis.strategies.sl import _one_pair_per_target_word
    from analysis.types import Detection

    def det(conf: float, src: tuple[int, int], tgt: tuple[int, int]) -> Detection:
        return Detection(code="SL+", confidence=conf, source_spans=[src], target_spans=[tgt],
                         explanation="")

    kept = _one_pair_per_target_word([det(0.49, (0, 6), (10, 18)), det(0.64, (8, 17), (10, 18)),
                                      det(0.5, (20, 25), (30, 35))])
    assert [d.confidence for d in kept] == [0.64, 0.5]


def test_a_negative_prefix_against_the_plain_word_spans_the_nao():
    src = "O descumprimento dessa obrigação sujeita o estabelecimento às sanções previstas na lei."
    tgt = "O hospital que não cumprir essa regra pode ser punido."
    pairs = analyzed_pairs("SL+", src, tgt)
    assert ("descumprimento", "não cumprir") in pairs
    assert ("descumprimento", "cumprir") not in pairs
    from analysis.pipeline import analyze
    from analysis.types import AUTOMATIC_CODES, AnalysisSettings

    found = [d for d in analyze(src, tgt, AnalysisSettings(strategies=AUTOMATIC_CODES)).strategies
             if d.code == "SL+" and "descumprimento" in d.explanation]
    assert found and "prefixo negativo" in found[0].explanation   # no "termo mais frequente" alone


def test_a_contrasting_enquanto_takes_the_ja_of_its_place_before_a_time_connective():
    """"…, enquanto os animais obtêm energia ao se alimentarem" → "Já os animais ganham energia
    quando comem": the contrast went to "Já"; "quando" says the "ao" of the reduced clause."""
    src = ("As plantas fabricam o próprio alimento por meio da luz, enquanto os animais obtêm energia ao se "
           "alimentarem de outros seres.")
    tgt = "As plantas fazem a própria comida com a luz. Já os animais ganham energia quando comem outros seres."
    pairs = analyzed_pairs("RD+", src, tgt)
    assert ("enquanto", "Já") in pairs
    assert ("enquanto", "quando") not in pairs
