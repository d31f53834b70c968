"""SL+ precision on real text (round 8): a pair is evidence only when its words took the same
place of the frame. Sentences modelled on unannotated PorSimples productions (never the
benchmark's records)."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _pairs(src, tgt, groups=None, encoder=None):
    s, t, dets, _ = run(src, tgt, groups, encoder=encoder)
    return [(" ".join(spans(s, d.source_spans)), " ".join(spans(t, d.target_spans)))
            for d in dets if d.code == "SL+"]


def test_a_word_that_took_another_place_pairs_with_no_word_here():
    """"cadeirantes e representantes … poderão ficar acomodados nas cadeiras" → "pessoas em
    cadeiras de rodas e representantes … poderão ficar nas bancadas": "pessoas" stands where
    "cadeirantes" stood; the dropped "acomodados" is not its partner."""
    pairs = _pairs(["Somente convidados de deputados, servidores da Assembléia, cadeirantes e representantes "
                    "da imprensa poderão ficar acomodados nas 160 cadeiras existentes nas duas bancadas "
                    "próximas à área privativa dos deputados."],
                   ["Somente convidados de deputados, servidores da Assembléia, pessoas em cadeiras de rodas "
                    "e representantes da imprensa poderão ficar nas duas bancadas próximas à área reservada "
                    "aos deputados."])
    assert not any(s == "acomodados" for s, _ in pairs), pairs
    assert ("privativa", "reservada") in pairs, pairs
