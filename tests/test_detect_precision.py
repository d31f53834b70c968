"""Precision of IN+, OM+, EXP+, MOD+ and RD+ on the failure classes seen in real
simplifications (issue 10): each test is a pattern written for the purpose, not a corpus text,
and fails without the rule it names."""
from __future__ import annotations

from analysis.types import AlignmentGroup
from tests.test_strategies import codes, only, run, spans


# ---- RD+ ------------------------------------------------------------------------------------

def test_rd_time_adverb_heading_a_noun_phrase_is_a_preposition_not_a_connective():
    # "Depois dos jogos" = "after the games": a time phrase inside the clause, no clauses linked
    _, _, dets, _ = run(["Depois dos jogos, o técnico agora treina a equipe juvenil."],
                        ["Em seguida aos jogos, o técnico agora treina a equipe juvenil."])
    assert "RD+" not in codes(dets)


def test_rd_time_adverb_linking_sentences_still_counts():
    s, t, dets, _ = run(["O juiz ouviu as partes; depois, decidiu o caso."],
                        ["O juiz ouviu as partes e, em seguida, decidiu o caso."])
    d = only(dets, "RD+")[0]
    assert spans(s, d.source_spans) == ["depois"] and spans(t, d.target_spans) == ["em seguida"]


def test_rd_connective_dropped_together_with_its_clause_is_no_relation_change():
    # the whole concessive clause went out: content omitted, no relation made implicit
    _, _, dets, _ = run(["A equipe consegue manter a qualidade do time, mesmo que esteja cansada."],
                        ["A equipe consegue manter a qualidade do time."])
    assert "RD+" not in codes(dets)


def test_rd_connective_dropped_with_its_clause_kept_still_counts():
    s, _, dets, _ = run(["A escola fechou, uma vez que o prédio estava em obras havia meses."],
                        ["A escola fechou.", "O prédio estava em obras havia meses."],
                        [AlignmentGroup(["s1"], ["t1", "t2"], 0.9, "split")])
    d = only(dets, "RD+")[0]
    assert spans(s, d.source_spans) == ["uma vez que"]


def test_rd_split_extracting_an_apposition_keeps_the_order_of_ideas():
    # the apposition went to a following sentence; the main clause around it is not "moved"
    src = ["Uma professora de 40 anos, uma das 30 pessoas que participaram de um debate organizado "
           "pela prefeitura na capital, é um exemplo de como muitos adultos criticam a escola, mas "
           "também incorrem em faltas."]
    tgt = ["Uma professora de 40 anos é um exemplo de como muitos adultos criticam a escola, mas "
           "também cometem erros.",
           "Ela é uma das 30 pessoas que participaram de um debate organizado pela prefeitura na capital."]
    _, _, dets, _ = run(src, tgt, [AlignmentGroup(["s1"], ["t1", "t2"], 0.9, "split")])
    assert "RD+" not in codes(dets)
