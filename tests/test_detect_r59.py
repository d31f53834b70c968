"""Round 59, from the development gold (no new annotation).

RD+: an infinitive that carries an enclitic pronoun drops its "r" and the tokenizer cuts it at
the hyphen ("para torná-las mais seguras" is read "para", "torná", "las"), so the purpose "para"
before it was taken for a preposition and its rewording in a split went unseen ("… foi feita
nas naves para torná-las mais seguras" → "… foi feita nas naves. O objetivo era torná-las mais
seguras.", dev_d 159 g5). A stem ending in a stressed vowel (or "i": "impedi-lo") followed by
"lo"/"la"/"los"/"las" is that infinitive: no Portuguese word is "lo" or "la". The texts are
written for the purpose, no corpus text.
"""
from __future__ import annotations

from analysis.lexicon import connectives
from tests.rule_cases import both_ways

_BRIDGE = ("A prefeitura reformou a ponte velha para torná-la mais segura, e o trânsito voltou ontem.",
           "A prefeitura reformou a ponte velha. O objetivo era torná-la mais segura. O trânsito voltou ontem.")


def _ending_only(words, k):
    return k < len(words) and (connectives._infinitive(words[k]) or words[k] in connectives.SHORT_INFINITIVES)


CASES = [
    ((connectives, "_infinitive_at"), _ending_only, "RD+", _BRIDGE, ("para", "O objetivo era"), True),
]

test_round_59_reads_the_pair_right, test_round_59_without_the_rule_the_reading_turns = both_ways(CASES)


def test_an_enclitic_infinitive_is_an_infinitive():
    words = "para torná las mais seguras ao fazê lo para pô lo para impedi lo".split()
    assert [connectives._infinitive_at(words, k) for k in (1, 6, 9, 12)] == [True, True, True, True]


def test_a_word_before_a_foreign_la_needs_the_stressed_vowel():
    """"La Paz" after a noun ending in an unstressed vowel is no clitic: "para a cidade La Paz"."""
    words = "para a cidade la paz".split()
    assert not connectives._infinitive_at(words, 2)
