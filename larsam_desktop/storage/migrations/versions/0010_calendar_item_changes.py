"""calendar items: change counter and modified time for SEQUENCE and LAST-MODIFIED (issue 20)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

A calendar client replaces an event it already has only when the new copy's SEQUENCE is
higher (RFC 5545 3.8.7.4), so follow-ups, activities and exam bookings count their changes
in ``sequence`` (0 for every existing row). Activities can now be cancelled
(``cancelled_at``, exported as STATUS:CANCELLED); exam bookings gain ``updated_at``
(existing rows: their cancellation time, else their creation time).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("follow_up", "activity", "exam_booking"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("sequence", sa.Integer(), nullable=False, server_default="0")
            )
            if table == "activity":
                batch_op.add_column(
                    sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True)
                )
            if table == "exam_booking":
                batch_op.add_column(
                    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True)
                )
    booking = sa.table(
        "exam_booking",
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("cancelled_at", sa.DateTime(timezone=True)),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    op.execute(
        booking.update().values(
            updated_at=sa.func.coalesce(booking.c.cancelled_at, booking.c.created_at)
        )
    )


def downgrade() -> None:
    for table in ("exam_booking", "activity", "follow_up"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == "exam_booking":
                batch_op.drop_column("updated_at")
            if table == "activity":
                batch_op.drop_column("cancelled_at")
            batch_op.drop_column("sequence")
