"""A batch's plans read in bulk (issue 19): chunks of learners, one query per table each.

``PlanPrinter.save_batch`` reads its plans here instead of six units of work a plan, and
works each document out from the reading with the same functions as a plan printed alone
(``PlanService.check_transcript``, ``build_document``), so both print the same bytes; and
locks and logs what it wrote or printed in one go (``record_outputs``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from larsam_desktop.domain.audit import validate_details
from larsam_desktop.domain.courses.qualifications import transcript_of
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.cutoffs import CutoffRow
from larsam_desktop.services.audit import AuditAction, current_actor
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.services.pdf.plan_document import PlanDocument, build_document
from larsam_desktop.services.plans import PlanService
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.audit import AuditRepository, NewEntry
from larsam_desktop.storage.repositories.merit import CutoffRepository
from larsam_desktop.storage.repositories.plan_bulk import (
    PlanReading,
    existing_learners,
    mark_printed,
    read_plans,
)

CHUNK = 200  # learners read at a time: few queries, little memory, a cancel soon heard

__all__ = [
    "CHUNK", "PlanReading", "cutoffs", "document_of", "readings", "record_outputs", "transcript",
]  # fmt: skip


def readings(
    database: Database, learner_ids: Sequence[int], chunk: int = CHUNK
) -> Iterator[tuple[int, PlanReading | None]]:
    """Each of ``learner_ids`` in order with its reading (None: no learner or no plan now).

    A chunk is read in one read-only transaction, closed before its plans are handed on."""
    ids = list(learner_ids)
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        with database.unit_of_work(writes=False) as uow:
            found = read_plans(uow.session, part)
        for learner_id in part:
            yield learner_id, found.get(learner_id)


def cutoffs(database: Database) -> list[CutoffRow]:
    """Every imported cut-off row (read once for a batch's competitiveness lines)."""
    with database.unit_of_work(writes=False) as uow:
        return CutoffRepository(uow.session).all()


def transcript(reading: PlanReading) -> Transcript:
    return transcript_of(reading.records, reading.qualifications)


def document_of(
    reading: PlanReading,
    plans: PlanService,
    *,
    language: str,
    show_personnummer: bool,
    on: date,
) -> PlanDocument:
    """The document ``PlanPrinter.document`` makes for this plan, from the reading."""
    check = plans.check_transcript(reading.revision.content, transcript(reading), on)
    data = plans.data
    return build_document(
        reading.learner,
        reading.revision,
        check,
        book=data.book,
        catalogue=data.catalogue,
        language=language,
        show_personnummer=show_personnummer,
        on=on,
    )


def record_outputs(
    database: Database,
    printed: Sequence[tuple[int, int]],
    *,
    destination: str,
    clock: Clock,
) -> Changes:
    """``PlanService.record_outputs`` for a batch: the same locks and audit entries (one
    per pair, in order) in one transaction, with the learners checked and the revisions
    locked a chunk at a time instead of plan by plan, and the entries appended to the
    chain in one go (``AuditRepository.append_many``). Raises ``LearnerNotFound``."""
    now = clock()
    who = current_actor()
    action = AuditAction.PRINT if destination == "printer" else AuditAction.EXPORT
    with database.unit_of_work() as uow:
        present = existing_learners(uow.session, [learner for learner, _number in printed])
        for learner_id, _number in printed:
            if learner_id not in present:
                raise LearnerNotFound(learner_id)
        locked = mark_printed(uow.session, printed, now)
        details: dict[int, dict[str, str | int]] = {}  # checked once per revision number
        entries = []
        for learner_id, number in printed:
            clean = details.get(number)
            if clean is None:
                clean = details[number] = validate_details(
                    who, {"document": "study_plan", "revision": number, "destination": destination}
                )
            entries.append(NewEntry(clock(), who, action, learner_id, clean))
        AuditRepository(uow.session).append_many(entries)
    return Changes(learners=frozenset(locked))
