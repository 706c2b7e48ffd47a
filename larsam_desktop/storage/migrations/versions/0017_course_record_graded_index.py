"""course record graded index: bulk reading of graded records from the index alone (issue 17)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07

``ix_course_record_graded`` on (learner_id, status, grade, code, points, end_date): every
column the bulk readings of graded and passed records use (``eligibility_rows``:
``graded_strings``, ``passed_strings``), so a range of learners is read from the index
without a look-up of each row in the table (the student group and eligibility over 100,000
learners read ~318,000 completed records). No table changes; SQLite and PostgreSQL alike.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_course_record_graded"
COLUMNS = ["learner_id", "status", "grade", "code", "points", "end_date"]


def upgrade() -> None:
    op.create_index(INDEX, "course_record", COLUMNS)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="course_record")
