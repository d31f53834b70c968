"""The one entry point of the engine: ``analyze(source, target, settings) -> AnalysisResult``.

One pass, one direction (see docs/architecture.md): normalise → check → segment → embed →
align → detect → measure. The model is loaded once per process (``models.loader``) and reused;
if it cannot load, or crashes on an input, the analysis still completes on lexical similarity
and the result says so in ``model.notice`` / ``notices``.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from analysis import ENGINE_VERSION
from analysis.align import align, align_paragraphs
from analysis.ingest import normalize_text
from analysis.ingest.checks import check_pair_messages
from analysis.readability import compare, text_metrics
from analysis.segment import segment
from analysis.strategies import DetectorErrorHandler, detect_all, detector_params
from analysis.types import (
    AlignmentGroup,
    AnalysisResult,
    AnalysisSettings,
    Document,
    ModelInfo,
    model_notice_message,
    msg,
    render_message,
)
from models.encoder import Encoder
from models.loader import get_encoder, lexical_fallback

log = logging.getLogger("netest.pipeline")

#: Called with (stage name in Portuguese, fraction done in [0, 1]); the app drives a progress bar.
ProgressCallback = Callable[[str, float], None]


class _EncoderCrashed(Exception):
    """Raised when the chosen model fails mid-analysis; the analysis restarts on lexical."""


class _GuardedEncoder:
    """Wraps the chosen encoder so a crash on an input is caught, never half-used.

    Why: vectors of two models must never meet in one analysis (they differ in dimension and
    scale), so on the first failure the whole alignment and detection run again on lexical
    similarity, and the result records the model that really produced it.
    """

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.name = inner.name
        self.crash: BaseException | None = None   # set even if a detector swallows the raise

    def encode(self, texts: list[str]):
        if self.crash is not None:
            raise _EncoderCrashed(self.crash)
        try:
            return self.inner.encode(texts)
        except Exception as exc:  # noqa: BLE001 - any model failure means fallback
            self.crash = exc
            raise _EncoderCrashed(exc) from exc


def load_model(spec: str | None = None) -> tuple[Encoder, ModelInfo]:
    """The process-wide encoder for ``spec`` (memoised in models.loader) and its ModelInfo."""
    loaded = get_encoder(spec)
    info = ModelInfo(
        name=loaded.name,
        backend=loaded.backend,
        requested=loaded.requested,
        fallback=loaded.fallback,
        notice=loaded.notice,
        load_seconds=round(loaded.load_seconds, 4),
    )
    return loaded.encoder, info


def _group_texts(doc: Document, ids: list[str]) -> tuple[str, list[str]]:
    sents = [doc.sentence(i).text for i in ids]
    return " ".join(sents), sents


def alignment_metrics(source: Document, target: Document, groups: list[AlignmentGroup]) -> dict[str, Any]:
    """Readability of both texts, their difference, and of each group's two sides."""
    src = text_metrics(source.text, [s.text for s in source.sentences])
    tgt = text_metrics(target.text, [s.text for s in target.sentences])
    per_group = []
    for i, g in enumerate(groups):
        s_text, s_sents = _group_texts(source, g.source)
        t_text, t_sents = _group_texts(target, g.target)
        gs = text_metrics(s_text, s_sents) if g.source else None
        gt = text_metrics(t_text, t_sents) if g.target else None
        per_group.append({"group": i, "source": gs, "target": gt})
    return {"source": src, "target": tgt, "delta": compare(src, tgt), "groups": per_group}


def _align_and_detect(src_doc: Document, tgt_doc: Document, encoder: Encoder,
                      settings: AnalysisSettings, timings: dict[str, float],
                      step: Callable[[str, float], None],
                      on_detector_error: DetectorErrorHandler | None = None):
    step("Alinhando as frases", 0.35)
    t0 = time.perf_counter()
    groups = align(src_doc, tgt_doc, encoder)
    timings["align"] = time.perf_counter() - t0

    step("Detectando estratégias", 0.6)
    t0 = time.perf_counter()
    detections, failed = detect_all(src_doc, tgt_doc, groups, encoder, settings.strategies,
                                   on_detector_error)
    detections = [d for d in detections if d.confidence >= settings.min_confidence]
    timings["detect"] = time.perf_counter() - t0
    return groups, detections, failed


