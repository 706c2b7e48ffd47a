"""Learners and what belongs to them: reference data, pathway steps, course records, profiles."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from larsam_desktop.storage.tables.base import (
    Base,
    SearchText,
    SortKey,
    UtcDateTime,
    new_record_key,
)


class AppMeta(Base):
    """Key/value facts about the database itself (e.g. that it holds demo data)."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000))


class Municipality(Base):
    __tablename__ = "municipality"
    code: Mapped[str] = mapped_column(String(4), primary_key=True)  # SCB kommunkod
    name: Mapped[str] = mapped_column(String(100))
    county: Mapped[str] = mapped_column(String(100))
    sort_key: Mapped[str] = mapped_column(SortKey)


class LearningCentre(Base):
    __tablename__ = "learning_centre"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    sort_key: Mapped[str] = mapped_column(SortKey)


class Coach(Base):
    __tablename__ = "coach"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_key: Mapped[str] = mapped_column(SortKey)


class Learner(Base):
    __tablename__ = "learner"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    # 12 digits; unique where present (NULL for learners without a number yet).
    personnummer: Mapped[str | None] = mapped_column(String(12), unique=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_year: Mapped[int] = mapped_column(Integer)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    street_address: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    home_municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    learning_centre_id: Mapped[int | None] = mapped_column(ForeignKey("learning_centre.id"))
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coach.id"))
    gender: Mapped[str] = mapped_column(String(16))
    foreign_born: Mapped[bool | None] = mapped_column(Boolean)
    arrival_year: Mapped[int | None] = mapped_column(Integer)
    prior_education: Mapped[str] = mapped_column(String(32))
    first_generation: Mapped[bool | None] = mapped_column(Boolean)
    protected_identity: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    # The current pathway stage and since when: derived from pathway_transition by its
    # repository on every change, so the caseload can filter and sort without a join.
    stage: Mapped[str | None] = mapped_column(String(20))
    stage_since: Mapped[date | None] = mapped_column(Date)
    # The date of the newest contact of any kind, kept by the contact repository so the
    # Today page finds learners who have gone quiet without scanning the contact log.
    last_contact_on: Mapped[date | None] = mapped_column(Date)
    # Whether the learner meets their target programme (NULL without a target), derived by
    # services.target_standing from courses, qualifications and the rules in force on
    # ``standing_on``; kept here so the caseload filters and sorts without evaluating.
    standing_target: Mapped[str | None] = mapped_column(String(64))
    standing_eligible: Mapped[bool | None] = mapped_column(Boolean)
    standing_on: Mapped[date | None] = mapped_column(Date)
    # A permanent random key for the statistics' cell key method (domain.statistics.cellkey):
    # set on every insert, ORM or Core executemany, by the Python-side default; never shown.
    record_key: Mapped[int] = mapped_column(Integer, default=new_record_key)
    # Derived columns kept by the repository: folded search text and Swedish sort key.
    search_text: Mapped[str] = mapped_column(SearchText)
    name_sort: Mapped[str] = mapped_column(SortKey)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    municipality: Mapped[Municipality | None] = relationship(lazy="raise")
    learning_centre: Mapped[LearningCentre | None] = relationship(lazy="raise")
    coach: Mapped[Coach | None] = relationship(lazy="raise")

    # Optimistic locking: a shared PostgreSQL server may have two coaches editing at once.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_learner_name_sort", "name_sort", "id"),
        Index("ix_learner_coach", "coach_id"),
        Index("ix_learner_learning_centre", "learning_centre_id"),
        Index("ix_learner_municipality", "home_municipality_code"),
        Index("ix_learner_stage", "stage"),
        Index("ix_learner_coach_contact", "coach_id", "last_contact_on", "stage"),
        Index("ix_learner_coach_stage", "coach_id", "stage", "stage_since"),
        Index("ix_learner_standing", "standing_eligible"),
    )


class PathwayTransition(Base):
    """One step on a learner's path; the rows of a learner are their history."""

    __tablename__ = "pathway_transition"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(20))
    preparation_kind: Mapped[str | None] = mapped_column(String(32))
    preparation_place: Mapped[str | None] = mapped_column(String(150))
    reason: Mapped[str | None] = mapped_column(String(500))
    on_date: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(150))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_pathway_transition_learner", "learner_id", "on_date", "id"),)


# the columns bulk reading of graded records needs, in one index (migration 0017)
GRADED_COLUMNS = ("learner_id", "status", "grade", "code", "points", "end_date")


class CourseRecordRow(Base):
    """One course a learner has planned, is reading, finished or left."""

    __tablename__ = "course_record"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(16))
    grade: Mapped[str | None] = mapped_column(String(3))
    points: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    provider: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_course_record_learner", "learner_id", "id"),
        Index("ix_course_record_graded", *GRADED_COLUMNS),
    )


class LearnerProfile(Base):
    """At most one row per learner: qualifications (transcript facts) and target programme."""

    __tablename__ = "learner_profile"
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True
    )
    examen: Mapped[str | None] = mapped_column(String(32))
    slutbetyg_points_passed: Mapped[int | None] = mapped_column(Integer)
    folkhogskola_intyg: Mapped[bool] = mapped_column(Boolean)
    work_years_after_19: Mapped[float] = mapped_column(Float)
    teaching_subject_hp: Mapped[float | None] = mapped_column(Float)
    # The rule book's older routes (issue 15, migration 0012).
    slutbetyg_issued_year: Mapped[int | None] = mapped_column(Integer)
    slutbetyg_programme_points: Mapped[int | None] = mapped_column(Integer)
    avgangsbetyg_years: Mapped[int | None] = mapped_column(Integer)
    folkhogskola_subjects: Mapped[str | None] = mapped_column(String(200))  # space-separated
    degree_hp: Mapped[float | None] = mapped_column(Float)
    target_id: Mapped[str | None] = mapped_column(String(64))
    target_start_term: Mapped[str | None] = mapped_column(String(6))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
