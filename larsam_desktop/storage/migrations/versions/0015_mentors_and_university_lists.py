"""mentors, university progress lists and non-eligible applicants (issue 17)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04

``mentor``: a mentor or fadder for a learner with start and end; ``university_progress``:
the lines of the university's progress lists (registered, credits, completed,
discontinued) with the list's name and date, linked to an offering when the list names one;
``non_eligible_applicant``: a learner on a list of applicants who were not eligible;
``hogskoleprov_sitting``: a högskoleprov sitting registered for and attended. Only new
tables: nothing existing changes.
"""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamp(name: str, *, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _learner(table: str) -> tuple[sa.Column[int], sa.ForeignKeyConstraint]:
    return sa.Column("learner_id", sa.Integer(), nullable=False), sa.ForeignKeyConstraint(
        ["learner_id"],
        ["learner.id"],
        name=op.f(f"fk_{table}_learner_id_learner"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "mentor",
        sa.Column("id", sa.Integer(), nullable=False),
        *_learner("mentor"),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("affiliation", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column("contact", sa.String(length=150), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        _stamp("created_at"),
        _stamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor")),
    )
    op.create_index("ix_mentor_learner", "mentor", ["learner_id", "starts_on"])
    op.create_index("ix_mentor_ends", "mentor", ["ends_on"])
    op.create_table(
        "university_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        *_learner("university_progress"),
        sa.Column("event", sa.String(length=16), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("list_name", sa.String(length=150), nullable=False),
        sa.Column("offering_id", sa.Integer(), nullable=True),
        sa.Column("credits_tenths", sa.Integer(), nullable=True),
        _stamp("imported_at"),
        sa.ForeignKeyConstraint(
            ["offering_id"],
            ["offering.id"],
            name=op.f("fk_university_progress_offering_id_offering"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_university_progress")),
    )
    op.create_index(
        "ix_university_progress_learner", "university_progress", ["learner_id", "on_date"]
    )
    op.create_index("ix_university_progress_offering", "university_progress", ["offering_id"])
    op.create_table(
        "non_eligible_applicant",
        sa.Column("id", sa.Integer(), nullable=False),
        *_learner("non_eligible_applicant"),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("term", sa.String(length=6), nullable=False),
        sa.Column("list_name", sa.String(length=150), nullable=False),
        _stamp("imported_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_non_eligible_applicant")),
        sa.UniqueConstraint(
            "learner_id",
            "target_id",
            "term",
            name=op.f("uq_non_eligible_applicant_learner_id"),
        ),
    )
    op.create_table(
        "hogskoleprov_sitting",
        sa.Column("id", sa.Integer(), nullable=False),
        *_learner("hogskoleprov_sitting"),
        sa.Column("sitting_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        _stamp("recorded_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hogskoleprov_sitting")),
        sa.UniqueConstraint(
            "learner_id", "sitting_on", name=op.f("uq_hogskoleprov_sitting_learner_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("hogskoleprov_sitting")
    op.drop_table("non_eligible_applicant")
    op.drop_index("ix_university_progress_offering", table_name="university_progress")
    op.drop_index("ix_university_progress_learner", table_name="university_progress")
    op.drop_table("university_progress")
    op.drop_index("ix_mentor_ends", table_name="mentor")
    op.drop_index("ix_mentor_learner", table_name="mentor")
    op.drop_table("mentor")
