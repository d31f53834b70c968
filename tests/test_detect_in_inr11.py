"""IN+ precision, round inr11: a sentence that says again a word of a source clause the rest of
the rewrite leaves unsaid is that clause in other words, found on fresh texts judged blind.

* A later piece of a split ("…, resultado que ficou abaixo das previsões dos economistas." →
  "… Os economistas esperavam um número melhor.") shares a word with the clause the other
  pieces leave out: a reworded clause, not new content.
* An added sentence beside a group whose source clause is only partly rendered ("…, será
  cobrada multa proporcional aos dias restantes." → "… vai pagar uma multa. O valor depende
  dos dias que faltam.") shares one of the unsaid words: unsure, IN+ stays silent.
* Near-miss: a new sentence that shares no unsaid word is still an insertion.
Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import codes, groups_of, run

SPLIT = groups_of((["s1"], ["t1", "t2"]))
ADDED = groups_of((["s1"], ["t1"]), ([], ["t2"]))


def test_a_split_piece_that_rewords_a_clause_the_other_piece_leaves_out_is_not_new():
    _, _, dets, _ = run(
        ["O desemprego caiu pelo segundo trimestre seguido, resultado que ficou abaixo das previsões dos "
         "economistas."],
        ["O desemprego caiu pelo segundo trimestre seguido.",
         "Os economistas esperavam um número bem pior para o país."],
        groups=SPLIT)
    assert "IN+" not in codes(dets)


def test_an_added_sentence_that_says_again_an_unsaid_word_of_the_clause_next_door_is_not_new():
    _, _, dets, _ = run(
        ["Se o aluguel for pago com atraso, será cobrada multa proporcional aos dias restantes do mês."],
        ["Se você atrasar o aluguel, vai pagar uma multa.",
         "O valor cresce conforme os dias que sobram no mês."],
        groups=ADDED)
    assert "IN+" not in codes(dets)


def test_a_new_sentence_sharing_no_unsaid_word_is_still_an_insertion():
    _, _, dets, _ = run(
        ["Se o aluguel for pago com atraso, será cobrada multa proporcional aos dias restantes do mês."],
        ["Se você atrasar o aluguel, vai pagar uma multa.",
         "Procure o sindicato dos inquilinos quando tiver alguma dúvida sobre o contrato."],
        groups=ADDED)
    assert "IN+" in codes(dets)
