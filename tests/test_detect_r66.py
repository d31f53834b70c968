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
A reduced clause of time, "ao" + infinitive, whose link a split left implicit: after a comma,
where the split put a sentence boundary (the edit may start a word before "ao", that word
replaced: "o ego da categoria, ao construir o primeiro aparelho" → "a vaidade dos físicos. Um
grupo … construiu o primeiro aparelho", dev 139 g1), or opening the sentence, its clause and
the main clause each a sentence of their own, in that order, the subject the split names in
every sentence aside ("Ao evitar que o espaço fosse …, o casal também possibilitou …" → "O casal
evitou … O casal também tornou possível …", dev 50 g15). Put after its main clause, the order of
ideas changed, reported as such (dev 2 g1): no "ao" removed on top.
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

_TEAM = ("A equipe da universidade está ajudando a elevar ainda mais o prestígio da cidade, ao construir "
         "o primeiro satélite da região que mede a poluição do ar.",
         "A equipe da universidade está ajudando a aumentar ainda mais a fama do município. A equipe da "
         "universidade construiu o primeiro satélite da região que mede a poluição do ar.")
_FARM = ("Ao recuperar a mata ciliar do rio e plantar árvores nativas, o agricultor também permitiu que "
         "estudantes da escola vizinha tivessem aulas sobre a natureza.",
         "O agricultor recuperou a mata ciliar do rio. O agricultor plantou árvores nativas. O agricultor também "
         "permitiu que estudantes da escola vizinha tivessem aulas sobre a natureza.")

CASES = [
    ((connectives, "MAX_NEGATED_VERB_WORDS"), 0, "RD+", _WORK, ("mas também", "como também"), True),
    ((rd, "_correlatives_in_longer_edits"), lambda *a: [], "RD+", _HEART, ("como", "e"), True),
    ((rd, "_CUT_AT_SPLIT"), frozenset({"por", "quando"}), "RD+", _TEAM, ("ao", None), True),
    ((rd, "_fronted_reduced_clause"), lambda *a: False, "RD+", _FARM, ("Ao", None), True),
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


def test_a_reduced_clause_put_after_its_main_clause_is_an_order_change_only():
    """"Ao prever X, o projeto cria Y" → "O projeto cria Y. O projeto prevê X": the order of ideas
    changed (one RD+ on the clause), no «ao» left implicit on top of it."""
    pairs = analyzed_pairs("RD+", "Ao prever aulas gratuitas de reforço para os alunos, o plano da escola criou uma "
                                  "discussão entre os pais.",
                           "O plano da escola criou uma discussão entre os pais. O plano prevê aulas gratuitas de "
                           "reforço para os alunos.")
    assert all(source != "Ao" for source, _ in pairs), pairs


def test_a_reduced_clause_whose_time_then_says_again_is_not_implicit():
    """"…, ao atingir camadas mais frias, condensa-se" → "… Lá no alto, o ar é mais frio. Então o
    vapor …": the time is said again by "Então" (its second reading), so no «ao» was left
    implicit (a probe text showed it)."""
    pairs = analyzed_pairs("RD+", "Sob a ação do calor do sol, a água dos mares, rios e lagos evapora e, ao atingir "
                                  "camadas mais frias do ar, condensa-se, formando as nuvens.",
                           "O calor do sol esquenta a água dos mares, dos rios e dos lagos, e ela vira vapor. Lá no "
                           "alto, o ar é mais frio. Então o vapor vira gotinhas de água, que formam as nuvens.")
    assert all(source != "ao" for source, _ in pairs), pairs
