"""Histórico use cases: list, rename, delete the workspace's analyses (typed outcomes).

Why a service: the page only collects input and renders; what "search" means (whole words,
accent- and case-insensitive) and how failures are reported live here, testable without
Streamlit.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from db.repository import Repository
from db.views import AnalysisSummary, CorpusView, Page
from services.page_outcome import Outcome, run
from services.preferences import ReviewFilter

__all__ = ["AnalysisSummary", "HistoryQuery", "delete", "list_corpora", "list_history", "rename"]


@dataclass(frozen=True)
class HistoryQuery:
    search: str = ""
    code: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    corpus_id: int | None = None
    page: int = 1
    page_size: int = 20


def list_history(repo: Repository, query: HistoryQuery,
                 view: ReviewFilter | None = None) -> Outcome[Page[AnalysisSummary]]:
    """One page of the history; a page past the end (the filter shrank the list) falls back to 1.

    With ``view`` (the researcher's preference filter), each row's "x de N revisadas" counts
    only the detections that filter lists, as the review pages and exports do: a strategy
    switched off (OM+ by default) is not counted here either. A chain of levels is one row and
    counts the detections and decisions of every step.
    """
    def fetch() -> Page[AnalysisSummary]:
        args = dict(search=query.search.strip() or None, code=query.code, date_from=query.date_from,
                    date_to=query.date_to, corpus_id=query.corpus_id, page_size=query.page_size)
        result = repo.list_analyses(page=query.page, **args)
        if not result.items and query.page > 1:
            result = repo.list_analyses(page=1, **args)
        return result if view is None else _counted(repo, result, view)
    return run(fetch)


def _counted(repo: Repository, page: Page[AnalysisSummary], view: ReviewFilter) -> Page[AnalysisSummary]:
    """Each row counted through the filter; a chain's row over the detections of all its steps."""
    steps = repo.chain_steps_of([s.id for s in page.items if s.is_chain])
    facts = repo.machine_annotations_of([i for s in page.items for i in steps.get(s.id, [s.id])])
    items = []
    for s in page.items:
        kept = view.listed([f for i in steps.get(s.id, [s.id]) for f in facts.get(i, [])])
        items.append(replace(s, n_detections=len(kept), n_decided=sum(f.status != "pending" for f in kept)))
    return replace(page, items=items)


def list_corpora(repo: Repository) -> Outcome[list[CorpusView]]:
    return run(repo.list_corpora)


def rename(repo: Repository, analysis_id: int, title: str) -> Outcome[AnalysisSummary]:
    return run(lambda: repo.rename_analysis(analysis_id, title))


def delete(repo: Repository, analysis_id: int) -> Outcome[None]:
    return run(lambda: repo.delete_analysis(analysis_id))
