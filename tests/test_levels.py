"""Three levels: each step equals a two-text analysis; the chain follows sentences through."""
from __future__ import annotations

from functools import partial

import pytest

from analysis.levels import analyze_levels
from analysis.pipeline import analyze
from analysis.types import InputError

ORIGINAL = ("O prefeito inaugurou ontem a nova escola, que atenderá 500 alunos do bairro. "
            "A obra custou dois milhões de reais.")
NATURAL = ("O prefeito inaugurou ontem a nova escola. Ela vai atender 500 alunos do bairro. "
           "A obra custou dois milhões de reais.")
STRONG = "O prefeito abriu ontem a nova escola. Ela vai receber 500 alunos do bairro."


def test_each_step_is_the_pair_analysis_and_the_chain_follows_a_split_then_an_omission(e5):
    run = partial(analyze, encoder=e5)
    res = analyze_levels([ORIGINAL, NATURAL, STRONG], run, names=["original", "natural", "forte"])
    assert res.names == ["original", "natural", "forte"]
    assert [s.to_dict()["alignments"] for s in res.steps] == [
        run(ORIGINAL, NATURAL).to_dict()["alignments"], run(NATURAL, STRONG).to_dict()["alignments"]]
    first, second = res.chain
    # s1 was split into t1+t2 at the natural level, and both kept (t1, t2) at the strong level
    assert first.steps[0].sentences == ("t1", "t2") and first.steps[0].kind == "split"
    assert "RP+" in first.steps[0].strategies
    assert first.steps[1].sentences == ("t1", "t2")
    # s2 survived to the natural level and was dropped at the strong level
    assert second.steps[0].sentences == ("t3",)
    assert second.steps[1].sentences == () and second.steps[1].kind == "omitted"
    assert res.to_dict()["chain"][1]["steps"][1]["kind"] == "omitted"


def test_too_few_levels_is_a_clear_input_error(e5):
    with pytest.raises(InputError, match="versões"):
        analyze_levels([ORIGINAL], partial(analyze, encoder=e5))


def test_cli_takes_a_third_file_and_prints_the_chain(tmp_path, capsys):
    from analysis.cli import main

    paths = []
    for name, text in (("original", ORIGINAL), ("natural", NATURAL), ("forte", STRONG)):
        p = tmp_path / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    assert main(["analyze", *paths, "--json"]) == 0
    out = __import__("json").loads(capsys.readouterr().out)
    assert out["levels"] == ["original", "natural", "forte"]
    assert len(out["steps"]) == 2 and out["steps"][0]["target"]["sentences"][1]["id"] == "t2"
    assert out["chain"][1]["steps"][1]["kind"] == "omitted"
    assert main(["analyze", *paths]) == 0
    text = capsys.readouterr().out
    assert "=== original → natural ===" in text and "s2 → t3 [1:1] → — [omitted]" in text
