"""``import applicants FILE``: a university's list of applicants who were not eligible,
turned into the coach's outreach list — all or nothing.

Each line (personnummer, programme, term) is matched by personnummer to a registered
learner, or registers a new one (the learner service's field rules; the same person on two
lines is registered once; a line without names for someone unknown is refused). Then the
rule book's shortest gap to the programme (``domain.offering_gap.GapCalculator``, the
student group's evaluation) on the learner's recorded courses and qualifications, counted
in terms at half and full pace against the next offering of the programme still open to
complete for (``domain.offering_terms``). The list's lines are kept
(``non_eligible_applicant``; a list sent again adds nothing twice) and the import audited.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.courses.qualifications import Qualifications, transcript_of
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.import_problems import BadRow
from larsam_desktop.domain.learner import LearnerDraft, ValidLearner
from larsam_desktop.domain.offering_gap import GapCalculator
from larsam_desktop.domain.offering_terms import terms_left
from larsam_desktop.domain.offerings import Gap, GroupCategory, categorise, terms_at
from larsam_desktop.domain.plans.terms import FULL_TIME, HALF_TIME
from larsam_desktop.domain.university_lists import ApplicantLine, parse_applicants
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.services.importing import ImportConflict
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.university_files import read_list_records
from larsam_desktop.storage import crash_points
from larsam_desktop.storage.database import Database, UnitOfWork
from larsam_desktop.storage.errors import is_unique_violation
from larsam_desktop.storage.repositories.university import NextOffering, UniversityRepository


@dataclass(frozen=True, slots=True)
class OutreachEntry:
    """One applicant to reach, and the shortest path to eligibility for the programme."""

    line: int
    learner_id: int | None  # None: registered by the import (a dry run has no id yet)
    name: str
    digits: str
    target_id: str
    term: str  # the term applied for
    registered: bool  # registered by this import
    gap: Gap
    terms_half: int
    terms_full: int
    next_offering: NextOffering | None  # the next start still open to complete for
    category: GroupCategory | None  # against ``next_offering``; None without one


@dataclass(frozen=True, slots=True)
class ApplicantResult:
    total: int
    outreach: tuple[OutreachEntry, ...]  # nearest path first
    bad: tuple[BadRow, ...]
    written: bool
    registered: int
    changes: Changes = field(default_factory=Changes)


@dataclass(slots=True)
class _Person:
    line: ApplicantLine
    learner_id: int | None
    valid: ValidLearner | None  # to register


class ApplicantImport:
    def __init__(self, database: Database, data: EligibilityData, clock: Clock = utc_now) -> None:
        self._database = database
        self._data = data
        self._clock = clock

    def resolve(self, text: str) -> str | None:
        """A programme's target id from its id, alias, or Swedish or English name."""
        book = self._data.book
        wanted = text.strip().casefold()
        for programme in book.programmes:
            if wanted in (
                programme.rule.name.casefold(),
                (programme.rule.name_en or "").casefold(),
            ):
                return programme.id
        try:
            return book.resolve(text.strip())
        except (LookupError, ValueError):
            return None

    def import_file(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        actor: str | None = None,
        list_name: str | None = None,
    ) -> ApplicantResult:
        """Check every line, register and record only when none is bad and not ``dry_run``;
        the outreach list either way. ``ValidationError`` for a file without the columns."""
        today = local_today(self._clock)
        parsed = parse_applicants(read_list_records(path), today=today, resolve=self.resolve)
        learners = LearnerService(self._database, self._clock)
        who = actor or current_actor()
        source = (list_name or path.name)[:150]
        bad = list(parsed.bad)
        with _refuse_conflicts(), self._database.unit_of_work(writes=not dry_run) as uow:
            people = self._match(uow, parsed.rows, learners, bad)
            bad.sort(key=lambda b: b.line)
            write = not dry_run and not bad
            registered = 0
            if write:
                registered = _register(uow, people, self._clock)
                crash_points.step("applicant-import-registered")
                repo = UniversityRepository(uow.session)
                now = self._clock()
                for person in people:
                    assert person.learner_id is not None
                    line = person.line
                    if not repo.has_applicant(person.learner_id, line.target_id, line.term):
                        repo.add_applicant(
                            person.learner_id, line.target_id, line.term, source, now=now
                        )
                AuditLog.record(
                    uow,
                    AuditAction.IMPORT,
                    actor=who,
                    details={"kind": "applicants", "file": path.name[:100],
                             "rows": parsed.total, "created": registered,
                             "matched": sum(1 for p in people if p.valid is None)},
                    clock=self._clock,
                )  # fmt: skip
            outreach = self._outreach(uow, people, today) if not bad else []
        changes = Changes(learners_bulk=True) if write else Changes()
        return ApplicantResult(
            parsed.total, tuple(outreach), tuple(bad), write, registered, changes
        )

    def _match(
        self,
        uow: UnitOfWork,
        rows: tuple[ApplicantLine, ...],
        learners: LearnerService,
        bad: list[BadRow],
    ) -> list[_Person]:
        people: list[_Person] = []
        new: dict[str, ValidLearner] = {}
        for line in rows:
            learner_id = uow.learners.id_for_personnummer(line.digits)
            if learner_id is not None:
                people.append(_Person(line, learner_id, None))
                continue
            if line.digits in new:
                people.append(_Person(line, None, new[line.digits]))
                continue
            if not line.given_name or not line.family_name:
                reason = FieldError(
                    "row",
                    "not_registered",
                    "Not registered yet, and the list gives no names to register them.",
                )
                bad.append(BadRow(line.line, (reason,)))
                continue
            draft = LearnerDraft(
                given_name=line.given_name,
                family_name=line.family_name,
                personnummer=line.personnummer,
                email=line.email,
                phone=line.phone,
            )
            try:
                valid = learners.validate(draft)
            except ValidationError as exc:
                bad.append(BadRow(line.line, exc.errors))
                continue
            new[line.digits] = valid
            people.append(_Person(line, None, valid))
        return people

    def _outreach(self, uow: UnitOfWork, people: list[_Person], today: date) -> list[OutreachEntry]:
        calculator = GapCalculator(self._data.book, self._data.catalogue, on=today)
        repo = UniversityRepository(uow.session)
        gaps: dict[tuple[Transcript, str], Gap] = {}
        entries: list[OutreachEntry] = []
        for person in people:
            line = person.line
            if person.learner_id is not None:
                records = [s.record for s in uow.courses.for_learner(person.learner_id)]
                transcript = transcript_of(records, uow.profiles.qualifications(person.learner_id))
            else:
                transcript = transcript_of((), Qualifications())
            key = (transcript, line.target_id)  # the same record, the same gap
            gap = gaps.get(key)
            if gap is None:
                gap = gaps[key] = calculator.gap(transcript, line.target_id)
            upcoming = repo.next_offering(line.target_id, today)
            category = (
                categorise(gap, len(terms_left(today, upcoming.complete_by)))
                if upcoming is not None
                else None
            )
            entries.append(
                OutreachEntry(
                    line.line, person.learner_id, _name(person, uow), line.digits,
                    line.target_id, line.term, person.valid is not None, gap,
                    terms_at(gap, HALF_TIME), terms_at(gap, FULL_TIME), upcoming, category,
                )
            )  # fmt: skip
        entries.sort(key=lambda e: (not e.gap.eligible, not e.gap.studyable, e.gap.points,
                                    e.name.casefold(), e.line))  # fmt: skip
        return entries


@contextmanager
def _refuse_conflicts() -> Iterator[None]:
    """Someone registered one of the same people after this import looked: nothing from
    the file is kept, and importing it again matches them (as the learner import says)."""
    try:
        yield
    except IntegrityError as exc:
        if not is_unique_violation(exc):
            raise
        raise ImportConflict() from None


def _register(uow: UnitOfWork, people: list[_Person], clock: Clock) -> int:
    """Register each new person once; fills in their ids. How many were registered."""
    now = clock()
    ids: dict[str, int] = {}
    for person in people:
        if person.valid is None:
            continue
        found = ids.get(person.line.digits)
        if found is None:
            found = ids[person.line.digits] = uow.learners.add(person.valid, now=now)
        person.learner_id = found
    return len(ids)


def _name(person: _Person, uow: UnitOfWork) -> str:
    if person.valid is not None:
        return f"{person.valid.given_name} {person.valid.family_name}"
    assert person.learner_id is not None
    stored = uow.learners.get(person.learner_id)
    return f"{stored.data.given_name} {stored.data.family_name}" if stored is not None else ""
