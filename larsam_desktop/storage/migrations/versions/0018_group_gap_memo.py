"""group gap memo: the student group's gaps kept between starts (issue 17)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-08

``group_gap_memo`` (``storage.tables.group_gap_memo``): per rule book and code
(``memo_key``), target and digest of a gap signature, the gap it gives, so the first build
of a day evaluates only the signatures not seen on an earlier day. No learner id and no
course pattern in clear (a 128-bit digest and the answer). Portable: plain columns, a
composite primary key; nothing to copy from older data (an empty memo is right).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "group_gap_memo",
        sa.Column("memo_key", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=32), nullable=False),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("codes", sa.String(length=2000), nullable=False),
        sa.Column("studyable", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint(
            "memo_key", "target_id", "signature", name=op.f("pk_group_gap_memo")
        ),
    )


def downgrade() -> None:
    op.drop_table("group_gap_memo")
