"""Study plans to PDF files: one learner, or many (one file each or one file for all).

Shared by the window and ``larsam-desktop plan pdf``. Files are written to a temporary name
in the target folder and renamed when complete, so a failure or a cancel never leaves a
partial file; a batch that fails or is cancelled removes the files it had written. A
revision written to a file (or printed) is locked and logged in the audit log.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from larsam_desktop.domain.cutoffs import CutoffRow
from larsam_desktop.services import plan_batch, plan_bulk
from larsam_desktop.services.cancellation import CancelCheck, Cancelled, never
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.services.pdf.plan_document import PlanDocument, build_document
from larsam_desktop.services.pdf.plan_pdf import render_plans
from larsam_desktop.services.plans import NoPlan, PlanService
from larsam_desktop.services.print_settings import PrintSettings
from larsam_desktop.storage.atomic_file import write_atomically as write_atomically  # OSError
from larsam_desktop.storage.crash_points import step
from larsam_desktop.storage.database import Database

Progress = Callable[[int, int], None]
_UNSAFE = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class PrintOptions:
    language: str = "sv"
    show_personnummer: bool = False
    on: date | None = None  # the eligibility summary's date (default: today)


@dataclass(slots=True)
class BatchResult:
    files: list[Path] = field(default_factory=list)
    plans: int = 0
    without_plan: list[int] = field(default_factory=list)
    printed: list[tuple[int, int]] = field(default_factory=list)  # (learner, revision)
    changes: Changes = field(default_factory=Changes)


class PlanPrinter:
    def __init__(self, database: Database, plans: PlanService, clock: Clock = utc_now) -> None:
        self._database = database
        self._plans = plans
        self._clock = clock

    def document(
        self, learner_id: int, options: PrintOptions, number: int | None = None
    ) -> PlanDocument:
        """Raises ``LearnerNotFound`` or ``NoPlan``."""
        revision = self._plans.revision(learner_id, number)
        on = options.on or local_today(self._clock)
        check = self._plans.check(learner_id, revision.content, on)
        with self._database.unit_of_work() as uow:
            learner = uow.learners.get(learner_id)
        if learner is None:
            raise LearnerNotFound(learner_id)
        data = self._plans.data
        return build_document(
            learner,
            revision,
            check,
            book=data.book,
            catalogue=data.catalogue,
            language=options.language,
            show_personnummer=options.show_personnummer,
            on=on,
        )

    def pdf(
        self,
        learner_id: int,
        settings: PrintSettings,
        options: PrintOptions,
        number: int | None = None,
    ) -> tuple[bytes, PlanDocument]:
        document = self.document(learner_id, options, number)
        data = render_plans([document], settings, language=options.language, created=self._clock())
        return data, document

    def save(
        self,
        learner_id: int,
        target: Path,
        settings: PrintSettings,
        options: PrintOptions,
        number: int | None = None,
    ) -> Changes:
        """Write one plan to ``target``; raises ``OSError`` (nothing left behind) and the
        lookups' errors."""
        data, document = self.pdf(learner_id, settings, options, number)
        write_atomically(target, data, data_dir=_data_folder(self._database))
        return self._plans.record_output(learner_id, document.revision.number, destination="file")

    def save_batch(
        self,
        learner_ids: Sequence[int],
        settings: PrintSettings,
        options: PrintOptions,
        *,
        out_dir: Path | None = None,
        out_file: Path | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck = never,
        record: bool = True,
    ) -> BatchResult:
        """Every learner's current plan: one file each in ``out_dir``, or all in ``out_file``.

        Learners without a plan are skipped and listed. Raises ``Cancelled`` or ``OSError``
        after removing what this call had written. With ``record=False`` the revisions are
        not locked or logged yet: the caller does it (``record``) once they are printed.
        """
        if (out_dir is None) == (out_file is None):
            raise ValueError("give out_dir or out_file")
        result = BatchResult()
        with_plans = self._plans.learners_with_plans(list(learner_ids))
        result.without_plan = [i for i in learner_ids if i not in with_plans]
        wanted = [i for i in learner_ids if i in with_plans]
        total = len(wanted)
        documents: list[PlanDocument] = []
        folder = _data_folder(self._database)
        try:
            if out_dir is not None:
                self._files_each(wanted, settings, options, out_dir, result, documents,
                                 progress, cancelled)  # fmt: skip
            else:
                read = self._documents(wanted, options, result, cancelled)
                for position, document in enumerate(read):
                    if document is None:
                        continue  # deleted meanwhile
                    documents.append(document)
                    if progress is not None:
                        progress(position + 1, total + 1)
            if out_file is not None and documents:
                data = render_plans(
                    documents,
                    settings,
                    language=options.language,
                    cancelled=cancelled,
                    created=self._clock(),
                )
                if cancelled():
                    raise Cancelled()
                write_atomically(out_file, data, step="plan-batch.file-written", data_dir=folder)
                result.files.append(out_file)
                if progress is not None:
                    progress(total + 1, total + 1)
        except BaseException:
            for written in result.files:
                written.unlink(missing_ok=True)
            raise
        result.plans = len(documents)
        result.printed = [(d.learner_id, d.revision.number) for d in documents]
        if record:
            result.changes = self.record(result.printed, "file")
            step("plan-batch.recorded")
        return result

    def _files_each(
        self,
        wanted: Sequence[int],
        settings: PrintSettings,
        options: PrintOptions,
        out_dir: Path,
        result: BatchResult,
        documents: list[PlanDocument],
        progress: Progress | None,
        cancelled: CancelCheck,
    ) -> None:
        """One file per plan: documents are read here, rendered on every core
        (services.plan_batch) and written by one writer thread, in order, each atomically."""
        folder = _data_folder(self._database)
        total = len(wanted)

        def write_one(document: PlanDocument, data: bytes) -> None:
            target = out_dir / file_name(document)
            write_atomically(target, data, step="plan-batch.file-written", data_dir=folder)
            result.files.append(target)
            documents.append(document)
            if progress is not None:
                progress(len(documents), total)

        def write(document: object, data: bytes) -> None:
            assert isinstance(document, PlanDocument)
            writer.submit(lambda: write_one(document, data))

        with plan_batch.OrderedWriter() as writer, plan_batch.renderer(total) as pool:
            for document in self._documents(wanted, options, result, cancelled):
                if document is None:
                    total -= 1  # deleted meanwhile
                    continue
                pool.submit(document, document, settings, options.language, self._clock())
                for done, data in pool.ready():
                    write(done, data)
            for done, data in pool.finish(cancelled):
                write(done, data)
            if cancelled():
                raise Cancelled()

    def _documents(
        self,
        wanted: Sequence[int],
        options: PrintOptions,
        result: BatchResult,
        cancelled: CancelCheck,
    ) -> Iterator[PlanDocument | None]:
        """Each wanted plan's document in order, or None for a learner (listed in
        ``result.without_plan``) deleted or left without a plan since the batch began.
        Raises ``Cancelled`` before each plan once ``cancelled``.

        Read in bulk (services/plan_bulk.py: one query per table for a chunk of learners),
        unless a subclass makes its documents otherwise and does not say how a batch makes
        the same (``batch_merit_line``): then plan by plan through ``document``."""
        if not self._reads_in_bulk():
            for learner_id in wanted:
                if cancelled():
                    raise Cancelled()
                try:
                    yield self.document(learner_id, options)
                except (LearnerNotFound, NoPlan):
                    result.without_plan.append(learner_id)
                    yield None
            return
        on = options.on or local_today(self._clock)
        merit = type(self).batch_merit_line is not PlanPrinter.batch_merit_line
        rows = plan_bulk.cutoffs(self._database) if merit else []
        for learner_id, reading in plan_bulk.readings(self._database, wanted):
            if cancelled():
                raise Cancelled()
            if reading is None:
                result.without_plan.append(learner_id)
                yield None
                continue
            document = plan_bulk.document_of(
                reading,
                self._plans,
                language=options.language,
                show_personnummer=options.show_personnummer,
                on=on,
            )
            if merit:
                line = self.batch_merit_line(reading, rows, options)
                document = dataclasses.replace(document, merit_line=line)
            yield document

    def _reads_in_bulk(self) -> bool:
        kind = type(self)
        return (
            kind.document is PlanPrinter.document
            or kind.batch_merit_line is not PlanPrinter.batch_merit_line
        )

    def batch_merit_line(
        self, reading: plan_bulk.PlanReading, cutoffs: Sequence[CutoffRow], options: PrintOptions
    ) -> str:
        """What a subclass's ``document`` adds as ``merit_line``, for a batch's plan read
        in bulk (``cutoffs``: every imported row); this printer adds none."""
        return ""

    def record(self, printed: Sequence[tuple[int, int]], destination: str) -> Changes:
        """Lock and log each (learner, revision) written to a file or printed."""
        return plan_bulk.record_outputs(
            self._database, printed, destination=destination, clock=self._clock
        )


def file_name(document: PlanDocument) -> str:
    """``studieplan-<id>-<name>.pdf``: the learner's id and name, never the personnummer."""
    name = _UNSAFE.sub("-", document.learner_name.strip()).strip("-_")[:60]
    return f"studieplan-{document.learner_id}-{name or 'elev'}.pdf"


def _data_folder(database: Database) -> Path | None:
    """Where a killed write's temporary file is journalled (a local database's folder)."""
    return database.file_path.parent if database.file_path is not None else None
