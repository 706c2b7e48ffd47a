"""programme offerings, student groups and information-meeting invitations (issue 17)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04

``offering``: a programme of the rule book given by a lärosäte from a start term (study
form, lärcentrum when decentralised, pace, places, the round's dates); ``offering_meeting``
links its information meetings (``activity`` rows); ``activity_invitation`` holds who was
invited to an activity and their answer. Only new tables: nothing existing changes.
"""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamp(name: str, *, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _fk(table: str, column: str, target: str, ondelete: str | None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.{'code' if target == 'municipality' else 'id'}"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def upgrade() -> None:
    op.create_table(
        "offering",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("natural_key", sa.String(length=300), nullable=False),
        sa.Column("university", sa.String(length=150), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("start_term", sa.String(length=6), nullable=False),
        sa.Column("start_order", sa.Integer(), nullable=False),
        sa.Column("study_form", sa.String(length=16), nullable=False),
        sa.Column("learning_centre_id", sa.Integer(), nullable=True),
        sa.Column("pace_percent", sa.Integer(), nullable=False),
        sa.Column("places", sa.Integer(), nullable=True),
        sa.Column("application_opens", sa.Date(), nullable=False),
        sa.Column("application_closes", sa.Date(), nullable=False),
        sa.Column("complete_by", sa.Date(), nullable=False),
        _stamp("created_at"),
        _stamp("updated_at"),
        _fk("offering", "learning_centre_id", "learning_centre", None),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offering")),
        sa.UniqueConstraint("natural_key", name=op.f("uq_offering_natural_key")),
    )
    op.create_index("ix_offering_start", "offering", ["start_order", "target_id"])
    op.create_table(
        "offering_meeting",
        sa.Column("offering_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        _fk("offering_meeting", "offering_id", "offering", "CASCADE"),
        _fk("offering_meeting", "activity_id", "activity", "CASCADE"),
        sa.PrimaryKeyConstraint("offering_id", "activity_id", name=op.f("pk_offering_meeting")),
    )
    op.create_index("ix_offering_meeting_activity", "offering_meeting", ["activity_id"])
    op.create_table(
        "activity_invitation",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        _stamp("invited_at"),
        sa.Column("invited_by", sa.String(length=150), nullable=False),
        sa.Column("response", sa.String(length=16), nullable=True),
        _stamp("responded_at", nullable=True),
        _fk("activity_invitation", "activity_id", "activity", "CASCADE"),
        _fk("activity_invitation", "learner_id", "learner", "CASCADE"),
        sa.PrimaryKeyConstraint("activity_id", "learner_id", name=op.f("pk_activity_invitation")),
    )
    op.create_index("ix_activity_invitation_learner", "activity_invitation", ["learner_id"])


def downgrade() -> None:
    op.drop_index("ix_activity_invitation_learner", table_name="activity_invitation")
    op.drop_table("activity_invitation")
    op.drop_index("ix_offering_meeting_activity", table_name="offering_meeting")
    op.drop_table("offering_meeting")
    op.drop_index("ix_offering_start", table_name="offering")
    op.drop_table("offering")
