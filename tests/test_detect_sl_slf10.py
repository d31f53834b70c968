"""SL+ round slf10: a target word of the family of another gone source word close by renders
that word, so it is no plainer word for the source word the slot gave it ("a universalização
das bibliotecas escolares" → "todas as escolas tivessem biblioteca": "escolas" says
"escolares"). Near-miss: with no such family word, the pair stands. Every pair is written for
the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import sl_pairs


def test_a_word_rendering_a_gone_neighbour_of_its_family_is_no_substitution():
    found = sl_pairs("A lei de 2010 determinava a universalização das bibliotecas escolares até 2020.",
                     "A lei de 2010 mandava que todas as escolas tivessem biblioteca até 2020.")
    assert not any(t == "escolas" for _, t in found), found


def test_without_a_family_word_nearby_the_pair_stands():
    found = sl_pairs("O governo determinou a ampliação das bibliotecas municipais neste ano.",
                     "O governo mandou o aumento das bibliotecas municipais neste ano.")
    assert ("ampliação", "aumento") in found, found
