"""Alignment corrections: the correction log, and a "needs a new look" flag on annotations.

Revision ID: 0005_alignment_corrections
Revises: 0004_projects
Create Date: 2026-11-30

Additive (expand): one new table, one new NOT NULL column with a server default; nothing is
renamed or dropped. See db/README.md.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_alignment_corrections"
down_revision: str | Sequence[str] | None = "0004_projects"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("annotation") as batch:
        batch.add_column(sa.Column("needs_look", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "alignmentcorrection",
        sa.Column("id", sa.Integer(), primary_key=True, nullable=False),
        sa.Column("workspace_id", sa.Integer(), sa.ForeignKey("workspace.id"), nullable=False),
        sa.Column("analysis_id", sa.Integer(), sa.ForeignKey("analysis.id"), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("detail_json", sa.Text(), nullable=False),
        sa.Column("before_result_json", sa.Text(), nullable=False),
        sa.Column("undoes_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False))
    op.create_index("ix_alignmentcorrection_workspace_id", "alignmentcorrection", ["workspace_id"])
    op.create_index("ix_alignmentcorrection_analysis_id_id", "alignmentcorrection", ["analysis_id", "id"])


def downgrade() -> None:
    op.drop_table("alignmentcorrection")
    with op.batch_alter_table("annotation") as batch:
        batch.drop_column("needs_look")
