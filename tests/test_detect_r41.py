"""Round 41: misreadings found on fresh news texts, leaflets, textbooks and laws made plain,
judged blind (bench/data/probes.jsonl, ``[r41]``); the sentences here are written for the
purpose, no corpus text.

* "…, razão pela qual …" / "…, motivo pelo qual …" after a comma tell a consequence like
  "Por isso": RD+ pairs the relative frame, not the whole sentence.
* A connective of another relation stands for a removed one in its place only when it links
  the same clause: "… duas semanas para ficar pronto, o que …" → "… duas semanas. Por isso, …"
  is no "final → conclusiva".
* A target noun standing word for word in another source noun's place ("tarifa" → "passagem")
  is no verb of the clause nominalised ("passará").
* "A, pois B" said as "B. Assim, A" is one link turned round; an "Assim" followed by part of
  the cause clause and nothing of A links other ideas, and "pois" went out on its own.
* The last piece of a split that opens with the connective the next source sentence opens with
  ("Por isso" for "Por esse motivo") belongs to that source.
* "jogar fora" is one verb: the particle joins the verb's span, and "fora" before an article
  opens no phrase of the noun after it.
* A noun of action whose own verb the target brings into its place ("O pagamento … será
  efetuado" → "A empresa deve pagar …") pairs with no other word there.
* "logo" inside a clause ("vá logo ao médico") is the adverb of time, no conclusive link.
* A fronted reduced cause ("Por ser contagiosa, …") said as a sentence of its own before a
  "Por isso" was replaced by it, not dropped with its clause.
* A new frame round the statement ("A polícia descobriu que …") leaves its subject and verb
  in place: no RF+ "a word left the subject".
* "…, o que dificultou …" (a verb of effect) tells a consequence like "Por isso", as the
  verbs of causing already did.
"""
from __future__ import annotations

import pytest

from analysis.strategies import rd
from tests.test_strategies import analyzed_pairs

_REASON_SRC = ("A doença quase nunca provoca sintomas, razão pela qual muitos pacientes só descobrem "
               "o problema depois de um infarto.")
_REASON_TGT = ("A doença quase nunca dá sintomas. Por isso, muitos pacientes só descobrem o problema "
               "depois de um infarto.")


def test_a_relative_of_reason_after_a_comma_is_the_conclusive_link():
    assert analyzed_pairs("RD+", _REASON_SRC, _REASON_TGT) == [("razão pela qual", "Por isso")]


def test_without_the_relative_frame_the_whole_sentence_stands_behind_it(monkeypatch):
    """The lexicon frame is what gives RD+ its counterpart: without it, "Por isso" is called
    added against the whole source sentence."""
    from analysis.lexicon import connectives
    for form in connectives.RELATIVE_CONCLUSIONS:
        monkeypatch.delitem(connectives.CONNECTIVES, tuple(form.split()))
    assert ("razão pela qual", "Por isso") not in analyzed_pairs("RD+", _REASON_SRC, _REASON_TGT)


_TIME_SRC = ("Hoje, os exames de laboratório podem levar até um mês para ficar prontos, o que adia o "
             "início do tratamento.")
_TIME_TGT = "Hoje, os exames podem demorar até um mês. Por isso, o tratamento começa mais tarde."


def test_a_purpose_whose_clause_went_out_is_not_behind_a_conclusion():
    assert ("para", "Por isso") not in analyzed_pairs("RD+", _TIME_SRC, _TIME_TGT)


def test_a_coordinator_made_specific_still_pairs_when_its_clause_goes_on():
    src = "As chuvas destruíram as estradas, e as cidades do interior ficaram sem comida."
    tgt = "As chuvas destruíram as estradas. Com isso, as cidades do interior ficaram sem comida."
    assert ("e", "Com isso") in analyzed_pairs("RD+", src, tgt)


_FARE_SRC = "A prefeitura anunciou ontem que a tarifa do metrô passará de quatro para cinco reais em março."
_FARE_TGT = "A prefeitura disse ontem que a passagem do metrô vai subir de quatro para cinco reais em março."


def test_a_noun_in_another_nouns_place_is_no_nominalised_verb():
    """"passagem" took the place of "tarifa", word for word; "passará" went to "vai subir":
    no RF+ "passará virou passagem"."""
    assert ("passará", "passagem") not in analyzed_pairs("RF+", _FARE_SRC, _FARE_TGT)


def test_without_the_place_check_the_noun_reads_as_the_verb_nominalised(monkeypatch):
    from analysis.strategies import rf
    monkeypatch.setattr(rf, "_in_another_nouns_place", lambda d, n: False)
    assert ("passará", "passagem") in analyzed_pairs("RF+", _FARE_SRC, _FARE_TGT)


