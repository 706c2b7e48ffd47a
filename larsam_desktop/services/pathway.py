"""Recording steps on a learner's path and reading the timeline."""

from __future__ import annotations

from dataclasses import dataclass

from larsam_desktop.domain.errors import FieldError, UserError, ValidationError
from larsam_desktop.domain.pathway import (
    StoredTransition,
    TransitionDraft,
    validate_transition,
)
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.storage.database import Database, UnitOfWork


class StepChanged(UserError):
    """Another step was recorded since the one to undo; nothing was removed."""

    default_template = "The pathway was changed meanwhile; the step was not removed."


@dataclass(frozen=True, slots=True)
class RecordedTransition:
    transition: StoredTransition
    changes: Changes


class PathwayService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def record(self, learner_id: int, draft: TransitionDraft) -> RecordedTransition:
        """Validate against the rules and the learner's history, then append; all or nothing."""
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            history = [stored.transition for stored in uow.pathway.history(learner_id)]
            transition = validate_transition(draft, history, today=local_today(self._clock))
            new_id = uow.pathway.add(learner_id, transition, now=self._clock())
            stored = next(s for s in uow.pathway.history(learner_id) if s.id == new_id)
        return RecordedTransition(stored, Changes(learners=frozenset({learner_id})))

    def timeline(self, learner_id: int) -> list[StoredTransition]:
        """Oldest first; the last one is the current stage."""
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            return uow.pathway.history(learner_id)

    def undo_last(self, learner_id: int, *, expected_id: int | None = None) -> Changes:
        """Remove the most recent step (a correction); earlier history cannot be rewritten.

        ``expected_id``: remove it only if it is still that step (Ctrl+Z on the learner
        page undoes the step just recorded, never one recorded since by someone else).
        """
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            history = uow.pathway.history(learner_id)
            if not history:
                raise ValidationError(
                    [FieldError("stage", "no_history", "There is no step to undo.")]
                )
            if expected_id is not None and history[-1].id != expected_id:
                raise StepChanged()
            uow.pathway.remove(history[-1].id)
        return Changes(learners=frozenset({learner_id}))


def _require_learner(uow: UnitOfWork, learner_id: int) -> None:
    if not uow.learners.exists(learner_id):
        raise LearnerNotFound(learner_id)
