"""The statistics dashboard: the coach's own figures at a glance, exports and the register.

The coach sees exact counts (they stay inside the municipality, and the page says so);
every figure that an export would hide is marked, so what leaves the building is never a
surprise. Periods are the fixed publication periods exports use (terms, school years,
calendar years); k is the data folder's threshold. Figures are computed and exports
written in background tasks, with progress and cancel; the register lists every export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.errors import UserError
from larsam_desktop.domain.pathway import Stage
from larsam_desktop.domain.statistics.labels import label
from larsam_desktop.domain.statistics.periods import StatsPeriod, recent_periods
from larsam_desktop.ui.models.publication_model import PublicationModel
from larsam_desktop.ui.models.stats_table_model import StatsTableModel
from larsam_desktop.ui.pages.dashboard_export import DashboardExport, error_text
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.document_language import DocumentLanguageCombo
from larsam_desktop.ui.widgets.list_table import list_table
from larsam_desktop.ui.widgets.stats_charts import BarChart, TermChart, funnel_values, term_series
from larsam_desktop.ui.workers import BackgroundTask, TaskControl

if TYPE_CHECKING:
    from larsam_desktop.domain.statistics.report import ProtectedReport
    from larsam_desktop.services.statistics import StatisticsFilter
    from larsam_desktop.services.statistics_register import Publication, StatisticsRegister
    from larsam_desktop.services.stats_export.export import StatisticsExporter
    from larsam_desktop.ui.session import AppSession

TERM_SERIES = (Stage.GRUNDLAGGANDE, Stage.SARSKILD, Stage.ADMITTED)
DEFAULT_BREAKDOWN = "furthest_stage_by_foreign_born"


class DashboardPage(DashboardExport, QWidget):
    report_ready = Signal()  # figures shown (tests and the benchmark wait for it)
    export_finished = Signal(object)  # ExportResult, or None when cancelled or failed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._session: AppSession | None = None
        self._exporter: StatisticsExporter | None = None
        self._register: StatisticsRegister | None = None
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

        self.period = ChoiceCombo(self)
        self.period.setAccessibleName(tr("Period: learners who started on the path in it"))
        self.centre = ChoiceCombo(self)
        self.centre.setAccessibleName(tr("Lärcentrum"))
        self.coach = ChoiceCombo(self)
        self.coach.setAccessibleName(tr("Coach"))
        self.k_label = QLabel(self)
        self.k_label.setObjectName("dashboardThreshold")
        self.k_label.setToolTip(
            tr("The data folder's threshold: counts below k are hidden in exports")
        )
        self.note = QLineEdit(self)
        self.note.setAccessibleName(tr("Recipient, for the publication register"))
        self.note.setPlaceholderText(tr("e.g. Region Jämtland, annual report"))
        # The export's own language (titles, headers, sheet names, notes), chosen per export;
        # it starts in the interface language. Language names in their own language.
        self.export_language = DocumentLanguageCombo(self)
        self.export_language.setObjectName("dashboardExportLanguage")
        self.export_language.setAccessibleName(tr("Language of the exported file"))
        self.update_button = QPushButton(tr("&Update"), self)
        self.update_button.setAccessibleName(tr("Update the figures"))
        self.update_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(tr("&Export…"), self)
        self.export_button.setAccessibleName(tr("Export anonymised statistics"))
        self.export_button.clicked.connect(self.choose_export_file)

        filters = QHBoxLayout()
        form_left = QFormLayout()
        form_left.addRow(tr("Period"), self.period)
        form_left.addRow(tr("Threshold"), self.k_label)
        form_right = QFormLayout()
        form_right.addRow(tr("Lärcentrum"), self.centre)
        form_right.addRow(tr("Coach"), self.coach)
        form_note = QFormLayout()
        form_note.addRow(tr("Recipient"), self.note)
        form_note.addRow(tr("Export language"), self.export_language)
        for form in (form_left, form_right, form_note):
            filters.addLayout(form)
        filters.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.export_button)
        filters.addLayout(buttons)

        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("dashboardProgress")
        self.busy_bar.setAccessibleName(tr("Computing the figures"))
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
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
        self.publications = PublicationModel(self)
        self.publication_table = list_table(
            self, "dashboardPublications", tr("Published exports (the publication register)")
        )
        self.publication_table.setModel(self.publications)
        self.publication_table.setMaximumHeight(140)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.busy_bar)
        layout.addLayout(charts, 2)
        layout.addLayout(breakdown_row)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(tr("Published exports"), self))
        layout.addWidget(self.publication_table, 1)
        self._explain(None)

    def _explain(self, k: int | None) -> None:
        shown = "?" if k is None else str(k)
        self.k_label.setText(fill(self.tr("k = %1"), shown))
        self.explanation.setText(
            fill(
                self.tr(
                    "Exact internal figures for your own use: they never leave the program as "
                    'shown here. Hatched bars and shaded cells are hidden ("..") in an export '
                    "with k = %1: fewer than k learners, a small group all at one stage, or a "
                    "figure that would let someone work out such a cell. Exports also add a "
                    "small consistent noise to every published count."
                ),
                shown,
            )
        )

    # ---- the store ----------------------------------------------------------------------------
    def attach(self, session: AppSession) -> None:
        from larsam_desktop.services.clock import local_today, utc_now

        self.cancel_background_work()
        self._session = session
        self._exporter = session.stats_exporter
        self._register = session.statistics_register
        periods = recent_periods(local_today(utc_now))
        everything = periods[-1]
        self.period.set_choices(
            [(fill(self.tr("Every term up to %1"), str(everything.last)), everything)]
            + [(p.name, p) for p in periods[:-1]]
        )
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

    def chosen_period(self) -> StatsPeriod | None:
        value = self.period.value()
        return value if isinstance(value, StatsPeriod) else None

    def choose_period(self, name: str) -> None:
        """Select the offered period written ``name`` (HT2025, 2025, 2024/25)."""
        for index in range(self.period.count()):
            self.period.setCurrentIndex(index)
            chosen = self.chosen_period()
            if chosen is not None and chosen.name == name:
                return
        raise KeyError(name)

    def where(self) -> StatisticsFilter:
        from larsam_desktop.services.statistics import StatisticsFilter

        return StatisticsFilter(
            period=self.chosen_period(),
            learning_centre_id=self.centre.value(),
            coach_id=self.coach.value(),
        )

    def refresh(self) -> None:
        """Compute the figures (and read the register) in the background, with progress."""
        exporter, register = self._exporter, self._register
        if exporter is None or register is None:
            return
        if self._task is not None:
            self._task.cancel()
        self.status.setText(self.tr("Computing…"))
        self.busy_bar.setRange(0, 4)
        self.busy_bar.setValue(0)
        self.busy_bar.show()
        where = self.where()

        def compute(control: TaskControl) -> tuple[ProtectedReport, list[Publication]]:
            report = exporter.report(
                where, cancelled=lambda: control.cancelled, progress=control.progress
            )
            return report, register.publications()

        task = BackgroundTask(
            compute,
            on_success=lambda result: self._show(task, *result),
            on_failure=lambda error: self._failed(task, error),
            on_progress=lambda done, total: self._progressed(task, done, total),
        )
        self._task = task

    def _progressed(self, task: BackgroundTask, done: int, total: int) -> None:
        if task is self._task:
            self.busy_bar.setRange(0, total)
            self.busy_bar.setValue(done)
            self.status.setText(
                fill(self.tr("Computing… (step %1 of %2)"), str(min(done + 1, total)), str(total))
            )

    def _show(
        self, task: BackgroundTask, report: ProtectedReport, publications: list[Publication]
    ) -> None:
        if task is not self._task:
            return  # an older computation finished after a newer one began
        self._task = None
        self.busy_bar.hide()
        self.report = report
        self._explain(report.manifest.k)
        self.publications.set_rows(publications)
        learners = report.table("furthest_stage_by_cohort").table.values[-1][-1] or 0
        self.status.setText(
            fill(
                self.tr("%1 learners started on the path in %2 (exact internal figures)."),
                QLocale().toString(learners),
                report.manifest.period,
            )
        )
        self.funnel.set_values(
            self.tr("Reached at least this stage"),
            funnel_values(report.table("furthest_stage_by_cohort")),
        )
        self.terms.set_series(
            self.tr("Learners reaching a stage, per term"),
            *term_series(report.table("stage_reached_by_term"), TERM_SERIES),
        )
        current = self.breakdown.value() or DEFAULT_BREAKDOWN
        language = interface_language()
        self.breakdown.set_choices(
            [(label(t.table.title, language), t.table.name) for t in report.tables]
        )
        self.breakdown.set_value(current)
        self._show_breakdown()
        self.report_ready.emit()

    def _failed(self, task: BackgroundTask, error: BaseException) -> None:
        from larsam_desktop.services.cancellation import Cancelled
        from larsam_desktop.services.statistics import EmptyPeriod

        if task is not self._task:
            return
        self._task = None
        self.busy_bar.hide()
        self.report = None
        self.funnel.set_values("", [])
        self.terms.set_series("", [], [])
        self.model.set_table(None)
        if isinstance(error, Cancelled):
            self.status.setText("")
        elif isinstance(error, EmptyPeriod):
            self.status.setText(self.tr("No learner started on the path in this period."))
        elif isinstance(error, UserError):
            self.status.setText(error_text(error))
        else:
            self.status.setText(self.tr("The figures could not be computed."))
            raise error
        self.report_ready.emit()

    def _show_breakdown(self) -> None:
        report = self.report
        name = self.breakdown.value()
        table = next((t for t in report.tables if t.table.name == name), None) if report else None
        self.model.set_table(table)

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
