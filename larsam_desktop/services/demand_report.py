"""The regional demand report (issue 17): demand per programme, municipality and term
eligible, and throughput per offering and target group, protected like the statistics.

What is read is in ``demand_reading.py``. The report is built by
``domain.statistics.demand``, recorded in the publication register (scope ``demand``; a
second export of the same period gives the figures first published) and written by the
statistics' CSV/XLSX writers (so ``stats merge`` adds lärcentra's demand exports) or as a
short PDF (``demand_pdf.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from larsam_desktop import __version__
from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.errors import UserError
from larsam_desktop.domain.statistics.aggregate import Period
from larsam_desktop.domain.statistics.demand import demand_table, last_term, protect_demand
from larsam_desktop.domain.statistics.frozen import report_from_figures
from larsam_desktop.domain.statistics.periods import StatsPeriod, last_ended_period
from larsam_desktop.domain.statistics.report import ProtectedReport, manifest_for
from larsam_desktop.domain.statistics.throughput import throughput_tables
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.course_demand import CourseDemandService
from larsam_desktop.services.demand_reading import GapTerms, gap_terms, read_demand, read_throughput
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.services.statistics_register import (
    check_ended,
    current_threshold,
    first_publication,
    record_publication,
)
from larsam_desktop.services.stats_export.export import (
    ExportResult,
    check_writable,
    format_for,
    write_atomically,
)
from larsam_desktop.storage.database import Database

SCOPE = "demand"
__all__ = ["DemandReporter", "DemandTools", "gap_terms", "read_demand", "read_throughput"]


class NothingToReport(UserError):
    default_template = "No learner has a target programme; there is no demand to report."


class DemandReporter:
    """``names``: each target id's programme name (the rule book's official Swedish name)."""

    def __init__(
        self,
        database: Database,
        names: dict[str, str],
        clock: Clock = utc_now,
        gaps: GapTerms | None = None,
    ) -> None:
        self._database = database
        self._names = names
        self._clock = clock
        self._gaps = gaps

    def report(self, period: StatsPeriod) -> ProtectedReport:
        """The protected report for ``period`` as an export would hold it (nothing written)."""
        chosen = Period(period.start, period.end, period.name)
        with self._database.unit_of_work(writes=False) as uow:
            threshold = current_threshold(uow)
            demand, programmes, municipalities = read_demand(
                uow.session, self._names, last_term(chosen), self._gaps
            )
            throughput, offerings = read_throughput(uow.session, chosen)
        if not demand.programme:
            raise NothingToReport()
        tables = [
            demand_table(demand, last_term(chosen), programmes, municipalities),
            *throughput_tables(throughput, offerings),
        ]
        return protect_demand(
            tables,
            chosen,
            threshold.k,
            app_version=__version__,
            created_at=self._clock(),
            series=threshold.series,
        )

    def export(
        self,
        out: Path,
        period: StatsPeriod | None = None,
        *,
        fmt: str | None = None,
        note: str | None = None,
        language: Language = "sv",
        progress: Callable[[int, int], None] | None = None,
    ) -> ExportResult:
        """Write the report and record it in the publication register (as the statistics
        export does: the period must have ended; the same period again gives the figures
        first published)."""
        chosen_format = format_for(out, fmt)
        today = local_today(self._clock)
        period = period or last_ended_period(today)
        check_ended(period, today)
        check_writable(out)
        report_progress = progress or (lambda done, total: None)
        report_progress(0, 3)
        with self._database.unit_of_work(writes=False) as uow:
            threshold = current_threshold(uow)
            first = first_publication(uow, period=period.name, scope=SCOPE, threshold=threshold)
        if first is None:
            report = self.report(period)
            learners = report.tables[0].table.values[-1][-1] or 0
        else:
            report = _republished(first.figures, period, threshold.k, threshold.series, self._clock)
            learners = first.learners
        report_progress(1, 3)
        with self._database.unit_of_work() as uow:
            actor = current_actor()
            AuditLog.record(
                uow,
                AuditAction.EXPORT,
                actor=actor,
                details={
                    "kind": "demand",
                    "format": chosen_format,
                    "file": out.name[:80],
                    "k": report.manifest.k,
                    "period": report.manifest.period[:40],
                    "learners": learners,
                },
                clock=self._clock,
            )
            record_publication(
                uow, report, chosen_format, actor=actor, note=note, scope=SCOPE,
                learners=learners, clock=self._clock,
            )  # fmt: skip
            report_progress(2, 3)
            folder = self._database.file_path.parent if self._database.file_path else None
            if chosen_format == "pdf":
                from larsam_desktop.services.demand_pdf import write_demand_pdf

                _write_pdf_atomically(report, out, language, write_demand_pdf)
            else:
                write_atomically(report, chosen_format, out, data_dir=folder, language=language)
        report_progress(3, 3)
        hidden = sum(t.hidden_count for t in report.tables)
        return ExportResult(out, chosen_format, report.manifest, learners, hidden)


def _write_pdf_atomically(
    report: ProtectedReport,
    out: Path,
    language: Language,
    writer: Callable[[ProtectedReport, Path, Language], None],
) -> None:
    from larsam_desktop.services.atomic_file import atomic_output

    with atomic_output(out, step="demand-export.renamed") as temporary:
        writer(report, temporary, language)


def _republished(
    figures: str, period: StatsPeriod, k: int, series: int, clock: Clock
) -> ProtectedReport:
    names = [t["name"] for t in json.loads(figures)["tables"]]
    times_name = json.loads(figures)["times"]["name"]
    manifest = manifest_for(
        Period(period.start, period.end, period.name),
        k,
        names,
        times_name,
        __version__,
        clock(),
        series=series,
    )
    return report_from_figures(figures, manifest)


@dataclass(frozen=True, slots=True)
class DemandTools:
    """What the window's demand page uses: course demand and the regional report."""

    courses: CourseDemandService
    report: DemandReporter

    @classmethod
    def create(cls, database: Database, data: EligibilityData) -> DemandTools:
        catalogue = data.catalogue

        def course_name(code: str) -> str | None:
            return catalogue.get(code).name if code in catalogue else None

        return cls(
            CourseDemandService(database, course_name),
            DemandReporter(
                database, data.target_names("sv"), gaps=gap_terms(data, local_today(utc_now))
            ),
        )
