"""Researchers' decisions sharpen the confidence shown: a monotone calibration per strategy code.

Why: a detector's raw confidence is a score, not a probability. The accept/reject decisions a
group makes are the best evidence of how often a detection with a given score is right, so once
a code has enough decisions (``MIN_DECISIONS``) we fit an isotonic regression (scikit-learn)
from raw confidence to the observed acceptance rate and show that next to the raw value, with
the number of decisions it rests on. It is opt-in and never changes a stored detection.

Decisions count as: accepted → right (1); rejected or relabelled away → wrong (0); pending or
deleted → not evidence. Measures: Brier score and expected calibration error (ECE, equal-width
bins), always on decisions held back from the fit.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from db.errors import DatabaseUnavailable

MIN_DECISIONS = 30
ECE_BINS = 10
RIGHT, WRONG = ("accepted",), ("rejected", "relabelled")


@dataclass(frozen=True)
class Decision:
    code: str
    confidence: float
    accepted: bool


@dataclass(frozen=True)
class CodeCalibration:
    """A fitted curve for one code: raw confidence → probability that a researcher accepts."""

    code: str
    n_decisions: int
    thresholds: tuple[float, ...]      # isotonic breakpoints (raw confidence)
    values: tuple[float, ...]          # calibrated probability at each breakpoint

    def apply(self, confidence: float) -> float:
        import numpy as np

        return float(np.interp(confidence, self.thresholds, self.values))


@dataclass(frozen=True)
class Calibration:
    """Curves for the codes with enough decisions; other codes keep their raw confidence."""

    curves: dict[str, CodeCalibration]

    def calibrated(self, code: str, confidence: float | None) -> float | None:
        curve = self.curves.get(code)
        return None if curve is None or confidence is None else curve.apply(confidence)

    def support(self, code: str) -> int:
        curve = self.curves.get(code)
        return curve.n_decisions if curve else 0


def decisions_from_review(rows: Iterable[tuple[str, float | None, str]]) -> list[Decision]:
    """(machine code, raw confidence, status) rows of the review record → decisions."""
    out = []
    for code, confidence, status in rows:
        if confidence is None or status not in RIGHT + WRONG:
            continue
        out.append(Decision(code, float(confidence), status in RIGHT))
    return out


def fit(decisions: Sequence[Decision], min_decisions: int = MIN_DECISIONS) -> Calibration:
    """Isotonic regression per code with at least ``min_decisions`` decisions."""
    from sklearn.isotonic import IsotonicRegression

    curves: dict[str, CodeCalibration] = {}
    for code in sorted({d.code for d in decisions}):
        mine = [d for d in decisions if d.code == code]
        if len(mine) < min_decisions or len({d.accepted for d in mine}) < 2:
            continue
        iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip", increasing=True)
        iso.fit([d.confidence for d in mine], [float(d.accepted) for d in mine])
        curves[code] = CodeCalibration(code, len(mine), tuple(float(x) for x in iso.X_thresholds_),
                                       tuple(float(y) for y in iso.y_thresholds_))
    return Calibration(curves)


def brier(probabilities: Sequence[float], outcomes: Sequence[bool]) -> float:
    return sum((p - float(o)) ** 2 for p, o in zip(probabilities, outcomes, strict=True)) / len(outcomes)


def ece(probabilities: Sequence[float], outcomes: Sequence[bool], bins: int = ECE_BINS) -> float:
    """Expected calibration error: |mean confidence − accuracy| per bin, weighted by bin size."""
    n = len(outcomes)
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, p in enumerate(probabilities) if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if idx:
            conf = sum(probabilities[i] for i in idx) / len(idx)
            acc = sum(float(outcomes[i]) for i in idx) / len(idx)
            total += len(idx) / n * abs(conf - acc)
    return total


@dataclass(frozen=True)
class CalibrationReport:
    n_fit: int
    n_held: int
    brier_raw: float
    brier_calibrated: float
    ece_raw: float
    ece_calibrated: float


def evaluate(calibration: Calibration, held: Sequence[Decision]) -> CalibrationReport:
    """Brier and ECE on held-back decisions, raw vs calibrated (uncalibrated codes stay raw)."""
    raw = [d.confidence for d in held]
    cal = [calibration.calibrated(d.code, d.confidence) or d.confidence for d in held]
    outcomes = [d.accepted for d in held]
    n_fit = sum(c.n_decisions for c in calibration.curves.values())
    return CalibrationReport(n_fit, len(held), brier(raw, outcomes), brier(cal, outcomes),
                             ece(raw, outcomes), ece(cal, outcomes))


def workspace_calibration(repo: Any) -> Calibration | None:
    """The calibration fitted on every decision of ``repo``'s workspace (codes with fewer than
    ``MIN_DECISIONS`` decisions keep their raw confidence); None when the store cannot be read.
    Nothing is written: stored detections and their confidences never change."""
    if repo is None:
        return None
    try:
        rows = repo.machine_decisions()
    except DatabaseUnavailable:
        return None
    return fit(decisions_from_review(rows))
