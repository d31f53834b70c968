"""Recall of RD+, MOD+ and OM+ on miss classes seen in real simplifications (issue 10), each
checked with sentences written for the purpose (not corpus text), plus the near misses that
must stay silent so precision is kept. Every test fails without the rule it names."""
from __future__ import annotations

from analysis.types import AlignmentGroup
from tests.test_strategies import codes, only, run, spans


def _split(n_target: int) -> list[AlignmentGroup]:
    return [AlignmentGroup(["s1"], [f"t{k + 1}" for k in range(n_target)], 0.9, "split")]


# ---- RD+: temporal locutions ------------------------------------------------------------------

def test_rd_quando_replaced_by_the_locution_no_momento_em_que():
    s, t, dets, _ = run(["O alarme toca; quando a porta abre, a luz da sala acende sozinha."],
                        ["O alarme toca; no momento em que a porta abre, a luz da sala acende sozinha."])
    d = only(dets, "RD+")[0]
    assert spans(s, d.source_spans) == ["quando"] and spans(t, d.target_spans) == ["no momento em que"]
    assert "temporal" in d.explanation


def test_rd_same_temporal_relation_does_not_hide_a_moved_phrase():
    # "quando" → "no momento em que" relinks nothing: a phrase moved in the same pair is DL+
    _, _, dets, _ = run(["Quando o sinal abrir, será liberada imediatamente a passagem dos ônibus."],
                        ["No momento em que o sinal abrir, a passagem dos ônibus será liberada imediatamente."])
    assert "DL+" in codes(dets)


# ---- RD+: a reporting clause moved before the quotation ---------------------------------------

def test_rd_reporting_clause_with_complements_moved_before_the_quote():
    s, t, dets, _ = run(['"O rio subiu dois metros em uma noite", contaram os moradores na reunião com o prefeito.'],
                        ['Os moradores contaram na reunião com o prefeito: "O rio subiu dois metros em uma noite".'])
    d = only(dets, "RD+")[0]
    assert spans(s, d.source_spans)[0].startswith("contaram os moradores")
    assert spans(t, d.target_spans) == ["Os moradores contaram"]


def test_rd_reporting_verb_that_opens_no_speech_is_not_fronted():
    # the target verb heads an ordinary clause (no colon, no "que"): nothing was put in front
    _, _, dets, _ = run(['"A ponte vai ficar pronta em maio", contou o engenheiro ao jornal.'],
                        ['O engenheiro contou ao jornal uma história longa sobre a ponte.'])
    assert not any(d.evidence.get("kind") == "reporting_fronted" for d in dets)
