"""SQLModel tables. The schema itself is owned by the Alembic migrations in ``db/migrations``.

These classes mirror the migrated schema (a test compares them with Alembic's autogenerate so
they cannot drift). JSON payloads (spans, settings, results) are stored as ``Text`` so the same
schema works on SQLite and PostgreSQL. Every row that belongs to a researcher carries
``workspace_id`` so every query can — and must — filter by it.
"""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Boolean, Column, DateTime, Index, Integer, Text, false, true
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def _ts(**kw) -> Column:
    return Column(DateTime(timezone=True), nullable=False, **kw)


class Workspace(SQLModel, table=True):
    """Who owns data. The key is only stored as its sha256; accounts by hashed OIDC subject."""

    id: int | None = Field(default=None, primary_key=True)
    key_hash: str = Field(max_length=64, unique=True, index=True)
    account_hash: str | None = Field(default=None, max_length=64, unique=True, index=True)
    name: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class Corpus(SQLModel, table=True):
    """A batch of (source, target) pairs analysed together; resumable through CorpusItem."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    name: str = Field(max_length=300)
    status: str = Field(default="pending", max_length=20)   # pending | running | done
    total_pairs: int = 0
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class Analysis(SQLModel, table=True):
    __table_args__ = (
        Index("ix_analysis_ws_created", "workspace_id", "created_at"),
        Index("ix_analysis_ws_cache", "workspace_id", "cache_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id")
    title: str = Field(default="", max_length=300)
    source_text: str = Field(sa_column=Column(Text, nullable=False))
    target_text: str = Field(sa_column=Column(Text, nullable=False))
    # title + both texts, case-folded and without accents: what history search matches, so
    # "funcionarios" finds "Funcionários" on SQLite and on any PostgreSQL locale alike
    search_text: str = Field(default="", sa_column=Column(Text, nullable=False))
    source_hash: str = Field(max_length=64)
    target_hash: str = Field(max_length=64)
    cache_key: str = Field(max_length=64)
    engine_version: str = Field(max_length=50)
    model_name: str = Field(default="", max_length=300)
    settings_json: str = Field(sa_column=Column(Text, nullable=False))
    result_json: str = Field(sa_column=Column(Text, nullable=False))
    timings_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    corpus_id: int | None = Field(default=None, foreign_key="corpus.id", index=True)
    pair_name: str | None = Field(default=None, max_length=300)
    pair_index: int | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    # review progress, kept in step by every review action (same transaction, analysis row
    # locked) so history pages never aggregate the annotation table (revision 0002)
    n_detections: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))
    n_decided: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))
    n_human: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))
    # three levels (revision 0006): the chain's first step carries ``levels_json`` (level names,
    # step analysis ids, the chain); later steps point at it and are not listed in history
    levels_json: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    chain_head_id: int | None = Field(default=None, index=True)
    level_index: int | None = None


class CorpusItem(SQLModel, table=True):
    __table_args__ = (Index("ix_corpusitem_corpus_status", "corpus_id", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    corpus_id: int = Field(foreign_key="corpus.id")
    position: int = 0
    name: str = Field(max_length=300)
    source: str = Field(sa_column=Column(Text, nullable=False))
    target: str = Field(sa_column=Column(Text, nullable=False))
    third: str | None = Field(default=None, sa_column=Column(Text, nullable=True))   # 0006: strong level
    status: str = Field(default="pending", max_length=20)   # pending | done | error
    error_message: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    analysis_id: int | None = Field(default=None, foreign_key="analysis.id")
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class Annotation(SQLModel, table=True):
    __table_args__ = (
        Index("ix_annotation_ws_origin", "workspace_id", "origin"),
        # covers the feedback-statistics GROUP BY (index-only scan) — revision 0002
        Index("ix_annotation_stats", "workspace_id", "origin", "original_code", "status", "code"),
        Index("ix_annotation_decided", "workspace_id", "origin", "decided_at", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id")
    analysis_id: int = Field(foreign_key="analysis.id", index=True)
    code: str = Field(max_length=10)
    original_code: str = Field(max_length=10)
    origin: str = Field(max_length=10)                       # machine | human
    status: str = Field(max_length=20)                       # pending | accepted | rejected | relabelled | created | deleted | superseded
    confidence: float | None = None
    source_spans: str = Field(default="[]", sa_column=Column(Text, nullable=False))   # JSON [[start, end], ...]
    target_spans: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    explanation: str = Field(default="", sa_column=Column(Text, nullable=False))
    comment: str = Field(default="", sa_column=Column(Text, nullable=False))
    detection_index: int | None = None                       # index into result.strategies
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    decided_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=True))
    # a researcher corrected the alignment under this decided detection: look at it again (0005)
    needs_look: bool = Field(default=False, sa_column=Column(Boolean, nullable=False, server_default=false()))


class AnnotationEvent(SQLModel, table=True):
    """Append-only audit: never updated, never deleted except with its analysis."""

    __table_args__ = (Index("ix_annotationevent_analysis_id_id", "analysis_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    analysis_id: int = Field(foreign_key="analysis.id")
    annotation_id: int = Field(foreign_key="annotation.id", index=True)
    action: str = Field(max_length=20)     # detect | accept | reject | relabel | edit_span | comment | create | delete | undo | import
    from_status: str | None = Field(default=None, max_length=20)
    to_status: str | None = Field(default=None, max_length=20)
    from_code: str | None = Field(default=None, max_length=10)
    to_code: str | None = Field(default=None, max_length=10)
    detail_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))  # before/after spans, comment
    undoes_event_id: int | None = None
    actor: str = Field(default="researcher", max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class Preference(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", unique=True)
    language: str = Field(default="pt-BR", max_length=10)
    theme: str = Field(default="auto", max_length=10)
    palette: str = Field(default="default", max_length=20)
    min_confidence: float = 0.0
    enabled_strategies: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # JSON list
    # opt-in (revision 0006): cards show the confidence calibrated by the workspace's decisions
    calibrated_confidence: bool = Field(default=False, sa_column=Column(Boolean, nullable=False,
                                                                        server_default=false()))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class Draft(SQLModel, table=True):
    """The texts a researcher pasted on Analisar and has not analysed yet, one row per workspace.

    Why stored: session state dies with the server process (a restart, a deploy); the draft
    brings the pasted texts back on the same workspace URL (``services.drafts``).
    """

    workspace_id: int = Field(foreign_key="workspace.id", primary_key=True)
    source: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    target: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    title: str = Field(default="", max_length=300)
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    third: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))   # 0006


# --------------------------------------------------------------------- shared projects (0004)
class Project(SQLModel, table=True):
    """A research group's shared project, owned by the workspace that created it.

    Why apart from workspaces: annotators keep their own private workspace; membership (not
    ownership) is what lets them see the project's analyses, so leaving ends access at once.
    """

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    name: str = Field(max_length=200)
    blind: bool = Field(default=True, sa_column=Column(Boolean, nullable=False, server_default=true()))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class ProjectMember(SQLModel, table=True):
    """A workspace taking part in a project; its identity as an annotator."""

    __table_args__ = (Index("ix_projectmember_project_ws", "project_id", "workspace_id"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id")
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    role: str = Field(max_length=20)                         # coordinator | annotator
    display_name: str = Field(max_length=100)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    removed_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=True))


class ProjectInvitation(SQLModel, table=True):
    """One invitation key per annotator; only the sha256 of the key is stored."""

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True)
    key_hash: str = Field(max_length=64, unique=True, index=True)
    role: str = Field(max_length=20)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    revoked_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=True))
    used_by: int | None = Field(default=None, foreign_key="projectmember.id")


class ProjectItem(SQLModel, table=True):
    """An analysis or a corpus (all its analyses) placed in a project."""

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True)
    analysis_id: int | None = Field(default=None, foreign_key="analysis.id", index=True)
    corpus_id: int | None = Field(default=None, foreign_key="corpus.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class AnnotatorDecision(SQLModel, table=True):
    """One member's decision on one machine detection, independent of every other member's."""

    __table_args__ = (Index("ix_annotatordecision_member_ann", "member_id", "annotation_id", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True)
    member_id: int = Field(foreign_key="projectmember.id")
    analysis_id: int = Field(foreign_key="analysis.id", index=True)
    annotation_id: int = Field(foreign_key="annotation.id")
    status: str = Field(max_length=20)                       # accepted | rejected | relabelled
    code: str = Field(max_length=10)
    comment: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class MemberAnnotation(SQLModel, table=True):
    """A span a member added by hand on a project's pair (kept out of the owner's own review)."""

    __table_args__ = (Index("ix_memberannotation_project_analysis", "project_id", "analysis_id"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id")
    member_id: int = Field(foreign_key="projectmember.id", index=True)
    analysis_id: int = Field(foreign_key="analysis.id")
    code: str = Field(max_length=10)
    source_spans: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    target_spans: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    comment: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    deleted_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=True))


class PairDone(SQLModel, table=True):
    """A member marked a pair done: from then on, in blind mode, they see the others' work."""

    __table_args__ = (Index("ix_pairdone_member_analysis", "member_id", "analysis_id", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True)
    member_id: int = Field(foreign_key="projectmember.id")
    analysis_id: int = Field(foreign_key="analysis.id")
    done_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


# ------------------------------------------------------------- alignment corrections (0005)
class AlignmentCorrection(SQLModel, table=True):
    """One correction of an analysis' sentence alignment by a researcher, or the undo of one.

    Append-only like AnnotationEvent. Why the whole previous result is kept: undo restores the
    alignment and the detections exactly as they were, whatever the engine version is now.
    """

    __table_args__ = (Index("ix_alignmentcorrection_analysis_id_id", "analysis_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    analysis_id: int = Field(foreign_key="analysis.id")
    action: str = Field(max_length=20)     # link | unlink | merge | split | omitted | added | undo
    detail_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))  # correction, annotation changes
    before_result_json: str = Field(sa_column=Column(Text, nullable=False))
    undoes_id: int | None = None
    actor: str = Field(default="researcher", max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
