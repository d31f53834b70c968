"""Shared projects as use cases: typed outcomes, blind mode, agreement and export inputs.

Why a service over ``db.projects``: the store says what is stored and who may touch it; this
module decides what a member may *see* (blind mode: an annotator sees the others' work on a pair
only after marking it done; the coordinator always sees it), turns the stored decisions into
agreement units exactly as ``services.agreement`` documents them, and builds the
``services.interop.PairExport`` the INCEpTION and Label Studio exports take.

Values (see ``services.agreement``): an accepted detection is the machine's code, a relabelled one
the new code, a rejected one ``NONE``; an undecided detection is missing. Human annotations of
different members join one unit by code and overlapping span; members who marked the pair done
without a matching annotation give ``NONE``. Only active members count: a removed member's
work leaves the project with them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.types import STRATEGY_CODES, AnalysisResult
from db.projects import (
    DecisionView,
    InvitationView,
    MachineDetection,
    MemberAnnotationView,
    MemberView,
    PairRecord,
    PairSummary,
    ProjectStore,
    ProjectView,
)
from services import agreement as ag
from services.interop import ExportSpan, PairExport, inception_zip, label_studio_config, label_studio_json
from services.outcomes import ReviewError
from services.page_outcome import Outcome
from services.page_outcome import run as _run
from services.store import Repository

Span = tuple[int, int]


@dataclass(frozen=True)
class PairReview:
    """What the caller sees of one pair. ``others_visible`` False = blind: others are left out."""

    me: MemberView
    source_text: str
    target_text: str
    machine: list[MachineDetection]
    mine: list[DecisionView]
    my_annotations: list[MemberAnnotationView]
    done: bool
    others_visible: bool
    others: dict[str, list[DecisionView]] = field(default_factory=dict)
    others_annotations: dict[str, list[MemberAnnotationView]] = field(default_factory=dict)


@dataclass(frozen=True)
class ProjectAgreement:
    units: list[ag.Unit]
    overall: ag.CodeAgreement
    per_code: list[ag.CodeAgreement]
    machine: list[ag.MachineAgreement]
    disagreements: list[ag.Disagreement]


def _sees_others(me: MemberView, blind: bool, record: PairRecord) -> bool:
    return me.role == "coordinator" or not blind or me.id in record.done


def _hidden() -> ReviewError:
    return ReviewError("Marque o par como concluído para ver o trabalho das outras pessoas (modo cego).", "blind")


# ------------------------------------------------------------------------------- units
def pair_units(record: PairRecord) -> list[ag.Unit]:
    """Agreement units of one pair, keyed ``<analysis>:m<n>`` / ``<analysis>:h<n>``."""
    names = {m.id: m.display_name for m in record.members}
    units = []
    for n, det in enumerate(record.machine):
        u = ag.Unit(f"{record.analysis_id}:m{n + 1}", det.code, tuple(det.source_spans), tuple(det.target_spans))
        for d in record.decisions:
            if d.annotation_id == det.annotation_id and d.member_id in names:
                u.values[names[d.member_id]] = ag.NONE if d.status == "rejected" else d.code
        units.append(u)
    added = [ag.Judgement(names[a.member_id], a.code, tuple(a.source_spans), tuple(a.target_spans))
             for a in record.annotations if a.member_id in names]
    for u in ag.merge_human_units(added, [names[m] for m in sorted(record.done) if m in names]):
        u.key = f"{record.analysis_id}:{u.key}"
        units.append(u)
    return units


def agreement_of(units: list[ag.Unit], rounds: int = 500) -> ProjectAgreement:
    seen = {u.machine_code for u in units} | {v for u in units for v in u.values.values()}
    codes = [c for c in STRATEGY_CODES if c in seen]
    return ProjectAgreement(units, ag.overall(units, rounds), ag.per_code(units, codes, rounds),
                            ag.with_machine(units), ag.disagreements(units))


# ------------------------------------------------------------------------------- service
class ProjectsService:
    """The shared-project use cases of one workspace."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    # membership
    def create(self, name: str, display_name: str, blind: bool = True) -> Outcome[ProjectView]:
        return _run(lambda: self.store.create_project(name, display_name, blind))

    def invite(self, project_id: int, role: str = "annotator") -> Outcome[tuple[int, str]]:
        return _run(lambda: self.store.invite(project_id, role))

    def invite_account(self, project_id: int, email: str, role: str = "annotator") -> Outcome[int]:
        return _run(lambda: self.store.invite_account(project_id, email, role))

    def account_invitations(self, email: str) -> Outcome[list[tuple[int, str]]]:
        return _run(lambda: self.store.account_invitations(email))

    def join_account(self, project_id: int, email: str, display_name: str) -> Outcome[ProjectView]:
        return _run(lambda: self.store.join_account(project_id, email, display_name))

    def revoke(self, project_id: int, invitation_id: int) -> Outcome[None]:
        return _run(lambda: self.store.revoke_invitation(project_id, invitation_id))

    def join(self, key: str, display_name: str) -> Outcome[ProjectView]:
        return _run(lambda: self.store.join(key, display_name))

    def remove(self, project_id: int, member_id: int) -> Outcome[None]:
        return _run(lambda: self.store.remove_member(project_id, member_id))

    def members(self, project_id: int) -> Outcome[list[MemberView]]:
        return _run(lambda: self.store.members(project_id))

    def projects(self) -> Outcome[list[ProjectView]]:
        return _run(self.store.projects)

    def leave(self, project_id: int) -> Outcome[None]:
        return _run(lambda: self.store.remove_member(project_id))

    def invitations(self, project_id: int) -> Outcome[list[InvitationView]]:
        return _run(lambda: self.store.invitations(project_id))

    def set_blind(self, project_id: int, blind: bool) -> Outcome[None]:
        return _run(lambda: self.store.set_blind(project_id, blind))

    def pairs(self, project_id: int) -> Outcome[list[PairSummary]]:
        return _run(lambda: self.store.pairs(project_id))

    # items and work
    def place_analysis(self, project_id: int, analysis_id: int) -> Outcome[None]:
        return _run(lambda: self.store.place_analysis(project_id, analysis_id))

    def place_corpus(self, project_id: int, corpus_id: int) -> Outcome[None]:
        return _run(lambda: self.store.place_corpus(project_id, corpus_id))

    def decide(self, project_id: int, annotation_id: int, status: str, code: str | None = None,
               comment: str = "", expected_version: str | None = None) -> Outcome[DecisionView]:
        return _run(lambda: self.store.decide(project_id, annotation_id, status, code, comment, expected_version))

    def annotate(self, project_id: int, analysis_id: int, code: str, source_spans: Sequence[Span],
                 target_spans: Sequence[Span], comment: str = "") -> Outcome[MemberAnnotationView]:
        return _run(lambda: self.store.add_annotation(project_id, analysis_id, code, source_spans,
                                                      target_spans, comment))

    def mark_done(self, project_id: int, analysis_id: int) -> Outcome[None]:
        return _run(lambda: self.store.mark_done(project_id, analysis_id))

    # reading
    def review(self, project_id: int, analysis_id: int) -> Outcome[PairReview]:
        return _run(lambda: self._review(project_id, analysis_id))

    def _review(self, project_id: int, analysis_id: int) -> PairReview:
        me, blind, rec = self.store.pair(project_id, analysis_id)
        visible = _sees_others(me, blind, rec)
        names = {m.id: m.display_name for m in rec.members}
        others: dict[str, list[DecisionView]] = {}
        others_added: dict[str, list[MemberAnnotationView]] = {}
        if visible:
            for d in rec.decisions:
                if d.member_id != me.id:
                    others.setdefault(names[d.member_id], []).append(d)
            for a in rec.annotations:
                if a.member_id != me.id:
                    others_added.setdefault(names[a.member_id], []).append(a)
        return PairReview(me, rec.source_text, rec.target_text, rec.machine,
                          [d for d in rec.decisions if d.member_id == me.id],
                          [a for a in rec.annotations if a.member_id == me.id], me.id in rec.done,
                          visible, others, others_added)

    def pair_agreement(self, project_id: int, analysis_id: int, rounds: int = 500) -> Outcome[ProjectAgreement]:
        def run() -> ProjectAgreement:
            me, blind, rec = self.store.pair(project_id, analysis_id)
            if not _sees_others(me, blind, rec):
                raise _hidden()
            return agreement_of(pair_units(rec), rounds)
        return _run(run)

    def project_agreement(self, project_id: int, rounds: int = 500) -> Outcome[ProjectAgreement]:
        """All pairs of the project pooled (coordinator, or everyone when blind mode is off)."""
        def run() -> ProjectAgreement:
            units: list[ag.Unit] = []
            for aid in self.store.analysis_ids(project_id):
                me, blind, rec = self.store.pair(project_id, aid)
                if me.role != "coordinator" and blind:
                    raise _hidden()
                units.extend(pair_units(rec))
            return agreement_of(units, rounds)
        return _run(run)

    def export_pair(self, project_id: int, analysis_id: int, annotator: str | None = None) -> Outcome[PairExport]:
        """Export input (coordinator): machine proposals plus each member's spans (or one member's)."""
        def run() -> PairExport:
            me, _blind, rec = self.store.pair(project_id, analysis_id)
            if me.role != "coordinator":
                raise ReviewError("Só a coordenação do projeto exporta as anotações.", "not_coordinator")
            return pair_export(rec, annotator)
        return _run(run)


