"""The audit log viewer: filters, the entries, and a check of the keyed hash chain that
lists every break it finds (and what restores rolled back), translated."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
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
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.audit_breaks import Break, Rollback
from larsam_desktop.domain.errors import UserError, fill
from larsam_desktop.services.audit import AuditFilter, AuditService, ChainReport
from larsam_desktop.services.errors import StorageError
from larsam_desktop.ui.messages import user_error_text
from larsam_desktop.ui.models.audit_model import action_text
from larsam_desktop.ui.models.audit_view_model import AuditViewModel
from larsam_desktop.ui.operations import run_op
from larsam_desktop.ui.text import fill as fill_numbered

MAX_ROWS = 5000
# The check's templates (domain/audit_breaks.py), marked for lupdate; a test keeps the two
# lists equal. Translated when shown, then filled in.
BREAK_TEMPLATES = (
    QT_TRANSLATE_NOOP("AuditBreak", "Entry {first} was changed after it was written."),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "Entry {first} has a rewritten hash: the entry after it no longer points to it.",
    ),
    QT_TRANSLATE_NOOP("AuditBreak", "Entry {first} does not point to the entry before it."),
    QT_TRANSLATE_NOOP("AuditBreak", "Entry {first} was removed."),
    QT_TRANSLATE_NOOP("AuditBreak", "Entries {first}–{last} were removed."),
    QT_TRANSLATE_NOOP(
        "AuditBreak", "Entry {first}, the newest, was removed; the head still records it."
    ),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "Entries {first}–{last}, the newest, were removed; the head still records them.",
    ),
    QT_TRANSLATE_NOOP(
        "AuditBreak", "The head of the log does not match entry {first}, the newest entry."
    ),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "The log ends at entry {first}, but {source} records entry {last}: the newest "
        "entries were cut and the head moved to match, or an older copy of the database "
        "was put in place.",
    ),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "Every entry was deleted and the head reset, but {source} records entry {last}.",
    ),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "Entry {first}, the oldest, was removed and the start of the log moved to match; "
        "no retention run removed it.",
    ),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "Entries {first}–{last}, the oldest, were removed and the start of the log moved to "
        "match; no retention run removed them.",
    ),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "Entry {first} was recomputed with the unkeyed SHA-256, without the audit key.",
    ),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "Entries {first}–{last} were recomputed with the unkeyed SHA-256, without the audit key.",
    ),
    QT_TRANSLATE_NOOP("AuditBreak", "Entry {first} was recomputed with another key."),
    QT_TRANSLATE_NOOP("AuditBreak", "Entries {first}–{last} were recomputed with another key."),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "The audit key is not on this computer: entries from {first} on cannot be checked.",
    ),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "Entry {first} differs from the one {source} records: the log was rewritten.",
    ),
    QT_TRANSLATE_NOOP("AuditBreak", "{source} was changed by hand: its seal does not hold."),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "{source} records another audit log (up to entry {last}): this log was replaced.",
    ),
    QT_TRANSLATE_NOOP(
        "AuditBreak", "Entries {first}–{last}, made after backup {backup}, are kept in {kept}."
    ),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "Entries {first}–{last}, made after backup {backup}, were rolled back by its restore; "
        "no copy of them was kept.",
    ),
    QT_TRANSLATE_NOOP(
        "AuditBreak",
        "Entries {first}–{last} stayed in the damaged database set aside when the coach chose "
        "to start with an empty one.",
    ),
)


def break_text(found: Break) -> str:
    return fill(QCoreApplication.translate("AuditBreak", found.template), found.params)


def rollback_text(rollback: Rollback) -> str:
    return fill(QCoreApplication.translate("AuditBreak", rollback.template), rollback.params)


class AuditDialog(QDialog):
    def __init__(self, service: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.setAccessibleName(self.tr("Audit log"))
        self._service = service
        self.model = AuditViewModel(self)

        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("All actions"), None)
        for action in AuditAction:
            self.action.addItem(action_text(action), action.value)
        self.learner = QLineEdit(self)
        self.learner.setObjectName("auditLearner")
        self.learner.setAccessibleName(self.tr("Learner: name or internal id"))
        self.learner.setPlaceholderText(self.tr("name or internal id"))
        self.learner.returnPressed.connect(self.reload)
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
        self.problems = QListWidget(self)
        self.problems.setObjectName("auditProblems")
        self.problems.setAccessibleName(self.tr("What the check found"))
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)
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
        layout.addWidget(self.problems)
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
            learner_id=int(text) if text.isdigit() else None,  # a name: entries_about
            actor=self.actor.currentData() or None,
            since=since,
            until=until,
        )

    def reload(self) -> None:
        service, where, learner = self._service, self.current_filter(), self.learner.text()
        try:
            entries = service.entries_about(where, learner, limit=MAX_ROWS)
            names = service.learner_names(e.learner_id for e in entries if e.learner_id)
        except StorageError as exc:
            self.status.setText(user_error_text(exc))
            return
        self.model.set_entries(entries, names)
        self.table.resizeColumnsToContents()
        count = len(entries)  # a plain name: lupdate reads the count argument so
        shown = self.tr("Showing %n entry row(s) (at most %1).", "", count)
        self.status.setText(fill_numbered(shown, MAX_ROWS))

    def verify(self) -> None:
        """Check the keyed chain and its anchors on a worker thread (every entry's key is
        recomputed: seconds on a long log); list every break and every rollback."""
        if not self.verify_button.isEnabled():
            return  # a check is running
        self.verify_button.setEnabled(False)
        self.status.setText(self.tr("Checking the chain…"))
        service = self._service
        run_op(
            self,
            lambda _control: service.verify(),
            background=True,
            quiet=True,
            on_success=self._show_report,
            on_failure=self._verify_failed,
        )

    def _verify_failed(self, error: UserError) -> None:
        if isValid(self):  # the dialog may have been closed meanwhile
            self.verify_button.setEnabled(True)
            self.status.setText(user_error_text(error))

    def _show_report(self, report: ChainReport) -> None:
        if not isValid(self):
            return
        self.verify_button.setEnabled(True)
        self.problems.clear()
        for found in report.breaks:
            self.problems.addItem(break_text(found))
        for rollback in report.rollbacks:
            self.problems.addItem(rollback_text(rollback))
        self.problems.setVisible(self.problems.count() > 0)
        if report.broken is None:
            self.status.setText(
                fill_numbered(
                    self.tr("The chain is intact: %1 entries checked."), str(report.entries_checked)
                )
            )
        else:
            self.status.setText(
                fill_numbered(
                    self.tr("The chain is broken at entry %1: %2 problems found, listed below."),
                    str(report.broken.first),
                    str(len(report.breaks)),
                )
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
