"""RD+ and DL+ recall on dev misses (issue 10, rdr round). Every sentence is written for the
purpose (no corpus text); each new rule has a pair that fires and a similar pair that must stay
silent.

* RD+: an attribution that closed the statement ("P, segundo X.") made a reporting clause that
  opens it ("X afirma que P"): the order of ideas changed (the rewording itself is RF+);
* RD+: a consecutive correlative "tão … que" undone ("tão fria que ninguém entrou" → "muito
  fria. Ninguém entrou"): the relation of consequence left implicit;
* DL+: an adverbial phrase right after the verb that opened the sentence put first, set off by
  a comma ("Serão ao todo 110 bancas" → "Ao todo, serão 110 bancas").
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


# ---- RD+: closing attribution fronted as a reporting clause --------------------------------------

def test_closing_attribution_made_a_fronted_reporting_clause_is_rd():
    rd = _rd(["O número de casos caiu pela metade no último ano, conforme a secretaria de Saúde."],
             ["A secretaria de Saúde diz que o número de casos caiu pela metade no último ano."])
    hits = [r for r in rd if r[0] == "attribution_fronted"]
    assert len(hits) == 1
    _, s, t, d = hits[0]
    assert s == ["conforme a secretaria de Saúde"] and t == ["A secretaria de Saúde diz que"]
    assert "atribuição" in render_message(d.message, "pt-BR")
    assert "attribution" in render_message(d.message, "en")


def test_closing_attribution_with_an_apposition_in_a_split_is_rd():
    rd = _rd(["Não há motivo para pânico, segundo o médico Carlos Prado, do hospital municipal."],
             ["O médico Carlos Prado afirma que não há motivo para pânico.",
              "Carlos Prado é do hospital municipal."], _split())
    assert "attribution_fronted" in _kinds(rd)


def test_opening_attribution_reported_keeps_the_order():
    # "Segundo X, P" → "X diz que P": the speaker already came first (RF+ only)
    rd = _rd(["Segundo a secretaria de Saúde, o número de casos caiu pela metade no último ano."],
             ["A secretaria de Saúde diz que o número de casos caiu pela metade no último ano."])
    assert "attribution_fronted" not in _kinds(rd)


def test_attribution_after_a_fronted_adverbial_is_not_closing():
    # "No domingo, segundo X, P": the statement still follows the marker
    rd = _rd(["No domingo, segundo o técnico, o time vai jogar com os reservas."],
             ["O técnico afirma que o time vai jogar com os reservas no domingo."])
    assert "attribution_fronted" not in _kinds(rd)


def test_closing_attribution_kept_and_other_speaker_reported_is_silent():
    rd = _rd(["O número de casos caiu pela metade no último ano, segundo a secretaria de Saúde."],
             ["O número de casos caiu pela metade no último ano, segundo a secretaria. "
              "O prefeito diz que vai contratar médicos."])
    assert "attribution_fronted" not in _kinds(rd)


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
