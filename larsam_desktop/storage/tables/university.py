"""Mentors, the university's progress lists, non-eligible applicants and högskoleprov
sittings (issue 17, part 2). Every row belongs to one learner (``LEARNER_TABLES``)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from larsam_desktop.storage.tables.base import Base, UtcDateTime


class MentorRow(Base):
    """A mentor or fadder for a learner (domain.mentors.Mentor), from a day, to a day."""

    __tablename__ = "mentor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))  # mentor, fadder
    affiliation: Mapped[str] = mapped_column(String(16))  # learning_centre, university
    name: Mapped[str] = mapped_column(String(150))
    contact: Mapped[str | None] = mapped_column(String(150))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_mentor_learner", "learner_id", "starts_on"),
        Index("ix_mentor_ends", "ends_on"),
    )


class UniversityProgressRow(Base):
    """One line of a progress list from the university: registered, credits earned,
    completed or discontinued, with the list it came from and its date."""

    __tablename__ = "university_progress"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(16))
    on_date: Mapped[date] = mapped_column(Date)
    list_name: Mapped[str] = mapped_column(String(150))
    offering_id: Mapped[int | None] = mapped_column(ForeignKey("offering.id", ondelete="SET NULL"))
    credits_tenths: Mapped[int | None] = mapped_column(Integer)  # högskolepoäng × 10
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_university_progress_learner", "learner_id", "on_date"),
        Index("ix_university_progress_offering", "offering_id"),
    )


class NonEligibleApplicantRow(Base):
    """A learner on a university's list of applicants who were not eligible."""

    __tablename__ = "non_eligible_applicant"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    target_id: Mapped[str] = mapped_column(String(64))
    term: Mapped[str] = mapped_column(String(6))
    list_name: Mapped[str] = mapped_column(String(150))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (UniqueConstraint("learner_id", "target_id", "term"),)


class HogskoleprovSittingRow(Base):
    """A högskoleprov sitting a learner registered for, and whether they attended."""

    __tablename__ = "hogskoleprov_sitting"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    sitting_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))  # registered, attended, absent
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (UniqueConstraint("learner_id", "sitting_on"),)
