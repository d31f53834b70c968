"""Corpora: their pairs, which are pending, done or failed."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func
from sqlmodel import Session, select

from db import review as rules
from db.engine import session_scope
from db.errors import NotFound, ReviewError
from db.models import Analysis, Corpus, CorpusItem, utcnow
from db.projects import refuse_delete_if_shared
from db.repositories.base import (
    WorkspaceScope,
)
from db.views import (
    CorpusItemView,
    CorpusView,
)
from ops.settings import get_settings


class CorpusRepository(WorkspaceScope):
    # ================================================================== corpus
    def create_corpus(self, name: str, items: Sequence[tuple[str, ...]]) -> CorpusView:
        """``items`` are (pair name, source, target[, third level]); all start pending."""
        name = " ".join((name or "").split())[:300]
        if not name:
            raise ReviewError("Dê um nome ao corpus.", "empty_corpus_name")
        if not items:
            raise ReviewError("O corpus não tem nenhum par de textos.", "empty_corpus")
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
                                  third=(rest[0] or None) if rest else None, status="pending", updated_at=now)
                       for i, (pname, src, tgt, *rest) in enumerate(items)])
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
            refuse_delete_if_shared(s, [], [corpus_id])
            ids = s.exec(select(Analysis.id).where(Analysis.workspace_id == self.workspace_id,
                                                   Analysis.corpus_id == corpus_id)).all()
            s.exec(delete(CorpusItem).where(CorpusItem.workspace_id == self.workspace_id,
                                            CorpusItem.corpus_id == corpus_id))
            self._delete_analyses(s, list(ids))
            s.exec(delete(Corpus).where(Corpus.workspace_id == self.workspace_id, Corpus.id == corpus_id))

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
                              analysis_id=i.analysis_id, third=i.third or "")

    def _corpus_view(self, s: Session, c: Corpus) -> CorpusView:
        counts = dict(s.exec(select(CorpusItem.status, func.count()).where(
            CorpusItem.workspace_id == self.workspace_id, CorpusItem.corpus_id == c.id)
            .group_by(CorpusItem.status)).all())
        return CorpusView(id=c.id, name=c.name, status=c.status, total_pairs=c.total_pairs,
                          n_done=int(counts.get("done", 0)), n_error=int(counts.get("error", 0)),
                          created_at=rules.aware(c.created_at), updated_at=rules.aware(c.updated_at))
