"""A learner's qualifications (the transcript's facts) and target programme."""

from __future__ import annotations

from collections.abc import Mapping

from larsam_desktop.domain.courses.qualifications import (
    Qualifications,
    TargetChoice,
    parse_qualifications,
    parse_start_term,
)
from larsam_desktop.domain.eligibility.rules import UnknownTarget
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, utc_now
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.services.target_standing import TargetStandings
from larsam_desktop.storage.database import Database, UnitOfWork


class ProfileService:
    """Every write also refreshes the learner's standing against their target."""

    def __init__(self, database: Database, data: EligibilityData, clock: Clock = utc_now) -> None:
        self._database = database
        self._book = data.book
        self._clock = clock
        self._standings = TargetStandings(data, clock)

    def set_qualifications(self, learner_id: int, facts: Mapping[str, object]) -> Changes:
        """Replace the qualifications; ``facts`` uses the transcript file's keys and rules.

        Keys left out take their defaults (no examen, no intyg, 0 years of work).
        """
        qualifications = parse_qualifications(facts)
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            uow.profiles.set_qualifications(learner_id, qualifications, now=self._clock())
            self._standings.refresh_learner(uow, learner_id)
        return Changes(learners=frozenset({learner_id}))

    def set_target(self, learner_id: int, target: str, start_term: str = "") -> Changes:
        """Aim the learner at a target (id, alias or old code; empty clears it)."""
        choice = self.validate_target(target, start_term)
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            uow.profiles.set_target(learner_id, choice, now=self._clock())
            self._standings.refresh_learner(uow, learner_id)
        return Changes(learners=frozenset({learner_id}))

    def validate_target(self, target: str, start_term: str = "") -> TargetChoice | None:
        errors: list[FieldError] = []
        target_id: str | None = None
        if target.strip():
            try:
                target_id = self._book.resolve(target.strip())
            except UnknownTarget:  # its English message never reaches the screen
                errors.append(
                    FieldError(
                        "target",
                        "unknown_target",
                        "There is no target {target}.",
                        {"target": repr(target.strip())},
                    )
                )
        try:
            term = parse_start_term(start_term)
        except ValidationError as exc:
            errors.extend(exc.errors)
            term = None
        if term and not target.strip():
            errors.append(FieldError("target", "required", "Choose a target for the start term."))
        if errors:
            raise ValidationError(errors)
        return TargetChoice(target_id, term) if target_id else None

    def qualifications(self, learner_id: int) -> Qualifications:
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            return uow.profiles.qualifications(learner_id)

    def target(self, learner_id: int) -> TargetChoice | None:
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            return uow.profiles.target(learner_id)


def _require_learner(uow: UnitOfWork, learner_id: int) -> None:
    if not uow.learners.exists(learner_id):
        raise LearnerNotFound(learner_id)
