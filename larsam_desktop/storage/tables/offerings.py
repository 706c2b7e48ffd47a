"""Programme offerings, their information meetings and the invitations to them (issue 17).

An offering's progress lists from the university (issue 17, part 2) link to ``offering.id``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from larsam_desktop.storage.tables.base import Base, UtcDateTime


class OfferingRow(Base):
    """One programme given by a lärosäte from a start term (domain.offerings.Offering)."""

    __tablename__ = "offering"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # lärosäte, target, term, form and lärcentrum, folded (Offering.key): one row each
    natural_key: Mapped[str] = mapped_column(String(300), unique=True)
    university: Mapped[str] = mapped_column(String(150))
    target_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(20))
    start_term: Mapped[str] = mapped_column(String(6))
    start_order: Mapped[int] = mapped_column(Integer)  # year * 2 + (1 for HT): sorts terms
    study_form: Mapped[str] = mapped_column(String(16))
    learning_centre_id: Mapped[int | None] = mapped_column(ForeignKey("learning_centre.id"))
    pace_percent: Mapped[int] = mapped_column(Integer)
    places: Mapped[int | None] = mapped_column(Integer)
    application_opens: Mapped[date] = mapped_column(Date)
    application_closes: Mapped[date] = mapped_column(Date)
    complete_by: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_offering_start", "start_order", "target_id"),)


class OfferingMeetingRow(Base):
    """An information meeting (an ``activity``) held for an offering."""

    __tablename__ = "offering_meeting"
    offering_id: Mapped[int] = mapped_column(
        ForeignKey("offering.id", ondelete="CASCADE"), primary_key=True
    )
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_offering_meeting_activity", "activity_id"),)


class ActivityInvitationRow(Base):
    """A learner invited to an activity, and their answer (``response`` NULL until given:
    ``accepted`` registers them as a participant, ``declined`` does not)."""

    __tablename__ = "activity_invitation"
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True
    )
    invited_at: Mapped[datetime] = mapped_column(UtcDateTime)
    invited_by: Mapped[str] = mapped_column(String(150))
    response: Mapped[str | None] = mapped_column(String(16))
    responded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_activity_invitation_learner", "learner_id"),)
