"""MOD+ round modq10 (an eighth fresh batch, a product safety notice): an adjective that has its
own rendering in its place ("animais domésticos" → "animais de estimação") is no quality said
through a later negated predicate ("… onde crianças e animais de estimação não consigam pegar"
renders "fora do alcance", not "domésticos"). Near-miss: an adjective dropped with nothing in
its place and said by a negated predicate ("atrações modestas" → "as atrações … não
impressionaram") is still MOD+. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import code_pairs


def test_an_adjective_rendered_in_its_place_is_no_negated_quality(e5):
    found = code_pairs("MOD+", "Mantenha o produto fora do alcance de crianças e animais domésticos.",
                       "Guarde o produto em um lugar onde crianças e animais de estimação não consigam pegar.", e5)
    assert found == [], found


def test_an_adjective_said_by_a_negated_predicate_is_still_mod(e5):
    found = code_pairs("MOD+", "A feira teve atrações modestas neste ano.",
                       "As atrações da feira não impressionaram neste ano.", e5)
    assert found == [("modestas", "não impressionaram")], found
