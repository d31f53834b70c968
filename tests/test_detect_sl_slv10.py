"""SL+ round slv10: an action noun with its object after "de" ("a adoção de hábitos"), said in
the target by an infinitive right before the same object ("ajudar os jovens a ter hábitos"): the
infinitive took the noun's place, and the new object of the other verb ("jovens") is no
plainer word for "adoção". Near-misses: an action noun swapped for another before its object
("a ampliação de vagas" → "o aumento de vagas") still pairs, and so does the verb of the same
sentence ("contribuir" → "ajudar"). Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import sl_pairs


def test_a_new_object_is_no_partner_of_an_action_said_by_a_verb(e5):
    found = sl_pairs("Conclui-se que intervenções educativas podem contribuir para a adoção de hábitos mais saudáveis.",
                     "Por isso, ações de educação podem ajudar os jovens a ter hábitos mais saudáveis.", e5)
    assert ("contribuir", "ajudar") in found, found
    assert not any(s == "adoção" for s, _ in found), found


def test_an_action_noun_swapped_for_another_still_pairs(e5):
    assert ("ampliação", "aumento") in sl_pairs("O prefeito defendeu a ampliação de vagas nas creches.",
                                                "O prefeito defendeu o aumento de vagas nas creches.", e5)
