"""The audit log viewer: filters, the entries, and a check of the hash chain."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.services.audit import AuditFilter, AuditService
from larsam_desktop.services.errors import StorageError
from larsam_desktop.ui.models.audit_model import AuditModel, action_text

MAX_ROWS = 5000


class AuditDialog(QDialog):
    def __init__(self, service: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.setAccessibleName(self.tr("Audit log"))
        self._service = service
        self.model = AuditModel(self)

        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("All actions"), None)
        for action in AuditAction:
            self.action.addItem(action_text(action), action.value)
        self.learner = QLineEdit(self)
        self.learner.setAccessibleName(self.tr("Learner id"))
        self.learner.setPlaceholderText(self.tr("internal id"))
        self.actor = QComboBox(self)
        self.actor.setAccessibleName(self.tr("Who"))
        self.since = QDateEdit(self)
        self.since.setAccessibleName(self.tr("From date"))
        self.since.setCalendarPopup(True)
        self.since.setDate(QDate.currentDate().addMonths(-1))
        self.until = QDateEdit(self)
        self.until.setAccessibleName(self.tr("To date"))
        self.until.setCalendarPopup(True)
        self.until.setDate(QDate.currentDate())
        apply = QPushButton(self.tr("&Show"), self)
        apply.setAccessibleName(self.tr("Show matching entries"))
        apply.clicked.connect(self.reload)

        filters = QFormLayout()
        filters.addRow(self.tr("&Action:"), self.action)
        filters.addRow(self.tr("&Learner:"), self.learner)
        filters.addRow(self.tr("&Who:"), self.actor)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.until)
        dates.addWidget(apply)
        dates_label = QLabel(self.tr("&Dates:"), self)
        dates_label.setBuddy(self.since)  # a row of several widgets gets no buddy by itself
        filters.addRow(dates_label, dates)

        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()

        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("&Check the chain"), self)
        self.verify_button.setAccessibleName(self.tr("Check that no entry was changed"))
        self.verify_button.clicked.connect(self.verify)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._load_actors()
        self.reload()

    def current_filter(self) -> AuditFilter:
        action = self.action.currentData()
        text = self.learner.text().strip()
        since = datetime.combine(_day(self.since.date()), time(0)).astimezone(UTC)
        until = (datetime.combine(_day(self.until.date()), time(0)) + timedelta(days=1)).astimezone(
            UTC
        )
        return AuditFilter(
            action=AuditAction(action) if action else None,
            learner_id=int(text) if text.isdigit() else None,
            actor=self.actor.currentData() or None,
            since=since,
            until=until,
        )

    def reload(self) -> None:
        try:
            entries = self._service.entries(self.current_filter(), limit=MAX_ROWS)
        except StorageError as exc:
            self.status.setText(exc.message)
            return
        self.model.set_rows(entries)
        self.table.resizeColumnsToContents()
        self.status.setText(
            self.tr("%1 entries shown (at most %2).")
            .replace("%1", str(len(entries)))
            .replace("%2", str(MAX_ROWS))
        )

    def verify(self) -> None:
        try:
            report = self._service.verify()
        except StorageError as exc:
            self.status.setText(exc.message)
            return
        if report.broken is None:
            self.status.setText(
                self.tr("The chain is intact: %1 entries checked.").replace(
                    "%1", str(report.entries_checked)
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "The chain is broken at entry %1: an entry was changed or removed."
                ).replace("%1", str(report.broken.seq))
            )

    def _load_actors(self) -> None:
        self.actor.clear()
        self.actor.addItem(self.tr("Anyone"), "")
        try:
            for actor in self._service.actors():
                self.actor.addItem(actor, actor)
        except StorageError:
            pass


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
