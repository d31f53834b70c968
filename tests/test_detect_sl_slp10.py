"""SL+ round slp10: two participles of a passive fill the same place whatever auxiliaries
carry them ("será divulgado" → "vai ser publicado": the future said with "ir", the participle
swapped for a plainer one). Near-miss: a finite verb facing a passive infinitive still belongs
to a rebuilt clause. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import sl_pairs


def test_a_participle_under_a_periphrastic_future_pairs_with_the_one_it_replaced(e5):
    found = sl_pairs("O resultado final será divulgado no sítio da universidade.",
                     "O resultado final vai ser publicado no sítio da universidade.", e5)
    assert ("divulgado", "publicado") in found, found


def test_a_finite_verb_facing_a_passive_infinitive_does_not_pair(e5):
    found = sl_pairs("A obra terminou em março, segundo a prefeitura.",
                     "A obra deve ser concluída em março, segundo a prefeitura.", e5)
    assert not any(s == "terminou" for s, _ in found), found
