"""OM+ precision, seventh round (issue 10): the span shows only what was dropped (no glue at its
edges); a phrase a sentence nearby says in other words; a demonstrative phrase that repeats what
the target says anyway; a manner qualifier ("de modo X"); an omitted reporting lead-in ending in
a colon. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import codes, groups_of, only, run, spans


def test_span_of_a_dropped_phrase_leaves_out_the_conjunction_the_split_replaced():
    s, _, dets, _ = run(["O ministro chegou ao porto às 10h, após escala em Salvador, e ficou três horas na cidade."],
                        ["O ministro chegou ao porto às 10h.", "Ele ficou três horas na cidade."],
                        groups_of((["s1"], ["t1", "t2"])))
    assert spans(s, only(dets, "OM+")[0].source_spans) == ["após escala em Salvador"]


def test_number_said_in_another_sentence_nearby_is_not_an_omission(e5):
    src = ["O cavalo também foi atacado pelas abelhas, mas conseguiu fugir com mais de 40 ferroadas.",
           "O dono não foi atingido."]
    tgt = ["As abelhas atacaram também o cavalo.", "Mas ele conseguiu fugir.",
           "Ele levou mais de 40 picadas.", "O dono não foi atingido."]
    _, _, dets, _ = run(src, tgt, groups_of((["s1"], ["t1", "t2"]), ([], ["t3"]), (["s2"], ["t4"])), encoder=e5)
    assert "OM+" not in codes(dets)


def test_number_dropped_and_said_nowhere_is_still_an_omission(e5):
    src = ["O cavalo também foi atacado pelas abelhas, mas conseguiu fugir com mais de 40 ferroadas.",
           "O dono não foi atingido."]
    tgt = ["As abelhas atacaram também o cavalo.", "Mas ele conseguiu fugir.", "O dono não foi atingido."]
    s, _, dets, _ = run(src, tgt, groups_of((["s1"], ["t1", "t2"]), (["s2"], ["t3"])), encoder=e5)
    assert "40 ferroadas" in spans(s, only(dets, "OM+")[0].source_spans)[0]


def test_demonstrative_phrase_repeating_what_the_target_says_is_not_an_omission():
    src = ["A rádio, nesse período de cinco décadas, investiu em tecnologia e em novos programas.",
           "A exposição conta as cinco décadas da rádio."]
    tgt = ["A rádio investiu em tecnologia e em novos programas.",
           "A exposição conta as cinco décadas da rádio."]
    _, _, dets, _ = run(src, tgt)
    assert "OM+" not in codes(dets)


def test_manner_qualifier_is_not_an_omission():
    _, _, dets, _ = run(["A pele artificial deve se adaptar de modo maleável à forma pedida pelo robô."],
                        ["A pele artificial deve se adaptar à forma pedida pelo robô."])
    assert "OM+" not in codes(dets)


def test_omitted_reporting_lead_in_ending_in_a_colon_is_not_an_omission():
    src = ["O que disse a Reitoria da UFPR:", "A universidade vai recorrer da decisão ainda hoje."]
    tgt = ["A universidade vai recorrer da decisão ainda hoje."]
    _, _, dets, _ = run(src, tgt, groups_of((["s1"], []), (["s2"], ["t1"])))
    assert "OM+" not in codes(dets)


def test_omitted_sentence_ending_in_a_colon_that_says_something_is_still_an_omission():
    src = ["A prefeitura decidiu fechar três escolas rurais no próximo ano:",
           "A universidade vai recorrer da decisão ainda hoje."]
    tgt = ["A universidade vai recorrer da decisão ainda hoje."]
    _, _, dets, _ = run(src, tgt, groups_of((["s1"], []), (["s2"], ["t1"])))
    assert "OM+" in codes(dets)
