"""SL+ in splits: each piece of a split restates the frame it needs, and a word said again
there is the source's word repeated, not a word that took the place of a dropped one.
Sentences written for the purpose."""
from __future__ import annotations

from analysis.types import AlignmentGroup
from tests.test_strategies import run, spans

SPLIT = [AlignmentGroup(["s1"], ["t1", "t2"], 0.9)]


def _sl(dets):
    return [d for d in dets if d.code == "SL+"]


def test_a_frame_repeated_at_the_start_of_a_split_piece_is_no_substitution():
    src = ["Desde as 9h, com a confirmação do cancelamento da partida, após a interdição do "
           "estádio, os torcedores foram embora."]
    tgt = ["Desde as 9h, confirmaram o cancelamento da partida.",
           "Desde as 9h, os torcedores foram embora."]
    s, t, dets, _ = run(src, tgt, SPLIT)
    pairs = [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in _sl(dets)]
    assert not any(tw in ("Desde", "h", "9h") for _, ts in pairs for tw in ts), pairs


def test_a_replacement_further_into_a_split_piece_is_still_found():
    """The repeated word stands deep in its sentence, replacing an adjective: still SL+."""
    src = ["O rebanho ovino da fazenda cresceu e os pesquisadores estudaram o leite ovino "
           "produzido no inverno."]
    tgt = ["O rebanho de ovelhas da fazenda cresceu.",
           "Os pesquisadores estudaram o leite produzido no inverno pelas ovelhas."]
    s, t, dets, _ = run(src, tgt, SPLIT)
    assert any("ovino" in spans(s, d.source_spans) for d in _sl(dets)), [
        (d.code, d.explanation) for d in dets]
