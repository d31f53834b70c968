"""Three levels (original → natural → strong) and opt-in calibrated confidence.

Revision ID: 0006_levels_calibration
Revises: 0005_alignment_corrections
Create Date: 2026-11-30

Additive (expand): nullable columns and columns with a server default; nothing existing changes.
- ``analysis.levels_json``: on the first step of a chain, the level names, the ids of every
  step's analysis and the chain (what each original sentence became at each level);
- ``analysis.chain_head_id`` / ``analysis.level_index``: on the later steps, the chain's first
  step and the step's position (history lists only the first step: one entry per chain);
- ``preference.calibrated_confidence``: show the confidence calibrated by the decisions (off);
- ``draft.third``: the third level's pasted text, kept like the other two;
- ``corpusitem.third``: a corpus row's third level (a CSV/JSONL column), analysed as a chain.
See db/README.md.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_levels_calibration"
down_revision: str | Sequence[str] | None = "0005_alignment_corrections"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("analysis") as b:
        b.add_column(sa.Column("levels_json", sa.Text(), nullable=True))
        b.add_column(sa.Column("chain_head_id", sa.Integer(), nullable=True))
        b.add_column(sa.Column("level_index", sa.Integer(), nullable=True))
        b.create_index("ix_analysis_chain_head_id", ["chain_head_id"])
    with op.batch_alter_table("preference") as b:
        b.add_column(sa.Column("calibrated_confidence", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("draft") as b:
        b.add_column(sa.Column("third", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("corpusitem") as b:
        b.add_column(sa.Column("third", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("corpusitem") as b:
        b.drop_column("third")
    with op.batch_alter_table("draft") as b:
        b.drop_column("third")
    with op.batch_alter_table("preference") as b:
        b.drop_column("calibrated_confidence")
    with op.batch_alter_table("analysis") as b:
        b.drop_index("ix_analysis_chain_head_id")
        b.drop_column("level_index")
        b.drop_column("chain_head_id")
        b.drop_column("levels_json")
