"""Corpus page use cases with typed outcomes: list corpora, read the overview, export, delete.

Why: the page renders outcomes and never catches database errors itself; the export of every
annotation (one row per detection and decision) applies the researcher's strategy filter here,
the same rule as the other exports.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from db import exports
from db.repository import Repository
from db.views import AnnotationView, CorpusView
from services.page_outcome import Outcome, run


@dataclass(frozen=True)
class CorpusExports:
    summary_csv: bytes
    summary_xlsx: bytes
    annotations_csv: bytes
    annotations_xlsx: bytes


def list_corpora(repo: Repository) -> Outcome[list[CorpusView]]:
    return run(repo.list_corpora)


def enabled_filter(enabled: Iterable[str] | None) -> Callable[[AnnotationView], bool] | None:
    """Machine detections of strategies the researcher switched off are not exported; the
    researcher's own annotations always are."""
    if enabled is None:
        return None
    on = set(enabled)
    return lambda a: a.origin == "human" or a.code in on


def corpus_exports(repo: Repository, corpus_id: int, enabled: Iterable[str] | None = None) -> Outcome[CorpusExports]:
    keep = enabled_filter(enabled)
    return run(lambda: CorpusExports(
        exports.corpus_csv(repo, corpus_id), exports.corpus_xlsx(repo, corpus_id),
        exports.corpus_annotations_csv(repo, corpus_id, keep), exports.corpus_annotations_xlsx(repo, corpus_id, keep)))


def delete_corpus(repo: Repository, corpus_id: int) -> Outcome[None]:
    return run(lambda: repo.delete_corpus(corpus_id))
