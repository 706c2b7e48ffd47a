"""The study plan printed with its competitiveness line (issue 15).

``PlanPrinter`` builds the document; this printer adds ``merit_line`` from the learner's
courses, högskoleprov results and the plan goal's imported cut-offs, read in one unit of
work. Built in the composition root (``ui/session.py``) in the printer's place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from larsam_desktop.domain.courses.qualifications import transcript_of
from larsam_desktop.domain.cutoffs import CutoffRow
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.merit import MeritService
from larsam_desktop.services.merit_wording import plan_line
from larsam_desktop.services.pdf.plan_document import PlanDocument
from larsam_desktop.services.plan_bulk import PlanReading, transcript
from larsam_desktop.services.plan_printing import PlanPrinter, PrintOptions
from larsam_desktop.services.plans import PlanService
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.merit import CutoffRepository, HpRepository


class MeritPlanPrinter(PlanPrinter):
    def __init__(
        self,
        database: Database,
        plans: PlanService,
        merit: MeritService,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(database, plans, clock)
        self._merit_db = database
        self._merit = merit
        self._merit_clock = clock

    def document(
        self, learner_id: int, options: PrintOptions, number: int | None = None
    ) -> PlanDocument:
        document = super().document(learner_id, options, number)
        target = document.revision.content.target_id
        with self._merit_db.unit_of_work() as uow:
            records = [stored.record for stored in uow.courses.for_learner(learner_id)]
            transcript = transcript_of(records, uow.profiles.qualifications(learner_id))
            results = [s.result for s in HpRepository(uow.session).for_learner(learner_id)]
            cutoffs = CutoffRepository(uow.session).all()
        on = options.on or local_today(self._merit_clock)
        standing = self._merit.standing(transcript, target, results, cutoffs, on=on)
        return dataclasses.replace(document, merit_line=plan_line(standing, options.language))

    def batch_merit_line(
        self, reading: PlanReading, cutoffs: Sequence[CutoffRow], options: PrintOptions
    ) -> str:
        """``document``'s line for a plan of a batch read in bulk (services/plan_bulk.py)."""
        target = reading.revision.content.target_id
        on = options.on or local_today(self._merit_clock)
        results = list(reading.hp_results)
        standing = self._merit.standing(transcript(reading), target, results, list(cutoffs), on=on)
        return plan_line(standing, options.language)
