"""learner.standing_*: whether the learner meets their target programme, for the caseload

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

The values are derived by the eligibility rules (services.target_standing), which a migration
cannot run; they start empty and the program fills them in the next time it opens the store.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("standing_target", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("standing_eligible", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("standing_on", sa.Date(), nullable=True))
        batch_op.create_index("ix_learner_standing", ["standing_eligible"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.drop_index("ix_learner_standing")
        batch_op.drop_column("standing_on")
        batch_op.drop_column("standing_eligible")
        batch_op.drop_column("standing_target")
