"""SL+ recall, round slr9: a place of two words against three where one word is rendered by an
expression built on a word of its own family (the other two words pair in order), and a
relational adjective said as "de" + its base noun after the kept words moved. Every sentence
is written for the purpose (not a PorSimples text)."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _sl(src: str, tgt: str):
    s, t, dets, _ = run([src], [tgt])
    return [(spans(s, d.source_spans)[0], spans(t, d.target_spans)[0]) for d in dets if d.code == "SL+"]


# ---- a family expression inside a place of two words: the expression and the other pair -----


def test_sl_adverb_in_mente_rendered_by_its_family_and_the_verb_before_it():
    pairs = _sl("O projeto da escola foi associado negativamente com a crise do bairro.",
                "O projeto da escola foi ligado de maneira negativa com a crise do bairro.")
    assert ("associado", "ligado") in pairs
    assert ("negativamente", "de maneira negativa") in pairs


def test_sl_adjective_rendered_by_its_family_and_the_noun_before_it():
    pairs = _sl("A prefeitura recebeu um conjunto de estatísticas detalhado sobre o trânsito.",
                "A prefeitura recebeu um conjunto de informações cheio de detalhes sobre o trânsito.")
    assert ("estatísticas", "informações") in pairs
    assert ("detalhado", "cheio de detalhes") in pairs


def test_sl_no_expression_around_a_definite_complement():
    # "mau funcionamento da respiração": "da respiração" renders the adjective, the new noun
    # belongs to the other word's rendering; no pair "disfunções" → "mau"
    pairs = _sl("O remédio serve para o tratamento de disfunções respiratórias em idosos.",
                "O remédio serve para o tratamento de mau funcionamento da respiração em idosos.")
    assert not any(t == "mau" for _, t in pairs)


def test_sl_no_split_when_the_other_word_is_not_in_order():
    # the family expression stands first on the target side, its source word last: no frame order
    pairs = _sl("O projeto da escola foi associado negativamente com a crise do bairro.",
                "O projeto da escola foi de maneira negativa ligado com a crise do bairro.")
    assert ("associado", "ligado") not in pairs


# ---- a relational adjective made "de" + its base noun, past a kept word ----------------------


def test_sl_relational_adjective_made_de_and_its_noun_after_a_moved_word():
    pairs = _sl("Manchas bacterianas visíveis aparecem nos dentes das crianças.",
                "Manchas visíveis de bactérias aparecem nos dentes das crianças.")
    assert ("bacterianas", "de bactérias") in pairs


def test_sl_no_relational_pair_after_a_definite_de():
    # "das bactérias" names definite bacteria (a complement of its own), not the adjective's class
    pairs = _sl("Manchas bacterianas visíveis aparecem nos dentes das crianças.",
                "Manchas visíveis das bactérias aparecem nos dentes das crianças.")
    assert not any("bactérias" in t for _, t in pairs)


# ---- a modifier negated on its own ("não" between the noun and the word): no clause negated --


def test_sl_modifier_replaced_by_not_and_its_antonym_after_the_noun():
    pairs = _sl("A liga da cidade reúne times amadores de vários bairros.",
                "A liga da cidade reúne times não profissionais de vários bairros.")
    assert pairs == [("amadores", "não profissionais")]


def test_sl_no_pair_when_the_clause_is_negated():
    # "não" before the verb: the antonym swapped with a negation of the clause (MOD+)
    pairs = _sl("Os jogadores do time da cidade são amadores.",
                "Os jogadores do time da cidade não são profissionais.")
    assert pairs == []
