"""högskoleprov results and admission cut-offs (issue 15)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

``hogskoleprov_result`` holds a learner's results (the score in hundredths, the test date);
``admission_cutoff`` the imported admission statistics of earlier rounds (values in
hundredths; ``mark`` says whether the value is a number, "all admitted" or "none admitted").
Both are new tables: nothing existing changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hogskoleprov_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("score_hundredths", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
            name=op.f("fk_hogskoleprov_result_learner_id_learner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hogskoleprov_result")),
    )
    op.create_index("ix_hogskoleprov_result_learner", "hogskoleprov_result", ["learner_id", "id"])
    op.create_table(
        "admission_cutoff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(6), nullable=False),
        sa.Column("selection_round", sa.Integer(), nullable=False),
        sa.Column("university", sa.String(200), nullable=False),
        sa.Column("code", sa.String(200), nullable=False),
        sa.Column("programme", sa.String(200), nullable=False),
        sa.Column("selection_group", sa.String(6), nullable=False),
        sa.Column("mark", sa.String(16), nullable=False),
        sa.Column("value_hundredths", sa.Integer(), nullable=True),
        sa.Column("admitted", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admission_cutoff")),
    )
    op.create_index("ix_admission_cutoff_term", "admission_cutoff", ["term", "selection_round"])


def downgrade() -> None:
    op.drop_index("ix_admission_cutoff_term", table_name="admission_cutoff")
    op.drop_table("admission_cutoff")
    op.drop_index("ix_hogskoleprov_result_learner", table_name="hogskoleprov_result")
    op.drop_table("hogskoleprov_result")
