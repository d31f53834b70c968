"""Saved analyses: cache lookup, save, history list, rename, delete, bundle import."""
from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, exists, func
from sqlmodel import Session, select

from analysis.types import AnalysisResult, AnalysisSettings
from db import review as rules
from db.engine import session_scope
from db.errors import ReviewError
from db.models import Analysis, Annotation, AnnotationEvent, CorpusItem, utcnow
from db.repositories.base import (
    DEFAULT_ACTOR,
    MAX_PAGE_SIZE,
    PREVIEW_CHARS,
    WorkspaceScope,
    _like,
    cache_key,
    sha256,
)
from db.views import (
    HIDDEN_STATUSES,
    ORIGINS,
    STATUSES,
    AnalysisRecord,
    AnalysisSummary,
    MachineFact,
    Page,
)


class AnalysesRepository(WorkspaceScope):
    # ================================================================ analyses
    def find_cached(self, source: str, target: str, settings: AnalysisSettings,
                    engine_version: str) -> AnalysisRecord | None:
        """The most recent analysis of exactly these texts/settings/engine in this workspace."""
        key = cache_key(source, target, settings, engine_version)
        with session_scope(self.engine, write=False) as s:
            row = s.exec(select(Analysis).where(Analysis.workspace_id == self.workspace_id,
                                                Analysis.cache_key == key, Analysis.level_index.is_(None))
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
        title = rules.check_title(title) if title else rules.default_title(result.source.text)
        annotations = self._machine_annotations(result)
        with session_scope(self.engine) as s:
            if corpus_id is not None:
                self._corpus_row(s, corpus_id)
            row = self._insert(s, source, target, result, title, annotations, corpus_id=corpus_id,
                               pair_name=pair_name, pair_index=pair_index)
            if corpus_id is not None and pair_index is not None:
                self._link_pending_item(s, corpus_id, pair_index, row.id)
            return self._record(row, result)

    def save_levels(self, texts: list[str], steps: list[AnalysisResult], levels: dict[str, Any],
                    title: str | None = None, corpus_id: int | None = None, pair_name: str | None = None,
                    pair_index: int | None = None) -> AnalysisRecord:
        """Store a chain of levels in one transaction: one ordinary analysis per step (each
        reviewable like a pair), the first carrying ``levels`` (names, chain) plus the step ids,
        the others pointing at it. Returns the first step's record (the chain's one entry); a
        corpus row's chain links its first step to the corpus pair (marked done with it)."""
        if len(steps) != len(texts) - 1 or not steps:
            raise ReviewError("Cada passo precisa de dois níveis vizinhos.", "invalid_levels")
        title = rules.check_title(title) if title else rules.default_title(steps[0].source.text)
        prepared = [self._machine_annotations(r) for r in steps]
        names = list(levels.get("levels") or [])
        with session_scope(self.engine) as s:
            if corpus_id is not None:
                self._corpus_row(s, corpus_id)
            rows = []
            for k, (result, anns) in enumerate(zip(steps, prepared, strict=True)):
                step_title = title if k == 0 else rules.check_title(
                    f"{title} · {' → '.join(names[k:k + 2]) or k + 1}"[:300])
                link = dict(corpus_id=corpus_id, pair_name=pair_name, pair_index=pair_index) if k == 0 else {}
                rows.append(self._insert(s, texts[k], texts[k + 1], result, step_title, anns, **link))
            head = rows[0]
            for k, row in enumerate(rows):
                row.level_index = k
                row.chain_head_id = None if k == 0 else head.id
                s.add(row)
            head.levels_json = json.dumps({**levels, "steps": [r.id for r in rows]}, ensure_ascii=False)
            s.add(head)
            s.flush()
            if corpus_id is not None and pair_index is not None:
                self._link_pending_item(s, corpus_id, pair_index, head.id)
            return self._record(head, steps[0])

    @staticmethod
    def _machine_annotations(result: AnalysisResult) -> list[dict[str, Any]]:
        """One pending machine annotation per detection, checked before anything is written:
        ReviewError for detections the machine may not produce (PRO+, unknown code, bad span)."""
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
        return annotations

    def _insert(self, s: Session, source: str, target: str, result: AnalysisResult, title: str,
                annotations: list[dict[str, Any]], **link: Any) -> Analysis:
        """The analysis row and its annotations (``source``/``target`` as submitted: the cache
        key; spans index into ``result``'s texts, which are what is stored and shown)."""
        src_text, tgt_text = result.source.text, result.target.text
        now = utcnow()
        row = Analysis(
            workspace_id=self.workspace_id, title=title, source_text=src_text, target_text=tgt_text,
            search_text=rules.search_blob(title, src_text, tgt_text),
            source_hash=sha256(source), target_hash=sha256(target),
            cache_key=cache_key(source, target, result.settings, result.engine_version),
            engine_version=result.engine_version, model_name=result.model.name,
            settings_json=json.dumps(result.settings.to_dict(), ensure_ascii=False),
            result_json=result.to_json(), timings_json=json.dumps(result.timings),
            created_at=now, updated_at=now, n_detections=len(annotations), **link)
        s.add(row)
        s.flush()
        if annotations:
            s.add_all([Annotation(workspace_id=self.workspace_id, analysis_id=row.id,
                                  created_at=now, updated_at=now, **a) for a in annotations])
        s.flush()
        return row

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
        # a chain of levels is one entry: its first step (the later steps open from it)
        conds = [Analysis.workspace_id == self.workspace_id, Analysis.chain_head_id.is_(None)]
        if search and search.strip():
            conds.append(Analysis.id.in_(self._word_matches(search)))
        if code:
            rules.check_code(code)
            conds.append(exists().where(Annotation.analysis_id == Analysis.id,
                                        Annotation.workspace_id == self.workspace_id,
                                        Annotation.code == code, Annotation.status.not_in(HIDDEN_STATUSES)))
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
        # one labelled column per AnalysisSummary field: rows are read by name, never by position
        cols = (Analysis.id, Analysis.title, Analysis.created_at, Analysis.updated_at, Analysis.engine_version,
                Analysis.model_name, Analysis.corpus_id, Analysis.pair_name,
                func.substr(Analysis.source_text, 1, PREVIEW_CHARS).label("source_preview"),
                func.substr(Analysis.target_text, 1, PREVIEW_CHARS).label("target_preview"),
                Analysis.n_detections, Analysis.n_decided, Analysis.n_human,
                case((Analysis.levels_json.is_(None), False), else_=True).label("is_chain"))
        with session_scope(self.engine, write=False) as s:
            total = s.exec(select(func.count()).select_from(Analysis).where(*conds)).one()
            rows = s.exec(select(*cols).where(*conds).order_by(Analysis.created_at.desc(), Analysis.id.desc())
                          .offset((page - 1) * page_size).limit(page_size)).all()
            later = self._later_step_counts(s, [int(r.id) for r in rows if r.is_chain])
        items = []
        for r in rows:
            fields = dict(r._mapping)
            fields["created_at"], fields["updated_at"] = rules.aware(r.created_at), rules.aware(r.updated_at)
            for name, extra in later.get(int(r.id), {}).items():     # a chain's entry counts every step
                fields[name] += extra
            items.append(AnalysisSummary(**fields))
        return Page(items=items, total=int(total), page=page, page_size=page_size)

    def _later_step_counts(self, s: Session, head_ids: list[int]) -> dict[int, dict[str, int]]:
        """Detections, decisions and own annotations of the later steps of these chains, per
        first step: a chain is one history entry, its "x/N revisadas" covers all its steps."""
        if not head_ids:
            return {}
        rows = s.exec(select(Analysis.chain_head_id, func.sum(Analysis.n_detections).label("n_detections"),
                             func.sum(Analysis.n_decided).label("n_decided"), func.sum(Analysis.n_human).label("n_human"))
                      .where(Analysis.workspace_id == self.workspace_id, Analysis.chain_head_id.in_(head_ids))
                      .group_by(Analysis.chain_head_id)).all()
        return {int(r.chain_head_id): {"n_detections": int(r.n_detections or 0), "n_decided": int(r.n_decided or 0),
                                       "n_human": int(r.n_human or 0)} for r in rows}

    def chain_steps(self, analysis_ids: list[int]) -> dict[int, list[tuple[int, tuple[str, str] | None]]]:
        """Per analysis id, the analyses it stands for in order: a chain's first step gives every
        step as (analysis id, (from level, to level)); a plain analysis gives [(itself, None)]."""
        out: dict[int, list[tuple[int, tuple[str, str] | None]]] = {int(i): [(int(i), None)] for i in analysis_ids}
        if not out:
            return out
        with session_scope(self.engine, write=False) as s:
            rows = s.exec(select(Analysis.id, Analysis.levels_json).where(
                Analysis.workspace_id == self.workspace_id, Analysis.id.in_(list(out)),
                Analysis.levels_json.is_not(None))).all()
        for aid, raw in rows:
            levels = json.loads(raw)
            names, steps = list(levels.get("levels") or []), [int(i) for i in levels.get("steps") or []]
            if steps:
                out[int(aid)] = [(sid, (names[k], names[k + 1]) if k + 1 < len(names) else (str(k + 1), str(k + 2)))
                                 for k, sid in enumerate(steps)]
        return out

    def chain_steps_of(self, head_ids: list[int]) -> dict[int, list[int]]:
        """Every step's analysis id (the first step included, in order) of each chain head; a
        plain analysis maps to itself alone."""
        return {h: [i for i, _ in steps] for h, steps in self.chain_steps(head_ids).items()}

    def machine_annotations_of(self, analysis_ids: list[int]) -> dict[int, list[MachineFact]]:
        """(code, confidence, status) of every machine annotation of the given analyses: what a
        preference filter needs to count a history row as the review pages do."""
        out: dict[int, list[MachineFact]] = {i: [] for i in analysis_ids}
        if not analysis_ids:
            return out
        with session_scope(self.engine, write=False) as s:
            rows = s.exec(select(Annotation.analysis_id, Annotation.code, Annotation.confidence, Annotation.status)
                          .where(Annotation.workspace_id == self.workspace_id, Annotation.origin == "machine",
                                 Annotation.status != "superseded",
                                 Annotation.analysis_id.in_(analysis_ids))).all()
        for r in rows:
            out[int(r.analysis_id)].append(MachineFact(r.code, r.confidence, r.status))
        return out

    def machine_decisions(self) -> list[tuple[str, float | None, str]]:
        """(machine code, raw confidence, status) of every decided machine annotation of this
        workspace: the evidence a confidence calibration is fitted on (pending ones are not)."""
        with session_scope(self.engine, write=False) as s:
            rows = s.exec(select(Annotation.original_code, Annotation.confidence, Annotation.status).where(
                Annotation.workspace_id == self.workspace_id, Annotation.origin == "machine",
                Annotation.status.in_(("accepted", "rejected", "relabelled")))).all()
        return [(str(c), None if x is None else float(x), str(st)) for c, x, st in rows]

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
            steps = s.exec(select(Analysis.id).where(Analysis.workspace_id == self.workspace_id,
                                                     Analysis.chain_head_id == analysis_id)).all()
            self._delete_analyses(s, [analysis_id, *(int(i) for i in steps)])

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
            live = [a for a, _, _ in anns if a["origin"] == "machine" and a["status"] != "superseded"]
            row.n_detections = len(live)
            row.n_decided = sum(a["status"] != "pending" for a in live)
            row.n_human = sum(a["origin"] == "human" and a["status"] != "deleted" for a, _, _ in anns)
            s.add(row)
            corr_ids = self._import_log(s, row.id, result, bundle.get("alignment_corrections") or [], ann_ids)
            ev_ids: dict[int, int] = {}
            for e in bundle["events"]:
                if int(e["annotation_id"]) not in ann_ids:
                    raise ReviewError("Pacote inválido: evento de uma anotação inexistente.", "invalid_bundle")
                undoes = e.get("undoes_event_id")
                detail = dict(e.get("detail") or {})
                if detail.get("correction_id") is not None:      # a realign event: its correction's new id
                    detail["correction_id"] = corr_ids.get(int(detail["correction_id"]))
                ev = AnnotationEvent(workspace_id=self.workspace_id, analysis_id=row.id,
                                     annotation_id=ann_ids[int(e["annotation_id"])], action=e["action"][:20],
                                     from_status=e.get("from_status"), to_status=e.get("to_status"),
                                     from_code=e.get("from_code"), to_code=e.get("to_code"),
                                     detail_json=json.dumps(detail),
                                     undoes_event_id=ev_ids.get(int(undoes)) if undoes is not None else None,
                                     actor=str(e.get("actor", DEFAULT_ACTOR))[:200], created_at=ts(e["created_at"]))
                s.add(ev)
                s.flush()
                ev_ids[int(e["id"])] = ev.id
            return self._record(row, result)
