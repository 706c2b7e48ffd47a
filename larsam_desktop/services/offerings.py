"""Programme offerings (issue 17): entered and edited, the cycle view, information meetings
with invitations and answers, and the funnel of who came, applied, started and completed.

Invitations and answers are written with an audit entry each (they concern a learner); the
meeting itself is an ordinary activity (``ActivityService``), so it appears on Today and in
the services page, and attendance is taken there or here alike.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from larsam_desktop.domain.activities import (
    ActivityDraft,
    ActivityKind,
    StoredActivity,
    check_room_for,
    validate_activity,
)
from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.errors import FieldError, NotFound, ValidationError
from larsam_desktop.domain.offerings import (
    FunnelStep,
    Offering,
    OfferingDraft,
    StoredOffering,
    StudyForm,
    cycle_terms,
    funnel_counts,
    furthest_step,
    validate_offering,
)
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.services.audit import AuditAction, AuditLog, current_actor
from larsam_desktop.services.catalogue import QT_TRANSLATE_NOOP
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.storage.database import Database, UnitOfWork
from larsam_desktop.storage.repositories.offerings import Invitation, OfferingRepository

__all__ = ["Invitation", "OfferingNotFound", "OfferingService"]  # Invitation: for the window

MEETING_CHANGES = Changes(coach_day=True)
STUDY_FORM_TEXTS: dict[StudyForm, str] = {
    StudyForm.CAMPUS: QT_TRANSLATE_NOOP("Offerings", "Campus"),
    StudyForm.DISTANCE: QT_TRANSLATE_NOOP("Offerings", "Distance"),
    StudyForm.DECENTRALISED: QT_TRANSLATE_NOOP("Offerings", "Decentralised"),
}
FUNNEL_TEXTS: dict[FunnelStep, str] = {
    FunnelStep.INVITED: QT_TRANSLATE_NOOP("Offerings", "Invited"),
    FunnelStep.ATTENDED: QT_TRANSLATE_NOOP("Offerings", "Attended"),
    FunnelStep.APPLIED: QT_TRANSLATE_NOOP("Offerings", "Applied"),
    FunnelStep.ADMITTED: QT_TRANSLATE_NOOP("Offerings", "Admitted"),
    FunnelStep.STARTED: QT_TRANSLATE_NOOP("Offerings", "Started"),
    FunnelStep.COMPLETED: QT_TRANSLATE_NOOP("Offerings", "Completed"),
}
RESPONSES = ("accepted", "declined")


class OfferingNotFound(NotFound, LookupError):
    def __init__(self, offering_id: int) -> None:
        super().__init__("offering", offering_id, "No offering with id {id}.")


class MeetingNotFound(NotFound, LookupError):
    def __init__(self, activity_id: int) -> None:
        super().__init__(
            "meeting", activity_id, "No information meeting with id {id} for an offering."
        )


def duplicate_error() -> ValidationError:
    return ValidationError(
        [
            FieldError(
                "target",
                "duplicate",
                "This lärosäte already gives the programme that term in that study form.",
            )
        ]
    )


@dataclass(frozen=True, slots=True)
class SavedOffering:
    offering: StoredOffering
    changes: Changes


@dataclass(frozen=True, slots=True)
class CycleView:
    """Terms as columns, programmes as rows: ``cells[(target_id, term)]`` the offerings."""

    terms: tuple[Term, ...]
    programmes: tuple[tuple[str, str], ...]  # (target id, name), by name
    cells: dict[tuple[str, Term], tuple[StoredOffering, ...]]


@dataclass(frozen=True, slots=True)
class Funnel:
    offering_id: int
    counts: dict[FunnelStep, int]
    by_learner: dict[int, FunnelStep]


class OfferingService:
    def __init__(
        self,
        database: Database,
        data: EligibilityData,
        clock: Clock = utc_now,
        *,
        names_language: Language = "sv",
    ) -> None:
        """``names_language``: the language programmes are named in on listings (files and
        the command line keep the official Swedish names; the window uses its own)."""
        self._database = database
        self._data = data
        self._clock = clock
        self._names_language: Language = names_language

    @property
    def data(self) -> EligibilityData:
        return self._data

    # ---- offerings

    def validate(self, draft: OfferingDraft, centres: dict[int, str]) -> Offering:
        return validate_offering(
            draft, targets=self.programme_ids(), centres=centres, resolve=self._resolve
        )

    def programme_ids(self) -> tuple[str, ...]:
        """The targets an offering may name: the rule book's programmes."""
        return tuple(p.id for p in self._data.book.programmes)

    def programme_names(self, language: Language = "sv") -> dict[str, str]:
        """Programme names by id: the official Swedish ones, or English for the window."""
        book = self._data.book
        return {p.id: book.title(p.id).in_language(language) for p in book.programmes}

    def centres(self) -> dict[int, str]:
        with self._database.unit_of_work(writes=False) as uow:
            return OfferingRepository(uow.session).centres()

    def create(self, draft: OfferingDraft) -> SavedOffering:
        """Raises ``ValidationError`` (a duplicate names ``target``)."""
        try:
            with self._database.unit_of_work() as uow:
                repo = OfferingRepository(uow.session)
                offering = self.validate(draft, repo.centres())
                if offering.key in repo.key_ids():
                    raise duplicate_error()
                new_id = repo.add(offering, now=self._clock())
                stored = repo.get(new_id)
        except IntegrityError:  # the same offering saved meanwhile on a shared server
            raise duplicate_error() from None
        assert stored is not None
        return SavedOffering(self._named(stored), Changes())

    def update(self, offering_id: int, draft: OfferingDraft) -> SavedOffering:
        try:
            with self._database.unit_of_work() as uow:
                repo = OfferingRepository(uow.session)
                offering = self.validate(draft, repo.centres())
                other = repo.key_ids().get(offering.key)
                if other is not None and other != offering_id:
                    raise duplicate_error()
                if not repo.update(offering_id, offering, now=self._clock()):
                    raise OfferingNotFound(offering_id)
                stored = repo.get(offering_id)
        except IntegrityError:
            raise duplicate_error() from None
        assert stored is not None
        return SavedOffering(self._named(stored), Changes())

    def delete(self, offering_id: int) -> Changes:
        """The offering and its links to meetings (the meetings themselves stay)."""
        with self._database.unit_of_work() as uow:
            if not OfferingRepository(uow.session).delete(offering_id):
                raise OfferingNotFound(offering_id)
        return Changes()

    def get(self, offering_id: int) -> StoredOffering:
        with self._database.unit_of_work(writes=False) as uow:
            stored = OfferingRepository(uow.session).get(offering_id)
        if stored is None:
            raise OfferingNotFound(offering_id)
        return self._named(stored)

    def listing(self, first: Term | None = None, last: Term | None = None) -> list[StoredOffering]:
        """Offerings starting from ``first`` to ``last`` (either open), by term."""
        with self._database.unit_of_work(writes=False) as uow:
            found = OfferingRepository(uow.session).between(first, last)
        return [self._named(s) for s in found]

    def cycle(self, first: Term | None = None, years: int = 3) -> CycleView:
        """The cycle view: ``years`` years of terms from ``first`` (default: the current
        term), one row per programme offered in them."""
        start = first or Term.of(local_today(self._clock))
        terms = cycle_terms(start, years)
        cells: dict[tuple[str, Term], list[StoredOffering]] = {}
        names: dict[str, str] = {}
        for stored in self.listing(terms[0], terms[-1]):
            target = stored.offering.target_id
            names[target] = stored.programme
            cells.setdefault((target, stored.offering.start_term), []).append(stored)
        rows = tuple(sorted(names.items(), key=lambda item: (item[1].casefold(), item[0])))
        return CycleView(terms, rows, {key: tuple(v) for key, v in cells.items()})

    def _named(self, stored: StoredOffering) -> StoredOffering:
        names = self.programme_names(self._names_language)
        programme = names.get(stored.offering.target_id, stored.offering.target_id)
        return dataclasses.replace(stored, programme=programme)

    def _resolve(self, text: str) -> str | None:
        try:
            return self._data.book.resolve(text)
        except LookupError:
            return None
        except ValueError:
            return None

    # ---- information meetings

    def add_meeting(self, offering_id: int, draft: ActivityDraft) -> tuple[int, Changes]:
        """A new information meeting (an activity) for the offering; its activity id."""
        activity = validate_activity(
            dataclasses.replace(draft, kind=ActivityKind.INFORMATION_MEETING.value)
        )
        with self._database.unit_of_work() as uow:
            repo = OfferingRepository(uow.session)
            if repo.get(offering_id) is None:
                raise OfferingNotFound(offering_id)
            activity_id = uow.activities.add(activity, now=self._clock())
            repo.link_meeting(offering_id, activity_id)
        return activity_id, MEETING_CHANGES

    def meetings(self, offering_id: int) -> list[StoredActivity]:
        """The offering's information meetings (cancelled ones too), by date."""
        stored = self.get(offering_id)
        with self._database.unit_of_work(writes=False) as uow:
            found = [uow.activities.get(activity_id) for activity_id in stored.meetings]
        return sorted((m for m in found if m is not None), key=lambda m: (m.activity.on, m.id))

    def invitations(self, activity_id: int) -> list[Invitation]:
        with self._database.unit_of_work(writes=False) as uow:
            return OfferingRepository(uow.session).invitations(activity_id)

    def invite(
        self, activity_id: int, learner_ids: Sequence[int], *, actor: str | None = None
    ) -> tuple[int, Changes]:
        """Invite learners to a meeting (those invited before are left as they are); how
        many were newly invited. Each invitation is audited (it concerns the learner)."""
        who = actor or current_actor()
        with self._database.unit_of_work() as uow:
            repo = OfferingRepository(uow.session)
            offering_id = self._meeting(uow, repo, activity_id)
            for learner_id in learner_ids:
                if not uow.learners.exists(learner_id):
                    raise LearnerNotFound(learner_id)
            new = repo.invite(activity_id, learner_ids, by=who, now=self._clock())
            for learner_id in new:
                AuditLog.record(
                    uow,
                    AuditAction.INVITATION,
                    actor=who,
                    learner_id=learner_id,
                    details={"activity": activity_id, "offering": offering_id},
                    clock=self._clock,
                )  # fmt: skip
        return len(new), Changes(learners=frozenset(new), coach_day=True)

    def respond(self, activity_id: int, learner_id: int, response: str | None) -> Changes:
        """Record an invited learner's answer: ``accepted`` registers them for the meeting
        (within its capacity), ``declined`` or None (no answer) takes them off it."""
        if response is not None and response not in RESPONSES:
            raise ValidationError(
                [FieldError("response", "invalid", "The answer is accepted or declined.")]
            )
        with self._database.unit_of_work() as uow:
            repo = OfferingRepository(uow.session)
            self._meeting(uow, repo, activity_id)
            uow.activities.lock(activity_id)
            if not repo.set_response(activity_id, learner_id, response, now=self._clock()):
                raise ValidationError(
                    [
                        FieldError(
                            "participants",
                            "not_invited",
                            "The learner is not invited to this meeting.",
                        )
                    ]
                )
            present = {p.learner_id for p in uow.activities.participants(activity_id)}
            if response == "accepted" and learner_id not in present:
                stored = uow.activities.get(activity_id)
                assert stored is not None
                check_room_for(stored.activity.capacity, stored.registered, 1)
                uow.activities.register(activity_id, [learner_id], now=self._clock())
            elif response != "accepted" and learner_id in present:
                uow.activities.unregister(activity_id, learner_id)
        return Changes(learners=frozenset({learner_id}), coach_day=True)

    def record_attendance(self, activity_id: int, learner_id: int, attended: bool) -> Changes:
        """Attendance of an invited learner; one who came without answering is registered
        (and counted as having accepted)."""
        with self._database.unit_of_work() as uow:
            repo = OfferingRepository(uow.session)
            self._meeting(uow, repo, activity_id)
            invited = {i.learner_id: i for i in repo.invitations(activity_id)}
            if learner_id not in invited:
                raise ValidationError(
                    [
                        FieldError(
                            "participants",
                            "not_invited",
                            "The learner is not invited to this meeting.",
                        )
                    ]
                )
            present = {p.learner_id for p in uow.activities.participants(activity_id)}
            if learner_id not in present:
                uow.activities.register(activity_id, [learner_id], now=self._clock())
            if attended and invited[learner_id].response != "accepted":
                repo.set_response(activity_id, learner_id, "accepted", now=self._clock())
            uow.activities.set_attended(activity_id, learner_id, attended)
        return Changes(learners=frozenset({learner_id}), coach_day=True)

    def funnel(self, offering_id: int) -> Funnel:
        """Invited → attended → applied → admitted → started → completed, for everyone
        invited to one of the offering's meetings (stages from the pathway since then)."""
        with self._database.unit_of_work(writes=False) as uow:
            repo = OfferingRepository(uow.session)
            if repo.get(offering_id) is None:
                raise OfferingNotFound(offering_id)
            rows = repo.funnel_rows(offering_id)
        furthest = {r.learner_id: furthest_step(r.attended, r.stages) for r in rows}
        return Funnel(offering_id, funnel_counts(list(furthest.values())), furthest)

    @staticmethod
    def _meeting(uow: UnitOfWork, repo: OfferingRepository, activity_id: int) -> int:
        offering_id = repo.offering_of_meeting(activity_id)
        if offering_id is None:
            raise MeetingNotFound(activity_id)
        return offering_id
