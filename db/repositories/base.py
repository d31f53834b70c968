"""The workspace scope every repository shares: the engine, the workspace id, and the row
helpers (locking, texts, views) that keep every query filtered by the workspace.

Review actions lock the analysis row first (``SELECT ... FOR UPDATE`` on PostgreSQL, ``BEGIN
IMMEDIATE`` on SQLite), so concurrent decisions on one analysis are serialised and each writes
its AnnotationEvent in the same transaction as the change it records.
"""
from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from analysis.types import AnalysisResult, AnalysisSettings
from db import review as rules
from db.errors import NotFound, ReviewError
from db.models import AlignmentCorrection, Analysis, Annotation, AnnotationEvent, CorpusItem
from db.projects import refuse_delete_if_shared
from db.views import (
    AnalysisRecord,
    AnalysisSummary,
    AnnotationView,
)

DEFAULT_ACTOR = "researcher"
MAX_PAGE_SIZE = 200
PREVIEW_CHARS = 160
DECISIONS = ("accepted", "rejected", "relabelled")
#: actions that change an annotation and can therefore be undone
UNDOABLE = ("accept", "reject", "relabel", "edit_span", "comment", "create", "delete")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cache_key(source: str, target: str, settings: AnalysisSettings, engine_version: str) -> str:
    """sha256 over both texts, the settings (canonical JSON) and the engine version."""
    parts = [sha256(source), sha256(target),
             json.dumps(settings.to_dict(), sort_keys=True, ensure_ascii=False), engine_version]
    return sha256("\x1f".join(parts))


_ANNOTATION_COLUMNS = tuple(c for c in Annotation.__table__.columns if c.key != "workspace_id")


