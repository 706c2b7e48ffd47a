"""audit: keyed chain and anchors (issue 13)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

Two nullable columns on the head row: ``chain_id`` (the random id the chain's key is found
by, outside the database) and ``keyed_from`` (the first entry hashed with HMAC-SHA256).
Existing entries keep their unkeyed SHA-256 hashes — a migration cannot reach the key and
must not rewrite history — so both stay NULL here; the program keys the chain at its next
entry (``storage.repositories.audit``), and the key's own record repeats ``keyed_from`` so
that moving it in the database is caught.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_id", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("keyed_from", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.drop_column("keyed_from")
        batch_op.drop_column("chain_id")
