"""Painel use case: the researchers' verdicts on the machine's detections (typed outcome)."""
from __future__ import annotations

from db.repository import Repository
from db.views import FeedbackStats
from services.page_outcome import Outcome, run

__all__ = ["FeedbackStats", "feedback", "has_decisions"]


def feedback(repo: Repository, all_workspaces: bool, tz: str) -> Outcome[FeedbackStats]:
    """Verdict counts, misses (researchers' own annotations) and per-day counts in ``tz``."""
    return run(lambda: repo.feedback_stats(all_workspaces=all_workspaces, tz=tz))


def has_decisions(stats: FeedbackStats) -> bool:
    """Something to chart: a verdict on a detection, or an annotation a researcher added."""
    return any(s.judged or s.missed for s in stats.per_strategy)
