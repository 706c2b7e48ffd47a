"""Registering, editing and reading learners."""

from __future__ import annotations

from dataclasses import dataclass

from larsam_desktop.domain.errors import FieldError, NotFound, ValidationError
from larsam_desktop.domain.identity import IdentityNumberError, parse_identity_number
from larsam_desktop.domain.learner import (
    LearnerDraft,
    StoredLearner,
    ValidLearner,
    validate_learner,
)
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.storage.database import Database, UnitOfWork


class LearnerNotFound(NotFound, LookupError):
    def __init__(self, learner_id: int | str) -> None:
        # A personnummer typed by the coach is not echoed: messages end up in logs.
        if isinstance(learner_id, int):
            super().__init__("learner", learner_id, "No learner with id {id}.")
        else:
            super().__init__("learner", "", "No learner with that id or personnummer.")
        self.learner_id = learner_id


@dataclass(frozen=True, slots=True)
class SavedLearner:
    learner: StoredLearner
    changes: Changes


class LearnerService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def validate(self, draft: LearnerDraft) -> ValidLearner:
        """Field rules only (no database); raises ``ValidationError``."""
        return validate_learner(draft, today=local_today(self._clock))

    def create(self, draft: LearnerDraft) -> SavedLearner:
        valid = self.validate(draft)
        with self._database.unit_of_work() as uow:
            self._check_references_and_uniqueness(uow, valid, learner_id=None)
            learner_id = uow.learners.add(valid, now=self._clock())
            stored = uow.learners.get(learner_id)
        assert stored is not None
        return SavedLearner(stored, Changes(learners=frozenset({learner_id})))

    def update(self, learner_id: int, expected_version: int, draft: LearnerDraft) -> SavedLearner:
        valid = self.validate(draft)
        with self._database.unit_of_work() as uow:
            self._check_references_and_uniqueness(uow, valid, learner_id=learner_id)
            if not uow.learners.update(learner_id, expected_version, valid, now=self._clock()):
                raise LearnerNotFound(learner_id)
            stored = uow.learners.get(learner_id)
        assert stored is not None
        return SavedLearner(stored, Changes(learners=frozenset({learner_id})))

    def get(self, learner_id: int) -> StoredLearner:
        with self._database.unit_of_work() as uow:
            stored = uow.learners.get(learner_id)
        if stored is None:
            raise LearnerNotFound(learner_id)
        return stored

    def find(self, text: str) -> int:
        """A learner's id from an internal id or a personnummer in any written form.

        Raises ``LearnerNotFound`` (with the text) when nothing matches.
        """
        compact = text.strip()
        with self._database.unit_of_work() as uow:
            if compact.isdigit() and len(compact) < 10:
                if uow.learners.exists(int(compact)):
                    return int(compact)
            else:
                try:
                    number = parse_identity_number(compact, today=local_today(self._clock))
                except IdentityNumberError:
                    raise LearnerNotFound(compact) from None
                found = uow.learners.id_for_personnummer(number.digits)
                if found is not None:
                    return found
        raise LearnerNotFound(compact)

    def count(self) -> int:
        with self._database.unit_of_work() as uow:
            return uow.learners.count()

    @staticmethod
    def _check_references_and_uniqueness(
        uow: UnitOfWork, valid: ValidLearner, learner_id: int | None
    ) -> None:
        errors: list[FieldError] = []
        if valid.identity is not None:
            existing = uow.learners.id_for_personnummer(valid.identity.digits)
            if existing is not None and existing != learner_id:
                other = uow.learners.get(existing)
                name = f"{other.data.given_name} {other.data.family_name}" if other else "?"
                errors.append(
                    FieldError(
                        "personnummer",
                        "duplicate",
                        "Already registered for {name} (learner {id}).",
                        {"name": name, "id": existing},
                    )
                )
        if (
            valid.home_municipality_code
            and uow.reference.municipality_name(valid.home_municipality_code) is None
        ):
            errors.append(
                FieldError(
                    "home_municipality_code",
                    "unknown",
                    "Unknown municipality code {code}.",
                    {"code": valid.home_municipality_code},
                )
            )
        if (
            valid.learning_centre_id is not None
            and uow.reference.learning_centre_name(valid.learning_centre_id) is None
        ):
            errors.append(FieldError("learning_centre_id", "unknown", "Unknown learning centre."))
        if valid.coach_id is not None and not uow.reference.coach_exists(valid.coach_id):
            errors.append(FieldError("coach_id", "unknown", "Unknown coach."))
        if errors:
            raise ValidationError(errors)
