"""RD+ and DL+ recall on dev misses (issue 10, rdr round). Every sentence is written for the
purpose (no corpus text); each new rule has a pair that fires and a similar pair that must stay
silent.

* RD+: a consecutive correlative "tão … que" undone ("tão fria que ninguém entrou" → "muito
  fria. Ninguém entrou"): the relation of consequence left implicit;
* DL+: an adverbial phrase right after the verb that opened the sentence put first, set off by
  a comma ("Serão ao todo 110 bancas" → "Ao todo, serão 110 bancas").

A closing attribution made a fronted reporting clause ("P, segundo X." → "X afirma que P") was
also written as RD+ in this round; it added one false alarm and no right one at the valid gate,
so it was taken out.
"""
from __future__ import annotations

from analysis.messages import render_message
from analysis.types import AlignmentGroup
from tests.test_strategies import run, spans


def _rd(src, tgt, groups=None):
    s, t, dets, _ = run(src, tgt, groups)
    return [(d.evidence.get("kind"), spans(s, d.source_spans), spans(t, d.target_spans), d)
            for d in dets if d.code == "RD+"]


def _kinds(rd):
    return [k for k, *_ in rd]


def _split(n: int = 2) -> list[AlignmentGroup]:
    return [AlignmentGroup(["s1"], [f"t{k + 1}" for k in range(n)], 0.8, "split")]


def _dl(src, tgt, groups=None):
    s, t, dets, _ = run(src, tgt, groups, enabled=["DL+"])
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "DL+"]


# ---- RD+: consecutive "tão … que" undone ------------------------------------------------------

def test_consecutive_tao_que_undone_in_a_split_is_rd():
    rd = _rd(["A água estava tão fria que ninguém entrou no rio."],
             ["A água estava muito fria.", "Ninguém entrou no rio."], _split())
    hits = [r for r in rd if r[0] == "consecutive_undone"]
    assert [(s, t) for _, s, t, _ in hits] == [(["tão fria que"], ["muito fria"])]
    assert "consequência" in render_message(hits[0][3].message, "pt-BR")
    assert "consequence" in render_message(hits[0][3].message, "en")


def test_consecutive_kept_is_silent():
    rd = _rd(["A água estava tão fria que ninguém entrou no rio."],
             ["A água estava tão fria que ninguém entrou no rio naquele dia."])
    assert "consecutive_undone" not in _kinds(rd)


def test_consecutive_dropped_with_its_clause_is_not_rd():
    # the consequence went out with its clause: omitted content (OM+), no relation made implicit
    rd = _rd(["A água estava tão fria que ninguém entrou no rio."], ["A água estava fria."])
    assert "consecutive_undone" not in _kinds(rd)


def test_comparative_tao_quanto_is_not_consecutive():
    rd = _rd(["A água estava tão fria quanto o gelo."], ["A água estava muito fria, como o gelo."])
    assert "consecutive_undone" not in _kinds(rd)


# ---- DL+: adverbial put first over the verb that opened the sentence ------------------------------

def test_adverbial_after_opening_verb_put_first_is_dl():
    assert _dl(["Serão ao todo 40 barracas na praça central da cidade."],
               ["Ao todo, serão 40 barracas na praça central da cidade."]) == [(["ao todo"], ["Ao todo"])]


def test_adverbial_put_first_without_comma_is_silent():
    assert _dl(["Serão ao todo 40 barracas na praça central da cidade."],
               ["Ao todo serão 40 barracas na praça central da cidade."]) == []


def test_subject_after_opening_verb_put_first_is_not_dl():
    # a subject put before its verb (a noun phrase, no adverbial): the clause was rebuilt
    assert _dl(["Chegaram os primeiros turistas ao litoral."],
               ["Os primeiros turistas, chegaram ao litoral."]) == []
