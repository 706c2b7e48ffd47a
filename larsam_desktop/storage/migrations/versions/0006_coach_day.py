"""contacts, restricted notes, follow-ups, activities and exam bookings (issue 5)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

Also learner.last_contact_on (kept by the contact repository; no contacts exist before this
revision, so it starts empty) and two indexes for the Today page.
"""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str, ondelete: str | None = "CASCADE") -> sa.Constraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def _stamp(name: str) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_contact_on", sa.Date(), nullable=True))
        batch_op.create_index("ix_learner_coach_contact", ["coach_id", "last_contact_on", "stage"])
        batch_op.create_index("ix_learner_coach_stage", ["coach_id", "stage", "stage_since"])

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("at_time", sa.Time(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=150), nullable=False),
        _stamp("created_at"),
        _fk("contact", "learner_id", "learner"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    op.create_index("ix_contact_learner", "contact", ["learner_id", "on_date", "id"])

    op.create_table(
        "restricted_note",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _stamp("created_at"),
        _fk("restricted_note", "contact_id", "contact"),
        _fk("restricted_note", "learner_id", "learner"),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_restricted_note")),
    )
    op.create_index("ix_restricted_note_learner", "restricted_note", ["learner_id"])

    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("owner_coach_id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        _stamp("created_at"),
        _stamp("updated_at"),
        _fk("follow_up", "learner_id", "learner"),
        _fk("follow_up", "contact_id", "contact", "SET NULL"),
        _fk("follow_up", "owner_coach_id", "coach", None),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    op.create_index("ix_follow_up_owner_open", "follow_up", ["owner_coach_id", "done_on", "due_on"])
    op.create_index("ix_follow_up_learner", "follow_up", ["learner_id", "due_on"])

    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=150), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        _stamp("created_at"),
        _stamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    op.create_index("ix_activity_on", "activity", ["on_date", "start_time"])

    op.create_table(
        "activity_participant",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=True),
        _stamp("registered_at"),
        _fk("activity_participant", "activity_id", "activity"),
        _fk("activity_participant", "learner_id", "learner"),
        sa.PrimaryKeyConstraint("activity_id", "learner_id", name=op.f("pk_activity_participant")),
    )
    op.create_index("ix_activity_participant_learner", "activity_participant", ["learner_id"])

    op.create_table(
        "exam_room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("learning_centre_id", sa.Integer(), nullable=False),
        _fk("exam_room", "learning_centre_id", "learning_centre", None),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_room")),
        sa.UniqueConstraint("name", name=op.f("uq_exam_room_name")),
    )

    op.create_table(
        "exam_booking",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("university", sa.String(length=200), nullable=False),
        sa.Column("course", sa.String(length=200), nullable=False),
        sa.Column("exam_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("proctor", sa.String(length=200), nullable=False),
        sa.Column("special_arrangements", sa.Text(), nullable=False),
        sa.Column("sitting", sa.Integer(), nullable=False),
        sa.Column("fee_kr", sa.Integer(), nullable=False),
        sa.Column("fee_reason", sa.String(length=16), nullable=False),
        sa.Column("recorded_by", sa.String(length=150), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        _stamp("created_at"),
        _fk("exam_booking", "learner_id", "learner"),
        _fk("exam_booking", "room_id", "exam_room", None),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_booking")),
    )
    op.create_index("ix_exam_booking_date_room", "exam_booking", ["exam_date", "room_id"])
    op.create_index("ix_exam_booking_learner", "exam_booking", ["learner_id", "course"])


def downgrade() -> None:
    for table in (
        "exam_booking",
        "exam_room",
        "activity_participant",
        "activity",
        "follow_up",
        "restricted_note",
        "contact",
    ):
        op.drop_table(table)
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.drop_index("ix_learner_coach_stage")
        batch_op.drop_index("ix_learner_coach_contact")
        batch_op.drop_column("last_contact_on")
