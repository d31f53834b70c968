"""The researcher's preferences, and the ONE rule that turns them into what is listed.

Why one function: the engine always computes and the store always keeps every detection; the
minimum confidence and the enabled strategies decide what a page lists, counts ("x de N
revisadas"), charts and exports. Before, Analisar hid at display while Corpus dropped detections
at analysis time, so the same preference changed the statistics on one page and not the other.
OM+ (a suggestion) is off unless the researcher switches it on, and switching it on shows the
stored suggestions at once, without re-analysis. A researcher's own annotations (any code,
including researcher-only PRO+) are always listed.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from analysis.types import AUTOMATIC_CODES, DEFAULT_ENABLED_CODES, AnalysisSettings


class Reviewable(Protocol):
    """What the rule reads of an annotation, a detection or a review card."""
    code: str
    confidence: float | None


T = TypeVar("T", bound=Reviewable)


@dataclass(frozen=True)
class ReviewFilter:
    min_confidence: float = 0.0
    enabled: frozenset[str] = field(default_factory=lambda: frozenset(DEFAULT_ENABLED_CODES))

    @classmethod
    def of(cls, min_confidence: float | None, enabled: Iterable[str] | None) -> ReviewFilter:
        """From stored/session values (None: the defaults)."""
        return cls(float(min_confidence or 0.0),
                   frozenset(DEFAULT_ENABLED_CODES if enabled is None else enabled))

    def keeps(self, item: Reviewable) -> bool:
        """Listed, counted and exported under these preferences."""
        if getattr(item, "origin", "machine") == "human":
            return True
        if item.code not in self.enabled:
            return False
        # the calibrated confidence, when the researcher switched calibration on and the code
        # has enough decisions; otherwise the detector's own
        calibrated = getattr(item, "calibrated_confidence", None)
        conf = item.confidence if calibrated is None else calibrated
        return conf is None or conf >= self.min_confidence

    def listed(self, items: Iterable[T]) -> list[T]:
        return [it for it in items if self.keeps(it)]


def store_everything(settings: AnalysisSettings | None) -> AnalysisSettings:
    """``settings`` with every detector on and no confidence floor: the store keeps every
    detection; preferences only filter what is shown."""
    base = settings or AnalysisSettings()
    return AnalysisSettings(model=base.model, presegmented=base.presegmented,
                            min_confidence=0.0, strategies=AUTOMATIC_CODES)


@dataclass(frozen=True)
class ReviewProgress:
    decided: int          # machine items the researcher accepted, rejected, relabelled or deleted
    total: int            # machine items listed under the preferences


def review_progress(items: Sequence[Reviewable], view: ReviewFilter) -> ReviewProgress:
    """"x de N revisadas", counted over what the preferences list (never over hidden items)."""
    machine = [it for it in view.listed(items) if getattr(it, "origin", "machine") == "machine"]
    return ReviewProgress(sum(1 for it in machine if getattr(it, "status", "pending") != "pending"),
                          len(machine))
