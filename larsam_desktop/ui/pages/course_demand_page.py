"""Kursbehov / Course demand (issue 17): how many learners need each komvux course in each
term and lärcentrum, from every current study plan, so the lärcentrum can order courses;
filtered by term and lärcentrum, exported as CSV or XLSX. Internal planning data, said so
on the page. Also the entry for the regional demand report (anonymised, protected).

Registered by ``ui/pages/course_demand_feature.py``; read in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.course_demand import CourseDemand
from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.file_dialogs import save_file
from larsam_desktop.ui.models.course_demand_model import CourseDemandModel
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.list_table import list_table
from larsam_desktop.ui.workers import TaskControl, single_lane

if TYPE_CHECKING:
    from larsam_desktop.ui.session import Services

ALL = ""  # the combo boxes' "every term" / "every lärcentrum"


class CourseDemandPage(QWidget):
    changed = Signal(Changes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseDemandPage")
        self._services: Services | None = None
        self._generation = 0
        self._demand = CourseDemand((), 0)
        self.read_op: Op[Any] | None = None
        self.export_op: Op[Any] | None = None
        heading = QLabel(self.tr("Course demand"), self)
        heading.setObjectName("pageHeading")
        note = QLabel(
            self.tr(
                "Learners whose current study plan has a course in a term, per lärcentrum: "
                "internal planning data for ordering courses (exact counts of this caseload, "
                "not published statistics)."
            ),
            self,
        )
        note.setWordWrap(True)
        self.term_box = QComboBox(self)
        self.term_box.setAccessibleName(self.tr("Term"))
        self.centre_box = QComboBox(self)
        self.centre_box.setAccessibleName(self.tr("Lärcentrum"))
        for box in (self.term_box, self.centre_box):
            box.setMinimumContentsLength(16)
            box.currentIndexChanged.connect(self._show)
        filters = QHBoxLayout()
        for text, box in ((self.tr("&Term:"), self.term_box),
                          (self.tr("&Lärcentrum:"), self.centre_box)):  # fmt: skip
            caption = QLabel(text, self)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box)
        filters.addStretch(1)
        self.model = CourseDemandModel(self)
        self.table = list_table(self, "courseDemand", self.tr("Course demand"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setObjectName("courseDemandSummary")
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setToolTip(self.tr("Save the rows shown as CSV or XLSX"))
        self.export_button.clicked.connect(self.choose_export)
        self.report_button = QPushButton(self.tr("&Regional demand report…"), self)
        self.report_button.setToolTip(
            self.tr(
                "Anonymised: learners aiming at each programme by municipality and term, and "
                "throughput, protected like the statistics (for the university)"
            )
        )
        self.report_button.clicked.connect(self.choose_report)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # ---- the Page protocol ------------------------------------------------------------------
    def attach(self, services: Services) -> None:
        self._services = services
        self.reload()

    def apply_changes(self, changes: Changes) -> None:
        if (
            changes.database_replaced
            or changes.reference
            or changes.learners
            or changes.learners_bulk
        ):
            self.reload()

    def cancel(self) -> None:
        self._generation += 1

    def reload(self) -> Op[Any] | None:
        if self._services is None:
            return None
        tools = self._services.demand
        self._generation += 1
        generation = self._generation

        def read(_control: TaskControl) -> CourseDemand:
            return tools.courses.demand()

        def show(demand: CourseDemand) -> None:
            if generation == self._generation:
                self.set_demand(demand)

        self.read_op = run_op(
            self, read, background=True, pool=single_lane("course-demand"), on_success=show
        )
        return self.read_op

    # ---- showing ----------------------------------------------------------------------------
    def set_demand(self, demand: CourseDemand) -> None:
        self._demand = demand
        term, centre = self.term_box.currentData(), self.centre_box.currentData()
        for box, values, every, chosen in (
            (self.term_box, demand.terms, self.tr("Every term"), term),
            (self.centre_box, demand.learning_centres, self.tr("Every lärcentrum"), centre),
        ):
            box.blockSignals(True)
            box.clear()
            box.addItem(every, ALL)
            for value in values:
                box.addItem(value or self.tr("No lärcentrum"), value)
            found = box.findData(chosen) if chosen is not None else -1
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)
        self._show()

    def shown(self) -> CourseDemand:
        """The rows the filters let through."""
        term, centre = self.term_box.currentData(), self.centre_box.currentData()
        return self._demand.only(
            term=None if term in (None, ALL) else term,
            learning_centre=None if self.centre_box.currentIndex() <= 0 else centre,
        )

    def _show(self) -> None:
        shown = self.shown()
        self.model.set_rows(shown.rows)
        self.summary.setText(
            fill(
                self.tr("%1 course places asked for in %2 current study plans."),
                shown.total,
                self._demand.plans,
            )
        )
        self.export_button.setEnabled(bool(shown.rows))

    # ---- exports ----------------------------------------------------------------------------
    def choose_export(self) -> None:
        path = save_file(
            self, self.tr("Export course demand"), "kursbehov.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )  # fmt: skip
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Any) -> Op[Any] | None:
        if self._services is None:
            return None
        tools, shown, language = self._services.demand, self.shown(), interface_language()

        def write(_control: TaskControl) -> int:
            return tools.courses.export(shown, path, language=language)

        def done(count: int) -> None:
            self.summary.setText(fill(self.tr("Wrote %n line(s) to %1.", "", count), str(path)))

        self.export_op = run_op(self, write, background=True, on_success=done)
        return self.export_op

    def choose_report(self) -> None:
        path = save_file(
            self, self.tr("Regional demand report"), "efterfragan.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv);;PDF document (*.pdf)"),
        )  # fmt: skip
        if path is not None:
            self.report_to(path)

    def report_to(self, path: Any) -> Op[Any] | None:
        """The last ended period's report (as ``demand export`` without ``--period``)."""
        if self._services is None:
            return None
        tools, language = self._services.demand, interface_language()

        def write(_control: TaskControl) -> Any:
            return tools.report.export(path, language=language)

        def done(result: Any) -> None:
            self.summary.setText(
                fill(
                    self.tr("Wrote the regional demand report (%1, k = %2) to %3."),
                    result.manifest.period,
                    result.manifest.k,
                    str(path),
                )
            )

        self.export_op = run_op(self, write, background=True, on_success=done)
        return self.export_op
