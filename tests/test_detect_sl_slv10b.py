"""SL+ round slv10b (a seventh fresh batch, transport news): several source words opened by an
action noun ("a ampliação da frota de ônibus") against one target noun governed by an infinitive
right before it ("aumentar o número de ônibus"): the infinitive says the action and the noun is
its object, so "ampliação da frota" → "número" is no substitution. Near-miss: the same noun
phrase swapped for a plainer noun with no verb ("a ampliação da frota" → "o aumento") still
pairs. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import sl_pairs


def test_an_action_noun_phrase_is_no_partner_of_its_verb_s_object(e5):
    found = sl_pairs("A prefeitura anunciou ontem a ampliação da frota de ônibus elétricos.",
                     "A prefeitura anunciou ontem que vai aumentar o número de ônibus elétricos.", e5)
    assert not any(t == "número" for _, t in found), found


def test_an_action_noun_swapped_for_another_noun_still_pairs(e5):
    found = sl_pairs("A prefeitura defendeu a ampliação das vagas nas creches.",
                     "A prefeitura defendeu o aumento das vagas nas creches.", e5)
    assert ("ampliação", "aumento") in found, found
