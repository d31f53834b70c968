"""The review of one analysis: annotations, decisions (each with its event), undo, feedback."""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from db import review as rules
from db.engine import session_scope
from db.errors import NotFound, ReviewError
from db.models import Analysis, Annotation, AnnotationEvent, utcnow
from db.repositories.base import (
    _ANNOTATION_COLUMNS,
    DECISIONS,
    DEFAULT_ACTOR,
    UNDOABLE,
    WorkspaceScope,
    _zone,
)
from db.views import (
    HIDDEN_STATUSES,
    AnalysisRecord,
    AnnotationView,
    DayFeedback,
    EventView,
    FeedbackStats,
    Span,
    StrategyFeedback,
)


class ReviewRepository(WorkspaceScope):
    # ================================================================== review
    def list_annotations(self, analysis_id: int, include_deleted: bool = False) -> list[AnnotationView]:
        """Ordered by first span position (source side, then target side)."""
        with session_scope(self.engine, write=False) as s:
            src, tgt = self._texts(s, analysis_id)
            return self._annotation_views(s, analysis_id, src, tgt, include_deleted)

    def open_analysis(self, analysis_id: int) -> tuple[AnalysisRecord, list[AnnotationView]]:
        """The analysis and its (not deleted) annotations, as ``get_analysis`` and
        ``list_annotations`` give them, read in one transaction: what showing it needs, with one
        round trip per table (a page showing the open analysis reads this on every run)."""
        with session_scope(self.engine, write=False) as s:
            row = self._analysis_row(s, analysis_id)
            views = self._annotation_views(s, analysis_id, row.source_text, row.target_text, False)
        return self._record(row), views

    def _annotation_views(self, s: Session, analysis_id: int, src: str, tgt: str,
                          include_deleted: bool) -> list[AnnotationView]:
        q = select(*_ANNOTATION_COLUMNS).where(Annotation.workspace_id == self.workspace_id,
                                               Annotation.analysis_id == analysis_id)
        if not include_deleted:
            q = q.where(Annotation.status.not_in(HIDDEN_STATUSES))
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
            if ann.origin == "machine" and code != ann.code:
                ann.explanation = rules.relabelled_explanation(ann.code, code)
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
            if (ss, ts) != (rules.load_spans(ann.source_spans), rules.load_spans(ann.target_spans)):
                ann.explanation = rules.edited_explanation(texts, ss, ts)
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
            # a card an alignment correction superseded is out of the review: its actions stay put
            superseded = select(Annotation.id).where(Annotation.workspace_id == self.workspace_id,
                                                     Annotation.analysis_id == analysis_id,
                                                     Annotation.status == "superseded")
            q = select(AnnotationEvent).where(*base, AnnotationEvent.action.in_(UNDOABLE),
                                              AnnotationEvent.id.not_in(undone),
                                              AnnotationEvent.annotation_id.not_in(superseded))
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
                ann.explanation = before.get("explanation", ann.explanation)   # older events lack it
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
                                 Annotation.analysis_id.in_(list(analysis_ids)),
                                 Annotation.status.not_in((*HIDDEN_STATUSES, "rejected")))
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
        conds = [Annotation.origin == "machine", Annotation.status != "superseded"]
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
            if action in ("accept", "reject", "relabel"):
                ann.needs_look = False      # the new look a corrected alignment asked for
            now = utcnow()
            ann.updated_at = now
            s.add(ann)
            self._bump(s, ann.analysis_id, ann.origin, from_status, ann.status)
            event = self._event(s, ann, action, actor, before, rules.snapshot(ann), now, from_status, from_code)
            s.flush()
            return dataclasses.replace(self._view(ann, *texts), event_id=event.id)
