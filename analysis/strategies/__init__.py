"""Strategy detection: one small module per taxonomy code, run over the aligned groups.

Adding a strategy = a record in ``analysis.taxonomy`` and a module whose ``detect(ctx)`` (per
alignment group) and/or ``detect_document(doc)`` (whole text) carry ``@register(CODE)``.

``detect_all`` isolates failures: a detector that raises on one group is logged, reported in
``failed_checks`` (Portuguese message for the researcher) and the others keep running.
"""
from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable

from analysis.strategies import dl, exp, in_, mod, mt, om, rd, rf, rp, sl  # noqa: F401 - they register
from analysis.strategies.base import DocContext, PairContext, build_contexts
from analysis.strategies.registry import DETECTORS, Detector
from analysis.types import AUTOMATIC_CODES, AlignmentGroup, Detection, Document
from models.encoder import Encoder

log = logging.getLogger("netest.strategies")

#: code → detector (``detect(ctx)`` and/or ``detect_document(doc)``), in the taxonomy's order;
#: filled by ``@register`` in each detector module (imported above)
REGISTRY: dict[str, Detector] = {c: DETECTORS[c] for c in AUTOMATIC_CODES if c in DETECTORS}


def detector_params(codes: Iterable[str] | None = None) -> dict[str, dict]:
    """{code: parameters} of the detectors that run for ``codes`` (None: all), for the result."""
    wanted = REGISTRY if codes is None else [c for c in codes if c in REGISTRY]
    return {c: getattr(REGISTRY[c], "params", {}) for c in wanted}


__all__ = ["REGISTRY", "DetectorErrorHandler", "detect_all", "detector_params", "log_detector_error", "sort_detections", "build_contexts", "PairContext", "DocContext"]


#: ``on_detector_error(code, exc) -> error id``: the caller reports a failed detector (the app
#: passes ``services.errors.report_detector_error``: Sentry when on, a JSON log line) and returns
#: the id the researcher can quote. The engine imports no reporter of its own.
DetectorErrorHandler = Callable[[str, BaseException], str]


def log_detector_error(code: str, exc: BaseException) -> str:
    """The default handler: a log line carrying a short id (no reporting service)."""
    error_id = uuid.uuid4().hex[:8]
    log.warning("detector %s raised %s (error %s)", code, type(exc).__name__, error_id,
                extra={"error_id": error_id})
    return error_id


def _failure(code: str, exc: BaseException, where: str,
             on_error: DetectorErrorHandler | None) -> dict[str, str]:
    """The failed check as the researcher sees it, with the id under which it was reported."""
    error_id = (on_error or log_detector_error)(code, exc)
    return {
        "code": code,
        "message": f"A verificação da estratégia {code} falhou {where} e foi ignorada; "
                   f"as demais estratégias foram analisadas normalmente (erro {error_id}).",
        "error": f"{type(exc).__name__}: {exc}",
        "error_id": error_id,
    }


def _touches(det: Detection, doc: DocContext, only: set[int]) -> bool:
    """A document detector's finding concerns one of the ``only`` groups: it names one, or
    (no group) one of its spans falls in one of their sentences."""
    if det.group is not None:
        return det.group in only
    pairs = [p for p in doc.pairs if p.index in only]
    return any(s < e2 and s2 < e for p in pairs for s2, e2 in p.source_spans for s, e in det.source_spans) or \
        any(s < e2 and s2 < e for p in pairs for s2, e2 in p.target_spans for s, e in det.target_spans)


def sort_detections(detections: list[Detection], anchors: dict[int, int]) -> None:
    """Sort in place by source position (``anchors``: group index → its source offset, for
    detections with no source span), then target position, group and code."""
    detections.sort(key=lambda d: _sort_key(d, anchors))


def _sort_key(det: Detection, anchors: dict[int, int]) -> tuple:
    if det.source_spans:
        pos = min(s[0] for s in det.source_spans)
    else:
        pos = anchors.get(det.group if det.group is not None else -1, 0)
    tpos = min((s[0] for s in det.target_spans), default=0)
    return (pos, tpos, det.group if det.group is not None else -1, det.code)


def detect_all(
    source: Document,
    target: Document,
    groups: list[AlignmentGroup],
    encoder: Encoder | None = None,
    enabled: Iterable[str] | None = None,
    on_detector_error: DetectorErrorHandler | None = None,
    only: set[int] | None = None,
) -> tuple[list[Detection], list[dict[str, str]]]:
    """Run every enabled detector on every alignment group (with ``only``: on those group
    indices, and keep only the document detectors' findings on them — a researcher's
    alignment correction re-detects the groups it changed and nothing else).

    Returns (detections sorted by source position, failed_checks). PRO+ and unknown codes
    are ignored (PRO+ is researcher-only).
    """
    codes = [c for c in (REGISTRY if enabled is None else enabled) if c in REGISTRY]
    doc = build_contexts(source, target, groups, encoder, only)
    # unpaired headings are MT+'s, unpaired moved sentences RD+'s, and a sentence the aligner
    # left unlinked on both sides in place is the same sentence: none is an omission/insertion
    skip_pair = mt.unpaired_headings(doc)
    for same_place in (False, True):
        skip_pair |= {p.index for pair in rd.unpaired_moves(doc, same_place) for p in pair}
    detections: list[Detection] = []
    failed: list[dict[str, str]] = []
    for code in codes:
        module = REGISTRY[code]
        pair_fn = getattr(module, "detect", None)
        if pair_fn is not None:
            for ctx in doc.pairs:
                if ctx.is_heading_pair or ctx.index in skip_pair or (only is not None and ctx.index not in only):
                    continue
                try:
                    detections.extend(pair_fn(ctx))
                except Exception as exc:  # noqa: BLE001 - isolate one detector on one group
                    log.warning("detector %s failed on group %d", code, ctx.index)
                    failed.append(_failure(code, exc, f"no grupo de alinhamento {ctx.index + 1}",
                                           on_detector_error))
        doc_fn = getattr(module, "detect_document", None)
        if doc_fn is not None:
            try:
                detections.extend(d for d in doc_fn(doc) if only is None or _touches(d, doc, only))
            except Exception as exc:  # noqa: BLE001
                log.warning("document detector %s failed", code)
                failed.append(_failure(code, exc, "na análise do texto inteiro", on_detector_error))
    sort_detections(detections, {p.index: p.source_anchor for p in doc.pairs})
    return detections, failed
