"""Histórico use cases: list, rename, delete the workspace's analyses (typed outcomes).

Why a service: the page only collects input and renders; what "search" means (whole words,
accent- and case-insensitive) and how failures are reported live here, testable without
Streamlit.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.repository import Repository
from db.views import AnalysisSummary, CorpusView, Page
from services.page_outcome import Outcome, run

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


def list_history(repo: Repository, query: HistoryQuery) -> Outcome[Page[AnalysisSummary]]:
    """One page of the history; a page past the end (the filter shrank the list) falls back to 1."""
    def fetch() -> Page[AnalysisSummary]:
        args = dict(search=query.search.strip() or None, code=query.code, date_from=query.date_from,
                    date_to=query.date_to, corpus_id=query.corpus_id, page_size=query.page_size)
        result = repo.list_analyses(page=query.page, **args)
        if not result.items and query.page > 1:
            result = repo.list_analyses(page=1, **args)
        return result
    return run(fetch)


def list_corpora(repo: Repository) -> Outcome[list[CorpusView]]:
    return run(repo.list_corpora)


def rename(repo: Repository, analysis_id: int, title: str) -> Outcome[AnalysisSummary]:
    return run(lambda: repo.rename_analysis(analysis_id, title))


def delete(repo: Repository, analysis_id: int) -> Outcome[None]:
    return run(lambda: repo.delete_analysis(analysis_id))
