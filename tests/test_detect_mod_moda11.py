"""MOD+ round moda11, found on fresh texts judged blind: a passive said in the active "with
another verb" must have that verb as the event. A verb of aspect before an infinitive
("começar a comer", "deixar de usar") takes its event from the infinitive, outside the
stretch the diff gave: "deve ser complementada" → "deve começar a comer" is no active of the
passive's verb. Every text is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import analyzed_pairs


def test_a_verb_of_aspect_before_an_infinitive_is_no_active_of_the_passive():
    found = analyzed_pairs(
        "MOD+",
        "Após o primeiro ano, a alimentação deve ser complementada com a introdução gradual de carnes.",
        "Depois do primeiro ano, a mãe pode continuar dando leite, mas a criança também deve começar a "
        "comer carnes, aos poucos.")
    assert not [p for p in found if p[1] == "começar"], found


def test_a_passive_said_with_another_active_verb_is_still_found():
    found = analyzed_pairs(
        "MOD+",
        "O projeto está sendo elaborado pela equipe técnica desde março.",
        "A equipe técnica está preparando o projeto desde março.")
    assert found, found
