"""caseload generation: a token every write the caseload index reads changes (issue 19)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06

app_meta ``caseload_generation`` and, on SQLite, the triggers that set it to a fresh random
value with every insert, delete and relevant update of learner, coach, learning_centre and
municipality (``storage.caseload_generation``). The caseload's index snapshot beside a
local database is used only while the generation it was built at is current. PostgreSQL:
nothing (team mode keeps no snapshot). No table changes.
"""

from collections.abc import Sequence

from alembic import op

from larsam_desktop.storage.caseload_generation import install, uninstall

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    install(op.get_bind())


def downgrade() -> None:
    uninstall(op.get_bind())
