"""Round 66, from the development gold (no new annotation). RD+: the correlative "não só/não
apenas X, mas também Y" keeps its first half when the verb it negates stands between "não" and
the focus word ("não se preocupar apenas em frear a inflação, mas também em manter" → "…, como
também em manter", dev 83 g20): "mas também" → "como também" is one additive link reworded, not
"mas" (but) turned into "como". A "como se" (as if) made a sentence of its own opened by
"Parecia que" is the same comparison of a hypothesis said anew ("…, como se tivessem saído de
uma máquina do tempo" → "Parecia que tinham saído de uma máquina do tempo.", dev 77 g1); the
frame counts only opening a sentence ("Ele parece que sabe" is a verb and its object clause).
The correlative "tanto X como Y" said "X e Y" inside a longer rewording of its phrase is the
addition said by a plain coordinator ("tinham tanto pressão sanguínea como batimento cardíaco
… mais baixos" → "tinham pressão sanguínea e batidas do coração … mais baixas", dev 138 g21):
the "e" must stand where the "como" stood in the diff's edit.
OM+: a clause of an asyndetic list dropped whole, its verb opening the kept clause after its
comma too ("não é educação, não é exemplo para seus alunos" → "não é exemplo para seus alunos",
dev 43 g25), is a clause cut out however few content words it holds.
The texts are written for the purpose, no corpus text.
"""
from __future__ import annotations

from analysis.lexicon import connectives
from analysis.strategies import om, rd
from tests.rule_cases import both_ways
from tests.test_strategies import analyzed_pairs

_WORK = ("A empresa passou a não se preocupar apenas com o lucro, mas também com o bem-estar dos funcionários.",
         "A empresa passou a não se preocupar apenas com o lucro, como também com o bem-estar dos funcionários.")
_FAIR = ("A bordo de carroças antigas, camponeses com roupas e costumes estranhos invadiram a praça central, "
         "como se tivessem saído de um livro de história.",
         "Camponeses com roupas e costumes diferentes invadiram a praça central. Os camponeses estavam a bordo "
         "de carroças muito velhas. Parecia que tinham saído de um livro de história.")

_REFORM = ("A reforma não é barata, não é rápida e não agrada aos moradores do bairro.",
           "A reforma não é rápida e não agrada aos moradores do bairro.")

_HEART = ("Os exames mostraram que os atletas tinham tanto pressão sanguínea como batimento cardíaco "
          "significativamente mais baixos depois do treino.",
          "Os exames mostraram que os atletas tinham pressão sanguínea e batidas do coração muito mais "
          "baixas depois do treino.")

CASES = [
    ((connectives, "MAX_NEGATED_VERB_WORDS"), 0, "RD+", _WORK, ("mas também", "como também"), True),
    ((rd, "_correlatives_in_longer_edits"), lambda *a: [], "RD+", _HEART, ("como", "e"), True),
    ((om, "_cut_parallel_clause"), lambda *a: False, "OM+", _REFORM, ("não é barata", ""), True),
    ((rd, "_as_if_said_as_appearance"), lambda *a: None, "RD+", _FAIR, ("como se", "Parecia que"), True),
]

test_round_66_reads_the_pair_right, test_round_66_without_the_rule_the_reading_turns = both_ways(CASES)


def test_mas_tambem_without_a_negated_focus_stays_adversative():
    """No "não … só/apenas" before it: "mas" is the adversative and "também" a focus adverb, and
    a "não" far from any focus word opens no correlative either."""
    words = "ele não veio ontem à reunião do conselho mas também pode vir amanhã".split()
    assert "mas também" not in [m.connective.form for m in connectives.find_connectives(words)]
    words = "ele não se preocupa apenas com o lucro mas também com a equipe".split()
    assert "mas também" in [m.connective.form for m in connectives.find_connectives(words)]


def test_parecer_que_inside_a_sentence_is_no_link():
    """"parece que" after its subject is a verb with its object clause: no "como se" said anew."""
    assert analyzed_pairs("RD+", "Os turistas andavam pela praça vazia, como se conhecessem a cidade inteira.",
                          "Os turistas andavam pela praça vazia. O guia parece que conhecia a cidade inteira.") == []


def test_a_verb_said_twice_with_nothing_of_its_own_is_no_clause():
    """"corre, corre muito": the first "corre" carries no content word of its own."""
    assert analyzed_pairs("OM+", "Ele corre, corre muito todos os dias no parque da cidade.",
                          "Ele corre muito todos os dias no parque da cidade.") == []
