"""Mentors, the university's progress lines, non-eligible applicants and högskoleprov
sittings (issue 17, part 2)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Mapped, Session
from sqlalchemy.sql.elements import ColumnElement

from larsam_desktop.domain.mentors import Affiliation, Mentor, MentorRole, StoredMentor
from larsam_desktop.storage.tables import (
    Coach,
    HogskoleprovSittingRow,
    Learner,
    MentorRow,
    NonEligibleApplicantRow,
    OfferingRow,
    UniversityProgressRow,
)


@dataclass(frozen=True, slots=True)
class ProgressEntry:
    learner_id: int
    event: str
    on: date
    list_name: str
    offering_id: int | None
    credits_tenths: int | None


@dataclass(frozen=True, slots=True)
class Sitting:
    id: int
    learner_id: int
    sitting_on: date
    status: str  # registered, attended, absent


@dataclass(frozen=True, slots=True)
class MentorDue:
    """A current mentorship ending soon, for Today."""

    mentor: StoredMentor
    learner_name: str


class UniversityRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # ---- mentors

    def mentors(self, learner_id: int) -> list[StoredMentor]:
        rows = self._session.scalars(
            select(MentorRow)
            .where(MentorRow.learner_id == learner_id)
            .order_by(MentorRow.starts_on.desc(), MentorRow.id.desc())
        )
        return [_mentor(row) for row in rows]

    def mentor(self, mentor_id: int) -> StoredMentor | None:
        row = self._session.get(MentorRow, mentor_id)
        return _mentor(row) if row is not None else None

    def add_mentor(self, learner_id: int, mentor: Mentor, *, now: datetime) -> int:
        row = MentorRow(learner_id=learner_id, created_at=now, updated_at=now)
        _assign(row, mentor)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update_mentor(self, mentor_id: int, mentor: Mentor, *, now: datetime) -> bool:
        row = self._session.get(MentorRow, mentor_id)
        if row is None:
            return False
        _assign(row, mentor)
        row.updated_at = now
        self._session.flush()
        return True

    def remove_mentor(self, mentor_id: int) -> bool:
        result = self._session.execute(delete(MentorRow).where(MentorRow.id == mentor_id))
        return bool(getattr(result, "rowcount", 0))

    def mentors_ending(self, today: date, until: date, coach: str | None = None) -> list[MentorDue]:
        """Current mentorships that end between ``today`` and ``until``, soonest first."""
        statement = (
            select(MentorRow, Learner.given_name, Learner.family_name)
            .join(Learner, Learner.id == MentorRow.learner_id)
            .where(
                MentorRow.starts_on <= today,
                MentorRow.ends_on >= today,
                MentorRow.ends_on <= until,
            )
            .order_by(MentorRow.ends_on, MentorRow.id)
        )
        if coach is not None:
            statement = statement.join(Coach, Coach.id == Learner.coach_id).where(
                Coach.name == coach
            )
        return [
            MentorDue(_mentor(row), f"{given} {family}")
            for row, given, family in self._session.execute(statement)
        ]

    def learners_with_current_mentor(self, learner_ids: Sequence[int], today: date) -> set[int]:
        if not learner_ids:
            return set()
        rows = self._session.execute(
            select(MentorRow.learner_id).where(
                MentorRow.learner_id.in_(list(learner_ids)),
                MentorRow.starts_on <= today,
                or_(MentorRow.ends_on.is_(None), MentorRow.ends_on >= today),
            )
        )
        return {int(row[0]) for row in rows}

    # ---- progress lists

    def offering_ids_by_code(self) -> dict[str, list[tuple[int, str]]]:
        """Folded application code → (offering id, start term) of every offering with one."""
        found: dict[str, list[tuple[int, str]]] = {}
        rows = self._session.execute(
            select(OfferingRow.code, OfferingRow.id, OfferingRow.start_term).where(
                OfferingRow.code != ""
            )
        )
        for code, offering_id, term in rows:
            found.setdefault(str(code).casefold(), []).append((int(offering_id), str(term)))
        return found

    def has_progress(self, entry: ProgressEntry) -> bool:
        """Whether the same line (learner, event, date, offering, credits) is recorded."""
        statement = select(func.count()).where(
            UniversityProgressRow.learner_id == entry.learner_id,
            UniversityProgressRow.event == entry.event,
            UniversityProgressRow.on_date == entry.on,
            _same(UniversityProgressRow.offering_id, entry.offering_id),
            _same(UniversityProgressRow.credits_tenths, entry.credits_tenths),
        )
        return bool(self._session.scalar(statement))

    def add_progress(self, entries: Sequence[ProgressEntry], *, now: datetime) -> None:
        for entry in entries:
            self._session.add(
                UniversityProgressRow(
                    learner_id=entry.learner_id,
                    event=entry.event,
                    on_date=entry.on,
                    list_name=entry.list_name[:150],
                    offering_id=entry.offering_id,
                    credits_tenths=entry.credits_tenths,
                    imported_at=now,
                )
            )
        self._session.flush()

    def progress(self, learner_id: int) -> list[ProgressEntry]:
        rows = self._session.scalars(
            select(UniversityProgressRow)
            .where(UniversityProgressRow.learner_id == learner_id)
            .order_by(UniversityProgressRow.on_date, UniversityProgressRow.id)
        )
        return [
            ProgressEntry(
                r.learner_id, r.event, r.on_date, r.list_name, r.offering_id, r.credits_tenths
            )
            for r in rows
        ]

    # ---- non-eligible applicants

    def has_applicant(self, learner_id: int, target_id: str, term: str) -> bool:
        statement = select(func.count()).where(
            NonEligibleApplicantRow.learner_id == learner_id,
            NonEligibleApplicantRow.target_id == target_id,
            NonEligibleApplicantRow.term == term,
        )
        return bool(self._session.scalar(statement))

    def add_applicant(
        self, learner_id: int, target_id: str, term: str, list_name: str, *, now: datetime
    ) -> None:
        self._session.add(
            NonEligibleApplicantRow(
                learner_id=learner_id,
                target_id=target_id,
                term=term,
                list_name=list_name[:150],
                imported_at=now,
            )
        )
        self._session.flush()

    def next_offering(self, target_id: str, today: date) -> NextOffering | None:
        return next_offering(self._session, target_id, today)

    def applicant_count(self) -> int:
        return int(self._session.scalar(select(func.count(NonEligibleApplicantRow.id))) or 0)

    # ---- högskoleprov sittings

    def sittings(self, learner_id: int) -> list[Sitting]:
        rows = self._session.scalars(
            select(HogskoleprovSittingRow)
            .where(HogskoleprovSittingRow.learner_id == learner_id)
            .order_by(HogskoleprovSittingRow.sitting_on)
        )
        return [Sitting(r.id, r.learner_id, r.sitting_on, r.status) for r in rows]

    def set_sitting(self, learner_id: int, on: date, status: str, *, now: datetime) -> int:
        """Register for a sitting, or change its status (one row per learner and day)."""
        row = self._session.scalar(
            select(HogskoleprovSittingRow).where(
                and_(
                    HogskoleprovSittingRow.learner_id == learner_id,
                    HogskoleprovSittingRow.sitting_on == on,
                )
            )
        )
        if row is None:
            row = HogskoleprovSittingRow(learner_id=learner_id, sitting_on=on)
            self._session.add(row)
        row.status = status
        row.recorded_at = now
        self._session.flush()
        return row.id


def _same(column: Mapped[int | None], value: int | None) -> ColumnElement[bool]:
    return column.is_(None) if value is None else column == value


def _assign(row: MentorRow, mentor: Mentor) -> None:
    row.name = mentor.name
    row.contact = mentor.contact
    row.role = mentor.role.value
    row.affiliation = mentor.affiliation.value
    row.starts_on = mentor.starts_on
    row.ends_on = mentor.ends_on
    row.note = mentor.note


def _mentor(row: MentorRow) -> StoredMentor:
    return StoredMentor(
        row.id,
        row.learner_id,
        Mentor(
            row.name,
            row.starts_on,
            row.ends_on,
            MentorRole(row.role),
            Affiliation(row.affiliation),
            row.contact,
            row.note,
        ),
    )


@dataclass(frozen=True, slots=True)
class NextOffering:
    id: int
    university: str
    start_term: str
    complete_by: date


def next_offering(session: Session, target_id: str, today: date) -> NextOffering | None:
    """The earliest offering of ``target_id`` whose last day to complete is still ahead."""
    row = session.execute(
        select(OfferingRow.id, OfferingRow.university, OfferingRow.start_term,
               OfferingRow.complete_by)
        .where(OfferingRow.target_id == target_id, OfferingRow.complete_by >= today)
        .order_by(OfferingRow.start_order, OfferingRow.complete_by, OfferingRow.id)
        .limit(1)
    ).first()  # fmt: skip
    return NextOffering(int(row[0]), str(row[1]), str(row[2]), row[3]) if row else None
