"""Corrections of an analysis' sentence alignment by a researcher, each one undoable.

Why in the review record: a correction changes which detections the review is about. In one
transaction (analysis row locked) it stores the corrected result, re-points the decisions on
unchanged groups to their detections' new places, takes the pending detections of the changed
groups off the list (status ``superseded``), flags the decisions on them (``needs_look``), adds
the fresh detections as pending cards, and logs one ``realign`` event per annotation it touched.
Undo restores the stored previous result and every annotation, unless a fresh card was decided
meanwhile (then it refuses: nothing a researcher did is silently dropped).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from analysis.types import AnalysisResult, decode_message
from db import review as rules
from db.engine import session_scope
from db.errors import ReviewError
from db.models import AlignmentCorrection, Analysis, Annotation, utcnow
from db.repositories.base import DEFAULT_ACTOR, WorkspaceScope, sha256
from db.views import CorrectionView

UNDO = "undo"


def _state(a: Annotation) -> dict[str, Any]:
    return {"status": a.status, "detection_index": a.detection_index, "needs_look": bool(a.needs_look),
            "explanation": a.explanation}


def _restore(a: Annotation, state: dict[str, Any]) -> None:
    a.status, a.detection_index, a.needs_look = state["status"], state["detection_index"], state["needs_look"]
    a.explanation = state.get("explanation", a.explanation)


def _unchanged_since(a: Annotation, after: dict[str, Any]) -> bool:
    """``a`` is as the correction left it (older records did not keep the explanation)."""
    now = _state(a)
    return all(now[k] == v for k, v in after.items())


def _signature(code: str, source_spans: Any, target_spans: Any) -> tuple:
    return code, tuple(map(tuple, source_spans)), tuple(map(tuple, target_spans))


class AlignmentRepository(WorkspaceScope):
    def alignment_state(self, analysis_id: int) -> tuple[AnalysisResult, str]:
        """The stored result and the version token a correction computed from it must name."""
        with session_scope(self.engine, write=False) as s:
            raw = self._analysis_row(s, analysis_id).result_json
        return AnalysisResult.from_json(raw), sha256(raw)

    def correct_alignment(self, analysis_id: int, result: AnalysisResult, kept: dict[int, int],
                          fresh: Sequence[int], stale: Sequence[int], correction: dict[str, Any],
                          expected_version: str, actor: str = DEFAULT_ACTOR) -> CorrectionView:
        """Store ``result`` (the re-detected analysis) as the analysis' result.

        ``kept``: old detection index → new; ``fresh``: new indices found on the changed groups;
        ``stale``: old indices whose group changed. Refused (``stale``) when the stored result is
        no longer the one named by ``expected_version`` (another tab corrected it meanwhile)."""
        src_len, tgt_len = len(result.source.text), len(result.target.text)
        with session_scope(self.engine) as s:
            row = self._analysis_row(s, analysis_id, lock=True)
            if sha256(row.result_json) != expected_version:
                raise rules.stale_error()
            now = utcnow()
            corr = AlignmentCorrection(workspace_id=self.workspace_id, analysis_id=analysis_id,
                                       action=str(correction["action"])[:20], before_result_json=row.result_json,
                                       actor=(actor or DEFAULT_ACTOR)[:200], created_at=now)
            s.add(corr)
            s.flush()
            fresh_at = {_signature(d.code, d.source_spans, d.target_spans): k
                        for k in fresh for d in [result.strategies[k]]}
            stale_set, taken = set(stale), set()
            changes = []
            for a in self._machine(s, analysis_id):
                before, idx = _state(a), a.detection_index
                if idx in kept:
                    a.detection_index = kept[idx]
                elif idx in stale_set:
                    same = fresh_at.get(_signature(a.original_code, rules.load_spans(a.source_spans),
                                                   rules.load_spans(a.target_spans)))
                    same = same if same not in taken else None
                    taken.add(same)
                    a.detection_index = same
                    if same is not None and decode_message(a.explanation) is None:
                        # the engine's own text (a researcher's edit is an encoded message): it
                        # now says the group it rests on was set by a researcher
                        a.explanation = result.strategies[same].explanation or a.explanation
                    if a.status == "pending" and same is None:
                        a.status = "superseded"
                    elif a.status not in ("pending", "deleted"):
                        a.needs_look = True
                if _state(a) != before:
                    changes.append({"id": a.id, "before": before, "after": _state(a)})
                    self._log(s, corr, a, before, now)
            created = []
            for k in fresh:
                if k in taken:
                    continue
                d = result.strategies[k]
                rules.check_machine_code(d.code)
                a = Annotation(workspace_id=self.workspace_id, analysis_id=analysis_id, code=d.code,
                               original_code=d.code, origin="machine", status="pending",
                               confidence=float(d.confidence),
                               source_spans=rules.dump_spans(rules.check_spans(d.source_spans, src_len, "source")),
                               target_spans=rules.dump_spans(rules.check_spans(d.target_spans, tgt_len, "target")),
                               explanation=d.explanation or "", detection_index=k, created_at=now, updated_at=now)
                s.add(a)
                s.flush()
                created.append(a.id)
                self._log(s, corr, a, None, now)
            corr.detail_json = json.dumps({"correction": correction, "changes": changes, "created": created},
                                          ensure_ascii=False)
            row.result_json, row.updated_at = result.to_json(), now
            s.add(row)
            self._recount(s, row)
            s.flush()
            return self._correction_view(corr, set())

    def undo_alignment_correction(self, analysis_id: int, actor: str = DEFAULT_ACTOR,
                                  expected_id: int | None = None) -> CorrectionView | None:
        """Revert the latest correction not yet undone (None when there is none); called again,
        the one before it, back through the history. ``expected_id``: the correction the
        researcher's page offered to undo; refused (``stale_undo``) when it is no longer the
        latest (undone or followed by another in another tab), so an older one is never undone
        by mistake."""
        with session_scope(self.engine) as s:
            row = self._analysis_row(s, analysis_id, lock=True)
            rows = self._corrections(s, analysis_id)
            undone = {c.undoes_id for c in rows if c.undoes_id is not None}
            last = next((c for c in reversed(rows) if c.action != UNDO and c.id not in undone), None)
            if expected_id is not None and (last is None or last.id != int(expected_id)):
                raise ReviewError("A correção que esta página oferecia desfazer já foi desfeita ou outra veio "
                                  "depois dela (em outra aba ou por outra pessoa); nada foi alterado. "
                                  "A lista de correções foi atualizada.", "stale_undo")
            if last is None:
                return None
            detail = json.loads(last.detail_json)
            anns = {a.id: a for a in self._machine(s, analysis_id, include_superseded=True)}
            created = [anns[i] for i in detail["created"] if i in anns]
            if any(a.status != "pending" for a in created) or any(
                    i in anns and not _unchanged_since(anns[i], c["after"]) for c in detail["changes"] for i in [c["id"]]):
                raise ReviewError("Houve decisões sobre as detecções do grupo corrigido depois desta correção; "
                                  "desfaça essas decisões antes de desfazer a correção.", "stale")
            now = utcnow()
            corr = AlignmentCorrection(workspace_id=self.workspace_id, analysis_id=analysis_id, action=UNDO,
                                       before_result_json=row.result_json, undoes_id=last.id,
                                       actor=(actor or DEFAULT_ACTOR)[:200], created_at=now)
            s.add(corr)
            s.flush()
            for a in created:
                before = _state(a)
                a.status, a.detection_index = "superseded", None
                self._log(s, corr, a, before, now)
            for c in detail["changes"]:
                a = anns.get(c["id"])
                if a is not None:
                    before = _state(a)
                    _restore(a, c["before"])
                    self._log(s, corr, a, before, now)
            corr.detail_json = json.dumps({"correction": detail["correction"], "changes": [], "created": []},
                                          ensure_ascii=False)
            row.result_json, row.updated_at = last.before_result_json, now
            s.add(row)
            self._recount(s, row)
            s.flush()
            return self._correction_view(corr, set())

    def alignment_corrections(self, analysis_id: int) -> list[CorrectionView]:
        """The analysis' corrections and undos, oldest first."""
        with session_scope(self.engine, write=False) as s:
            self._analysis_row(s, analysis_id, columns_only=True)
            rows = self._corrections(s, analysis_id)
            undone = {c.undoes_id for c in rows if c.undoes_id is not None}
            return [self._correction_view(c, undone) for c in rows]

    def alignment_log(self, analysis_id: int) -> list[dict[str, Any]]:
        """The corrections and undos as an exported bundle carries them, oldest first: every
        field, the previous result included (undo on the imported copy needs it)."""
        with session_scope(self.engine, write=False) as s:
            self._analysis_row(s, analysis_id, columns_only=True)
            return [{"id": c.id, "action": c.action, "detail": json.loads(c.detail_json or "{}"),
                     "undoes_id": c.undoes_id, "actor": c.actor, "created_at": rules.aware(c.created_at).isoformat(),
                     "before_result": json.loads(c.before_result_json)} for c in self._corrections(s, analysis_id)]

    def _import_log(self, s: Session, analysis_id: int, result: AnalysisResult, log: Sequence[dict[str, Any]],
                    ann_ids: dict[int, int]) -> dict[int, int]:
        """Recreate a bundle's corrections on the imported analysis (annotation and correction
        ids remapped); returns old correction id → new. A log naming an annotation or a
        correction the bundle does not have, or a previous result of other texts, is refused."""
        def ann(old: Any) -> int:
            if int(old) not in ann_ids:
                raise ReviewError("Pacote inválido: correção de alinhamento de uma anotação inexistente.",
                                  "invalid_bundle")
            return ann_ids[int(old)]

        ids: dict[int, int] = {}
        for c in log:
            before = AnalysisResult.from_dict(c["before_result"])
            if (before.source.text, before.target.text) != (result.source.text, result.target.text):
                raise ReviewError("Pacote inválido: correção de alinhamento de outros textos.", "invalid_bundle")
            undoes = c.get("undoes_id")
            if undoes is not None and int(undoes) not in ids:
                raise ReviewError("Pacote inválido: desfazer de uma correção inexistente.", "invalid_bundle")
            d = c.get("detail") or {}
            detail = {"correction": dict(d.get("correction") or {}),
                      "changes": [{**ch, "id": ann(ch["id"])} for ch in d.get("changes", [])],
                      "created": [ann(i) for i in d.get("created", [])]}
            row = AlignmentCorrection(workspace_id=self.workspace_id, analysis_id=analysis_id,
                                      action=str(c["action"])[:20], detail_json=json.dumps(detail, ensure_ascii=False),
                                      before_result_json=before.to_json(),
                                      undoes_id=ids[int(undoes)] if undoes is not None else None,
                                      actor=str(c.get("actor") or DEFAULT_ACTOR)[:200],
                                      created_at=datetime.fromisoformat(c["created_at"]))
            s.add(row)
            s.flush()
            ids[int(c["id"])] = int(row.id)
        return ids

    # ------------------------------------------------------------------ helpers
    def _corrections(self, s: Session, analysis_id: int) -> list[AlignmentCorrection]:
        return list(s.exec(select(AlignmentCorrection).where(
            AlignmentCorrection.workspace_id == self.workspace_id, AlignmentCorrection.analysis_id == analysis_id)
            .order_by(AlignmentCorrection.id)).all())

    def _machine(self, s: Session, analysis_id: int, include_superseded: bool = False) -> list[Annotation]:
        q = select(Annotation).where(Annotation.workspace_id == self.workspace_id,
                                     Annotation.analysis_id == analysis_id, Annotation.origin == "machine")
        if not include_superseded:
            q = q.where(Annotation.status != "superseded")
        return list(s.exec(q.order_by(Annotation.id)).all())

    def _log(self, s: Session, corr: AlignmentCorrection, a: Annotation, before: dict | None, now) -> None:  # noqa: ANN001
        s.add(a)
        s.flush()
        event = self._event(s, a, "realign", corr.actor, before, _state(a), now,
                            before["status"] if before else None, a.code)
        event.detail_json = json.dumps({"correction_id": corr.id, "before": before, "after": _state(a)})

    def _recount(self, s: Session, row: Analysis) -> None:
        """Progress counters without the superseded detections (the row is locked)."""
        live = (Annotation.workspace_id == self.workspace_id, Annotation.analysis_id == row.id,
                Annotation.origin == "machine", Annotation.status != "superseded")
        row.n_detections = int(s.exec(select(func.count()).select_from(Annotation).where(*live)).one())
        row.n_decided = int(s.exec(select(func.count()).select_from(Annotation)
                                   .where(*live, Annotation.status != "pending")).one())
        s.add(row)

    @staticmethod
    def _correction_view(c: AlignmentCorrection, undone: set[int]) -> CorrectionView:
        d = json.loads(c.detail_json or "{}")
        corr = d.get("correction", {})
        after = [ch["after"] for ch in d.get("changes", [])]
        return CorrectionView(
            id=c.id, action=c.action, source=list(corr.get("source", [])), target=list(corr.get("target", [])),
            actor=c.actor, created_at=rules.aware(c.created_at), undoes_id=c.undoes_id, undone=c.id in undone,
            n_superseded=sum(a["status"] == "superseded" for a in after),
            n_needs_look=sum(a["needs_look"] for a in after), n_new=len(d.get("created", [])))
