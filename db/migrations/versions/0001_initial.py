"""Initial schema: workspaces, analyses, annotations, events, preferences, corpora.

Revision ID: 0001_initial
Revises:
Create Date: 2025-01-01

Additive only (expand/contract): see db/README.md.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "workspace",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("account_hash", sa.String(length=64), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        _ts("created_at"),
    )
    op.create_index("ix_workspace_key_hash", "workspace", ["key_hash"], unique=True)
    op.create_index("ix_workspace_account_hash", "workspace", ["account_hash"], unique=True)

    op.create_table(
        "corpus",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), sa.ForeignKey("workspace.id"), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("total_pairs", sa.Integer(), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
    )
    op.create_index("ix_corpus_workspace_id", "corpus", ["workspace_id"])

    op.create_table(
        "analysis",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), sa.ForeignKey("workspace.id"), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("target_text", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("source_hash", sa.String(length=64), nullable=False),
        sa.Column("target_hash", sa.String(length=64), nullable=False),
        sa.Column("cache_key", sa.String(length=64), nullable=False),
        sa.Column("engine_version", sa.String(length=50), nullable=False),
        sa.Column("model_name", sa.String(length=300), nullable=False),
        sa.Column("settings_json", sa.Text(), nullable=False),
        sa.Column("result_json", sa.Text(), nullable=False),
        sa.Column("timings_json", sa.Text(), nullable=False),
        sa.Column("corpus_id", sa.Integer(), sa.ForeignKey("corpus.id"), nullable=True),
        sa.Column("pair_name", sa.String(length=300), nullable=True),
        sa.Column("pair_index", sa.Integer(), nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
    )
    op.create_index("ix_analysis_ws_created", "analysis", ["workspace_id", "created_at"])
    op.create_index("ix_analysis_ws_cache", "analysis", ["workspace_id", "cache_key"])
    op.create_index("ix_analysis_corpus_id", "analysis", ["corpus_id"])

    op.create_table(
        "corpusitem",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), sa.ForeignKey("workspace.id"), nullable=False),
        sa.Column("corpus_id", sa.Integer(), sa.ForeignKey("corpus.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column("analysis_id", sa.Integer(), sa.ForeignKey("analysis.id"), nullable=True),
        _ts("updated_at"),
    )
    op.create_index("ix_corpusitem_workspace_id", "corpusitem", ["workspace_id"])
    op.create_index("ix_corpusitem_corpus_status", "corpusitem", ["corpus_id", "status"])

    op.create_table(
        "annotation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), sa.ForeignKey("workspace.id"), nullable=False),
        sa.Column("analysis_id", sa.Integer(), sa.ForeignKey("analysis.id"), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("original_code", sa.String(length=10), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("source_spans", sa.Text(), nullable=False),
        sa.Column("target_spans", sa.Text(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("detection_index", sa.Integer(), nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        _ts("decided_at", nullable=True),
    )
    op.create_index("ix_annotation_analysis_id", "annotation", ["analysis_id"])
    op.create_index("ix_annotation_ws_origin", "annotation", ["workspace_id", "origin"])

    op.create_table(
        "annotationevent",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), sa.ForeignKey("workspace.id"), nullable=False),
        sa.Column("analysis_id", sa.Integer(), sa.ForeignKey("analysis.id"), nullable=False),
        sa.Column("annotation_id", sa.Integer(), sa.ForeignKey("annotation.id"), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=True),
        sa.Column("from_code", sa.String(length=10), nullable=True),
        sa.Column("to_code", sa.String(length=10), nullable=True),
        sa.Column("detail_json", sa.Text(), nullable=False),
        sa.Column("undoes_event_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=False),
        _ts("created_at"),
    )
    op.create_index("ix_annotationevent_workspace_id", "annotationevent", ["workspace_id"])
    op.create_index("ix_annotationevent_annotation_id", "annotationevent", ["annotation_id"])
    op.create_index("ix_annotationevent_analysis_id_id", "annotationevent", ["analysis_id", "id"])

    op.create_table(
        "preference",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), sa.ForeignKey("workspace.id"), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("theme", sa.String(length=10), nullable=False),
        sa.Column("palette", sa.String(length=20), nullable=False),
        sa.Column("min_confidence", sa.Float(), nullable=False),
        sa.Column("enabled_strategies", sa.Text(), nullable=False),
        _ts("updated_at"),
        sa.UniqueConstraint("workspace_id"),
    )


def downgrade() -> None:
    for table in ("preference", "annotationevent", "annotation", "corpusitem", "analysis", "corpus",
                  "workspace"):
        op.drop_table(table)