def test_a_verb_made_its_noun_is_still_a_rebuilt_clause():
    src = "Os voluntários se dedicam a limpar a praia todos os domingos."
    tgt = "Os voluntários fazem a limpeza da praia todos os domingos."
    assert analyzed_pairs("RF+", src, tgt) != []


_FEET_SRC = ("Quem tem diabetes deve examinar os pés diariamente, pois a doença pode reduzir a "
             "sensibilidade e dificultar a percepção de pequenos ferimentos.")
_FEET_TGT = ("Quem tem diabetes deve olhar os pés todos os dias. A doença pode fazer a pessoa sentir "
             "menos os pés. Assim, fica difícil perceber pequenos ferimentos.")


def test_a_conclusion_inside_the_cause_clause_is_not_the_cause_turned_round():
    """"Assim" joins the two halves of the "pois" clause: "pois" went out on its own (the reason
    made implicit), it was not said again as "Assim"."""
    pairs = analyzed_pairs("RD+", _FEET_SRC, _FEET_TGT)
    assert ("pois", "Assim") not in pairs
    assert any(s == "pois" for s, _ in pairs)


def test_a_reason_said_first_and_its_effect_after_assim_still_pairs():
    src = "As aulas foram suspensas na cidade, porque a enchente destruiu as pontes da região."
    tgt = "A enchente destruiu as pontes da região. Por isso, as aulas foram suspensas na cidade."
    assert ("porque", "Por isso") in analyzed_pairs("RD+", src, tgt)


@pytest.mark.parametrize(("check", "src", "tgt", "pair"), [
    ("_clause_left_behind", _TIME_SRC, _TIME_TGT, ("para", "Por isso")),
    ("_turned_round_elsewhere", _FEET_SRC, _FEET_TGT, ("pois", "Assim")),
])
def test_without_each_rd_check_the_wrong_pair_comes_back(monkeypatch, check, src, tgt, pair):
    """Each check is what keeps its pair out: patched to say no, the wrong pair is back."""
    monkeypatch.setattr(rd, check, lambda ctx, r, a: False)
    assert pair in analyzed_pairs("RD+", src, tgt)


_ANTIBIOTIC_SRC = ("Tomar antibióticos sem necessidade contribui para o surgimento de bactérias resistentes, que "
                   "não respondem mais aos tratamentos existentes. Por esse motivo, esses medicamentos só devem "
                   "ser usados com prescrição médica e pelo prazo definido pelo profissional.")
_ANTIBIOTIC_TGT = ("Quando alguém toma antibiótico sem precisar, aparecem bactérias mais fortes. Os remédios que "
                   "existem não conseguem matar essas bactérias. Por isso, só tome antibiótico se o médico "
                   "receitar. Tome pelo tempo que o médico mandou.")


def test_a_split_piece_opened_by_the_next_sources_connective_goes_to_it():
    """"Por isso, só tome antibiótico …" says the "Por esse motivo" that opens the next source
    sentence: it belongs there, not to the split before it."""
    assert ("Por esse motivo", "Por isso") in analyzed_pairs("RD+", _ANTIBIOTIC_SRC, _ANTIBIOTIC_TGT)


def test_without_the_edge_pass_the_piece_stays_with_the_split_before(monkeypatch):
    from analysis import align
    monkeypatch.setattr(align, "link_connective_edges", lambda *a, **k: None)
    assert ("Por esse motivo", "Por isso") not in analyzed_pairs("RD+", _ANTIBIOTIC_SRC, _ANTIBIOTIC_TGT)


_WATER_SRC = "Os moradores devem eliminar os recipientes que acumulam água da chuva."
_WATER_TGT = "Os moradores devem jogar fora as coisas que juntam água da chuva."


def test_a_verb_takes_its_particle_and_the_noun_does_not():
    """"jogar fora" is one verb ("jogar" alone is to throw); "fora" before an article opens no
    phrase of the noun."""
    pairs = analyzed_pairs("SL+", _WATER_SRC, _WATER_TGT)
    assert ("eliminar", "jogar fora") in pairs
    assert ("recipientes", "coisas") in pairs


def test_without_the_particle_rule_the_verb_is_bare(monkeypatch):
    from analysis.strategies import sl
    monkeypatch.setattr(sl, "_with_its_particle", lambda d, sub: sub)
    assert ("eliminar", "jogar") in analyzed_pairs("SL+", _WATER_SRC, _WATER_TGT)


_WAGES_SRC = "O pagamento da remuneração dos estagiários será efetuado até o quinto dia útil do mês."
_WAGES_TGT = "A empresa deve pagar os estagiários até o quinto dia útil do mês."


