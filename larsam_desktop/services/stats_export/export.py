"""Use cases: export the statistics of this database, merge exports into a regional report.

A file is written to a temporary name beside the target and renamed when complete, so a
failure never leaves a partial file. Each export is recorded in the audit log in the same
transaction as it is read. Merging reads only the given export files, never the database.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from larsam_desktop import __version__
from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.errors import UserError
from larsam_desktop.domain.statistics.aggregate import Period
from larsam_desktop.domain.statistics.frozen import report_from_figures
from larsam_desktop.domain.statistics.merge import PublishedExport, merge_exports
from larsam_desktop.domain.statistics.periods import StatsPeriod, last_ended_period
from larsam_desktop.domain.statistics.protection import validate_k
from larsam_desktop.domain.statistics.report import (
    Manifest,
    ProtectedReport,
    manifest_for,
    protect_report,
)
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.cancellation import CancelCheck, Cancelled, never
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.os_reasons import not_readable, not_writable
from larsam_desktop.services.statistics import STEPS, StatisticsFilter, StatisticsService
from larsam_desktop.services.statistics_register import (
    Threshold,
    check_ended,
    check_requested_k,
    current_threshold,
    first_publication,
    record_publication,
    scope_of,
)
from larsam_desktop.services.stats_export.csv_file import read_csv, write_csv
from larsam_desktop.storage.crash_points import step
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.journal import tracked_temporaries

FORMATS = ("csv", "xlsx", "pdf")
Progress = Callable[[int, int], None]


class ExportError(UserError):
    """The export cannot be written (a path problem, an unknown format); nothing was written."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    format: str
    manifest: Manifest
    learners: int  # 0 for a merged report (the inputs hold no learner total we trust)
    hidden_cells: int


