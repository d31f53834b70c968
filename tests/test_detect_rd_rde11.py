"""RD+ round rde11: connectives read from their context, found on fresh texts judged blind.

* A preposition that opens no clause links nothing: the rate "por" of "três comprimidos por
  dia" is not what a dropped "uma vez que" became.
* "para" + a subject + its infinitive ("para os germes não contaminarem …") is a purpose
  clause, the counterpart of a "a fim de" it replaced.
* "desde que" + subjunctive is a condition ("provided that"), not a time ("since"): rendered
  in another piece of a split as "só … se …", it was replaced, not made implicit.
* The contrasting "enquanto" (whereas) said again as "Mas" in the next piece was replaced.
* "Conclui-se que" is the impersonal frame of a conclusion: "Por isso" replaced it, no
  conclusive link was "implicit before".
Every text is written for the purpose (no corpus text)."""
from __future__ import annotations

from analysis.diff import tokenize
from analysis.strategies.rd import _subjunctive
from tests.test_strategies import analyzed_pairs


def test_a_rate_por_is_not_the_counterpart_of_a_causal_connective():
    found = analyzed_pairs(
        "RD+",
        "O paciente não deve tomar mais de três comprimidos ao dia, uma vez que doses maiores podem "
        "prejudicar os rins.",
        "Não tome mais de três comprimidos por dia. Doses maiores podem fazer mal aos rins.")
    assert not [p for p in found if p[1] == "por"], found
    assert [p for p in found if p[0] == "uma vez que"], found


def test_para_with_a_subject_and_its_infinitive_replaces_a_fim_de():
    found = analyzed_pairs(
        "RD+",
        "As frutas devem ser lavadas em água corrente antes do consumo, a fim de evitar a contaminação "
        "por germes.",
        "Lave as frutas em água corrente antes de comer, para os germes não contaminarem a comida.")
    assert ("a fim de", "para") in found, found


def test_desde_que_with_the_subjunctive_is_a_condition_said_again_with_se():
    found = analyzed_pairs(
        "RD+",
        "O aluno poderá trancar a matrícula a qualquer momento, sem custo, desde que esteja em dia com a "
        "biblioteca.",
        "O aluno pode trancar a matrícula quando quiser, sem pagar nada. Mas isso só é possível se ele "
        "estiver em dia com a biblioteca.")
    assert ("desde que", "se") in found, found


def test_the_mood_of_the_verb_tells_the_condition_from_the_time():
    def mood(word: str) -> bool:
        return _subjunctive(next(iter(tokenize(word))))
    assert all(mood(w) for w in ("tenha", "pague", "comprove", "cumpra", "respeitem", "for"))
    assert not any(mood(w) for w in ("chegou", "assumiu", "vive", "começaram", "mora", "era", "ficou"))


def test_a_contrasting_enquanto_said_again_as_mas_in_the_next_piece_was_replaced():
    found = analyzed_pairs(
        "RD+",
        "Enquanto o número de celulares cresceu muito na última década, a rede de telefonia rural não "
        "recebeu melhorias suficientes.",
        "Na última década, o número de celulares cresceu muito. Mas a rede de telefonia no campo não "
        "recebeu as melhorias necessárias.")
    assert ("Enquanto", "Mas") in found, found


def test_the_impersonal_frame_of_a_conclusion_is_a_conclusive_connective():
    found = analyzed_pairs(
        "RD+",
        "O estudo acompanhou 200 famílias durante dois anos. Conclui-se que a vacinação em massa constitui "
        "a medida mais eficaz.",
        "O estudo acompanhou 200 famílias durante dois anos. Por isso, vacinar todo mundo é a melhor medida.")
    assert ("Conclui-se que", "Por isso") in found, found
