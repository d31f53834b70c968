"""Builds realistic AnalysisResult objects straight from analysis.types (no engine needed),
for the database tests. The one test here checks the factory itself is consistent."""
from __future__ import annotations

from analysis.types import AnalysisResult
from tests.helpers import make_result


def test_factory_spans_cover_the_intended_words():
    r = make_result()
    assert AnalysisResult.from_dict(r.to_dict()).to_dict() == r.to_dict()
    s0, e0 = r.strategies[0].source_spans[0]
    assert r.source.text[s0:e0] == "município"
    assert [s.id for s in r.target.sentences] == ["t1", "t2", "t3", "t4"]
    assert r.target.text[r.target.sentences[3].start:r.target.sentences[3].end] == "Ela tem dificuldades."
