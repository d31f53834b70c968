"""SL+ round slq10: "quer" before an infinitive is the verb "querer" (the lemmatiser left it as
the "quer … quer" conjunction, and SL+ kept every connective string out of its pairs), so
"pretende" → "quer" is a plainer verb. Near-miss: the alternative "quer … quer" is still no
partner. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from analysis.diff import lemma_of
from tests.test_strategies import sl_pairs


def test_quer_before_an_infinitive_is_a_verb_that_can_replace_another():
    assert lemma_of("quer") == "querer"
    found = sl_pairs("O governo pretende reduzir os impostos sobre os alimentos.",
                     "O governo quer baixar os impostos dos alimentos.")
    assert ("pretende", "quer") in found, found


def test_the_alternative_quer_quer_is_no_partner():
    found = sl_pairs("Seja no inverno, seja no verão, o parque recebe visitantes.",
                     "Quer no inverno, quer no verão, o parque recebe visitantes.")
    assert not any("quer" in t.lower() for _, t in found), found