def _zone(name: str) -> tzinfo:
    """The IANA time zone ``name``; UTC when unknown (a browser may report anything)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class WorkspaceScope:
    """One workspace's view of the store. Cheap to create (holds only the engine and the id)."""

    def __init__(self, engine: Engine, workspace_id: int) -> None:
        self.engine = engine
        self.workspace_id = int(workspace_id)

    # ================================================================ helpers
    def _analysis_row(self, s: Session, analysis_id: int, lock: bool = False,
                      columns_only: bool = False) -> Any:
        cols = (Analysis.id,) if columns_only else (Analysis,)
        q = select(*cols).where(Analysis.id == analysis_id, Analysis.workspace_id == self.workspace_id)
        if lock:
            q = q.with_for_update()
        row = s.exec(q).first()
        if row is None:
            raise NotFound("Análise não encontrada neste espaço de trabalho.")
        return row

    def _texts(self, s: Session, analysis_id: int, lock: bool = False) -> tuple[str, str]:
        q = select(Analysis.source_text, Analysis.target_text).where(
            Analysis.id == analysis_id, Analysis.workspace_id == self.workspace_id)
        if lock:
            q = q.with_for_update()
        row = s.exec(q).first()
        if row is None:
            raise NotFound("Análise não encontrada neste espaço de trabalho.")
        return row.source_text, row.target_text

    def _annotation_row(self, s: Session, annotation_id: int) -> Annotation:
        ann = s.exec(select(Annotation).where(Annotation.id == annotation_id,
                                              Annotation.workspace_id == self.workspace_id)
                     .execution_options(populate_existing=True)).first()
        if ann is None:
            raise NotFound("Anotação não encontrada neste espaço de trabalho.")
        return ann

    def _event(self, s: Session, ann: Annotation, action: str, actor: str, before: dict | None, after: dict,
               now: datetime, from_status: str | None = None, from_code: str | None = None) -> AnnotationEvent:
        event = AnnotationEvent(workspace_id=self.workspace_id, analysis_id=ann.analysis_id, annotation_id=ann.id,
                                action=action, from_status=from_status, to_status=ann.status,
                                from_code=from_code, to_code=ann.code,
                                detail_json=json.dumps({"before": before, "after": after}, ensure_ascii=False),
                                actor=(actor or DEFAULT_ACTOR)[:200], created_at=now)
        s.add(event)
        return event

    def _bump(self, s: Session, analysis_id: int, origin: str, before: str, after: str) -> None:
        """Keep the analysis' progress counters in step (the row is already locked)."""
        if origin == "machine":
            col, delta = Analysis.n_decided, int(after != "pending") - int(before != "pending")
        else:
            col, delta = Analysis.n_human, int(after != "deleted") - int(before != "deleted")
        if delta:
            s.exec(update(Analysis).where(Analysis.id == analysis_id, Analysis.workspace_id == self.workspace_id)
                   .values({col.key: col + delta}))

    @staticmethod
    def _require_machine(ann: Annotation, verb: str) -> None:
        if ann.origin != "machine":
            raise ReviewError(f"Só é possível {verb} detecções automáticas; para uma anotação sua, "
                              "altere o código ou exclua-a.", "not_machine")

    def _view(self, a: Any, src: str, tgt: str) -> AnnotationView:  # ORM row or Core row
        ss, ts = rules.load_spans(a.source_spans), rules.load_spans(a.target_spans)
        return AnnotationView(id=a.id, analysis_id=a.analysis_id, code=a.code, original_code=a.original_code,
                              origin=a.origin, status=a.status, confidence=a.confidence, source_spans=ss,
                              target_spans=ts, source_text=rules.excerpt(src, ss), target_text=rules.excerpt(tgt, ts),
                              explanation=a.explanation, comment=a.comment, detection_index=a.detection_index,
                              created_at=rules.aware(a.created_at), updated_at=rules.aware(a.updated_at),
                              decided_at=rules.aware(a.decided_at), needs_look=bool(a.needs_look))

    def _record(self, row: Analysis, result: AnalysisResult | None = None) -> AnalysisRecord:
        result = result or AnalysisResult.from_json(row.result_json)
        return AnalysisRecord(
            id=row.id, workspace_id=row.workspace_id, title=row.title, source_text=row.source_text,
            target_text=row.target_text, source_hash=row.source_hash, target_hash=row.target_hash,
            cache_key=row.cache_key, engine_version=row.engine_version, model_name=row.model_name,
            settings=AnalysisSettings.from_dict(json.loads(row.settings_json)), result=result,
            timings=json.loads(row.timings_json), corpus_id=row.corpus_id, pair_name=row.pair_name,
            pair_index=row.pair_index, created_at=rules.aware(row.created_at),
            updated_at=rules.aware(row.updated_at),
            levels=json.loads(row.levels_json) if row.levels_json else None,
            chain_head_id=row.chain_head_id, level_index=row.level_index)

    def _summary(self, analysis_id: int) -> AnalysisSummary:
        conds = [Analysis.workspace_id == self.workspace_id, Analysis.id == analysis_id]
        for item in self._list(conds, 1, 1).items:
            return item
        raise NotFound("Análise não encontrada neste espaço de trabalho.")

    def _delete_analyses(self, s: Session, ids: list[int]) -> None:
        if not ids:
            return
        refuse_delete_if_shared(s, ids)
        ws = self.workspace_id
        s.exec(update(CorpusItem).where(CorpusItem.workspace_id == ws, CorpusItem.analysis_id.in_(ids))
               .values(analysis_id=None, status="pending"))
        s.exec(delete(AlignmentCorrection).where(AlignmentCorrection.workspace_id == ws,
                                                 AlignmentCorrection.analysis_id.in_(ids)))
        s.exec(delete(AnnotationEvent).where(AnnotationEvent.workspace_id == ws,
                                             AnnotationEvent.analysis_id.in_(ids)))
        s.exec(delete(Annotation).where(Annotation.workspace_id == ws, Annotation.analysis_id.in_(ids)))
        s.exec(delete(Analysis).where(Analysis.workspace_id == ws, Analysis.id.in_(ids)))