def for_repo(repo: Repository) -> ProjectsService:
    """The projects of the workspace ``repo`` belongs to (pages hold a repository, not a store)."""
    return ProjectsService(ProjectStore(repo.engine, repo.workspace_id))


@dataclass(frozen=True)
class Placeable:
    """What a coordinator may place in a project: their own analyses and corpora."""

    analyses: list[tuple[int, str]]     # (id, title), newest first
    corpora: list[tuple[int, str]]      # (id, name)


def placeable(repo: Repository, limit: int = 100) -> Outcome[Placeable]:
    def run() -> Placeable:
        page = repo.list_analyses(page_size=limit)
        return Placeable([(a.id, a.title or a.source_preview[:60]) for a in page.items],
                         [(c.id, c.name) for c in repo.list_corpora()])
    return _run(run)


@dataclass(frozen=True)
class ProjectExports:
    """The files a coordinator downloads: INCEpTION zip, Label Studio tasks and config."""

    inception_zip: bytes
    label_studio_tasks: bytes
    label_studio_config: str


def project_exports(svc: ProjectsService, project_id: int, annotator: str | None = None) -> Outcome[ProjectExports]:
    """Every pair of the project, as the two tools take them (coordinator only)."""
    def run() -> ProjectExports:
        pairs = []
        for aid in svc.store.analysis_ids(project_id):
            me, _blind, rec = svc.store.pair(project_id, aid)
            if me.role != "coordinator":
                raise ReviewError("Só a coordenação do projeto exporta as anotações.", "not_coordinator")
            pairs.append(pair_export(rec, annotator))
        return ProjectExports(inception_zip(pairs), label_studio_json(pairs), label_studio_config())
    return _run(run)


def pair_export(rec: PairRecord, annotator: str | None = None) -> PairExport:
    """Machine detections as the machine's proposals (origin ``machine``, no annotator), every
    member's decision on them (origin ``review``) and their added spans (origin ``human``)."""
    names = {m.id: m.display_name for m in rec.members}
    keep = {mid for mid, n in names.items() if annotator is None or n == annotator}
    by_ann = {det.annotation_id: det for det in rec.machine}
    spans = [ExportSpan(d.code, d.source_spans, d.target_spans, d.confidence) for d in rec.machine]
    for d in rec.decisions:
        if d.member_id in keep:
            det = by_ann[d.annotation_id]
            spans.append(ExportSpan(d.code, det.source_spans, det.target_spans, det.confidence, d.status,
                                    names[d.member_id], d.comment, "review"))
    for a in rec.annotations:
        if a.member_id in keep:
            spans.append(ExportSpan(a.code, a.source_spans, a.target_spans, None, "created",
                                    names[a.member_id], a.comment, "human"))
    return PairExport(rec.title or f"par-{rec.analysis_id}", AnalysisResult.from_json(rec.result_json), spans)
