"""OM+ round omp10: a deleted run never crosses the boundary between two sentences of a merge;
each piece is judged on its own (a reader checks one sentence's words). Every pair is written
for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import groups_of, run, spans

MERGE = groups_of((["s1", "s2"], ["t1"]))


def test_no_omission_span_runs_across_two_merged_sentences():
    s, _, dets, _ = run(["Especialistas alertam que a floresta pode atingir um ponto de não retorno.",
                         "Nesse cenário, grandes áreas se transformariam em savana."],
                        ["Especialistas dizem que, se isso continuar, grandes partes da floresta podem virar savana."],
                        groups=MERGE)
    for d in dets:
        if d.code == "OM+":
            for text in spans(s, d.source_spans):
                assert ". " not in text, text
