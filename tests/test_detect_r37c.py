"""Round 37, third part: four misreadings found on fresh news texts judged blind (``[r37]`` in
bench/data/probes.jsonl); the sentences here are written for the purpose, no corpus text.

* RD+: a cause named in a sentence of its own ("…, em razão do barulho" → "O motivo foi o
  barulho") is the connective replaced, not removed with the whole target as its evidence.
* SL+: a noun phrase turned into an indirect question ("explicar o declínio das populações"
  → "explicar por que o número … vem caindo") pairs none of its words with the question's.
* DL+: in a split, a phrase right after its clause's verb and closing the clause on both sides
  ("iniciadas há três anos," → "As obras começaram há três anos.") kept its place.
* SL+: a verb followed by a new "porque" ("isso acontece porque") frames the cause; it did not
  replace the source verb ("atribuem").
* SL+: a word for people before a verb of any ending ("quando a gente dorme") is a subject and
  its verb, no description that replaced "sono".
"""
from __future__ import annotations

from tests.test_strategies import analyzed_pairs


def test_a_cause_named_in_its_own_sentence_replaces_the_connective():
    pairs = analyzed_pairs(
        "RD+",
        "A Justiça mandou fechar uma fábrica de tintas em Canoas, em razão da fumaça tóxica lançada durante as noites.",
        "A Justiça mandou fechar uma fábrica de tintas em Canoas. O motivo foi a fumaça tóxica soltada de noite.")
    assert ("em razão da", "O motivo foi") in pairs, pairs


def test_no_pairs_inside_a_noun_phrase_made_a_question():
    pairs = analyzed_pairs(
        "SL+",
        "O estudo ajuda a explicar o declínio das populações de sapos observado nos últimos anos em diversas lagoas do estado.",
        "O estudo ajuda a explicar por que o número de sapos vem caindo nos últimos anos em várias lagoas do estado.")
    assert not [p for p in pairs if p[0] in ("observado", "declínio das populações", "declínio")], pairs


def test_a_phrase_closing_its_clause_after_its_verb_is_not_displaced():
    s = ("As obras de duplicação da avenida Brasil, iniciadas há quatro anos, deverão ser concluídas somente no "
         "primeiro semestre de 2026, informou ontem a Secretaria de Obras.")
    t = ("A Secretaria de Obras informou ontem que as obras para duplicar a avenida Brasil só devem terminar no "
         "primeiro semestre de 2026. As obras começaram há quatro anos.")
    assert not [p for p in analyzed_pairs("DL+", s, t) if "quatro anos" in p[0]], analyzed_pairs("DL+", s, t)


def test_a_verb_framing_a_new_cause_replaced_no_verb():
    pairs = analyzed_pairs(
        "SL+",
        "Os pediatras atribuem o aumento ao consumo excessivo de alimentos gordurosos e à redução da atividade física.",
        "Para os pediatras, isso acontece porque as crianças comem muitos alimentos gordurosos e fazem menos exercícios.")
    assert not [p for p in pairs if p[0] == "atribuem"], pairs


def test_a_noun_against_a_person_and_a_verb_is_a_clause():
    # "durante o sono" → "quando a gente dorme": a subject and its verb, no description of "sono"
    pairs = analyzed_pairs(
        "SL+",
        "Segundo os médicos, durante o sono o organismo recupera as energias gastas.",
        "Para os médicos, quando a gente dorme, o corpo recupera as energias gastas.")
    assert not [p for p in pairs if p[0] == "sono"], pairs
