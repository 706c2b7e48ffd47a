"""Mentors and faddrar of learners (issue 17): listed, added, changed and removed on the
learner page; the mentorships that end soon on Today. Every write is one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from larsam_desktop.domain.errors import NotFound
from larsam_desktop.domain.mentors import (
    ENDING_SOON_DAYS,
    MentorDraft,
    StoredMentor,
    validate_mentor,
)
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.university import MentorDue, UniversityRepository

__all__ = ["MentorDue", "MentorNotFound", "MentorService", "SavedMentor"]


class MentorNotFound(NotFound, LookupError):
    def __init__(self, mentor_id: int) -> None:
        super().__init__(
            "Mentor", mentor_id, "Mentor {id} does not exist; it may have been removed."
        )


@dataclass(frozen=True, slots=True)
class SavedMentor:
    mentor: StoredMentor
    changes: Changes


class MentorService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def for_learner(self, learner_id: int) -> list[StoredMentor]:
        """Newest start first."""
        with self._database.unit_of_work(writes=False) as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            return UniversityRepository(uow.session).mentors(learner_id)

    def add(self, learner_id: int, draft: MentorDraft) -> SavedMentor:
        """Raises ``ValidationError`` or ``LearnerNotFound``."""
        mentor = validate_mentor(draft)
        with self._database.unit_of_work() as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            repo = UniversityRepository(uow.session)
            stored = repo.mentor(repo.add_mentor(learner_id, mentor, now=self._clock()))
        assert stored is not None
        return SavedMentor(stored, Changes(learners=frozenset({learner_id})))

    def update(self, mentor_id: int, draft: MentorDraft) -> SavedMentor:
        """Raises ``ValidationError`` or ``MentorNotFound``."""
        mentor = validate_mentor(draft)
        with self._database.unit_of_work() as uow:
            repo = UniversityRepository(uow.session)
            if not repo.update_mentor(mentor_id, mentor, now=self._clock()):
                raise MentorNotFound(mentor_id)
            stored = repo.mentor(mentor_id)
        assert stored is not None
        return SavedMentor(stored, Changes(learners=frozenset({stored.learner_id})))

    def remove(self, mentor_id: int) -> Changes:
        with self._database.unit_of_work() as uow:
            repo = UniversityRepository(uow.session)
            found = repo.mentor(mentor_id)
            if found is None or not repo.remove_mentor(mentor_id):
                raise MentorNotFound(mentor_id)
        return Changes(learners=frozenset({found.learner_id}))

    def ending_soon(
        self, *, coach: str | None = None, days: int = ENDING_SOON_DAYS, on: date | None = None
    ) -> list[MentorDue]:
        """Current mentorships that end within ``days`` (of the learners of ``coach``)."""
        today = on or local_today(self._clock)
        with self._database.unit_of_work(writes=False) as uow:
            return UniversityRepository(uow.session).mentors_ending(
                today, today + timedelta(days=days), coach
            )
