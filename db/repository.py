"""Workspace-scoped repository: the only code that reads and writes NET-EST's rows.

Every method opens its own transaction (``session_scope``), filters by ``workspace_id`` and
returns plain dataclasses from ``db.views``. Review actions lock the analysis row first
(``SELECT ... FOR UPDATE`` on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), so concurrent
decisions on one analysis are serialised and each writes its AnnotationEvent in the same
transaction as the change it records.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, exists, func, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from analysis.types import AnalysisResult, AnalysisSettings
from db import review as rules
from db.engine import session_scope
from db.errors import NotFound, ReviewError
from db.models import Analysis, Annotation, AnnotationEvent, Corpus, CorpusItem, Preference, utcnow
from db.views import (
    LANGUAGES,
    ORIGINS,
    PALETTES,
    STATUSES,
    THEMES,
    AnalysisRecord,
    AnalysisSummary,
    AnnotationView,
    CorpusItemView,
    CorpusView,
    DayFeedback,
    EventView,
    FeedbackStats,
    Page,
    Preferences,
    Span,
    StrategyFeedback,
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


class Repository:
    """All operations of one workspace. Cheap to create (holds only the engine and the id)."""

    def __init__(self, engine: Engine, workspace_id: int) -> None:
        self.engine = engine
        self.workspace_id = int(workspace_id)

    # ================================================================ analyses
    def find_cached(self, source: str, target: str, settings: AnalysisSettings,
                    engine_version: str) -> AnalysisRecord | None:
        """The most recent analysis of exactly these texts/settings/engine in this workspace."""
        key = cache_key(source, target, settings, engine_version)
        with session_scope(self.engine, write=False) as s:
            row = s.exec(select(Analysis).where(Analysis.workspace_id == self.workspace_id,
                                                Analysis.cache_key == key)
                         .order_by(Analysis.id.desc()).limit(1)).first()
            return self._record(row) if row else None

    def save_analysis(self, source: str, target: str, result: AnalysisResult, title: str | None = None,
                      corpus_id: int | None = None, pair_name: str | None = None,
                      pair_index: int | None = None) -> AnalysisRecord:
        """Store ``result`` and one pending machine Annotation per detection.

        ``source``/``target`` are the texts as submitted (the cache key); spans index into
        ``result.source.text``/``result.target.text``, which are what is stored and shown.
        Raises ReviewError for detections the machine may not produce (PRO+, unknown code,
        span outside the text) — before anything is written.
        """
        src_text, tgt_text = result.source.text, result.target.text
        annotations = []
        for i, det in enumerate(result.strategies):
            rules.check_machine_code(det.code)
            ss = rules.check_spans(det.source_spans, len(src_text), "source")
            ts = rules.check_spans(det.target_spans, len(tgt_text), "target")
            annotations.append(dict(code=det.code, original_code=det.code, origin="machine", status="pending",
                                    confidence=float(det.confidence), source_spans=rules.dump_spans(ss),
                                    target_spans=rules.dump_spans(ts), explanation=det.explanation or "",
                                    detection_index=i))
        title = rules.check_title(title) if title else rules.default_title(src_text)
        now = utcnow()
        with session_scope(self.engine) as s:
            if corpus_id is not None:
                self._corpus_row(s, corpus_id)
            row = Analysis(
                workspace_id=self.workspace_id, title=title, source_text=src_text, target_text=tgt_text,
                search_text=rules.search_blob(title, src_text, tgt_text),
                source_hash=sha256(source), target_hash=sha256(target),
                cache_key=cache_key(source, target, result.settings, result.engine_version),
                engine_version=result.engine_version, model_name=result.model.name,
                settings_json=json.dumps(result.settings.to_dict(), ensure_ascii=False),
                result_json=result.to_json(), timings_json=json.dumps(result.timings),
                corpus_id=corpus_id, pair_name=pair_name, pair_index=pair_index,
                created_at=now, updated_at=now, n_detections=len(annotations))
            s.add(row)
            s.flush()
            if annotations:
                s.add_all([Annotation(workspace_id=self.workspace_id, analysis_id=row.id,
                                      created_at=now, updated_at=now, **a) for a in annotations])
            s.flush()
            if corpus_id is not None and pair_index is not None:
                self._link_pending_item(s, corpus_id, pair_index, row.id)
            return self._record(row, result)

    def _link_pending_item(self, s: Session, corpus_id: int, position: int, analysis_id: int) -> None:
        """Mark the corpus pair done in the same transaction that stores its analysis.

        Why: with a separate ``mark_item_done`` a process killed between the two commits left
        an analysis whose pair was still pending, and resuming analysed that pair twice.
        ``mark_item_done`` afterwards stays valid (it sets the same values).
        """
        item = s.exec(select(CorpusItem).where(
            CorpusItem.workspace_id == self.workspace_id, CorpusItem.corpus_id == corpus_id,
            CorpusItem.position == position, CorpusItem.status == "pending")).first()
        if item is not None:
            item.status, item.analysis_id, item.error_message = "done", analysis_id, None
            self._finish_item(s, item)

    def get_analysis(self, analysis_id: int) -> AnalysisRecord:
        """Raises NotFound when the id is not an analysis of this workspace."""
        with session_scope(self.engine, write=False) as s:
            return self._record(self._analysis_row(s, analysis_id))

    def list_analyses(self, search: str | None = None, code: str | None = None,
                      date_from: date | None = None, date_to: date | None = None,
                      corpus_id: int | None = None, page: int = 1,
                      page_size: int = 20) -> Page[AnalysisSummary]:
        """History, newest first. ``search`` matches title and both texts (case-insensitive);
        ``code`` keeps analyses with a non-deleted annotation of that strategy; dates are
        inclusive calendar days (UTC)."""
        page = max(1, int(page))
        page_size = min(MAX_PAGE_SIZE, max(1, int(page_size)))
        conds = [Analysis.workspace_id == self.workspace_id]
        if search and search.strip():
            conds.append(Analysis.id.in_(self._word_matches(search)))
        if code:
            rules.check_code(code)
            conds.append(exists().where(Annotation.analysis_id == Analysis.id,
                                        Annotation.workspace_id == self.workspace_id,
                                        Annotation.code == code, Annotation.status != "deleted"))
        if date_from:
            conds.append(Analysis.created_at >= datetime.combine(date_from, time.min, UTC))
        if date_to:
            conds.append(Analysis.created_at < datetime.combine(date_to + timedelta(days=1), time.min, UTC))
        if corpus_id is not None:
            conds.append(Analysis.corpus_id == corpus_id)
        return self._list(conds, page, page_size)

    def _word_matches(self, search: str) -> list[int]:
        """Ids of this workspace's analyses whose title or texts contain ``search`` as whole words,
        ignoring case and accents ("Lei" finds "lei", not "brasileira"; "saude" finds "saúde").
        SQL narrows by substring; the word boundaries are checked here (the same in both dialects)."""
        term = rules.fold(" ".join(search.split()))
        pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)")
        with session_scope(self.engine, write=False) as s:
            rows = s.exec(select(Analysis.id, Analysis.search_text).where(
                Analysis.workspace_id == self.workspace_id,
                Analysis.search_text.like(_like(term), escape="\\"))).all()
        return [int(i) for i, blob in rows if pattern.search(blob or "")]

    def _list(self, conds: list[Any], page: int, page_size: int) -> Page[AnalysisSummary]:
        cols = (Analysis.id, Analysis.title, Analysis.created_at, Analysis.updated_at, Analysis.engine_version,
                Analysis.model_name, Analysis.corpus_id, Analysis.pair_name,
                func.substr(Analysis.source_text, 1, PREVIEW_CHARS),
                func.substr(Analysis.target_text, 1, PREVIEW_CHARS),
                Analysis.n_detections, Analysis.n_decided, Analysis.n_human)
        with session_scope(self.engine, write=False) as s:
            total = s.exec(select(func.count()).select_from(Analysis).where(*conds)).one()
            rows = s.exec(select(*cols).where(*conds).order_by(Analysis.created_at.desc(), Analysis.id.desc())
                          .offset((page - 1) * page_size).limit(page_size)).all()
        items = [AnalysisSummary(id=r[0], title=r[1], created_at=rules.aware(r[2]), updated_at=rules.aware(r[3]),
                                 engine_version=r[4], model_name=r[5], corpus_id=r[6], pair_name=r[7],
                                 source_preview=r[8], target_preview=r[9], n_detections=r[10], n_decided=r[11],
                                 n_human=r[12])
                 for r in rows]
        return Page(items=items, total=int(total), page=page, page_size=page_size)

    def rename_analysis(self, analysis_id: int, title: str) -> AnalysisSummary:
        title = rules.check_title(title)
        with session_scope(self.engine) as s:
            row = self._analysis_row(s, analysis_id, lock=True)
            row.title = title
            row.search_text = rules.search_blob(title, row.source_text, row.target_text)
            row.updated_at = utcnow()
            s.add(row)
        return self._summary(analysis_id)

    def delete_analysis(self, analysis_id: int) -> None:
        """Hard delete: the analysis, its annotations and its events. A corpus pair that pointed
        at it goes back to pending, so resuming the corpus analyses it again."""
        with session_scope(self.engine) as s:
            self._analysis_row(s, analysis_id, lock=True)
            self._delete_analyses(s, [analysis_id])

    # ================================================================== review
    def list_annotations(self, analysis_id: int, include_deleted: bool = False) -> list[AnnotationView]:
        """Ordered by first span position (source side, then target side)."""
        with session_scope(self.engine, write=False) as s:
            src, tgt = self._texts(s, analysis_id)
            q = select(*_ANNOTATION_COLUMNS).where(Annotation.workspace_id == self.workspace_id,
                                                   Annotation.analysis_id == analysis_id)
            if not include_deleted:
                q = q.where(Annotation.status != "deleted")
            views = [self._view(a, src, tgt) for a in s.exec(q).all()]
        views.sort(key=lambda v: (v.source_spans[0] if v.source_spans else (10**12, 0),
                                  v.target_spans[0] if v.target_spans else (10**12, 0), v.id))
        return views

    def get_annotation(self, annotation_id: int) -> AnnotationView:
        with session_scope(self.engine, write=False) as s:
            ann = self._annotation_row(s, annotation_id)
            src, tgt = self._texts(s, ann.analysis_id)
            return self._view(ann, src, tgt)

    def accept(self, annotation_id: int, actor: str = DEFAULT_ACTOR,
               expected_version: str | None = None) -> AnnotationView:
        """The machine was right: status accepted, code back to the machine's code."""
        def mutate(ann: Annotation, _texts: tuple[str, str]) -> None:
            self._require_machine(ann, "aceitar")
            ann.status, ann.code, ann.decided_at = "accepted", ann.original_code, utcnow()
        return self._act(annotation_id, "accept", actor, mutate, expected_version)

    def reject(self, annotation_id: int, actor: str = DEFAULT_ACTOR,
               expected_version: str | None = None) -> AnnotationView:
        """The machine was wrong: status rejected."""
        def mutate(ann: Annotation, _texts: tuple[str, str]) -> None:
            self._require_machine(ann, "rejeitar")
            ann.status, ann.code, ann.decided_at = "rejected", ann.original_code, utcnow()
        return self._act(annotation_id, "reject", actor, mutate, expected_version)

    def relabel(self, annotation_id: int, code: str, actor: str = DEFAULT_ACTOR,
                expected_version: str | None = None) -> AnnotationView:
        """Right place, wrong strategy: status relabelled (accepted if back to the machine's code).
        A researcher's own annotation keeps status created and just changes code."""
        rules.check_code(code)

        def mutate(ann: Annotation, _texts: tuple[str, str]) -> None:
            ann.code = code
            if ann.origin == "machine":
                ann.status = "accepted" if code == ann.original_code else "relabelled"
                ann.decided_at = utcnow()
        return self._act(annotation_id, "relabel", actor, mutate, expected_version)

    def edit_span(self, annotation_id: int, source_spans: Sequence[Span], target_spans: Sequence[Span],
                  actor: str = DEFAULT_ACTOR, expected_version: str | None = None) -> AnnotationView:
        """Replace both span lists (validated: 0 <= start < end <= len(text), at least one span)."""
        def mutate(ann: Annotation, texts: tuple[str, str]) -> None:
            ss = rules.check_spans(source_spans, len(texts[0]), "source")
            ts = rules.check_spans(target_spans, len(texts[1]), "target")
            rules.require_some_span(ss, ts)
            ann.source_spans, ann.target_spans = rules.dump_spans(ss), rules.dump_spans(ts)
        return self._act(annotation_id, "edit_span", actor, mutate, expected_version)

    def comment(self, annotation_id: int, text: str, actor: str = DEFAULT_ACTOR,
                expected_version: str | None = None) -> AnnotationView:
        text = rules.check_comment(text)

        def mutate(ann: Annotation, _texts: tuple[str, str]) -> None:
            ann.comment = text
        return self._act(annotation_id, "comment", actor, mutate, expected_version)

    def create_annotation(self, analysis_id: int, code: str, source_spans: Sequence[Span],
                          target_spans: Sequence[Span], comment: str = "",
                          actor: str = DEFAULT_ACTOR) -> AnnotationView:
        """A researcher's own annotation (any code, incl. PRO+ and OM+); status created."""
        rules.check_code(code)
        comment = rules.check_comment(comment)
        with session_scope(self.engine) as s:
            src, tgt = self._texts(s, analysis_id, lock=True)
            ss = rules.check_spans(source_spans, len(src), "source")
            ts = rules.check_spans(target_spans, len(tgt), "target")
            rules.require_some_span(ss, ts)
            src_raw, tgt_raw = rules.dump_spans(ss), rules.dump_spans(ts)
            twin = s.exec(select(Annotation.id).where(
                Annotation.workspace_id == self.workspace_id, Annotation.analysis_id == analysis_id,
                Annotation.code == code, Annotation.status != "deleted",
                Annotation.source_spans == src_raw, Annotation.target_spans == tgt_raw)).first()
            if twin is not None:   # a double submit, or the same annotation made twice
                raise ReviewError("Essa anotação já existe (mesma estratégia e mesmos trechos).",
                                  "duplicate")
            now = utcnow()
            ann = Annotation(workspace_id=self.workspace_id, analysis_id=analysis_id, code=code,
                             original_code=code, origin="human", status="created", confidence=None,
                             source_spans=rules.dump_spans(ss), target_spans=rules.dump_spans(ts),
                             comment=comment, created_at=now, updated_at=now)
            s.add(ann)
            s.flush()
            self._bump(s, analysis_id, "human", "deleted", "created")
            event = self._event(s, ann, "create", actor, None, rules.snapshot(ann), now)
            s.flush()
            return dataclasses.replace(self._view(ann, src, tgt), event_id=event.id)

    def delete_annotation(self, annotation_id: int, actor: str = DEFAULT_ACTOR,
               expected_version: str | None = None) -> AnnotationView:
        """Soft delete (status deleted); undo restores it."""
        def mutate(ann: Annotation, _texts: tuple[str, str]) -> None:
            ann.status = "deleted"
        return self._act(annotation_id, "delete", actor, mutate, expected_version)

    def undo(self, analysis_id: int, actor: str = DEFAULT_ACTOR,
             event_id: int | None = None) -> AnnotationView | None:
        """Revert the latest not-yet-undone action on the analysis (or, with ``event_id``, that
        action: the last one this tab made); None when nothing to undo. An action whose
        annotation was changed afterwards (another tab) is refused as stale, never half-undone.
        Writes an 'undo' event pointing at the event it reverts (the log stays append-only)."""
        with session_scope(self.engine) as s:
            src, tgt = self._texts(s, analysis_id, lock=True)
            base = (AnnotationEvent.workspace_id == self.workspace_id, AnnotationEvent.analysis_id == analysis_id)
            undone = select(AnnotationEvent.undoes_event_id).where(
                *base, AnnotationEvent.undoes_event_id.is_not(None))
            q = select(AnnotationEvent).where(*base, AnnotationEvent.action.in_(UNDOABLE),
                                              AnnotationEvent.id.not_in(undone))
            if event_id is not None:
                q = q.where(AnnotationEvent.id == event_id)
            ev = s.exec(q.order_by(AnnotationEvent.id.desc()).limit(1)).first()
            if ev is None:
                return None
            if event_id is not None:
                later = s.exec(select(AnnotationEvent.id).where(
                    *base, AnnotationEvent.annotation_id == ev.annotation_id, AnnotationEvent.id > ev.id)).first()
                if later is not None:
                    raise rules.stale_error()
            ann = self._annotation_row(s, ev.annotation_id)
            before = json.loads(ev.detail_json).get("before")
            prev = rules.snapshot(ann)
            from_status, from_code = ann.status, ann.code
            if before is None:            # undoing a creation
                ann.status = "deleted"
            else:
                ann.status, ann.code, ann.comment = before["status"], before["code"], before["comment"]
                ann.source_spans = rules.dump_spans(before["source_spans"])
                ann.target_spans = rules.dump_spans(before["target_spans"])
                ann.decided_at = datetime.fromisoformat(before["decided_at"]) if before["decided_at"] else None
            now = utcnow()
            ann.updated_at = now
            s.add(ann)
            self._bump(s, analysis_id, ann.origin, from_status, ann.status)
            s.add(AnnotationEvent(workspace_id=self.workspace_id, analysis_id=analysis_id, annotation_id=ann.id,
                                  action="undo", from_status=from_status, to_status=ann.status,
                                  from_code=from_code, to_code=ann.code, undoes_event_id=ev.id,
                                  detail_json=json.dumps({"before": prev, "after": rules.snapshot(ann)}),
                                  actor=actor[:200], created_at=now))
            s.flush()
            return self._view(ann, src, tgt)

    def events(self, analysis_id: int) -> list[EventView]:
        """The audit trail of the analysis, oldest first."""
        with session_scope(self.engine, write=False) as s:
            self._analysis_row(s, analysis_id, columns_only=True)
            rows = s.exec(select(AnnotationEvent).where(AnnotationEvent.workspace_id == self.workspace_id,
                                                        AnnotationEvent.analysis_id == analysis_id)
                          .order_by(AnnotationEvent.id)).all()
            return [EventView(id=e.id, annotation_id=e.annotation_id, action=e.action,
                              from_status=e.from_status, to_status=e.to_status, from_code=e.from_code,
                              to_code=e.to_code, actor=e.actor, created_at=rules.aware(e.created_at),
                              detail=json.loads(e.detail_json), undoes_event_id=e.undoes_event_id)
                    for e in rows]

    def code_counts(self, analysis_ids: Sequence[int]) -> dict[int, dict[str, int]]:
        """Non-deleted annotations per current code, per analysis (one query; corpus exports)."""
        if not analysis_ids:
            return {}
        out: dict[int, dict[str, int]] = {}
        with session_scope(self.engine, write=False) as s:
            rows = s.exec(select(Annotation.analysis_id, Annotation.code, func.count())
                          .where(Annotation.workspace_id == self.workspace_id,
                                 Annotation.analysis_id.in_(list(analysis_ids)), Annotation.status != "deleted",
                                 Annotation.status != "rejected")
                          .group_by(Annotation.analysis_id, Annotation.code)).all()
        for aid, code, n in rows:
            out.setdefault(aid, {})[code] = int(n)
        return out

    # ================================================================ feedback
    def feedback_stats(self, all_workspaces: bool = False, tz: str = "UTC") -> FeedbackStats:
        """Per-strategy verdicts on machine detections (current state, so undone decisions do
        not count), the annotations researchers added (the machine's misses, for recall), the
        relabel confusion (machine code → researcher code) and per-day counts, the day taken in
        the researcher's time zone ``tz``.

        ``all_workspaces=True`` aggregates counts across every workspace (no texts, no ids)."""
        conds = [Annotation.origin == "machine"]
        human = [Annotation.origin == "human", Annotation.status == "created"]
        if not all_workspaces:
            conds.append(Annotation.workspace_id == self.workspace_id)
            human.append(Annotation.workspace_id == self.workspace_id)
        with session_scope(self.engine, write=False) as s:
            rows = s.exec(select(Annotation.original_code, Annotation.status, Annotation.code, func.count())
                          .where(*conds)
                          .group_by(Annotation.original_code, Annotation.status, Annotation.code)).all()
            missed_rows = s.exec(select(Annotation.code, func.count()).where(*human)
                                 .group_by(Annotation.code)).all()
            decided = s.exec(select(Annotation.decided_at, Annotation.status)
                             .where(*conds, Annotation.decided_at.is_not(None),
                                    Annotation.status.in_(DECISIONS))).all()
            scope = select(func.count(func.distinct(Analysis.workspace_id)), func.count(Analysis.id))
            if not all_workspaces:
                scope = scope.where(Analysis.workspace_id == self.workspace_id)
            n_ws, n_an = s.exec(scope).one()
        per: dict[str, StrategyFeedback] = {}
        confusion: dict[tuple[str, str], int] = {}
        for original, status, code, n in rows:
            fb = per.setdefault(original, StrategyFeedback(code=original))
            fb.total += n
            if status in ("pending", "accepted", "rejected", "relabelled", "deleted"):
                setattr(fb, status, getattr(fb, status) + n)
            if status == "relabelled":
                confusion[(original, code)] = confusion.get((original, code), 0) + n
        for code, n in missed_rows:
            per.setdefault(code, StrategyFeedback(code=code)).missed += n
        zone = _zone(tz)
        days: dict[date, DayFeedback] = {}
        for moment, status in decided:
            d = rules.aware(moment).astimezone(zone).date()
            fb = days.setdefault(d, DayFeedback(day=d))
            setattr(fb, status, getattr(fb, status) + 1)
        return FeedbackStats(
            scope="all" if all_workspaces else "workspace",
            per_strategy=sorted(per.values(), key=lambda f: f.code),
            confusion=sorted(((a, b, n) for (a, b), n in confusion.items()), key=lambda t: (-t[2], t[0], t[1])),
            by_day=[days[d] for d in sorted(days)],
            n_workspaces=int(n_ws or 0), n_analyses=int(n_an or 0))

    # ============================================================= preferences
    def get_preferences(self) -> Preferences:
        with session_scope(self.engine, write=False) as s:
            row = s.exec(select(Preference).where(Preference.workspace_id == self.workspace_id)).first()
            if row is None:
                return Preferences()
            return Preferences(language=row.language, theme=row.theme, min_confidence=row.min_confidence,
                               enabled_strategies=list(json.loads(row.enabled_strategies)), palette=row.palette)

    def save_preferences(self, prefs: Preferences) -> Preferences:
        """Validates every field (ReviewError with a Portuguese message on a bad value)."""
        if prefs.language not in LANGUAGES:
            raise ReviewError(f"Idioma inválido: {prefs.language!r} (use pt-BR ou en).", "invalid_preference")
        if prefs.theme not in THEMES:
            raise ReviewError(f"Tema inválido: {prefs.theme!r} (use light, dark ou auto).", "invalid_preference")
        if prefs.palette not in PALETTES:
            raise ReviewError(f"Paleta inválida: {prefs.palette!r}.", "invalid_preference")
        try:
            conf = float(prefs.min_confidence)
        except (TypeError, ValueError):
            conf = -1.0
        if not 0.0 <= conf <= 1.0:
            raise ReviewError("A confiança mínima deve estar entre 0 e 1.", "invalid_preference")
        strategies = [rules.check_code(c) for c in dict.fromkeys(prefs.enabled_strategies)]
        with session_scope(self.engine) as s:
            row = s.exec(select(Preference).where(Preference.workspace_id == self.workspace_id)
                         .with_for_update()).first() or Preference(workspace_id=self.workspace_id)
            row.language, row.theme, row.palette, row.min_confidence = prefs.language, prefs.theme, prefs.palette, conf
            row.enabled_strategies = json.dumps(strategies)
            row.updated_at = utcnow()
            s.add(row)
        return Preferences(language=prefs.language, theme=prefs.theme, min_confidence=conf,
                           enabled_strategies=strategies, palette=prefs.palette)

    # ================================================================== corpus
    def create_corpus(self, name: str, items: Sequence[tuple[str, str, str]]) -> CorpusView:
        """``items`` are (pair name, source, target); all start pending."""
        name = " ".join((name or "").split())[:300]
        if not name:
            raise ReviewError("Dê um nome ao corpus.", "empty_corpus_name")
        if not items:
            raise ReviewError("O corpus não tem nenhum par de textos.", "empty_corpus")
        from ops.settings import get_settings

        limit = get_settings().max_corpus_pairs
        if len(items) > limit:
            raise ReviewError(f"O corpus tem {len(items)} pares; o máximo é {limit}.", "corpus_too_large")
        now = utcnow()
        with session_scope(self.engine) as s:
            corpus = Corpus(workspace_id=self.workspace_id, name=name, status="pending",
                            total_pairs=len(items), created_at=now, updated_at=now)
            s.add(corpus)
            s.flush()
            s.add_all([CorpusItem(workspace_id=self.workspace_id, corpus_id=corpus.id, position=i,
                                  name=str(pname)[:300] or f"par {i + 1}", source=src, target=tgt,
                                  status="pending", updated_at=now)
                       for i, (pname, src, tgt) in enumerate(items)])
            s.flush()
            return self._corpus_view(s, corpus)

    def get_corpus(self, corpus_id: int) -> CorpusView:
        with session_scope(self.engine, write=False) as s:
            return self._corpus_view(s, self._corpus_row(s, corpus_id))

    def list_corpora(self) -> list[CorpusView]:
        with session_scope(self.engine, write=False) as s:
            rows = s.exec(select(Corpus).where(Corpus.workspace_id == self.workspace_id)
                          .order_by(Corpus.created_at.desc(), Corpus.id.desc())).all()
            return [self._corpus_view(s, c) for c in rows]

    def corpus_items(self, corpus_id: int) -> list[CorpusItemView]:
        return self._items(corpus_id, pending_only=False)

    def pending_items(self, corpus_id: int) -> list[CorpusItemView]:
        """What a killed run still has to do (pending, in order)."""
        return self._items(corpus_id, pending_only=True)

    def mark_item_done(self, item_id: int, analysis_id: int) -> CorpusItemView:
        with session_scope(self.engine) as s:
            self._analysis_row(s, analysis_id, columns_only=True)
            item = self._item_row(s, item_id)
            item.status, item.analysis_id, item.error_message = "done", analysis_id, None
            return self._finish_item(s, item)

    def mark_item_error(self, item_id: int, message: str) -> CorpusItemView:
        with session_scope(self.engine) as s:
            item = self._item_row(s, item_id)
            item.status, item.error_message = "error", (message or "erro desconhecido")[:2000]
            return self._finish_item(s, item)

    def delete_corpus(self, corpus_id: int) -> None:
        """Deletes the corpus, its items and the analyses of its pairs."""
        with session_scope(self.engine) as s:
            self._corpus_row(s, corpus_id)
            ids = s.exec(select(Analysis.id).where(Analysis.workspace_id == self.workspace_id,
                                                   Analysis.corpus_id == corpus_id)).all()
            s.exec(delete(CorpusItem).where(CorpusItem.workspace_id == self.workspace_id,
                                            CorpusItem.corpus_id == corpus_id))
            self._delete_analyses(s, list(ids))
            s.exec(delete(Corpus).where(Corpus.workspace_id == self.workspace_id, Corpus.id == corpus_id))

    # ========================================================= bundle import
    def import_analysis(self, bundle: dict[str, Any]) -> AnalysisRecord:
        """Recreate an exported analysis (see db.exports) with new ids in this workspace.
        ``bundle`` must already be structurally validated; codes and spans are checked here."""
        result = AnalysisResult.from_dict(bundle["result"])
        src, tgt = result.source.text, result.target.text
        anns = []
        for a in bundle["annotations"]:
            rules.check_code(a["code"])
            rules.check_code(a["original_code"])
            if a["origin"] not in ORIGINS or a["status"] not in STATUSES:
                raise ReviewError("Pacote inválido: origem ou situação de anotação desconhecida.", "invalid_bundle")
            if a["origin"] == "machine" and a["original_code"] == "PRO+":
                rules.check_machine_code("PRO+")
            anns.append((a, rules.check_spans(a["source_spans"], len(src), "source"),
                         rules.check_spans(a["target_spans"], len(tgt), "target")))
        ts = datetime.fromisoformat
        with session_scope(self.engine) as s:
            title = rules.check_title(bundle["title"])
            row = Analysis(workspace_id=self.workspace_id, title=title,
                           source_text=src, target_text=tgt, search_text=rules.search_blob(title, src, tgt),
                           source_hash=bundle["source_hash"],
                           target_hash=bundle["target_hash"], cache_key=bundle["cache_key"],
                           engine_version=result.engine_version, model_name=result.model.name,
                           settings_json=json.dumps(result.settings.to_dict(), ensure_ascii=False),
                           result_json=result.to_json(), timings_json=json.dumps(result.timings),
                           pair_name=bundle.get("pair_name"), pair_index=bundle.get("pair_index"),
                           created_at=ts(bundle["created_at"]), updated_at=ts(bundle["updated_at"]))
            s.add(row)
            s.flush()
            ann_ids: dict[int, int] = {}
            for a, ss, tt in anns:
                ann = Annotation(workspace_id=self.workspace_id, analysis_id=row.id, code=a["code"],
                                 original_code=a["original_code"], origin=a["origin"], status=a["status"],
                                 confidence=a.get("confidence"), source_spans=rules.dump_spans(ss),
                                 target_spans=rules.dump_spans(tt), explanation=a.get("explanation", ""),
                                 comment=a.get("comment", ""), detection_index=a.get("detection_index"),
                                 created_at=ts(a["created_at"]), updated_at=ts(a["updated_at"]),
                                 decided_at=ts(a["decided_at"]) if a.get("decided_at") else None)
                s.add(ann)
                s.flush()
                ann_ids[int(a["id"])] = ann.id
            row.n_detections = sum(a["origin"] == "machine" for a, _, _ in anns)
            row.n_decided = sum(a["origin"] == "machine" and a["status"] != "pending" for a, _, _ in anns)
            row.n_human = sum(a["origin"] == "human" and a["status"] != "deleted" for a, _, _ in anns)
            s.add(row)
            ev_ids: dict[int, int] = {}
            for e in bundle["events"]:
                if int(e["annotation_id"]) not in ann_ids:
                    raise ReviewError("Pacote inválido: evento de uma anotação inexistente.", "invalid_bundle")
                undoes = e.get("undoes_event_id")
                ev = AnnotationEvent(workspace_id=self.workspace_id, analysis_id=row.id,
                                     annotation_id=ann_ids[int(e["annotation_id"])], action=e["action"][:20],
                                     from_status=e.get("from_status"), to_status=e.get("to_status"),
                                     from_code=e.get("from_code"), to_code=e.get("to_code"),
                                     detail_json=json.dumps(e.get("detail", {})),
                                     undoes_event_id=ev_ids.get(int(undoes)) if undoes is not None else None,
                                     actor=str(e.get("actor", DEFAULT_ACTOR))[:200], created_at=ts(e["created_at"]))
                s.add(ev)
                s.flush()
                ev_ids[int(e["id"])] = ev.id
            return self._record(row, result)

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
        return row[0], row[1]

    def _annotation_row(self, s: Session, annotation_id: int) -> Annotation:
        ann = s.exec(select(Annotation).where(Annotation.id == annotation_id,
                                              Annotation.workspace_id == self.workspace_id)
                     .execution_options(populate_existing=True)).first()
        if ann is None:
            raise NotFound("Anotação não encontrada neste espaço de trabalho.")
        return ann

    def _act(self, annotation_id: int, action: str, actor: str,
             mutate: Callable[[Annotation, tuple[str, str]], None],
             expected_version: str | None = None) -> AnnotationView:
        """Apply ``mutate`` under the analysis lock and log the event. With ``expected_version``
        (the ``AnnotationView.version`` the researcher saw), a change made meanwhile (another
        tab, another person) refuses the action instead of silently overwriting it."""
        with session_scope(self.engine) as s:
            analysis_id = s.exec(select(Annotation.analysis_id).where(
                Annotation.id == annotation_id, Annotation.workspace_id == self.workspace_id)).first()
            if analysis_id is None:
                raise NotFound("Anotação não encontrada neste espaço de trabalho.")
            texts = self._texts(s, analysis_id, lock=True)      # serialises actions on the analysis
            ann = self._annotation_row(s, annotation_id)        # re-read after the lock
            rules.check_version(ann, expected_version)
            rules.no_longer_editable(ann.status)
            before = rules.snapshot(ann)
            from_status, from_code = ann.status, ann.code
            mutate(ann, texts)
            now = utcnow()
            ann.updated_at = now
            s.add(ann)
            self._bump(s, ann.analysis_id, ann.origin, from_status, ann.status)
            event = self._event(s, ann, action, actor, before, rules.snapshot(ann), now, from_status, from_code)
            s.flush()
            return dataclasses.replace(self._view(ann, *texts), event_id=event.id)

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
                              decided_at=rules.aware(a.decided_at))

    def _record(self, row: Analysis, result: AnalysisResult | None = None) -> AnalysisRecord:
        result = result or AnalysisResult.from_json(row.result_json)
        return AnalysisRecord(
            id=row.id, workspace_id=row.workspace_id, title=row.title, source_text=row.source_text,
            target_text=row.target_text, source_hash=row.source_hash, target_hash=row.target_hash,
            cache_key=row.cache_key, engine_version=row.engine_version, model_name=row.model_name,
            settings=AnalysisSettings.from_dict(json.loads(row.settings_json)), result=result,
            timings=json.loads(row.timings_json), corpus_id=row.corpus_id, pair_name=row.pair_name,
            pair_index=row.pair_index, created_at=rules.aware(row.created_at),
            updated_at=rules.aware(row.updated_at))

    def _summary(self, analysis_id: int) -> AnalysisSummary:
        conds = [Analysis.workspace_id == self.workspace_id, Analysis.id == analysis_id]
        for item in self._list(conds, 1, 1).items:
            return item
        raise NotFound("Análise não encontrada neste espaço de trabalho.")

    def _delete_analyses(self, s: Session, ids: list[int]) -> None:
        if not ids:
            return
        ws = self.workspace_id
        s.exec(update(CorpusItem).where(CorpusItem.workspace_id == ws, CorpusItem.analysis_id.in_(ids))
               .values(analysis_id=None, status="pending"))
        s.exec(delete(AnnotationEvent).where(AnnotationEvent.workspace_id == ws,
                                             AnnotationEvent.analysis_id.in_(ids)))
        s.exec(delete(Annotation).where(Annotation.workspace_id == ws, Annotation.analysis_id.in_(ids)))
        s.exec(delete(Analysis).where(Analysis.workspace_id == ws, Analysis.id.in_(ids)))

    def _corpus_row(self, s: Session, corpus_id: int) -> Corpus:
        row = s.exec(select(Corpus).where(Corpus.id == corpus_id, Corpus.workspace_id == self.workspace_id)).first()
        if row is None:
            raise NotFound("Corpus não encontrado neste espaço de trabalho.")
        return row

    def _item_row(self, s: Session, item_id: int) -> CorpusItem:
        row = s.exec(select(CorpusItem).where(CorpusItem.id == item_id,
                                              CorpusItem.workspace_id == self.workspace_id)).first()
        if row is None:
            raise NotFound("Par do corpus não encontrado neste espaço de trabalho.")
        return row

    def _finish_item(self, s: Session, item: CorpusItem) -> CorpusItemView:
        now = utcnow()
        item.updated_at = now
        s.add(item)
        s.flush()
        corpus = s.exec(select(Corpus).where(Corpus.id == item.corpus_id,
                                             Corpus.workspace_id == self.workspace_id).with_for_update()).one()
        left = s.exec(select(func.count()).select_from(CorpusItem).where(
            CorpusItem.workspace_id == self.workspace_id, CorpusItem.corpus_id == corpus.id,
            CorpusItem.status == "pending")).one()
        corpus.status = "done" if left == 0 else "running"
        corpus.updated_at = now
        s.add(corpus)
        return self._item_view(item)

    def _items(self, corpus_id: int, pending_only: bool) -> list[CorpusItemView]:
        with session_scope(self.engine, write=False) as s:
            self._corpus_row(s, corpus_id)
            q = select(CorpusItem).where(CorpusItem.workspace_id == self.workspace_id,
                                         CorpusItem.corpus_id == corpus_id)
            if pending_only:
                q = q.where(CorpusItem.status == "pending")
            return [self._item_view(i) for i in s.exec(q.order_by(CorpusItem.position)).all()]

    @staticmethod
    def _item_view(i: CorpusItem) -> CorpusItemView:
        return CorpusItemView(id=i.id, corpus_id=i.corpus_id, position=i.position, name=i.name, source=i.source,
                              target=i.target, status=i.status, error_message=i.error_message,
                              analysis_id=i.analysis_id)

    def _corpus_view(self, s: Session, c: Corpus) -> CorpusView:
        counts = dict(s.exec(select(CorpusItem.status, func.count()).where(
            CorpusItem.workspace_id == self.workspace_id, CorpusItem.corpus_id == c.id)
            .group_by(CorpusItem.status)).all())
        return CorpusView(id=c.id, name=c.name, status=c.status, total_pairs=c.total_pairs,
                          n_done=int(counts.get("done", 0)), n_error=int(counts.get("error", 0)),
                          created_at=rules.aware(c.created_at), updated_at=rules.aware(c.updated_at))

