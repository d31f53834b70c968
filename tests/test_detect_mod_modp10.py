"""MOD+ round modp10: a passive's agent that reappears in the target as the source of a report
("Segundo a universidade, …") did not become a subject, and the patient of a passive is looked
for in its own sentence, not in the sentences a merge put before it. Near-miss: the agent made
the subject of an active verb is still a voice change. Every pair is written for the purpose
(no corpus text)."""
from __future__ import annotations

from tests.test_strategies import groups_of, run

MERGE = groups_of((["s1", "s2"], ["t1"]))


def _promoted(dets):
    return [d for d in dets if d.code == "MOD+" and d.evidence.get("agent")]


def test_an_agent_turned_into_the_source_of_a_report_is_not_promoted():
    _, _, dets, _ = run(["A poluição do rio cresceu 30% em dois anos.",
                         "O estudo foi divulgado ontem pela universidade estadual."],
                        ["Segundo a universidade estadual, a poluição do rio cresceu 30% em dois anos."],
                        groups=MERGE)
    assert not _promoted(dets), [(d.code, d.explanation) for d in dets]


def test_an_agent_made_subject_in_a_merge_is_still_promoted():
    _, _, dets, _ = run(["A poluição do rio cresceu 30% em dois anos.",
                         "O estudo foi divulgado ontem pela universidade estadual."],
                        ["A poluição do rio cresceu 30% em dois anos, e a universidade estadual divulgou o estudo ontem."],
                        groups=MERGE)
    assert _promoted(dets)
