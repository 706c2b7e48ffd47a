"""Mapped tables. Portable between SQLite and PostgreSQL: no dialect-only types."""

from __future__ import annotations

import secrets
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    event,
    insert,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from larsam_desktop.domain.audit import GENESIS_HASH as AUDIT_GENESIS_HASH

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

def new_record_key() -> int:
    """A learner's statistics record key: uniform in 0..255 (cellkey.KEY_RANGE)."""
    return secrets.randbelow(256)


# Sort keys are compared code point by code point (see domain.text.swedish_sort_key):
# SQLite's default BINARY collation does that; PostgreSQL needs "C".
SortKey = String(300).with_variant(String(300, collation="C"), "postgresql")
SearchText = String(700).with_variant(String(700, collation="C"), "postgresql")


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both backends (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return value

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        from datetime import UTC

        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


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

    __table_args__ = (Index("ix_course_record_learner", "learner_id", "id"),)


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


# ---- data safety (issue 7)


class AuditEntryRow(Base):
    """One link of the hash-chained audit log; append-only (see domain.audit).

    ``learner_id`` has no foreign key on purpose: entries outlive the learner they name.
    """

    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(150))
    action: Mapped[str] = mapped_column(String(40))
    learner_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text)  # canonical JSON of small facts
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_entry_learner", "learner_id", "seq"),
        Index("ix_audit_entry_action", "action", "seq"),
        Index("ix_audit_entry_at", "at"),
    )


class AuditHead(Base):
    """The one row that says where the chain ends (and where it starts after pruning).

    Appends update it first, which serialises writers on a shared server.
    """

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    base_seq: Mapped[int] = mapped_column(Integer)  # entries up to this one were pruned
    base_hash: Mapped[str] = mapped_column(String(64))
    # issue 13: the chain's random id (its key is found by it, outside the database) and
    # the first entry hashed with the key; both None until the first keyed entry.
    chain_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    keyed_from: Mapped[int | None] = mapped_column(Integer, nullable=True)


class RetentionRule(Base):
    """How long one type of record is kept, as the municipality decided."""

    __tablename__ = "retention_rule"
    record_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    keep_months: Mapped[int | None] = mapped_column(Integer)  # NULL: kept for good
    decision_reference: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class LearnerHold(Base):
    """A hold stops retention and erasure from deleting a learner (e.g. an open matter)."""

    __tablename__ = "learner_hold"
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True
    )
    reason: Mapped[str] = mapped_column(String(500))
    placed_by: Mapped[str] = mapped_column(String(150))
    placed_at: Mapped[datetime] = mapped_column(UtcDateTime)


def _insert_audit_head(target: object, connection: Connection, **_: object) -> None:
    connection.execute(
        insert(AuditHead).values(
            id=1, seq=0, hash=AUDIT_GENESIS_HASH, base_seq=0, base_hash=AUDIT_GENESIS_HASH
        )
    )


# A new database (create_all) gets its chain head at once, as migration 0007 inserts it.
event.listen(AuditHead.__table__, "after_create", _insert_audit_head)


# ---- the coach's day (issue 5)


class ContactRow(Base):
    """One entry of a learner's contact log: a meeting, call, video call, e-mail or text."""

    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    on_date: Mapped[date] = mapped_column(Date)
    at_time: Mapped[time | None] = mapped_column(Time)  # local wall-clock time
    kind: Mapped[str] = mapped_column(String(16))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text)
    next_steps: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(150))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_contact_learner", "learner_id", "on_date", "id"),)


class RestrictedNoteRow(Base):
    """The restricted part of a contact (health, family situation), kept apart from the log
    and read only through ``ContactService.open_restricted_note``, which audits each opening."""

    __tablename__ = "restricted_note"
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_restricted_note_learner", "learner_id"),)


class FollowUpRow(Base):
    """A task for a coach about a learner, optionally from a contact's agreed next steps."""

    __tablename__ = "follow_up"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date] = mapped_column(Date)
    owner_coach_id: Mapped[int] = mapped_column(ForeignKey("coach.id"))
    done_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # iCalendar

    __table_args__ = (
        Index("ix_follow_up_owner_open", "owner_coach_id", "done_on", "due_on"),
        Index("ix_follow_up_learner", "learner_id", "due_on"),
    )


class ActivityRow(Base):
    """A lärcentrum activity: information meeting, course session, mentor meeting."""

    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    on_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(150))
    capacity: Mapped[int | None] = mapped_column(Integer)  # NULL: no limit
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # iCalendar

    __table_args__ = (Index("ix_activity_on", "on_date", "start_time"),)


