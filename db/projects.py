"""Shared projects, seen by one workspace: membership decides everything it may read or write.

Why membership and not ownership: annotators keep their private workspace; a project's analyses
stay in the owner's workspace and become readable to a member only through an *active*
membership (``removed_at`` empty) and a ``ProjectItem`` placing them in that project. Every
method starts from ``_member`` (the caller's active membership in the project), so a crafted id
— another project's analysis, a removed member, a revoked key — gives ``NotFound`` with the
same message as a row that does not exist. Invitation keys are stored only as sha256.
"""
from __future__ import annotations

import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db import review as rules
from db.engine import session_scope
from db.errors import NotFound, ReviewError
from db.models import (
    Analysis,
    Annotation,
    AnnotatorDecision,
    Corpus,
    MemberAnnotation,
    PairDone,
    Project,
    ProjectInvitation,
    ProjectItem,
    ProjectMember,
    utcnow,
)
from db.workspaces import KEY_BYTES, MAX_KEY_CHARS, hash_key

ROLES = ("coordinator", "annotator")
DECISIONS = ("accepted", "rejected", "relabelled")
MAX_NAME_CHARS = 100
NOT_FOUND = "Projeto ou item não encontrado entre os seus projetos."
Span = tuple[int, int]


@dataclass(frozen=True)
class MemberView:
    id: int
    project_id: int
    role: str
    display_name: str
    active: bool


@dataclass(frozen=True)
class ProjectView:
    id: int
    name: str
    blind: bool
    me: MemberView                      # the caller's membership


@dataclass(frozen=True)
class InvitationView:
    id: int
    role: str
    created_at: object                  # datetime (UTC)
    state: str                          # open | used | revoked


@dataclass(frozen=True)
class PairSummary:
    analysis_id: int
    title: str
    done: bool                          # the caller marked it done


@dataclass(frozen=True)
class DecisionView:
    id: int
    member_id: int
    annotation_id: int
    status: str
    code: str
    comment: str
    version: str


@dataclass(frozen=True)
class MemberAnnotationView:
    id: int
    member_id: int
    code: str
    source_spans: list[Span]
    target_spans: list[Span]
    comment: str


@dataclass(frozen=True)
class MachineDetection:
    annotation_id: int
    code: str
    confidence: float | None
    source_spans: list[Span]
    target_spans: list[Span]


@dataclass(frozen=True)
class PairRecord:
    """Everything stored about one pair in a project (the service filters it for blind mode)."""

    analysis_id: int
    title: str
    source_text: str
    target_text: str
    result_json: str
    machine: list[MachineDetection]
    members: list[MemberView]
    decisions: list[DecisionView]
    annotations: list[MemberAnnotationView]
    done: set[int]                      # ids of active members who marked the pair done


ACCOUNT_PREFIX = "account:"
MAX_EMAIL_CHARS = 320


def _account_key(project_id: int, email: str) -> str:
    return f"{ACCOUNT_PREFIX}{int(project_id)}:{email}"


def _check_email(email: str) -> str:
    email = (email or "").strip().casefold()
    if not email or len(email) > MAX_EMAIL_CHARS or "@" not in email or any(c.isspace() for c in email):
        raise ReviewError("Informe um e-mail válido.", "invalid_email")
    return email


def _refused() -> ReviewError:
    return ReviewError("Este convite não é válido (desconhecido, já usado ou revogado).", "invalid_invitation")


def _not_found() -> NotFound:
    return NotFound(NOT_FOUND)


def _member_view(m: ProjectMember) -> MemberView:
    return MemberView(m.id, m.project_id, m.role, m.display_name, m.removed_at is None)


def _check_name(name: str, what: str) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > MAX_NAME_CHARS:
        raise ReviewError(f"Informe {what} com 1 a {MAX_NAME_CHARS} caracteres.", "invalid_name")
    return name


