"""Review-progress counters on analysis; covering indexes for feedback statistics.

Revision ID: 0002_progress_counters
Revises: 0001_initial
Create Date: 2025-01-02

Additive (expand): new NOT NULL columns come with a server default and are backfilled here;
nothing is renamed or dropped. See db/README.md.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_progress_counters"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COUNTERS = ("n_detections", "n_decided", "n_human")


def upgrade() -> None:
    with op.batch_alter_table("analysis") as batch:
        for name in COUNTERS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default="0"))
    op.execute("""
        UPDATE analysis SET
          n_detections = (SELECT count(*) FROM annotation a
                          WHERE a.analysis_id = analysis.id AND a.origin = 'machine'),
          n_decided = (SELECT count(*) FROM annotation a
                       WHERE a.analysis_id = analysis.id AND a.origin = 'machine' AND a.status <> 'pending'),
          n_human = (SELECT count(*) FROM annotation a
                     WHERE a.analysis_id = analysis.id AND a.origin = 'human' AND a.status <> 'deleted')
    """)
    op.create_index("ix_annotation_stats", "annotation",
                    ["workspace_id", "origin", "original_code", "status", "code"])
    op.create_index("ix_annotation_decided", "annotation", ["workspace_id", "origin", "decided_at", "status"])


def downgrade() -> None:
    op.drop_index("ix_annotation_decided", table_name="annotation")
    op.drop_index("ix_annotation_stats", table_name="annotation")
    with op.batch_alter_table("analysis") as batch:
        for name in COUNTERS:
            batch.drop_column(name)