def format_for(path: Path, explicit: str | None = None) -> str:
    fmt = (explicit or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ExportError(
            "Unknown format {format}; use one of {formats}.",
            format=repr(fmt or "(none)"),
            formats=", ".join(FORMATS),
        )
    return fmt


def check_writable(out: Path) -> None:
    """Refuse early, before any work, a target that cannot be written."""
    folder = out.parent if str(out.parent) else Path()
    try:
        out.is_dir()
    except OSError as exc:  # a name too long, a loop of links: the system says why
        raise _not_writable(out, exc) from exc
    if out.is_dir():
        raise ExportError("{out} is a folder; give a file name.", out=str(out))
    if folder.exists() and not folder.is_dir():
        raise ExportError(
            "Cannot write {out}: {folder} is not a folder.", out=str(out), folder=str(folder)
        )
    if not folder.is_dir():
        raise ExportError(
            "Cannot write {out}: the folder {folder} does not exist.",
            out=str(out),
            folder=str(folder),
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(
            "Cannot write {out}: no permission to write in {folder}.",
            out=str(out),
            folder=str(folder),
        )
    _temporary_file(out).unlink()  # the real test: some folders refuse even root


def _not_writable(out: Path, exc: OSError) -> ExportError:
    """A sentence per usual cause, else the system's code (never its English words)."""
    reason = not_writable(out, exc)
    return ExportError(reason.template, **reason.params)


def _temporary_file(out: Path) -> Path:
    """An empty private file beside ``out``; raises ``ExportError`` when that fails."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise _not_writable(out, exc) from exc
    os.close(handle)
    return Path(name)


def write_atomically(
    report: ProtectedReport,
    fmt: str,
    out: Path,
    before_rename: Callable[[], None] | None = None,
    data_dir: Path | None = None,
    language: Language = "en",
) -> None:
    """Write to a temporary file beside ``out``, then rename it into place; ``before_rename``
    (the integrity check run beside the export) may still refuse: then no file is left.
    ``data_dir``: a journal there names the temporary file, so the next start deletes it if
    this process is killed."""
    check_writable(out)
    temp = _temporary_file(out)
    tracked = contextlib.ExitStack()
    try:
        if data_dir is not None:
            tracked.enter_context(tracked_temporaries(data_dir, temp))
        _writer(fmt)(report, temp, language)
        step("stats-export.temp-written")
        if before_rename is not None:
            before_rename()
        temp.replace(out)
        step("stats-export.renamed")
    except OSError as exc:
        raise _not_writable(out, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        tracked.close()


def _writer(fmt: str) -> Callable[[ProtectedReport, Path, Language], None]:
    """The writer for a format; openpyxl and ReportLab are imported only when needed."""
    if fmt == "xlsx":
        from larsam_desktop.services.stats_export.xlsx_file import write_xlsx

        return write_xlsx
    if fmt == "pdf":
        from larsam_desktop.services.stats_export.pdf_report import write_pdf

        return write_pdf
    return write_csv


def _hidden(report: ProtectedReport) -> int:
    return sum(t.hidden_count for t in report.tables)


class StatisticsExporter:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock
        self._statistics = StatisticsService(database)

    def threshold(self) -> Threshold:
        with self._database.unit_of_work(writes=False) as uow:
            return current_threshold(uow)

    def report(
        self,
        where: StatisticsFilter,
        k: int | None = None,
        cancelled: CancelCheck = never,
        progress: Progress | None = None,
    ) -> ProtectedReport:
        """The protected report, as an export would hold it (nothing written); k is the
        folder's threshold (another k is refused, see ``statistics_register``)."""
        threshold = self.threshold()
        chosen_k = check_requested_k(threshold, k)
        exact = self._statistics.exact(where, local_today(self._clock), cancelled, progress)
        report = protect_report(
            exact,
            chosen_k,
            app_version=__version__,
            created_at=self._clock(),
            series=threshold.series,
        )
        if progress is not None:
            progress(STEPS, STEPS)
        return report

    def export(
        self,
        out: Path,
        where: StatisticsFilter,
        *,
        fmt: str | None = None,
        k: int | None = None,
        note: str | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck = never,
        confirm: Callable[[], None] | None = None,
        language: Language = "en",
    ) -> ExportResult:
        """Write one export and record it in the publication register; raises
        ``ValidationError`` (k), ``ThresholdRefused``, ``EmptyPeriod``, ``ExportError`` or
        ``Cancelled``, each before anything is written. ``confirm`` (the store's integrity
        check, when it runs beside the export) is called after the file is written and
        before it is renamed into place and the register committed; what it raises leaves
        no file and no record."""
        chosen = format_for(out, fmt)
        if k is not None:
            validate_k(k)
        threshold = self.threshold()
        check_requested_k(threshold, k)
        today = local_today(self._clock)
        period = where.period or last_ended_period(today)
        check_ended(period, today)
        where = replace(where, period=period)
        check_writable(out)
        report_progress = progress or (lambda done, total: None)
        report_progress(0, 3)
        scope = scope_of(where)
        with self._database.unit_of_work(writes=False) as uow:
            first = first_publication(uow, period=period.name, scope=scope, threshold=threshold)
        if first is None:
            report = self.report(where, k, cancelled)
            learners = report.table("furthest_stage_by_cohort").table.values[-1][-1] or 0
        else:  # a publication is final: the same figures again
            report = self._republished(first.figures, period, threshold)
            learners = first.learners
        report_progress(1, 3)
        if cancelled():
            raise Cancelled()
        report_progress(2, 3)
        with self._database.unit_of_work() as uow:
            actor = current_actor()
            AuditLog.record(
                uow,
                AuditAction.EXPORT,
                actor=actor,
                details={
                    "kind": "statistics",
                    "format": chosen,
                    "file": out.name[:80],
                    "k": report.manifest.k,
                    "period": report.manifest.period[:40],
                    "learners": learners,
                },
                clock=self._clock,
            )
            record_publication(
                uow,
                report,
                chosen,
                actor=actor,
                note=note,
                scope=scope,
                learners=learners,
                clock=self._clock,
            )
            folder = self._database.file_path.parent if self._database.file_path else None
            write_atomically(report, chosen, out, confirm, data_dir=folder, language=language)
        report_progress(3, 3)
        return ExportResult(out, chosen, report.manifest, learners, _hidden(report))

    def _republished(
        self, figures: str, period: StatsPeriod, threshold: Threshold
    ) -> ProtectedReport:
        import json

        names = [t["name"] for t in json.loads(figures)["tables"]]
        times_name = json.loads(figures)["times"]["name"]
        manifest = manifest_for(
            Period(period.start, period.end, period.name),
            threshold.k,
            names,
            times_name,
            __version__,
            self._clock(),
            series=threshold.series,
        )
        return report_from_figures(figures, manifest)


def read_export(path: Path) -> PublishedExport:
    from larsam_desktop.services.stats_export.reading import not_utf8

    if not path.is_file():
        raise ExportError("{path} does not exist or is not a file.", path=str(path))
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            try:
                return read_csv(path)
            except UnicodeDecodeError:
                raise not_utf8(path.name) from None
        if suffix == ".xlsx":
            from larsam_desktop.services.stats_export.xlsx_file import read_xlsx

            return read_xlsx(path)
    except OSError as exc:
        reason = not_readable(path, exc)
        raise ExportError(reason.template, **reason.params) from exc
    raise ExportError(
        "{name}: only CSV and XLSX exports can be merged (not {suffix}).",
        name=path.name,
        suffix=suffix,
    )


def merge_files(
    files: Sequence[Path],
    out: Path,
    *,
    fmt: str | None = None,
    clock: Clock = utc_now,
    language: Language = "en",
) -> ExportResult:
    """A regional report from exports; reads no database and no personal data."""
    chosen = format_for(out, fmt)
    check_writable(out)
    exports = [read_export(path) for path in files]
    report = merge_exports(exports, app_version=__version__, created_at=clock())
    write_atomically(report, chosen, out, language=language)
    return ExportResult(out, chosen, report.manifest, 0, _hidden(report))
