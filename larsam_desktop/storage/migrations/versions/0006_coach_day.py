"""contacts, restricted notes, follow-ups, activities and exam bookings (issue 5)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from collections.abc import Sequence

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # placeholder, filled in with the tables of contacts, restricted notes, follow-ups, activities and exam bookings (issue 5)


def downgrade() -> None:
    pass
