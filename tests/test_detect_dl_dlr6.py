"""DL+ recall round dlr6: an adverbial phrase under a focus adverb ("mesmo em ...") is an
adverbial phrase that moves as one. Every sentence is written for the purpose (no corpus text)."""
from __future__ import annotations

from analysis.types import AlignmentGroup
from tests.test_strategies import run, spans


def _dl(src: list[str], tgt: list[str], groups=None) -> list[tuple[list[str], list[str]]]:
    s, t, dets, _ = run(src, tgt, groups, None, enabled=["DL+"])
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "DL+"]


def _split() -> list[AlignmentGroup]:
    return [AlignmentGroup(["s1"], ["t1", "t2"], 0.8, "split")]


def test_dl_for_a_fronted_phrase_under_a_focus_adverb_in_a_split():
    # "mesmo em dias de muita chuva" left the front for the end of the sentence that keeps its
    # verb: the focus adverb belongs to the phrase, which moved inside its clause
    assert _dl(["Mesmo em dias de muita chuva, deve ser seguro usar [a ponte] para atravessar o rio e chegar ao mercado."],
               ["Mas deve ser seguro cruzar a ponte com o objetivo de atravessar o rio e ir até o mercado.",
                "Isso deve ser seguro mesmo em dias de muita chuva."], _split()) == [
        (["Mesmo em dias de muita chuva"], ["mesmo em dias de muita chuva"])]


def test_no_dl_for_a_noun_phrase_opened_by_mesmo():
    # "mesmo" without a preposition after it is no focus on a phrase ("o mesmo", "mesmo
    # ônibus"): the run stays a noun phrase, not an adverbial a split may move
    assert _dl(["Mesmo ônibus da linha velha, deve ser seguro usar [a ponte] para atravessar o rio e chegar ao mercado."],
               ["Mas deve ser seguro cruzar a ponte com o objetivo de atravessar o rio e ir até o mercado.",
                "Isso deve ser seguro mesmo ônibus da linha velha."], _split()) == []
