"""Unsaved Analisar texts per workspace (draft), so they survive a server restart.

Revision ID: 0003_drafts
Revises: 0002_progress_counters
Create Date: 2026-11-30

Additive (expand): one new table; nothing existing changes. See db/README.md.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_drafts"
down_revision: str | Sequence[str] | None = "0002_progress_counters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("workspace_id", sa.Integer(), sa.ForeignKey("workspace.id"), primary_key=True, nullable=False),
        sa.Column("source", sa.Text(), nullable=False, server_default=""),
        sa.Column("target", sa.Text(), nullable=False, server_default=""),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("draft")
