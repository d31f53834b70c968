"""Corpus page use cases with typed outcomes: list corpora, read the overview, export, delete.

Why: the page renders outcomes and never catches database errors itself; the export of every
annotation (one row per detection and decision) applies the researcher's strategy filter here,
the same rule as the other exports.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from analysis.corpus_files import CorpusReadResult, ManualPair, read_corpus, read_manual_pairs
from analysis.ingest.pairing import CorpusFile, role_of
from db import exports
from db.engine import make_engine
from db.repository import Repository
from db.views import AnnotationView, CorpusView
from services.corpus_run import analysis_flesch, create_run
from services.page_outcome import Outcome, run

__all__ = ["CorpusExports", "Outcome", "corpus_exports", "create_corpus", "delete_corpus", "enabled_filter",
           "export_file", "flesch_in", "list_corpora", "read_manual", "read_upload", "run", "suggested_pairs"]


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


def corpus_exports(repo: Repository, corpus_id: int, enabled: Iterable[str] | None = None,
                   lang: str = "pt-BR") -> Outcome[CorpusExports]:
    keep = enabled_filter(enabled)
    return run(lambda: CorpusExports(
        exports.corpus_csv(repo, corpus_id), exports.corpus_xlsx(repo, corpus_id),
        exports.corpus_annotations_csv(repo, corpus_id, keep, lang),
        exports.corpus_annotations_xlsx(repo, corpus_id, keep, lang)))


def delete_corpus(repo: Repository, corpus_id: int) -> Outcome[None]:
    return run(lambda: repo.delete_corpus(corpus_id))


def read_upload(filename: str, data: bytes, limits: object | None = None) -> Outcome[CorpusReadResult]:
    """Pairs, problems and the zip files automatic pairing left unmatched."""
    return run(lambda: read_corpus(filename, data, limits))


def suggested_pairs(unmatched: list[CorpusFile]) -> list[dict[str, str | None]]:
    """Starting rows for the pairing table: a file whose name says "source" is matched with one
    whose name says "target" only when the match is unambiguous - they carry the same name and no
    other file does, or they are the only source and the only target left. Never a guess among
    several (three sources and one target stay apart); every other file gets a row of its own."""
    by_name: dict[str, dict[str, list[CorpusFile]]] = {}
    for f in unmatched:
        if f.role in ("source", "target"):
            by_name.setdefault(role_of(f.member)[1].casefold(), {"source": [], "target": []})[f.role].append(f)
    rows: list[dict[str, str | None]] = []
    for sides in by_name.values():
        if len(sides["source"]) == 1 and len(sides["target"]) == 1:
            s, t = sides["source"][0], sides["target"][0]
            rows.append({"name": role_of(s.member)[1] or s.name, "source": s.member, "target": t.member})
    used = {r["source"] for r in rows} | {r["target"] for r in rows}
    left = {role: [f for f in unmatched if f.role == role and f.member not in used] for role in ("source", "target")}
    if len(left["source"]) == 1 and len(left["target"]) == 1:
        s, t = left["source"][0], left["target"][0]
        rows.append({"name": role_of(s.member)[1] or s.name, "source": s.member, "target": t.member})
        used |= {s.member, t.member}
    for f in unmatched:
        if f.member not in used:
            side = "target" if f.role == "target" else "source"
            rows.append({"name": role_of(f.member)[1] or f.name, "source": f.member if side == "source" else None,
                         "target": f.member if side == "target" else None})
    return rows


def read_manual(data: bytes, rows: Iterable[dict], limits: object | None = None) -> Outcome[CorpusReadResult]:
    """The pairs a researcher formed by hand in the table (complete rows only); a bad choice is a
    problem of that pair, the others are still read (``read_manual_pairs``)."""
    choices = [ManualPair(str(r.get("name") or ""), str(r["source"]), str(r["target"]))
               for r in rows if r.get("source") and r.get("target")]
    if not choices:
        return Outcome(value=CorpusReadResult())
    return run(lambda: read_manual_pairs(data, choices, limits))


def create_corpus(repo: Repository, name: str, pairs: list) -> Outcome[int]:  # noqa: ANN001
    return run(lambda: create_run(repo, name, pairs))


def flesch_in(db_url: str, workspace_id: int, analysis_id: int) -> tuple:
    """Readability of one saved analysis of a workspace (the page caches it: results never change)."""
    return analysis_flesch(Repository(make_engine(db_url), workspace_id), analysis_id)


def export_file(repo: Repository, corpus_id: int, kind: str, enabled: Iterable[str] | None = None,
                lang: str = "pt-BR") -> bytes:
    """One corpus export, built when the researcher clicks its button (``kind``: summary_csv,
    summary_xlsx, annotations_csv, annotations_xlsx). Raises the store's errors."""
    keep = enabled_filter(enabled)
    build = {"summary_csv": lambda: exports.corpus_csv(repo, corpus_id),
             "summary_xlsx": lambda: exports.corpus_xlsx(repo, corpus_id),
             "annotations_csv": lambda: exports.corpus_annotations_csv(repo, corpus_id, keep, lang),
             "annotations_xlsx": lambda: exports.corpus_annotations_xlsx(repo, corpus_id, keep, lang)}
    return build[kind]()
