"""OM+ precision, fifth round (issue 10): a law's framing formula read as dropped content; a
merge that rebuilds its sentence around the words it keeps, whose reworded frame was read as an
omission. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import codes, groups_of, only, run, spans


def test_legal_definition_formula_is_not_an_omission():
    _, _, dets, _ = run(["Art. 4º Para os fins desta Lei, consideram-se resíduos perigosos os materiais "
                         "que oferecem risco à saúde, tais como pilhas, baterias e remédios."],
                        ["Lixo perigoso é todo material que oferece risco à saúde, como pilhas, baterias e remédios."])
    assert "OM+" not in codes(dets)


def test_dropped_clause_after_a_legal_formula_is_still_an_omission():
    s, _, dets, _ = run(["Para os fins desta Lei, a coleta seletiva será feita pelo município, que "
                         "fiscalizará as cooperativas credenciadas em cada bairro."],
                        ["Para os fins desta Lei, a coleta seletiva será feita pelo município."])
    assert "cooperativas" in spans(s, only(dets, "OM+")[0].source_spans)[0]


def test_frame_rebuilt_around_kept_words_in_a_merge_is_not_an_omission():
    src = ["A enchente atingiu a parte baixa da cidade.",
           "O problema decorre, sobretudo, da ocupação irregular das margens por casas e galpões, "
           "construções que impedem o escoamento da água."]
    tgt = ["A enchente atingiu a parte baixa da cidade porque casas e galpões impedem o escoamento da água."]
    _, _, dets, _ = run(src, tgt, groups_of((["s1", "s2"], ["t1"])))
    assert "OM+" not in codes(dets)


def test_clause_dropped_in_a_merge_is_still_an_omission():
    src = ["A enchente atingiu a parte baixa da cidade.",
           "Casas e galpões impedem o escoamento da água, segundo a Defesa Civil, e o prefeito "
           "prometeu construir dois reservatórios no próximo ano."]
    tgt = ["A enchente atingiu a parte baixa da cidade porque casas e galpões impedem o escoamento da água."]
    s, _, dets, _ = run(src, tgt, groups_of((["s1", "s2"], ["t1"])))
    assert any("reservatórios" in t for d in only(dets, "OM+") for t in spans(s, d.source_spans))


def test_head_of_a_complement_kept_as_a_verb_is_not_an_omission():
    src = ["Apesar da chuva, os pescadores só fizeram a viagem de retorno ao porto no fim da tarde."]
    tgt = ["Por causa da chuva, os pescadores só retornaram ao porto no fim da tarde."]
    _, _, dets, _ = run(src, tgt)
    assert "OM+" not in codes(dets)
