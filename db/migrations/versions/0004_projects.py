"""Shared projects: members, invitations, items, per-annotator decisions and annotations, pairs done.

Revision ID: 0004_projects
Revises: 0003_drafts
Create Date: 2026-11-30

Additive (expand): seven new tables; nothing existing changes. See db/README.md.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_projects"
down_revision: str | Sequence[str] | None = "0003_drafts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), primary_key=True, nullable=False)


def _fk(name: str, table: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Integer(), sa.ForeignKey(f"{table}.id"), nullable=nullable)


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "project", _id(), _fk("workspace_id", "workspace"),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("blind", sa.Boolean(), nullable=False, server_default=sa.true()),
        _ts("created_at"))
    op.create_index("ix_project_workspace_id", "project", ["workspace_id"])
    op.create_table(
        "projectmember", _id(), _fk("project_id", "project"), _fk("workspace_id", "workspace"),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        _ts("created_at"), _ts("removed_at", nullable=True))
    op.create_index("ix_projectmember_project_ws", "projectmember", ["project_id", "workspace_id"])
    op.create_index("ix_projectmember_workspace_id", "projectmember", ["workspace_id"])
    op.create_table(
        "projectinvitation", _id(), _fk("project_id", "project"),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        _ts("created_at"), _ts("revoked_at", nullable=True), _fk("used_by", "projectmember", nullable=True))
    op.create_index("ix_projectinvitation_project_id", "projectinvitation", ["project_id"])
    op.create_index("ix_projectinvitation_key_hash", "projectinvitation", ["key_hash"], unique=True)
    op.create_table(
        "projectitem", _id(), _fk("project_id", "project"), _fk("analysis_id", "analysis", nullable=True),
        _fk("corpus_id", "corpus", nullable=True), _ts("created_at"))
    for col in ("project_id", "analysis_id", "corpus_id"):
        op.create_index(f"ix_projectitem_{col}", "projectitem", [col])
    op.create_table(
        "annotatordecision", _id(), _fk("project_id", "project"), _fk("member_id", "projectmember"),
        _fk("analysis_id", "analysis"), _fk("annotation_id", "annotation"),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        _ts("created_at"), _ts("updated_at"))
    op.create_index("ix_annotatordecision_member_ann", "annotatordecision", ["member_id", "annotation_id"],
                    unique=True)
    op.create_index("ix_annotatordecision_project_id", "annotatordecision", ["project_id"])
    op.create_index("ix_annotatordecision_analysis_id", "annotatordecision", ["analysis_id"])
    op.create_table(
        "memberannotation", _id(), _fk("project_id", "project"), _fk("member_id", "projectmember"),
        _fk("analysis_id", "analysis"),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("source_spans", sa.Text(), nullable=False),
        sa.Column("target_spans", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        _ts("created_at"), _ts("deleted_at", nullable=True))
    op.create_index("ix_memberannotation_project_analysis", "memberannotation", ["project_id", "analysis_id"])
    op.create_index("ix_memberannotation_member_id", "memberannotation", ["member_id"])
    op.create_table(
        "pairdone", _id(), _fk("project_id", "project"), _fk("member_id", "projectmember"),
        _fk("analysis_id", "analysis"), _ts("done_at"))
    op.create_index("ix_pairdone_member_analysis", "pairdone", ["member_id", "analysis_id"], unique=True)
    op.create_index("ix_pairdone_project_id", "pairdone", ["project_id"])


def downgrade() -> None:
    for table in ("pairdone", "memberannotation", "annotatordecision", "projectitem", "projectinvitation",
                  "projectmember", "project"):
        op.drop_table(table)
