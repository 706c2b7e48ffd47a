"""The statistics dashboard: the coach's own figures at a glance, and exports.

The coach sees exact counts (they stay inside the municipality); every figure that an
export would hide is marked, so what leaves the building is never a surprise. Figures are
computed and exports written in background tasks, with progress and cancel.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.pathway import Stage
from larsam_desktop.domain.statistics.facts import MAIN_LINE, STAGE_LABELS
from larsam_desktop.domain.statistics.protection import DEFAULT_K, MIN_K, ProtectedTable
from larsam_desktop.ui.models.stats_table_model import StatsTableModel
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.stats_charts import BarChart, ChartValue, TermChart
from larsam_desktop.ui.workers import BackgroundTask, TaskControl

if TYPE_CHECKING:
    from larsam_desktop.domain.statistics.report import ProtectedReport
    from larsam_desktop.services.statistics import StatisticsFilter
    from larsam_desktop.services.stats_export.export import ExportResult, StatisticsExporter
    from larsam_desktop.ui.session import AppSession

TERM_SERIES = (Stage.GRUNDLAGGANDE, Stage.SARSKILD, Stage.ADMITTED)
DEFAULT_BREAKDOWN = "furthest_stage_by_foreign_born"


class DashboardPage(QWidget):
    report_ready = Signal()  # figures shown (tests and the benchmark wait for it)
    export_finished = Signal(object)  # ExportResult, or None when cancelled or failed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._session: AppSession | None = None
        self._exporter: StatisticsExporter | None = None
        self._task: BackgroundTask | None = None
        self._export_task: BackgroundTask | None = None
        self._progress: QProgressDialog | None = None
        self.report: ProtectedReport | None = None
        self._build()

    # ---- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        tr = self.tr
        title = QLabel(tr("Statistics"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("dashboardExplanation")

        self.from_edit = self._date_edit(tr("Started on or after"), QDate(2020, 1, 1))
        self.to_edit = self._date_edit(tr("Started on or before"), QDate.currentDate())
        self.centre = ChoiceCombo(self)
        self.centre.setAccessibleName(tr("Lärcentrum"))
        self.coach = ChoiceCombo(self)
        self.coach.setAccessibleName(tr("Coach"))
        self.k_spin = QSpinBox(self)
        self.k_spin.setRange(MIN_K, 100)
        self.k_spin.setValue(DEFAULT_K)
        self.k_spin.setAccessibleName(tr("Threshold k for exports"))
        self.k_spin.setToolTip(tr("Counts below k are hidden in exports (never below 5)"))
        self.update_button = QPushButton(tr("&Update"), self)
        self.update_button.setAccessibleName(tr("Update the figures"))
        self.update_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(tr("&Export…"), self)
        self.export_button.setAccessibleName(tr("Export anonymised statistics"))
        self.export_button.clicked.connect(self.choose_export_file)

        filters = QHBoxLayout()
        form_left = QFormLayout()
        form_left.addRow(tr("From"), self.from_edit)
        form_left.addRow(tr("To"), self.to_edit)
        form_right = QFormLayout()
        form_right.addRow(tr("Lärcentrum"), self.centre)
        form_right.addRow(tr("Coach"), self.coach)
        form_k = QFormLayout()
        form_k.addRow(tr("k"), self.k_spin)
        filters.addLayout(form_left)
        filters.addLayout(form_right)
        filters.addLayout(form_k)
        filters.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.export_button)
        filters.addLayout(buttons)

        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.funnel = BarChart(self)
        self.funnel.setObjectName("dashboardFunnel")
        self.funnel.setAccessibleName(tr("Funnel: learners who reached at least each stage"))
        self.terms = TermChart(self)
        self.terms.setObjectName("dashboardTerms")
        self.terms.setAccessibleName(tr("Stages reached per term"))
        charts = QHBoxLayout()
        charts.addWidget(self.funnel, 2)
        charts.addWidget(self.terms, 3)

        self.breakdown = ChoiceCombo(self)
        self.breakdown.setAccessibleName(tr("Breakdown"))
        self.breakdown.activated.connect(lambda _index: self._show_breakdown())
        self.model = StatsTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("dashboardTable")
        self.table.setAccessibleName(tr("Breakdown table"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        breakdown_row = QHBoxLayout()
        breakdown_row.addWidget(QLabel(tr("Breakdown"), self))
        breakdown_row.addWidget(self.breakdown, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addLayout(charts, 2)
        layout.addLayout(breakdown_row)
        layout.addWidget(self.table, 3)
        self._explain()

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    def _explain(self) -> None:
        self.explanation.setText(
            self.tr(
                "Exact counts for your own use. Hatched bars and shaded cells are hidden "
                '("..") in an export with k = %1: fewer than k learners, or a figure that '
                "would let someone work out such a cell from the totals."
            ).replace("%1", str(self.k_spin.value()))
        )

    # ---- the store ----------------------------------------------------------------------------
    def attach(self, session: AppSession) -> None:
        from larsam_desktop.services.stats_export.export import StatisticsExporter

        self.cancel_background_work()
        self._session = session
        self._exporter = StatisticsExporter(session.store.database)
        choices = session.reference.choices()
        self.centre.set_choices(
            [(self.tr("All"), None)] + [(c.name, c.key) for c in choices.learning_centres]
        )
        self.coach.set_choices(
            [(self.tr("All"), None)] + [(c.name, c.key) for c in choices.coaches]
        )
        # The coach's own caseload at a glance, when the window knows who is at the keyboard.
        current = getattr(session, "current_coach", None)
        self.coach.set_value(next((c.key for c in choices.coaches if c.name == current), None))

    def where(self) -> StatisticsFilter:
        from larsam_desktop.services.statistics import StatisticsFilter

        return StatisticsFilter(
            start=_to_date(self.from_edit.date()),
            end=_to_date(self.to_edit.date()),
            learning_centre_id=self.centre.value(),
            coach_id=self.coach.value(),
        )

    def refresh(self) -> None:
        """Compute the figures in the background; the page stays usable meanwhile."""
        exporter = self._exporter
        if exporter is None:
            return
        if self._task is not None:
            self._task.cancel()
        self._explain()
        self.status.setText(self.tr("Computing…"))
        where, k = self.where(), self.k_spin.value()

        def compute(control: TaskControl) -> ProtectedReport:
            return exporter.report(where, k, cancelled=lambda: control.cancelled)

        task = BackgroundTask(
            compute,
            on_success=lambda report: self._show(task, report),
            on_failure=lambda error: self._failed(task, error),
        )
        self._task = task

    def _show(self, task: BackgroundTask, report: ProtectedReport) -> None:
        if task is not self._task:
            return  # an older computation finished after a newer one began
        self._task = None
        self.report = report
        learners = report.table("furthest_stage_by_cohort").table.values[-1][-1] or 0
        self.status.setText(
            self.tr("%1 learners started on the path in this period.").replace(
                "%1", QLocale().toString(learners)
            )
        )
        self._show_funnel(report.table("furthest_stage_by_cohort"))
        self._show_terms(report.table("stage_reached_by_term"))
        current = self.breakdown.value() or DEFAULT_BREAKDOWN
        self.breakdown.set_choices([(t.table.title, t.table.name) for t in report.tables])
        self.breakdown.set_value(current)
        self._show_breakdown()
        self.report_ready.emit()

    def _failed(self, task: BackgroundTask, error: BaseException) -> None:
        from larsam_desktop.services.cancellation import Cancelled
        from larsam_desktop.services.statistics import EmptyPeriod

        if task is not self._task:
            return
        self._task = None
        self.report = None
        self.funnel.set_values("", [])
        self.terms.set_series("", [], [])
        self.model.set_table(None)
        if isinstance(error, Cancelled):
            self.status.setText("")
        elif isinstance(error, EmptyPeriod):
            self.status.setText(self.tr("No learner started on the path in this period."))
        elif isinstance(error, ValueError):  # ValidationError: the period is backwards
            self.status.setText(self.tr("The period ends before it starts."))
        else:
            self.status.setText(self.tr("The figures could not be computed."))
            raise error
        self.report_ready.emit()

    def _show_funnel(self, cohort: ProtectedTable) -> None:
        """Learners who reached at least each stage; marked when an export cannot show it."""
        t = cohort.table
        total = t.shape[0] - 1
        values = []
        running, hidden = 0, False
        for c in range(len(t.columns) - 1, -1, -1):
            running += t.values[total][c] or 0
            hidden = hidden or cohort.hidden(total, c)
            values.append(ChartValue(t.columns[c], running, hidden))
        self.funnel.set_values(self.tr("Reached at least this stage"), values[::-1])

    def _show_terms(self, by_term: ProtectedTable) -> None:
        t = by_term.table
        series = []
        for stage in TERM_SERIES:
            c = MAIN_LINE.index(stage)
            series.append(
                (
                    STAGE_LABELS[stage],
                    [
                        ChartValue(t.rows[r], t.values[r][c] or 0, by_term.hidden(r, c))
                        for r in range(len(t.rows))
                    ],
                )
            )
        self.terms.set_series(self.tr("Learners reaching a stage, per term"), t.rows, series)

    def _show_breakdown(self) -> None:
        report = self.report
        name = self.breakdown.value()
        table = next((t for t in report.tables if t.table.name == name), None) if report else None
        self.model.set_table(table)

    # ---- export -------------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        if self._exporter is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export anonymised statistics"),
            "larsam-statistik.xlsx",
            self.tr("Excel (*.xlsx);;CSV for Excel (*.csv);;PDF report (*.pdf)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write an export in the background, with a progress dialog that can cancel it."""
        exporter = self._exporter
        if exporter is None or self._export_task is not None:
            return
        where, k = self.where(), self.k_spin.value()
        progress = QProgressDialog(self.tr("Exporting statistics…"), self.tr("Cancel"), 0, 3, self)
        progress.setWindowTitle(self.tr("Export"))
        progress.setMinimumDuration(300)
        self._progress = progress

        def write(control: TaskControl) -> ExportResult:
            return exporter.export(
                path,
                where,
                k=k,
                progress=control.progress,
                cancelled=lambda: control.cancelled,
            )

        task = BackgroundTask(
            write,
            on_success=self._exported,
            on_failure=self._export_failed,
            on_progress=lambda done, total: progress.setValue(done),
        )
        progress.canceled.connect(task.cancel)
        self._export_task = task

    def cancel_export(self) -> None:
        if self._export_task is not None:
            self._export_task.cancel()

    def _end_export(self) -> None:
        self._export_task = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _exported(self, result: ExportResult) -> None:
        self._end_export()
        self.status.setText(
            self.tr("Exported to %1 (k = %2, %3 cells hidden).")
            .replace("%1", str(result.path))
            .replace("%2", str(result.manifest.k))
            .replace("%3", str(result.hidden_cells))
        )
        self.export_finished.emit(result)

    def _export_failed(self, error: BaseException) -> None:
        from larsam_desktop.domain.errors import ValidationError
        from larsam_desktop.services.cancellation import Cancelled
        from larsam_desktop.services.errors import StorageError
        from larsam_desktop.services.statistics import EmptyPeriod
        from larsam_desktop.services.stats_export.export import ExportError

        self._end_export()
        self.export_finished.emit(None)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Export cancelled; nothing was written."))
            return
        if isinstance(error, ValidationError):
            message = "; ".join(e.message for e in error.errors)
        elif isinstance(error, (EmptyPeriod, ExportError)):
            message = str(error)
        elif isinstance(error, StorageError):
            message = error.message
        else:
            raise error
        QMessageBox.warning(self, self.tr("Export"), message)

    # ---- life cycle ---------------------------------------------------------------------------
    def cancel_background_work(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.cancel_export()

    def busy(self) -> bool:
        return self._task is not None or self._export_task is not None

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.report is None and self._task is None and self._exporter is not None:
            self.status.setText(self.tr("Computing…"))
            # After the first paint: the page shows at once, the figures follow.
            QTimer.singleShot(0, self._refresh_if_needed)

    def _refresh_if_needed(self) -> None:
        if self.report is None and self._task is None and self.isVisible():
            self.refresh()


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
