"""team mode's server-side tables (issue 16), PostgreSQL only

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03

An expand-only migration: nothing in ``public`` changes, so clients of 0012 keep working.
On PostgreSQL it adds the schema ``larsam_team`` (outside the mapped tables): which login
belongs to which team (a team is a lärcentrum), which login is which coach, notes shared
explicitly, the server's own change log with its keyed chain, the protected learners'
address and contact data, and the compatibility window (``oldest_client``). Roles, grants,
row-level security and triggers are installed by ``team init`` / ``team upgrade``
(storage.team_install), which need the role names. SQLite (the local file) is unchanged.
"""

from collections.abc import Sequence

from alembic import op

from larsam_desktop.storage.team_schema import OLDEST_CLIENT, create_team_tables

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # 0013 only expands: clients of 0012 keep working against it.
    create_team_tables(op.get_bind(), oldest_client=OLDEST_CLIENT)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP SCHEMA IF EXISTS larsam_team CASCADE")