def test_an_action_told_by_its_own_verb_has_no_word_for_it():
    """"pagar" tells the payment; "empresa", the payer made the subject, is no word for it."""
    assert ("pagamento", "empresa") not in analyzed_pairs("SL+", _WAGES_SRC, _WAGES_TGT)


def test_without_the_verb_check_the_noun_pairs_with_the_payer(monkeypatch):
    from analysis.strategies import sl
    monkeypatch.setattr(sl, "_action_told_by_its_verb", lambda d, sub, slot: False)
    assert ("pagamento", "empresa") in analyzed_pairs("SL+", _WAGES_SRC, _WAGES_TGT)


_FEVER_SRC = "Em caso de febre alta, o paciente deve procurar atendimento médico imediatamente, pois a infecção pode se agravar."
_FEVER_TGT = "Se tiver febre alta, vá logo ao médico. A infecção pode piorar."


def test_logo_inside_a_clause_is_no_conclusion():
    """"vá logo ao médico" = right away: "pois" went out (the reason left implicit), not into "logo"."""
    pairs = analyzed_pairs("RD+", _FEVER_SRC, _FEVER_TGT)
    assert ("pois", "logo") not in pairs
    assert any(s == "pois" for s, _ in pairs)


def test_without_the_clause_start_check_logo_reads_as_the_conclusion(monkeypatch):
    monkeypatch.setattr(rd, "_ADVERB_INSIDE_A_CLAUSE", frozenset())
    assert ("pois", "logo") in analyzed_pairs("RD+", _FEVER_SRC, _FEVER_TGT)


_FLU_SRC = ("Os sintomas incluem febre, tosse e cansaço. Por ser altamente contagiosa, recomenda-se evitar "
            "aglomerações e higienizar as mãos.")
_FLU_TGT = ("Os sintomas são febre, tosse e cansaço. A gripe passa muito fácil de uma pessoa para outra. "
            "Por isso, evite lugares cheios e lave as mãos.")


def test_a_fronted_cause_said_in_a_sentence_before_por_isso_is_replaced_by_it():
    """"Por ser altamente contagiosa" was said again as a sentence of its own, and "Por isso"
    took up the link: «Por» → «Por isso», not "Por isso" added to a source with no link."""
    assert ("Por", "Por isso") in analyzed_pairs("RD+", _FLU_SRC, _FLU_TGT)


def test_without_the_piece_check_the_link_reads_as_added(monkeypatch):
    monkeypatch.setattr(rd, "_link_opens_a_piece", lambda ctx, m, added: False)
    assert ("Por", "Por isso") not in analyzed_pairs("RD+", _FLU_SRC, _FLU_TGT)


_FRAUD_SRC = ("De acordo com as apurações, a empresa utilizava notas falsas para obter créditos em nome de "
              "clientes que já tinham morrido.")
_FRAUD_TGT = ("A polícia descobriu que a empresa usava notas falsas para receber créditos de clientes que já "
              "tinham morrido.")


def test_a_new_frame_round_the_statement_is_no_rebuilt_clause():
    """"A polícia descobriu que …" wraps the statement, whose subject ("a empresa") and verb are
    still there: no RF+ saying "empresa" left the subject."""
    assert analyzed_pairs("RF+", _FRAUD_SRC, _FRAUD_TGT) == []


def test_without_the_frame_check_the_statement_reads_as_reframed(monkeypatch):
    from analysis.strategies import rf
    monkeypatch.setattr(rf, "_frames_a_clause", lambda tokens, k: False)
    assert analyzed_pairs("RF+", _FRAUD_SRC, _FRAUD_TGT) != []


_RAIN_SRC = "A chuva forte derrubou árvores na estrada, o que dificultou a chegada das equipes de resgate."
_RAIN_TGT = "A chuva forte derrubou árvores na estrada. Por isso, as equipes de resgate demoraram a chegar."


def test_o_que_with_a_verb_of_effect_is_the_conclusive_link():
    assert ("o que dificultou", "Por isso") in analyzed_pairs("RD+", _RAIN_SRC, _RAIN_TGT)


def test_without_the_effect_verbs_the_whole_sentence_stands_behind_it(monkeypatch):
    from analysis.lexicon import connectives
    monkeypatch.delitem(connectives.CONNECTIVES, ("o", "que", "dificultou"))
    monkeypatch.setattr(rd, "RESUMPTIVE_CONSEQUENCES",
                        tuple(f for f in rd.RESUMPTIVE_CONSEQUENCES if f != "o que dificultou"))
    assert ("o que dificultou", "Por isso") not in analyzed_pairs("RD+", _RAIN_SRC, _RAIN_TGT)
