"""The learner's högskoleprov sittings (issue 17): registered for a sitting, then attended
or absent. The results themselves are entered on the Merit tab."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.services.errors import FieldError
from larsam_desktop.services.hogskoleprov_sittings import Sitting, SittingService, SittingStatus
from larsam_desktop.ui.messages import field_error_text
from larsam_desktop.ui.models.list_table_model import ListTableModel
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.qt_dates import date_of, listed_date
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.workers import TaskControl


def status_text(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    if status == SittingStatus.ATTENDED:
        return QCoreApplication.translate("HpSittingsBox", "Attended")
    if status == SittingStatus.ABSENT:
        return QCoreApplication.translate("HpSittingsBox", "Absent")
    return QCoreApplication.translate("HpSittingsBox", "Registered")


class SittingsModel(ListTableModel[Sitting]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Sitting"), self.tr("Status"))

    def text(self, row: Sitting, column: int) -> str:
        return listed_date(row.sitting_on) if column == 0 else status_text(row.status)


class HpSittingsBox(QGroupBox):
    def __init__(self, sittings: SittingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Högskoleprov sittings"))
        self.setObjectName("hpSittingsBox")
        self._service = sittings
        self._learner_id: int | None = None
        self._generation = 0
        self.load_op: Op[list[Sitting]] | None = None
        self.model = SittingsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("hpSittingsTable")
        self.table.setAccessibleName(self.tr("Högskoleprov sittings of the learner"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(self.table.fontMetrics().height() * 7 + 16)
        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setDate(QDate.currentDate())
        self.on.setAccessibleName(self.tr("Date of the sitting"))
        self.status = ChoiceCombo(self)
        self.status.setAccessibleName(self.tr("Registered or attended"))
        self.status.set_choices([(status_text(s), s) for s in SittingStatus])
        self.record_button = QPushButton(self.tr("Save s&itting"), self)
        self.record_button.setAccessibleName(self.tr("Save the sitting"))
        self.record_button.clicked.connect(self.record)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sitting:"), self))
        row.addWidget(self.on)
        row.addWidget(self.status)
        row.addWidget(self.record_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def show_learner(self, learner_id: int) -> None:
        if learner_id == self._learner_id:
            return
        self._learner_id = learner_id
        self.model.set_rows([])
        self.message.hide()
        self.reload()

    def reload(self) -> None:
        learner_id = self._learner_id
        if learner_id is None:
            return
        self._generation += 1
        generation, service = self._generation, self._service

        def read(_control: TaskControl) -> list[Sitting]:
            return service.sittings(learner_id)

        def shown(rows: list[Sitting]) -> None:
            if generation == self._generation:
                self.model.set_rows(rows)

        self.load_op = run_op(self, read, background=True, quiet=True, on_success=shown)

    def record(self) -> bool:
        """Register for the sitting on the chosen day, or record whether the learner wrote."""
        learner_id = self._learner_id
        if learner_id is None:
            return False
        on, status = date_of(self.on), SittingStatus(self.status.value())
        self.message.hide()

        def refused(errors: tuple[FieldError, ...]) -> None:
            self.message.setText("; ".join(field_error_text(e) for e in errors))
            self.message.show()

        op = run_op(self, lambda: self._service.record(learner_id, on, status),
                    field_errors=refused, on_success=lambda _: self.reload())  # fmt: skip
        return op.ok