def analyze(
    source: str,
    target: str,
    settings: AnalysisSettings | None = None,
    encoder: Encoder | None = None,
    model_info: ModelInfo | None = None,
    progress: ProgressCallback | None = None,
    on_detector_error: DetectorErrorHandler | None = None,
) -> AnalysisResult:
    """Analyse a source text and its simplified version.

    ``on_detector_error(code, exc) -> error id`` reports a detector that raised (default: a log
    line); the engine itself imports no reporting service.

    Raises ``analysis.types.InputError`` (Portuguese message) for input a researcher must fix
    (empty text, over a limit). Everything else degrades gracefully: soft problems become
    ``notices``, a failing detector becomes a ``failed_checks`` entry.
    """
    settings = settings or AnalysisSettings()
    timings: dict[str, float] = {}
    t_all = time.perf_counter()

    def step(name: str, frac: float) -> None:
        if progress is not None:
            progress(name, frac)

    step("Verificando os textos", 0.0)
    t0 = time.perf_counter()
    source = normalize_text(source)
    target = normalize_text(target)
    notice_messages = list(check_pair_messages(source, target))
    timings["ingest"] = time.perf_counter() - t0

    step("Segmentando em parágrafos e frases", 0.1)
    t0 = time.perf_counter()
    src_doc = segment(source, side="source", presegmented=settings.presegmented)
    tgt_doc = segment(target, side="target", presegmented=settings.presegmented)
    timings["segment"] = time.perf_counter() - t0

    step("Carregando o modelo", 0.2)
    t0 = time.perf_counter()
    if encoder is None:
        encoder, model_info = load_model(settings.model)
    elif model_info is None:
        model_info = ModelInfo(name=encoder.name, backend="custom", requested=settings.model)
    timings["model"] = time.perf_counter() - t0

    guard = _GuardedEncoder(encoder)
    try:
        groups, detections, failed = _align_and_detect(
            src_doc, tgt_doc, guard, settings, timings, step, on_detector_error)
    except _EncoderCrashed:
        pass
    if guard.crash is not None:
        exc = guard.crash
        log.warning("model %r failed mid-analysis (%s); re-running on lexical similarity",
                    model_info.name, type(exc).__name__)
        fb = lexical_fallback(model_info.requested, type(exc).__name__, during="encode")
        encoder, model_info = fb.encoder, ModelInfo(**fb.info())
        groups, detections, failed = _align_and_detect(
            src_doc, tgt_doc, encoder, settings, timings, step, on_detector_error)

    step("Calculando a legibilidade", 0.85)
    t0 = time.perf_counter()
    metrics = alignment_metrics(src_doc, tgt_doc, groups)
    timings["metrics"] = time.perf_counter() - t0

    if model_info.fallback and model_info.notice:
        notice_messages.append(model_notice_message(model_info.notice))
    if failed:
        notice_messages.append(msg("notice.failed_checks", codes=", ".join(sorted({f["code"] for f in failed}))))
    notices = [render_message(m) or m.get("text", "") for m in notice_messages]
    timings["total"] = time.perf_counter() - t_all
    timings = {k: round(v, 4) for k, v in timings.items()}
    step("Pronto", 1.0)
    return AnalysisResult(
        engine_version=ENGINE_VERSION,
        settings=settings,
        model=model_info,
        source=src_doc,
        target=tgt_doc,
        alignments=groups,
        strategies=detections,
        metrics=metrics,
        timings=timings,
        notices=notices,
        notice_messages=[m if m.get("key") else {} for m in notice_messages],
        failed_checks=failed,
        paragraph_alignments=align_paragraphs(src_doc, tgt_doc, groups),
        detector_params=detector_params(settings.strategies),
    )


_WARM_UP_PAIR = (
    "Relatório anual\n\nO relatório foi entregue pela comissão; todavia, o prefeito não compareceu. "
    "A escola, que fica no centro, recebeu novos computadores.",
    "Relatório do ano\n\nA comissão entregou o relatório, mas o prefeito não foi. "
    "A escola fica no centro. Ela recebeu computadores novos (máquinas).",
)


def warm_up(encoder: Encoder | None = None, model_info: ModelInfo | None = None) -> float:
    """Run one small analysis so lexicons, frequency lists, hyphenation dictionaries and the
    sentence splitter are loaded before the first researcher arrives; returns the seconds taken.

    Why: those load lazily on first use (several seconds together), which a server should pay
    at start-up, not on a researcher's first click.
    """
    t0 = time.perf_counter()
    analyze(*_WARM_UP_PAIR, encoder=encoder, model_info=model_info)
    return time.perf_counter() - t0
