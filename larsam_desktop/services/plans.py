"""Individual study plans: draw up, revise, check against the rules, print.

A plan's current revision may be edited in place until it is printed (or saved to a file) or
agreed with the learner; after that a change makes a new revision with its date, author and
reason, and earlier revisions stay as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.exc import IntegrityError

from larsam_desktop.domain.courses.qualifications import TargetChoice, transcript_of
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.errors import FieldError, NotFound, UserError, ValidationError
from larsam_desktop.domain.plans.checks import PlanCheck, check_plan
from larsam_desktop.domain.plans.plan import (
    GoalKind,
    PlanContent,
    PlanDraft,
    PlanRevision,
    validate_plan,
)
from larsam_desktop.domain.plans.spread import add_courses
from larsam_desktop.domain.plans.terms import Term, first_open_term
from larsam_desktop.services.audit import AuditAction, AuditLog, current_actor
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.services.target_standing import TargetStandings
from larsam_desktop.storage.database import Database, UnitOfWork

MAX_REASON = 500
FIRST_REASON = "first version"


class NoPlan(NotFound, LookupError):
    def __init__(self, learner_id: int, number: int | None = None) -> None:
        if number:
            super().__init__(
                "study plan",
                learner_id,
                "Learner {id} has no revision {number} of a study plan.",
                number=number,
            )
        else:
            super().__init__("study plan", learner_id, "Learner {id} has no study plan.")
        self.learner_id = learner_id


class PlanChanged(UserError):
    """Someone else saved the plan since it was read; nothing was written."""

    default_template = "The study plan was changed meanwhile; reload it and try again."


class SaveNotUndone(UserError):
    """The saved revision was printed or changed since: undoing would lose what it holds."""

    default_template = (
        "The study plan was printed or changed since it was saved; the save was not undone."
    )


@dataclass(frozen=True, slots=True)
class SavedPlan:
    revision: PlanRevision
    new_revision: bool  # False: the unlocked current revision was updated in place
    changes: Changes
    target: TargetChoice | None = None  # the learner's target after the save
    # What the save replaced (None: nothing, the revision is new) and the target before it:
    # what ``undo_save`` puts back.
    replaced: PlanRevision | None = None
    target_before: TargetChoice | None = None


@dataclass(frozen=True, slots=True)
class UndoneSave:
    revisions: list[PlanRevision]  # the plan's revisions after the undo, oldest first
    target: TargetChoice | None  # the learner's target after the undo
    changes: Changes


class PlanService:
    def __init__(self, database: Database, data: EligibilityData, clock: Clock = utc_now) -> None:
        self._database = database
        self._data = data
        self._clock = clock
        self._standings = TargetStandings(data, clock)

    @property
    def data(self) -> EligibilityData:
        return self._data

    def validate(self, draft: PlanDraft) -> PlanContent:
        return validate_plan(
            draft,
            self._data.catalogue,
            targets=self._data.book.target_ids,
            examens=tuple(self._data.book.examens),
            today=local_today(self._clock),
        )

    def revisions(self, learner_id: int) -> list[PlanRevision]:
        """Oldest first; empty when the learner has no plan yet."""
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            return uow.plans.revisions(learner_id)

    def revision(self, learner_id: int, number: int | None = None) -> PlanRevision:
        """One revision (default: the current one); raises ``NoPlan``."""
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            found = uow.plans.revision(learner_id, number)
        if found is None:
            raise NoPlan(learner_id, number)
        return found

    def learners_with_plans(self, learner_ids: list[int]) -> set[int]:
        with self._database.unit_of_work() as uow:
            return uow.plans.learners_with_plans(learner_ids)

    def new_content(self, learner_id: int, coach: str = "") -> PlanContent:
        """A first plan's starting point: the learner's target and start term, if any."""
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            choice = uow.profiles.target(learner_id)
        return self.new_content_for(choice, coach)

    @staticmethod
    def new_content_for(choice: TargetChoice | None, coach: str = "") -> PlanContent:
        """A first plan aimed at the learner's target ``choice`` (the eligibility tab's)."""
        term = Term.parse(choice.start_term) if choice and choice.start_term else None
        return PlanContent(
            goal_kind=GoalKind.PROGRAMME,
            target_id=choice.target_id if choice else None,
            target_term=term,
            coach=coach,
        )

    def save(
        self,
        learner_id: int,
        draft: PlanDraft,
        *,
        author: str,
        expected_revision: int | None,
        reason: str = "",
    ) -> SavedPlan:
        """Save ``draft`` over revision ``expected_revision`` (None: there is no plan yet).

        Two first saves at once on a shared server: the second breaks the one-plan-per-learner
        constraint and is reported as ``PlanChanged`` too.

        A locked current revision (printed or agreed) is never changed: a new revision is
        added, and it needs a ``reason``. Raises ``ValidationError``, ``PlanChanged``,
        ``LearnerNotFound``.
        """
        try:
            return self._save(learner_id, draft, author, expected_revision, reason)
        except IntegrityError:
            raise PlanChanged() from None

    def _save(
        self,
        learner_id: int,
        draft: PlanDraft,
        author: str,
        expected_revision: int | None,
        reason: str,
    ) -> SavedPlan:
        content = self.validate(draft)
        reason = " ".join(reason.split())
        if len(reason) > MAX_REASON:
            raise ValidationError(
                [FieldError("reason", "too_long", "At most {max} characters.", {"max": MAX_REASON})]
            )
        now = self._clock()
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            current_number = uow.plans.current_number(learner_id, for_update=True)
            if current_number != expected_revision:
                raise PlanChanged()
            current = uow.plans.revision(learner_id) if current_number else None
            before = uow.profiles.target(learner_id)
            target = self._share_target(uow, learner_id, content, before, now)
            if current is None:
                number = uow.plans.add_revision(
                    learner_id, content, author=author, reason=reason or FIRST_REASON, now=now
                )
                new = True
            elif current.content == content:
                moved = Changes(learners=frozenset({learner_id})) if target != before else Changes()
                return SavedPlan(current, False, moved, target, current, before)
            elif current.locked:
                if not reason:
                    raise ValidationError(
                        [
                            FieldError(
                                "reason",
                                "required",
                                "Revision {number} was printed or agreed: give a short reason "
                                "for the new revision.",
                                {"number": current.number},
                            )
                        ]
                    )
                number = uow.plans.add_revision(
                    learner_id, content, author=author, reason=reason, now=now
                )
                new = True
            else:
                uow.plans.replace_current(learner_id, content, author=author, now=now)
                number, new = current.number, False
            saved = uow.plans.revision(learner_id, number)
        assert saved is not None
        replaced = None if new else current
        changes = Changes(learners=frozenset({learner_id}))
        return SavedPlan(saved, new, changes, target, replaced, before)

    def undo_save(self, learner_id: int, saved: SavedPlan, *, actor: str) -> UndoneSave:
        """Undo ``saved`` (Ctrl+Z on the learner page), in one transaction, audited.

        A new revision (or a new plan) is removed, so the revision before it is current
        again; an in-place save puts the revision back as it was; the learner's target
        moves back if the save moved it. Refused (``SaveNotUndone``) once the revision was
        printed, or changed by anyone since: a revision the coach did not just make is
        never lost.
        """
        revision = saved.revision
        now = self._clock()
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            if uow.plans.current_number(learner_id, for_update=True) != revision.number:
                raise SaveNotUndone()
            current = uow.plans.revision(learner_id)
            if (
                current is None
                or current.printed_at is not None
                or current.content != revision.content
            ):
                raise SaveNotUndone()
            if saved.new_revision:
                uow.plans.remove_current(learner_id, now=now)
                change = "plan_created" if revision.number == 1 else "revision_added"
            elif saved.replaced is not None and saved.replaced.content != revision.content:
                uow.plans.restore_current(learner_id, saved.replaced, now=now)
                change = "revision_edited"
            else:
                change = ""  # the save wrote no revision: only the target moved
            target = uow.profiles.target(learner_id)
            if saved.target != saved.target_before and target == saved.target:
                uow.profiles.set_target(learner_id, saved.target_before, now=now)
                self._standings.refresh_learner(uow, learner_id)
                target = saved.target_before
            details: dict[str, str | int] = {"document": "study_plan", "revision": revision.number}
            if change:
                details["change"] = change
            AuditLog.record(
                uow,
                AuditAction.UNDO,
                actor=actor,
                learner_id=learner_id,
                details=details,
                clock=self._clock,
            )
            revisions = uow.plans.revisions(learner_id)
        return UndoneSave(revisions, target, Changes(learners=frozenset({learner_id})))

    def _share_target(
        self,
        uow: UnitOfWork,
        learner_id: int,
        content: PlanContent,
        choice: TargetChoice | None,
        now: datetime,
    ) -> TargetChoice | None:
        """A programme plan's target becomes the learner's target (one target per learner,
        the eligibility tab's; ``choice`` is it now); the learner's target after the save."""
        if content.goal_kind is not GoalKind.PROGRAMME or not content.target_id:
            return choice
        term = str(content.target_term) if content.target_term else None
        wanted = TargetChoice(content.target_id, term)
        if wanted != choice:
            uow.profiles.set_target(learner_id, wanted, now=now)
            self._standings.refresh_learner(uow, learner_id)
        return wanted

    def check(self, learner_id: int, content: PlanContent, on: date | None = None) -> PlanCheck:
        """``content`` (saved or not) against the goal's rules and its own pace."""
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            records = [stored.record for stored in uow.courses.for_learner(learner_id)]
            transcript = transcript_of(records, uow.profiles.qualifications(learner_id))
        return self.check_transcript(content, transcript, on)

    def check_transcript(
        self, content: PlanContent, transcript: Transcript, on: date | None = None
    ) -> PlanCheck:
        """``check`` against a transcript in hand (a learner page's snapshot): no reading."""
        return check_plan(
            content,
            transcript,
            self._data.book,
            self._data.catalogue,
            on=on or local_today(self._clock),
        )

    def add_missing(
        self, learner_id: int, content: PlanContent, on: date | None = None
    ) -> PlanContent:
        """``content`` with the courses it still lacks for its goal, spread at its pace.

        Nothing is saved: the coach sees the result in the editor first.
        """
        return self.add_missing_for(content, self.check(learner_id, content, on), on)

    def add_missing_for(
        self, content: PlanContent, check: PlanCheck, on: date | None = None
    ) -> PlanContent:
        """``add_missing`` from a check already made of ``content``: no reading."""
        first = first_open_term(on or local_today(self._clock))
        return add_courses(content, check.missing_codes, self._data.catalogue, first_term=first)

    def record_output(
        self,
        learner_id: int,
        number: int,
        *,
        destination: str,
        actor: str | None = None,
    ) -> Changes:
        """After a revision was printed or saved to a file: lock it and write the audit log.

        ``destination``: ``printer`` or ``file``. Printing makes an audit ``print`` entry,
        a file an ``export`` entry; both name the learner by id only.
        """
        return self.record_outputs([(learner_id, number)], destination=destination, actor=actor)

    def record_outputs(
        self,
        printed: Sequence[tuple[int, int]],
        *,
        destination: str,
        actor: str | None = None,
    ) -> Changes:
        """``record_output`` for many (learner, revision) pairs in one transaction."""
        now = self._clock()
        who = actor or current_actor()
        locked: set[int] = set()
        with self._database.unit_of_work() as uow:
            for learner_id, number in printed:
                _require_learner(uow, learner_id)
                if uow.plans.mark_printed(learner_id, number, now):
                    locked.add(learner_id)
                AuditLog.record(
                    uow,
                    AuditAction.PRINT if destination == "printer" else AuditAction.EXPORT,
                    actor=who,
                    learner_id=learner_id,
                    details={
                        "document": "study_plan",
                        "revision": number,
                        "destination": destination,
                    },
                    clock=self._clock,
                )
        return Changes(learners=frozenset(locked))


def _require_learner(uow: UnitOfWork, learner_id: int) -> None:
    if not uow.learners.exists(learner_id):
        raise LearnerNotFound(learner_id)
