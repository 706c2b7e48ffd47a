"""learner.stage and learner.stage_since: the current pathway stage, for the caseload

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LATEST = (
    "(SELECT t.{column} FROM pathway_transition t WHERE t.learner_id = learner.id "
    "ORDER BY t.on_date DESC, t.id DESC LIMIT 1)"
)


def upgrade() -> None:
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stage", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("stage_since", sa.Date(), nullable=True))
        batch_op.create_index("ix_learner_stage", ["stage"], unique=False)
    # Learners who already have steps get their current stage now.
    op.execute(
        "UPDATE learner SET stage = "
        + _LATEST.format(column="stage")
        + ", stage_since = "
        + _LATEST.format(column="on_date")
    )


def downgrade() -> None:
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.drop_index("ix_learner_stage")
        batch_op.drop_column("stage_since")
        batch_op.drop_column("stage")
