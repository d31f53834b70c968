"""SL+ round sla10: a noun facing an infinitive in its place is a substitution only when the
noun names an action (a nominalisation: "a montagem" → "organizar", "o uso" → "usar" family
aside); a thing facing a verb ("serviu de estopim" → "serviu para provocar") is a clause
rebuilt, not a plainer word. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from analysis.diff import Token, lemma_of
from analysis.strategies.sl import _action_noun
from tests.test_strategies import sl_pairs


def _word(w: str) -> Token:
    return Token(w, 0, len(w), w, lemma_of(w), "word")



def test_a_thing_facing_a_verb_is_not_a_substitution():
    found = sl_pairs("A alta do dólar serviu de estopim para a disputa entre as lojas do bairro.",
                     "A alta do dólar serviu para provocar a disputa entre as lojas do bairro.")
    assert not any("estopim" in s for s, _ in found), found


def test_a_nominalisation_facing_a_plainer_verb_is_still_a_substitution():
    found = sl_pairs("A equipe cuidou da elaboração do relatório durante a semana.",
                     "A equipe cuidou de fazer o relatório durante a semana.")
    assert ("elaboração", "fazer") in found, found


def test_action_nouns_are_told_from_things():
    assert all(_action_noun(_word(w)) for w in ("adoção", "ingestão", "montagem", "tabagismo", "uso", "cultivo"))
    assert not any(_action_noun(_word(w)) for w in ("estopim", "fatores", "lixo", "rua", "pessoa"))