class ProjectStore:
    """The projects of one workspace (as owner, coordinator or annotator)."""

    def __init__(self, engine: Engine, workspace_id: int) -> None:
        self.engine = engine
        self.workspace_id = int(workspace_id)

    # ============================================================== access
    def _member(self, s: Session, project_id: int, coordinator: bool = False) -> ProjectMember:
        m = s.exec(select(ProjectMember).where(
            ProjectMember.project_id == project_id, ProjectMember.workspace_id == self.workspace_id,
            ProjectMember.removed_at.is_(None))).first()
        if m is None:
            raise _not_found()
        if coordinator and m.role != "coordinator":
            raise ReviewError("Só a coordenação do projeto pode fazer isso.", "not_coordinator")
        return m

    @staticmethod
    def _analysis_in(s: Session, project_id: int, analysis_id: int) -> Analysis:
        """The analysis, only if placed in the project (directly or through its corpus)."""
        row = s.exec(select(Analysis).where(Analysis.id == analysis_id)).first()
        if row is None:
            raise _not_found()
        conds = [ProjectItem.analysis_id == row.id]
        if row.corpus_id is not None:
            conds.append(ProjectItem.corpus_id == row.corpus_id)
        placed = s.exec(select(ProjectItem.id).where(ProjectItem.project_id == project_id, or_(*conds))).first()
        if placed is None:
            raise _not_found()
        return row

    @staticmethod
    def _active_members(s: Session, project_id: int) -> list[ProjectMember]:
        return list(s.exec(select(ProjectMember).where(ProjectMember.project_id == project_id,
                                                        ProjectMember.removed_at.is_(None))
                           .order_by(ProjectMember.id)))

    # ============================================================== projects and members
    def create_project(self, name: str, display_name: str, blind: bool = True) -> ProjectView:
        name = _check_name(name, "o nome do projeto")
        display_name = _check_name(display_name, "o seu nome no projeto")
        with session_scope(self.engine) as s:
            p = Project(workspace_id=self.workspace_id, name=name, blind=bool(blind))
            s.add(p)
            s.flush()
            m = ProjectMember(project_id=p.id, workspace_id=self.workspace_id, role="coordinator",
                              display_name=display_name)
            s.add(m)
            s.flush()
            return ProjectView(p.id, p.name, p.blind, _member_view(m))

    def projects(self) -> list[ProjectView]:
        with session_scope(self.engine, write=False) as s:
            rows = s.exec(select(Project, ProjectMember).join(ProjectMember, ProjectMember.project_id == Project.id)
                          .where(ProjectMember.workspace_id == self.workspace_id,
                                 ProjectMember.removed_at.is_(None)).order_by(Project.id))
            return [ProjectView(p.id, p.name, p.blind, _member_view(m)) for p, m in rows]

    def get_project(self, project_id: int) -> ProjectView:
        with session_scope(self.engine, write=False) as s:
            m = self._member(s, project_id)
            p = s.get(Project, project_id)
            return ProjectView(p.id, p.name, p.blind, _member_view(m))

    def members(self, project_id: int) -> list[MemberView]:
        with session_scope(self.engine, write=False) as s:
            self._member(s, project_id)
            return [_member_view(m) for m in self._active_members(s, project_id)]

    def invite(self, project_id: int, role: str = "annotator") -> tuple[int, str]:
        """A new invitation: its id and the plain key (shown once; only the hash is stored)."""
        if role not in ROLES:
            raise ReviewError(f"Papel desconhecido: {role!r}.", "unknown_role")
        key = secrets.token_urlsafe(KEY_BYTES)
        with session_scope(self.engine) as s:
            self._member(s, project_id, coordinator=True)
            inv = ProjectInvitation(project_id=project_id, key_hash=hash_key(key), role=role)
            s.add(inv)
            s.flush()
            return inv.id, key

    def invitations(self, project_id: int) -> list[InvitationView]:
        """The project's invitations (coordinator): never the keys, only their state."""
        with session_scope(self.engine, write=False) as s:
            self._member(s, project_id, coordinator=True)
            rows = s.exec(select(ProjectInvitation).where(ProjectInvitation.project_id == project_id)
                          .order_by(ProjectInvitation.id))
            return [InvitationView(r.id, r.role, r.created_at,
                                   "revoked" if r.revoked_at else "used" if r.used_by else "open") for r in rows]

    def set_blind(self, project_id: int, blind: bool) -> None:
        with session_scope(self.engine) as s:
            self._member(s, project_id, coordinator=True)
            s.get(Project, project_id).blind = bool(blind)

    def invite_account(self, project_id: int, email: str, role: str = "annotator") -> int:
        """An invitation for a signed-in account (OIDC): the person signs in with ``email`` and
        accepts it on Projetos, no link needed. Stored like a key: only the hash of
        ``account:<project>:<email>``, so the e-mail itself is not kept either."""
        if role not in ROLES:
            raise ReviewError(f"Papel desconhecido: {role!r}.", "unknown_role")
        digest = hash_key(_account_key(project_id, _check_email(email)))
        with session_scope(self.engine) as s:
            self._member(s, project_id, coordinator=True)
            old = s.exec(select(ProjectInvitation).where(ProjectInvitation.key_hash == digest)).first()
            if old is not None:
                if not old.revoked_at and not old.used_by:
                    return old.id                       # already invited: the same invitation
                old.key_hash = hash_key(f"{digest}:{old.id}")   # retire the old hash, keep its row
                s.flush()
            inv = ProjectInvitation(project_id=project_id, key_hash=digest, role=role)
            s.add(inv)
            s.flush()
            return inv.id

    def account_invitations(self, email: str) -> list[tuple[int, str]]:
        """Open invitations for the signed-in account ``email``: (project id, project name)."""
        email = _check_email(email)
        with session_scope(self.engine, write=False) as s:
            pids = sorted(set(s.exec(select(ProjectInvitation.project_id).where(
                ProjectInvitation.revoked_at.is_(None), ProjectInvitation.used_by.is_(None)))))
            if not pids:
                return []
            wanted = {hash_key(_account_key(pid, email)): pid for pid in pids}
            found = {r.project_id for r in s.exec(select(ProjectInvitation).where(
                ProjectInvitation.key_hash.in_(list(wanted)), ProjectInvitation.revoked_at.is_(None),
                ProjectInvitation.used_by.is_(None)))}
            return [(p.id, p.name) for p in s.exec(select(Project).where(Project.id.in_(sorted(found)))
                                                   .order_by(Project.id))]

    def join_account(self, project_id: int, email: str, display_name: str) -> ProjectView:
        """Accept the invitation of the signed-in account ``email`` (verified by the login)."""
        return self._join(_account_key(int(project_id), _check_email(email)), display_name)

    def revoke_invitation(self, project_id: int, invitation_id: int) -> None:
        with session_scope(self.engine) as s:
            self._member(s, project_id, coordinator=True)
            inv = s.exec(select(ProjectInvitation).where(ProjectInvitation.id == invitation_id,
                                                         ProjectInvitation.project_id == project_id)).first()
            if inv is None:
                raise _not_found()
            inv.revoked_at = inv.revoked_at or utcnow()

    def join(self, key: str, display_name: str) -> ProjectView:
        """Join with an invitation key (unused, not revoked); the same message for every refusal.
        An account invitation's key is never accepted here (it is not secret: anyone knowing the
        e-mail could write it); it is accepted only through ``join_account`` after sign-in."""
        if isinstance(key, str) and key.startswith(ACCOUNT_PREFIX):
            raise _refused()
        return self._join(key, display_name)

    def _join(self, key: str, display_name: str) -> ProjectView:
        display_name = _check_name(display_name, "o seu nome no projeto")
        refused = _refused()
        if not isinstance(key, str) or not key or len(key) > MAX_KEY_CHARS:
            raise refused
        wanted = hash_key(key)
        with session_scope(self.engine) as s:
            inv = s.exec(select(ProjectInvitation).where(ProjectInvitation.key_hash == wanted)
                         .with_for_update()).first()
            if inv is None or not hmac.compare_digest(inv.key_hash, wanted) or inv.revoked_at or inv.used_by:
                raise refused
            pid = inv.project_id
            active = self._active_members(s, pid)
            if any(m.workspace_id == self.workspace_id for m in active):
                raise ReviewError("Você já participa deste projeto.", "already_member")
            if any(m.display_name.casefold() == display_name.casefold() for m in active):
                raise ReviewError("Já há alguém com este nome no projeto; escolha outro.", "name_taken")
            m = ProjectMember(project_id=pid, workspace_id=self.workspace_id, role=inv.role,
                              display_name=display_name)
            s.add(m)
            s.flush()
            inv.used_by = m.id
            p = s.get(Project, pid)
            return ProjectView(p.id, p.name, p.blind, _member_view(m))

    def remove_member(self, project_id: int, member_id: int | None = None) -> None:
        """Remove a member (coordinator) or leave (``member_id`` None); effective at once."""
        with session_scope(self.engine) as s:
            me = self._member(s, project_id, coordinator=member_id is not None)
            target = me
            if member_id is not None:
                target = s.exec(select(ProjectMember).where(ProjectMember.id == member_id,
                                                            ProjectMember.project_id == project_id,
                                                            ProjectMember.removed_at.is_(None))).first()
                if target is None:
                    raise _not_found()
            coordinators = [m for m in self._active_members(s, project_id) if m.role == "coordinator"]
            if target.role == "coordinator" and len(coordinators) == 1:
                raise ReviewError("O projeto precisa de pelo menos uma pessoa na coordenação.", "last_coordinator")
            target.removed_at = utcnow()

    # ============================================================== items
    def place_analysis(self, project_id: int, analysis_id: int) -> None:
        """Place one of the caller's own analyses (coordinator only)."""
        self._place(project_id, Analysis, ProjectItem.analysis_id, analysis_id, "Análise não encontrada")

    def place_corpus(self, project_id: int, corpus_id: int) -> None:
        """Place one of the caller's own corpora: all its analyses, present and future."""
        self._place(project_id, Corpus, ProjectItem.corpus_id, corpus_id, "Corpus não encontrado")

    def _place(self, project_id: int, table, column, row_id: int, missing: str) -> None:  # noqa: ANN001
        with session_scope(self.engine) as s:
            self._member(s, project_id, coordinator=True)
            own = s.exec(select(table.id).where(table.id == row_id, table.workspace_id == self.workspace_id)).first()
            if own is None:
                raise NotFound(f"{missing} neste espaço de trabalho.")
            if s.exec(select(ProjectItem.id).where(ProjectItem.project_id == project_id, column == row_id)).first() is None:
                s.add(ProjectItem(project_id=project_id, **{column.key: row_id}))

    def analysis_ids(self, project_id: int) -> list[int]:
        with session_scope(self.engine, write=False) as s:
            self._member(s, project_id)
            items = list(s.exec(select(ProjectItem).where(ProjectItem.project_id == project_id)))
            direct = {i.analysis_id for i in items if i.analysis_id is not None}
            corpora = [i.corpus_id for i in items if i.corpus_id is not None]
            if corpora:
                direct |= set(s.exec(select(Analysis.id).where(Analysis.corpus_id.in_(corpora))))
            return sorted(direct)

    def pairs(self, project_id: int) -> list[PairSummary]:
        """The project's pairs with their titles, and whether the caller marked each done."""
        ids = self.analysis_ids(project_id)
        with session_scope(self.engine, write=False) as s:
            me = self._member(s, project_id)
            titles = {i: tl for i, tl in s.exec(select(Analysis.id, Analysis.title).where(Analysis.id.in_(ids)))} if ids else {}
            done = set(s.exec(select(PairDone.analysis_id).where(PairDone.member_id == me.id)))
            return [PairSummary(a, titles.get(a) or "", a in done) for a in ids]

    # ============================================================== a member's work
    def decide(self, project_id: int, annotation_id: int, status: str, code: str | None = None,
               comment: str = "", expected_version: str | None = None) -> DecisionView:
        """The caller's decision on a machine detection; refused when decided on an older version."""
        if status not in DECISIONS:
            raise ReviewError(f"Decisão desconhecida: {status!r}.", "unknown_decision")
        comment = rules.check_comment(comment)
        with session_scope(self.engine) as s:
            me = self._member(s, project_id)
            ann = s.exec(select(Annotation).where(Annotation.id == annotation_id,
                                                  Annotation.origin == "machine")).first()
            if ann is None:
                raise _not_found()
            self._analysis_in(s, project_id, ann.analysis_id)
            if status == "relabelled":
                code = rules.check_code(code or "")
                status = "accepted" if code == ann.original_code else status
            value = code if status == "relabelled" else ann.original_code   # rejected keeps what was refused
            row = s.exec(select(AnnotatorDecision).where(AnnotatorDecision.member_id == me.id,
                                                         AnnotatorDecision.annotation_id == ann.id)
                         .with_for_update()).first()
            now = utcnow()
            if row is None:
                if expected_version not in (None, ""):
                    raise rules.stale_error()
                row = AnnotatorDecision(project_id=project_id, member_id=me.id, analysis_id=ann.analysis_id,
                                        annotation_id=ann.id, status=status, code=value, comment=comment,
                                        created_at=now, updated_at=now)
                s.add(row)
            else:
                rules.check_version(row, expected_version)
                row.status, row.code, row.comment, row.updated_at = status, value, comment, now
            s.flush()
            return _decision_view(row)

    def add_annotation(self, project_id: int, analysis_id: int, code: str, source_spans: Sequence[Span],
                       target_spans: Sequence[Span], comment: str = "") -> MemberAnnotationView:
        code = rules.check_code(code)
        comment = rules.check_comment(comment)
        with session_scope(self.engine) as s:
            me = self._member(s, project_id)
            a = self._analysis_in(s, project_id, analysis_id)
            ss = rules.check_spans(source_spans, len(a.source_text), "source")
            ts = rules.check_spans(target_spans, len(a.target_text), "target")
            rules.require_some_span(ss, ts)
            row = MemberAnnotation(project_id=project_id, member_id=me.id, analysis_id=a.id, code=code,
                                   source_spans=rules.dump_spans(ss), target_spans=rules.dump_spans(ts),
                                   comment=comment)
            s.add(row)
            s.flush()
            return _annotation_view(row)

    def mark_done(self, project_id: int, analysis_id: int) -> None:
        with session_scope(self.engine) as s:
            me = self._member(s, project_id)
            self._analysis_in(s, project_id, analysis_id)
            if s.exec(select(PairDone.id).where(PairDone.member_id == me.id,
                                                PairDone.analysis_id == analysis_id)).first() is None:
                s.add(PairDone(project_id=project_id, member_id=me.id, analysis_id=analysis_id))

    def pair(self, project_id: int, analysis_id: int) -> tuple[MemberView, bool, PairRecord]:
        """The caller's membership, the project's blind flag, and everything stored on the pair
        by the project's *active* members (removed members' work no longer counts)."""
        with session_scope(self.engine, write=False) as s:
            me = self._member(s, project_id)
            blind = s.get(Project, project_id).blind
            a = self._analysis_in(s, project_id, analysis_id)
            members = self._active_members(s, project_id)
            ids = [m.id for m in members]
            machine = [MachineDetection(r.id, r.original_code, r.confidence, rules.load_spans(r.source_spans),
                                        rules.load_spans(r.target_spans))
                       for r in s.exec(select(Annotation).where(Annotation.analysis_id == a.id,
                                                                Annotation.origin == "machine",
                                                                Annotation.status != "superseded")
                                       .order_by(Annotation.detection_index, Annotation.id))]
            decisions = [_decision_view(d) for d in s.exec(
                select(AnnotatorDecision).where(AnnotatorDecision.project_id == project_id,
                                                AnnotatorDecision.analysis_id == a.id,
                                                AnnotatorDecision.member_id.in_(ids)).order_by(AnnotatorDecision.id))]
            added = [_annotation_view(r) for r in s.exec(
                select(MemberAnnotation).where(MemberAnnotation.project_id == project_id,
                                               MemberAnnotation.analysis_id == a.id,
                                               MemberAnnotation.member_id.in_(ids),
                                               MemberAnnotation.deleted_at.is_(None)).order_by(MemberAnnotation.id))]
            done = set(s.exec(select(PairDone.member_id).where(PairDone.project_id == project_id,
                                                               PairDone.analysis_id == a.id,
                                                               PairDone.member_id.in_(ids))))
            record = PairRecord(a.id, a.title, a.source_text, a.target_text, a.result_json, machine,
                                [_member_view(m) for m in members], decisions, added, done)
            return _member_view(me), blind, record


