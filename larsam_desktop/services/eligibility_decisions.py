"""Recording the decisions routes to grundläggande behörighet rest on (see
``domain.eligibility.decisions``): a university's decision on reell kompetens, an assessed
foreign upper-secondary education, a passed behörighetsprov, an earlier verdict.

Each write refreshes the learner's standing against their target in the same transaction.
"""

from __future__ import annotations

from datetime import date

from larsam_desktop.domain.eligibility.decisions import StoredDecision, validate_decision
from larsam_desktop.domain.errors import NotFound
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.services.target_standing import TargetStandings
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.decisions import DecisionRepository


class DecisionService:
    def __init__(self, database: Database, data: EligibilityData, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock
        self._standings = TargetStandings(data, clock)

    def decisions(self, learner_id: int) -> list[StoredDecision]:
        with self._database.unit_of_work() as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            return DecisionRepository(uow.session).for_learner(learner_id)

    def record(
        self,
        learner_id: int,
        kind: str,
        decided_on: date | None,
        decided_by: str,
        document: str,
        note: str = "",
    ) -> tuple[StoredDecision, Changes]:
        """Validate and store a decision; raises ``ValidationError`` or ``LearnerNotFound``."""
        decision = validate_decision(
            kind, decided_on, decided_by, document, note, local_today(self._clock)
        )
        with self._database.unit_of_work() as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            stored = DecisionRepository(uow.session).add(learner_id, decision, now=self._clock())
            self._standings.refresh_learner(uow, learner_id)
        return stored, Changes(learners=frozenset({learner_id}))

    def remove(self, decision_id: int) -> Changes:
        """Remove a decision recorded in error; raises ``NotFound``."""
        with self._database.unit_of_work() as uow:
            repository = DecisionRepository(uow.session)
            stored = repository.get(decision_id)
            if stored is None:
                raise NotFound("decision", decision_id)
            repository.remove(decision_id)
            self._standings.refresh_learner(uow, stored.learner_id)
        return Changes(learners=frozenset({stored.learner_id}))
