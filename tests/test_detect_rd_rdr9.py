"""RD+ round rdr9: "enquanto isso" ("meanwhile") is one temporal connective, and its span shows
both words; "enquanto" with "isso" as the subject of its clause stays the conjunction alone.
Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from analysis.lexicon.connectives import find_connectives
from tests.test_strategies import only, run, spans


def test_a_dropped_meanwhile_is_shown_whole():
    s, _, dets, _ = run(["Enquanto isso, os moradores do bairro esperam respostas da prefeitura."],
                        ["Os moradores do bairro esperam respostas da prefeitura."])
    assert spans(s, only(dets, "RD+")[0].source_spans) == ["Enquanto isso"]


def test_a_replaced_meanwhile_is_shown_whole():
    s, t, dets, _ = run(["Enquanto isso, a polícia investiga o caso."],
                        ["Ao mesmo tempo, a polícia investiga o caso."])
    d = only(dets, "RD+")[0]
    assert (spans(s, d.source_spans), spans(t, d.target_spans)) == (["Enquanto isso"], ["Ao mesmo tempo"])


def test_enquanto_with_isso_as_its_subject_is_the_conjunction_alone():
    found = find_connectives("enquanto isso acontecia os moradores esperavam".split())
    assert [(m.connective.form, m.first, m.last) for m in found] == [("enquanto", 0, 0)]
    found = find_connectives("enquanto isso os moradores esperavam".split())
    assert [(m.connective.form, m.first, m.last) for m in found] == [("enquanto isso", 0, 1)]


def test_a_preposition_before_a_capitalised_name_opens_no_clause():
    # "Poder" could be an infinitive; capitalised inside the sentence it heads a name
    _, _, dets, _ = run(["Cabe ao Poder Executivo fiscalizar as obras no prazo de noventa dias."],
                        ["O governo deve fiscalizar as obras depois que a lei for publicada."])
    assert not [d for d in dets if d.code == "RD+" and d.evidence.get("source") == "ao"]


def test_a_preposition_before_a_lower_case_infinitive_still_opens_a_clause():
    s, t, dets, _ = run(["Ao perceber o erro, o técnico desligou a máquina."],
                        ["Quando percebeu o erro, o técnico desligou a máquina."])
    d = only(dets, "RD+")[0]
    assert (spans(s, d.source_spans), spans(t, d.target_spans)) == (["Ao"], ["Quando"])
