"""Alignment corrections in the engine (analysis.realign) with the real e5 model."""
from __future__ import annotations

import pytest

from analysis.pipeline import analyze
from analysis.realign import Correction, corrected_groups, redetect
from analysis.types import AUTOMATIC_CODES, AnalysisSettings, InputError

#: s2 and s3 were merged into t2; the aligner reads it as s2 ↔ t2 and s3 omitted (OM+)
SOURCE = ("O prefeito inaugurou a nova biblioteca municipal na manhã de sábado. "
          "A obra custou dois milhões de reais aos cofres públicos. "
          "Ela foi financiada com recursos do governo estadual. "
          "Os moradores elogiaram o acervo de livros infantis.")
TARGET = ("O prefeito abriu a nova biblioteca da cidade no sábado de manhã. "
          "A obra, paga pelo governo do estado, custou dois milhões de reais. "
          "Os moradores gostaram dos livros para crianças.")
WITH_OM = AnalysisSettings(strategies=tuple(AUTOMATIC_CODES))


@pytest.fixture(scope="module")
def machine(e5):
    return analyze(SOURCE, TARGET, WITH_OM, encoder=e5)


def _codes_on(result, sid):
    groups = [k for k, g in enumerate(result.alignments) if sid in g.source]
    return {d.code for d in result.strategies if d.group in groups}


def test_merge_read_as_omission_becomes_one_rp_group(machine, e5) -> None:
    assert "OM+" in _codes_on(machine, "s3")          # the misread this correction fixes
    groups = corrected_groups(machine, Correction("merge", ("s2", "s3"), ("t2",)))
    red = redetect(machine, groups, e5)
    out = red.result
    merged = [g for g in out.alignments if g.source == ["s2", "s3"]]
    assert len(merged) == 1 and merged[0].target == ["t2"] and merged[0].kind == "merge"
    assert merged[0].by_researcher
    k = out.alignments.index(merged[0])
    assert red.changed == [k]
    assert "RP+" in {d.code for d in out.strategies if d.group == k}
    # no whole-sentence omission is left (a clause the merge dropped may still be OM+)
    assert not [d for d in out.strategies if d.code == "OM+" and d.evidence.get("kind") == "sentence"]
    # the OM+ of the old omitted group is stale; the unchanged groups keep their detections
    stale_codes = {machine.strategies[i].code for i in red.stale}
    assert "OM+" in stale_codes
    for old, new in red.kept.items():
        a, b = machine.strategies[old], out.strategies[new]
        assert (a.code, a.source_spans, a.target_spans, a.confidence) == (b.code, b.source_spans, b.target_spans, b.confidence)
        assert machine.alignments[a.group] == out.alignments[b.group]
    assert len(red.kept) + len(red.fresh) == len(out.strategies)
    # every sentence still in exactly one group
    assert sorted(i for g in out.alignments for i in g.source) == [s.id for s in out.source.sentences]
    assert sorted(i for g in out.alignments for i in g.target) == [s.id for s in out.target.sentences]
    assert len(out.metrics["groups"]) == len(out.alignments)


def test_only_changed_groups_are_redetected(machine, e5, monkeypatch) -> None:
    from analysis.strategies import REGISTRY

    seen: list[int] = []
    real = REGISTRY["RP+"].detect
    monkeypatch.setattr(REGISTRY["RP+"], "detect", lambda ctx: seen.append(ctx.index) or real(ctx))
    groups = corrected_groups(machine, Correction("omitted", ("s4",), ()))
    red = redetect(machine, groups, e5)
    assert seen == red.changed and len(seen) == 2     # s4 now omitted, t3 left alone (added)
    kinds = {tuple(g.source) + tuple(g.target): g.kind for g in red.result.alignments}
    assert kinds[("s4",)] == "omitted" and kinds[("t3",)] == "added"


def test_unlink_then_link_restores_a_pair(machine, e5) -> None:
    unlinked = redetect(machine, corrected_groups(machine, Correction("unlink", ("s1",), ("t1",))), e5).result
    assert sorted(g.kind for g in unlinked.alignments[:2]) == ["added", "omitted"]
    relinked = redetect(unlinked, corrected_groups(unlinked, Correction("link", ("s1",), ("t1",))), e5).result
    assert relinked.alignments[0].source == ["s1"] and relinked.alignments[0].target == ["t1"]
    assert {d.code for d in relinked.strategies if d.group == 0} == {d.code for d in machine.strategies if d.group == 0}


def test_split_off_part_of_a_group(machine, e5) -> None:
    merged = redetect(machine, corrected_groups(machine, Correction("merge", ("s2", "s3"), ("t2",))), e5).result
    split = corrected_groups(merged, Correction("split", ("s3",), ("t2",)))
    pairs = [(g.source, g.target, g.kind) for g in split]
    assert (["s2"], [], "omitted") in pairs and (["s3"], ["t2"], "1:1") in pairs


@pytest.mark.parametrize("corr, code", [
    (Correction("link", ("s99",), ("t1",)), "unknown_sentence"),
    (Correction("link", ("s1",), ()), "both_sides"),
    (Correction("omitted", ("s1", "s2"), ()), "one_source"),
    (Correction("added", (), ()), "one_target"),
    (Correction("explode", ("s1",), ()), "unknown_correction"),
    (Correction("split", ("s1",), ("t1",)), "split_part"),          # the whole group
    (Correction("split", ("s1", "s2"), ()), "split_part"),          # two groups
])
def test_bad_corrections_say_why(machine, corr, code) -> None:
    with pytest.raises(InputError) as err:
        corrected_groups(machine, corr)
    assert err.value.code == code and err.value.message


def test_a_group_set_by_a_researcher_says_so_in_its_explanation(machine, e5) -> None:
    from analysis.types import render_message

    assert not any("pesquisador" in d.explanation for d in machine.strategies)
    red = redetect(machine, corrected_groups(machine, Correction("merge", ("s2", "s3"), ("t2",))), e5)
    out = red.result
    k = next(i for i, g in enumerate(out.alignments) if g.source == ["s2", "s3"])
    rp = next(d for d in out.strategies if d.group == k and d.code == "RP+")
    assert "definido por um pesquisador" in rp.explanation
    assert rp.explanation.startswith("Períodos unidos")        # the detector's own evidence stays
    assert "set by a researcher" in render_message(rp.message, "en")
    assert render_message(rp.message, "en").startswith("Sentences merged")
    # detections on groups the aligner set say nothing of the kind
    others = [d for d in out.strategies if d.group is not None and not out.alignments[d.group].by_researcher]
    assert others and not any("pesquisador" in d.explanation for d in others)
