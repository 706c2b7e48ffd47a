"""pathway transitions, course records, learner profile (qualifications and target)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _learner_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["learner_id"],
        ["learner.id"],
        name=op.f(f"fk_{table}_learner_id_learner"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "course_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("grade", sa.String(length=3), nullable=True),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("provider", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _learner_fk("course_record"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_record")),
    )
    op.create_index("ix_course_record_learner", "course_record", ["learner_id", "id"])
    op.create_table(
        "learner_profile",
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("examen", sa.String(length=32), nullable=True),
        sa.Column("slutbetyg_points_passed", sa.Integer(), nullable=True),
        sa.Column("folkhogskola_intyg", sa.Boolean(), nullable=False),
        sa.Column("work_years_after_19", sa.Float(), nullable=False),
        sa.Column("teaching_subject_hp", sa.Float(), nullable=True),
        sa.Column("target_id", sa.String(length=64), nullable=True),
        sa.Column("target_start_term", sa.String(length=6), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _learner_fk("learner_profile"),
        sa.PrimaryKeyConstraint("learner_id", name=op.f("pk_learner_profile")),
    )
    op.create_table(
        "pathway_transition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("preparation_kind", sa.String(length=32), nullable=True),
        sa.Column("preparation_place", sa.String(length=150), nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=150), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _learner_fk("pathway_transition"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pathway_transition")),
    )
    op.create_index(
        "ix_pathway_transition_learner", "pathway_transition", ["learner_id", "on_date", "id"]
    )


def downgrade() -> None:
    op.drop_index("ix_pathway_transition_learner", table_name="pathway_transition")
    op.drop_table("pathway_transition")
    op.drop_table("learner_profile")
    op.drop_index("ix_course_record_learner", table_name="course_record")
    op.drop_table("course_record")