def refuse_delete_if_shared(s: Session, analysis_ids: Sequence[int], corpus_ids: Sequence[int] = ()) -> None:
    """Deleting an analysis (or corpus) placed in a project would drop the annotators' work:
    refused with a clear message instead (the foreign keys would refuse it anyway, less clearly)."""
    corpora = set(corpus_ids)
    if analysis_ids:
        corpora |= {c for c in s.exec(select(Analysis.corpus_id).where(Analysis.id.in_(analysis_ids))) if c}
    conds = []
    if analysis_ids:
        conds.append(ProjectItem.analysis_id.in_(list(analysis_ids)))
    if corpora:
        conds.append(ProjectItem.corpus_id.in_(sorted(corpora)))
    if conds and s.exec(select(ProjectItem.id).where(or_(*conds))).first() is not None:
        raise ReviewError("Esta análise (ou corpus) está num projeto compartilhado, com o trabalho de outras "
                          "pessoas; ela não foi excluída.", "in_project")


def _decision_view(d: AnnotatorDecision) -> DecisionView:
    return DecisionView(d.id, d.member_id, d.annotation_id, d.status, d.code, d.comment,
                        rules.version_of(d.updated_at))


def _annotation_view(r: MemberAnnotation) -> MemberAnnotationView:
    return MemberAnnotationView(r.id, r.member_id, r.code, rules.load_spans(r.source_spans),
                                rules.load_spans(r.target_spans), r.comment)


__all__ = ["DecisionView", "InvitationView", "MachineDetection", "PairSummary", "MemberAnnotationView", "MemberView", "PairRecord",
           "ProjectStore", "ProjectView"]
