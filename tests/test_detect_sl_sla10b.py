"""SL+ round sla10b (a seventh fresh batch, a consumer guide): a hyphenated object pronoun said
as its antecedent ("solicitar uma cópia … e guardá-la durante toda a vigência" → "pedir uma
cópia … e guardar essa cópia enquanto …"): "cópia" after "essa" repeats the noun named earlier
in the sentence, it replaced no "vigência". Near-miss: a demonstrative before a new noun with no
pronoun in the source does not stop a pair ("conferir a vigência" → "conferir a validade").
Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import sl_pairs


def test_a_pronoun_said_as_its_antecedent_is_no_substitution(e5):
    found = sl_pairs("Convém solicitar uma cópia do contrato e guardá-la durante toda a vigência do plano.",
                     "É bom pedir uma cópia do contrato e guardar essa cópia enquanto o plano durar.", e5)
    assert ("solicitar", "pedir") in found, found
    assert not any(t == "cópia" for _, t in found), found


def test_a_plain_substitution_after_a_demonstrative_still_pairs(e5):
    found = sl_pairs("O consumidor deve guardar o contrato e conferir a vigência do plano.",
                     "O consumidor deve guardar o contrato e conferir a validade do plano.", e5)
    assert ("vigência", "validade") in found, found
