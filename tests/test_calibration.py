"""Confidence calibration from researchers' decisions: fit, apply, measure on held-back decisions."""
from __future__ import annotations

import random

import pytest

from services.calibration import (
    Decision,
    brier,
    decisions_from_review,
    ece,
    evaluate,
    fit,
)


def _overconfident(n: int, seed: int) -> list[Decision]:
    """A detector that says 0.9 but is right only 60 % of the time, and 0.5 → right 20 %."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        conf = rng.choice([0.5, 0.9])
        p = 0.6 if conf == 0.9 else 0.2
        out.append(Decision("SL+", conf, rng.random() < p))
    return out


def test_metrics_on_known_values():
    assert brier([1.0, 0.0], [True, False]) == 0.0
    assert brier([0.5, 0.5], [True, False]) == pytest.approx(0.25)
    # all predictions 0.9, 60 % right: ECE = |0.9 - 0.6| = 0.3
    assert ece([0.9] * 10, [True] * 6 + [False] * 4) == pytest.approx(0.3)


def test_calibration_fixes_an_overconfident_detector_on_held_back_decisions():
    calibration = fit(_overconfident(200, seed=1))
    report = evaluate(calibration, _overconfident(200, seed=2))
    assert calibration.support("SL+") == 200
    assert calibration.calibrated("SL+", 0.9) == pytest.approx(0.6, abs=0.1)
    assert report.ece_calibrated < report.ece_raw / 2
    assert report.brier_calibrated < report.brier_raw


def test_too_few_decisions_leave_the_raw_confidence():
    calibration = fit(_overconfident(29, seed=3))
    assert calibration.calibrated("SL+", 0.9) is None and calibration.support("SL+") == 0


def test_only_decided_items_are_evidence():
    rows = [("SL+", 0.8, "accepted"), ("SL+", 0.7, "rejected"), ("RD+", 0.6, "relabelled"),
            ("SL+", 0.9, "pending"), ("OM+", 0.5, "deleted"), ("IN+", None, "accepted")]
    assert decisions_from_review(rows) == [Decision("SL+", 0.8, True), Decision("SL+", 0.7, False),
                                           Decision("RD+", 0.6, False)]
