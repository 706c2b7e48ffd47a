"""audit log, retention settings and import bookkeeping (issue 7)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from collections.abc import Sequence

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # placeholder, filled in with the tables of the audit log and retention (issue 7)


def downgrade() -> None:
    pass