class ActivityParticipantRow(Base):
    """A learner registered for an activity; ``attended`` NULL until attendance is taken."""

    __tablename__ = "activity_participant"
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True
    )
    attended: Mapped[bool | None] = mapped_column(Boolean)
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_activity_participant_learner", "learner_id"),)


class ExamRoomRow(Base):
    """A room where the lärcentrum proctors exams, and how many can sit at once."""

    __tablename__ = "exam_room"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    capacity: Mapped[int] = mapped_column(Integer)
    learning_centre_id: Mapped[int] = mapped_column(ForeignKey("learning_centre.id"))


class ExamBookingRow(Base):
    """A proctored exam (tentamensservice) for a distance student."""

    __tablename__ = "exam_booking"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    university: Mapped[str] = mapped_column(String(200))
    course: Mapped[str] = mapped_column(String(200))
    exam_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    room_id: Mapped[int] = mapped_column(ForeignKey("exam_room.id"))
    proctor: Mapped[str] = mapped_column(String(200))
    special_arrangements: Mapped[str] = mapped_column(Text)
    sitting: Mapped[int] = mapped_column(Integer)
    fee_kr: Mapped[int] = mapped_column(Integer)
    fee_reason: Mapped[str] = mapped_column(String(16))
    recorded_by: Mapped[str] = mapped_column(String(150))
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # NULL: created_at
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # iCalendar

    __table_args__ = (
        Index("ix_exam_booking_date_room", "exam_date", "room_id"),
        Index("ix_exam_booking_learner", "learner_id", "course"),
    )


# ---- study plans (issue 4)
class StudyPlanRow(Base):
    """At most one individual study plan per learner; its content lives in its revisions."""

    __tablename__ = "study_plan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), unique=True
    )
    current_revision: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class StudyPlanRevisionRow(Base):
    """One revision: the whole content as JSON text (a snapshot, never changed once locked)."""

    __tablename__ = "study_plan_revision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("study_plan.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(150))
    reason: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_study_plan_revision_plan", "plan_id", "number", unique=True),)


# ---- statistics (issue 12)
class StatisticsPublication(Base):
    """One export that left the program: the publication register."""

    __tablename__ = "statistics_publication"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(150))
    period: Mapped[str] = mapped_column(String(40))
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    k: Mapped[int] = mapped_column(Integer)
    series: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(200))
    tables: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(8))
    manifest_hash: Mapped[str] = mapped_column(String(64))
    tables_hash: Mapped[str] = mapped_column(String(64))
    recipient_note: Mapped[str | None] = mapped_column(String(500))
    # Which learners ("all", "centre:3", "coach:5"), how many (exact, never published),
    # and every published figure as JSON: a publication is final, exporting the same
    # period, scope, k and series again writes these figures (services.statistics_register).
    scope: Mapped[str] = mapped_column(String(40))
    learners: Mapped[int] = mapped_column(Integer)
    figures: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_statistics_publication_period", "period", "created_at"),
        Index("ix_statistics_publication_figures", "period", "scope", "k", "series"),
    )


# ---- the rule book (issue 15)
class EligibilityDecision(Base):
    """A recorded decision a route rests on: a university's decision on reell kompetens, an
    assessment of foreign upper-secondary education, a passed behörighetsprov, an earlier
    verdict of grundläggande behörighet; each names who decided and the document."""

    __tablename__ = "eligibility_decision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(150))
    document: Mapped[str] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(String(500))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_eligibility_decision_learner", "learner_id", "id"),)


class HogskoleprovResult(Base):
    """A learner's högskoleprov result (issue 15): the score in hundredths (0–200)."""

    __tablename__ = "hogskoleprov_result"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    score_hundredths: Mapped[int] = mapped_column(Integer)
    taken_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_hogskoleprov_result_learner", "learner_id", "id"),)


class AdmissionCutoff(Base):
    """One published cut-off (issue 15): a round's lowest admitted value per group."""

    __tablename__ = "admission_cutoff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    term: Mapped[str] = mapped_column(String(6))
    selection_round: Mapped[int] = mapped_column(Integer)
    university: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(200))
    programme: Mapped[str] = mapped_column(String(200))
    selection_group: Mapped[str] = mapped_column(String(6))
    mark: Mapped[str] = mapped_column(String(16))
    value_hundredths: Mapped[int | None] = mapped_column(Integer)
    admitted: Mapped[int | None] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_admission_cutoff_term", "term", "selection_round"),)
