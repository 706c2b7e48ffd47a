"""Eligibility for a stored learner: their records and qualifications make the transcript
the command line reads from a file, and the pure engine evaluates it."""

from __future__ import annotations

from datetime import date

from larsam_desktop.domain.courses.qualifications import transcript_of
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.eligibility.engine import EligibilityResult, Evaluator
from larsam_desktop.domain.errors import UserError
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.storage.database import Database


class NoTarget(UserError, LookupError):
    """The learner has no target programme and none was given."""

    default_template = "Learner {id} has no target programme."


class EligibilityService:
    def __init__(self, database: Database, data: EligibilityData, clock: Clock = utc_now) -> None:
        self._database = database
        self._data = data
        self._clock = clock

    def transcript(self, learner_id: int) -> Transcript:
        with self._database.unit_of_work() as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            records = [stored.record for stored in uow.courses.for_learner(learner_id)]
            return transcript_of(records, uow.profiles.qualifications(learner_id))

    def evaluate(
        self,
        learner_id: int,
        target: str | None = None,
        *,
        on: date | None = None,
        what_if: bool = False,
    ) -> EligibilityResult:
        """Against ``target`` (id, alias or old code) or else the learner's stored target.

        Raises ``LearnerNotFound``, ``NoTarget``, ``UnknownTarget`` or ``RuleNotInForce``.
        """
        if target is None:
            with self._database.unit_of_work() as uow:
                choice = uow.profiles.target(learner_id)
            if choice is None:
                self.transcript(learner_id)  # LearnerNotFound first, if that is the problem
                raise NoTarget(id=learner_id)
            target = choice.target_id
        return self.evaluate_transcript(self.transcript(learner_id), target, on=on, what_if=what_if)

    def evaluate_transcript(
        self, transcript: Transcript, target: str, *, on: date | None = None, what_if: bool = False
    ) -> EligibilityResult:
        """``evaluate`` for a transcript in hand (a learner page's snapshot): no reading.

        Raises ``UnknownTarget`` or ``RuleNotInForce``.
        """
        evaluator = Evaluator(
            self._data.book,
            self._data.catalogue,
            transcript,
            on=on or local_today(self._clock),
            what_if=what_if,
        )
        return evaluator.evaluate(target)
