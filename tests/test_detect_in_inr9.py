"""IN+ precision, round inr9: an added sentence right beside a group whose source sentence has a
whole clause its targets leave unsaid may be that clause said again in other words (no shared
word for the aligner to see), so IN+ stays silent there. Near-miss: the same added sentence
beside a group that renders every clause of its source is still an insertion. Every pair is
written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import codes, groups_of, run

GROUPS = groups_of((["s1"], ["t1", "t2"]), ([], ["t3"]))


def test_an_added_sentence_beside_an_unrendered_clause_is_not_an_insertion():
    _, _, dets, _ = run(
        ["O condomínio que descumprir a norma pagará multa equivalente a cinco salários mínimos, "
         "dobrada quando houver reincidência, sem prejuízo das sanções civis cabíveis."],
        ["O condomínio que não seguir a regra vai pagar uma multa de cinco salários mínimos.",
         "Se fizer isso de novo, a multa dobra.",
         "Os donos também podem ser processados e ter de indenizar os vizinhos."],
        groups=GROUPS)
    assert "IN+" not in codes(dets)


def test_an_added_sentence_beside_a_fully_rendered_source_is_an_insertion():
    _, _, dets, _ = run(
        ["O condomínio que descumprir a norma pagará multa equivalente a cinco salários mínimos, "
         "dobrada quando houver reincidência."],
        ["O condomínio que não seguir a regra vai pagar uma multa de cinco salários mínimos.",
         "Se houver reincidência, a multa dobra.",
         "Os donos também podem ser processados e ter de indenizar os vizinhos."],
        groups=GROUPS)
    assert "IN+" in codes(dets)
