"""Painel use case: the researchers' verdicts on the machine's detections (typed outcome)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from db.repository import Repository
from db.views import FeedbackStats
from services.page_outcome import Outcome, run
from services.preferences import ReviewFilter

__all__ = ["FeedbackStats", "feedback", "has_decisions"]


def feedback(repo: Repository, all_workspaces: bool, tz: str,
             enabled: Iterable[str] | None = None) -> Outcome[FeedbackStats]:
    """Verdict counts, misses (researchers' own annotations) and per-day counts in ``tz``,
    for the strategies switched on (the preference filter's codes: OM+ off counts nowhere).

    The per-day series stays over every code: it is stored aggregated by day, not by code.
    """
    codes = ReviewFilter.of(None, enabled).enabled

    def stats() -> FeedbackStats:
        s = repo.feedback_stats(all_workspaces=all_workspaces, tz=tz)
        return replace(s, per_strategy=[r for r in s.per_strategy if r.code in codes],
                       confusion=[c for c in s.confusion if c[0] in codes])

    return run(stats)


def has_decisions(stats: FeedbackStats) -> bool:
    """Something to chart: a verdict on a detection, or an annotation a researcher added."""
    return any(s.judged or s.missed for s in stats.per_strategy)
