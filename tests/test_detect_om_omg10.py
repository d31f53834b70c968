"""OM+ round omg10: a term replaced by the gloss its source gave after a marker ("conhecida
como", "ou seja", "chamado") is not an omission: the content stayed. Near-miss: a marked gloss
dropped together with its term is still omitted material. Every pair is written for the
purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import codes, run, spans


def test_a_term_replaced_by_its_marked_gloss_is_not_an_omission():
    _, _, dets, _ = run(["A rinite alérgica, popularmente conhecida como alergia nasal, afeta um em cada quatro brasileiros."],
                        ["A alergia nasal afeta um em cada quatro brasileiros."])
    assert "OM+" not in codes(dets)


def test_a_dropped_aside_with_its_gloss_is_still_an_omission():
    s, _, dets, _ = run(["O hospital, que atende pacientes com rinite alérgica, conhecida como alergia nasal, "
                         "abriu uma nova ala infantil ontem."],
                        ["O hospital abriu uma nova ala infantil ontem."])
    found = [t for d in dets if d.code == "OM+" for t in spans(s, d.source_spans)]
    assert any("rinite" in f for f in found), found
