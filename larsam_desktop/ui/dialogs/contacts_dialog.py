"""A learner's contact log and follow-ups: record a meeting, call or message with the next
steps agreed and, in one go, a follow-up; open a restricted note (each opening is audited);
mark follow-ups done."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.contacts import (
    ContactDraft,
    ContactKind,
    FollowUpDraft,
    follow_up_title,
)
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.models.contact_models import ContactLogModel, FollowUpListModel, kind_text
from larsam_desktop.ui.operations import run_op
from larsam_desktop.ui.qt_dates import date_of
from larsam_desktop.ui.session import Services
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.buddy_label import buddy_label
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.field_errors import FieldErrors
from larsam_desktop.ui.widgets.field_row import FieldRow
from larsam_desktop.ui.widgets.list_table import list_table
from larsam_desktop.ui.window_layout import fitting_size


class ContactsDialog(QDialog):
    """``changed`` carries what was saved, for the window to publish."""

    changed = Signal(Changes)

    def __init__(
        self, session: Services, learner_id: int, learner_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.setWindowTitle(fill(self.tr("Contacts and follow-ups – %1"), learner_name))
        self._session = session
        self._day = session.day
        self._learner_id = learner_id
        current = session.current_coach or ""

        self.log_model = ContactLogModel(self)
        self.log = list_table(self, "contactLog", self.tr("Contact log"))
        self.log.setModel(self.log_model)
        self.log.horizontalHeader().setStretchLastSection(False)
        self.log.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.open_note_button = QPushButton(self.tr("Open restricted &note…"), self)
        self.open_note_button.setAccessibleName(self.tr("Open the restricted note"))
        self.open_note_button.setToolTip(
            self.tr("Every opening is recorded in the audit log with your name.")
        )
        self.open_note_button.clicked.connect(self.open_restricted_note)

        # ---- the form -----------------------------------------------------------------------
        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setDate(QDate.currentDate())
        self.on.setAccessibleName(self.tr("Date of the contact"))
        self.at = QLineEdit(self)
        self.at.setPlaceholderText(self.tr("HH:MM (optional)"))
        self.at.setAccessibleName(self.tr("Time of the contact"))
        self.kind = ChoiceCombo(self)
        self.kind.setAccessibleName(self.tr("Kind of contact"))
        self.kind.set_choices([(kind_text(k), k) for k in ContactKind])
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 480)
        self.duration.setSingleStep(5)
        self.duration.setSpecialValueText(self.tr("not given"))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.next_steps = QPlainTextEdit(self)
        self.next_steps.setAccessibleName(self.tr("Agreed next steps"))
        self.next_steps.textChanged.connect(self._suggest_title)
        self.restricted = QPlainTextEdit(self)
        self.restricted.setAccessibleName(self.tr("Restricted note"))
        self.restricted.setPlaceholderText(
            self.tr("Health, family situation…: kept apart, hidden until opened")
        )
        for edit in (self.notes, self.next_steps, self.restricted):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
        self.recorded_by = QLineEdit(current, self)
        self.recorded_by.setAccessibleName(self.tr("Recorded by"))

        self.make_follow_up = QCheckBox(self.tr("Create a &follow-up from the next steps"), self)
        self.make_follow_up.setAccessibleName(self.tr("Create a follow-up"))
        self.make_follow_up.toggled.connect(self._follow_up_enabled)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Follow-up"))
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.currentDate().addDays(7))
        self.due.setAccessibleName(self.tr("Due date"))
        self.owner = ChoiceCombo(self)
        self.owner.setAccessibleName(self.tr("Owner of the follow-up"))
        coaches = session.reference.choices().coaches
        self.owner.set_choices([(c.name, c.name) for c in coaches])
        self.owner.set_value(current)

        rows = {
            "on": FieldRow(self.on, self),
            "at": FieldRow(self.at, self),
            "kind": FieldRow(self.kind, self),
            "duration_minutes": FieldRow(self.duration, self),
            "notes": FieldRow(self.notes, self),
            "next_steps": FieldRow(self.next_steps, self),
            "restricted_note": FieldRow(self.restricted, self),
            "recorded_by": FieldRow(self.recorded_by, self),
            "title": FieldRow(self.title, self),
            "due_on": FieldRow(self.due, self),
            "owner": FieldRow(self.owner, self),
        }
        self.errors = FieldErrors(rows, fallback="kind")
        form = QFormLayout()
        when = QHBoxLayout()
        when.addWidget(rows["on"], 1)
        when.addWidget(rows["at"], 1)
        form.addRow(buddy_label(self.tr("&Date and time:"), self.on, self), when)
        how = QHBoxLayout()
        how.addWidget(rows["kind"], 1)
        how.addWidget(rows["duration_minutes"], 1)
        form.addRow(buddy_label(self.tr("&Kind, duration:"), self.kind, self), how)
        form.addRow(self.tr("&Notes:"), rows["notes"])
        form.addRow(self.tr("Next &steps:"), rows["next_steps"])
        form.addRow(self.tr("Restricted n&ote:"), rows["restricted_note"])
        form.addRow(self.tr("Recorded &by:"), rows["recorded_by"])
        form.addRow("", self.make_follow_up)
        form.addRow(self.tr("Follow-&up:"), rows["title"])
        due = QHBoxLayout()
        due.addWidget(rows["due_on"], 1)
        due.addWidget(rows["owner"], 1)
        form.addRow(buddy_label(self.tr("Due, o&wner:"), self.due, self), due)
        self.record_button = QPushButton(self.tr("&Record contact"), self)
        self.record_button.setAccessibleName(self.tr("Record contact"))
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record)
        self.follow_up_only_button = QPushButton(self.tr("Add follow-up &only"), self)
        self.follow_up_only_button.setAccessibleName(self.tr("Add the follow-up without a contact"))
        self.follow_up_only_button.clicked.connect(self.add_follow_up_only)
        actions = QHBoxLayout()
        actions.addWidget(self.record_button, 1)
        actions.addWidget(self.follow_up_only_button)
        form.addRow("", actions)
        form_box = QGroupBox(self.tr("New contact"), self)
        form_box.setLayout(form)

        self.follow_up_model = FollowUpListModel(self)
        self.follow_up_table = list_table(self, "followUpList", self.tr("Follow-ups"))
        self.follow_up_table.setModel(self.follow_up_model)
        self.done_button = QPushButton(self.tr("Mark done / &undone"), self)
        self.done_button.setAccessibleName(self.tr("Mark the selected follow-up done or undone"))
        self.done_button.clicked.connect(self.toggle_done)

        log_box = QWidget(self)
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addWidget(self.log, 1)
        log_layout.addWidget(self.open_note_button, 0, Qt.AlignmentFlag.AlignRight)
        follow_box = QGroupBox(self.tr("Follow-ups"), self)
        follow_layout = QVBoxLayout(follow_box)
        follow_layout.addWidget(self.follow_up_table, 1)
        follow_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(form_box)
        lower.addWidget(follow_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(log_box)
        body.addWidget(lower)
        body.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)
        self.resize(fitting_size(self, 1000, 720))
        self._follow_up_enabled(False)
        self.reload()

    # ---- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.log_model.set_rows(self._day.contacts.log(self._learner_id))
        self.follow_up_model.set_rows(self._day.follow_ups.for_learner(self._learner_id))
        has_log = self.log_model.rowCount() > 0
        self.open_note_button.setEnabled(has_log)
        self.done_button.setEnabled(self.follow_up_model.rowCount() > 0)

    def _suggest_title(self) -> None:
        if self.make_follow_up.isChecked() and not self.title.isModified():
            self.title.setText(follow_up_title(self.next_steps.toPlainText()))

    def _follow_up_enabled(self, enabled: bool) -> None:
        for widget in (self.title, self.due, self.owner):
            widget.setEnabled(enabled)
        if enabled and not self.title.text():
            self.title.setText(follow_up_title(self.next_steps.toPlainText()))

    def draft(self) -> tuple[ContactDraft, FollowUpDraft | None]:
        """What the form says; raises ``ValidationError`` for a time that is not HH:MM."""
        kind = self.kind.value()
        at_text = self.at.text().strip()
        at: time | None = None
        if at_text:
            try:
                hours, minutes = (int(part) for part in at_text.replace(".", ":").split(":"))
                at = time(hours, minutes)
            except ValueError:
                raise ValidationError(
                    [FieldError("at", "invalid_time", "Write the time as HH:MM, e.g. 14:30.")]
                ) from None
        contact = ContactDraft(
            kind=kind.value if isinstance(kind, ContactKind) else "",
            recorded_by=self.recorded_by.text(),
            on=date_of(self.on),
            at=at,
            duration_minutes=self.duration.value() or None,
            notes=self.notes.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
            restricted_note=self.restricted.toPlainText(),
        )
        follow_up = None
        if self.make_follow_up.isChecked():
            owner = self.owner.value()
            due = date_of(self.due)
            follow_up = FollowUpDraft(
                self.title.text(), due, owner if isinstance(owner, str) else ""
            )
        return contact, follow_up

    def record(self) -> bool:
        contacts, learner = self._day.contacts, self._learner_id
        recorded = run_op(
            self,
            lambda: contacts.record(learner, *self.draft()),
            title=self.tr("Contact not recorded"),
            field_errors=self.errors.show,
        ).value
        if recorded is None:
            return False
        self.errors.clear()
        for edit in (self.notes, self.next_steps, self.restricted):
            edit.clear()
        self.at.clear()
        self.duration.setValue(0)
        self.title.clear()
        self.title.setModified(False)
        self.make_follow_up.setChecked(False)
        self.due.setDate(QDate.currentDate().addDays(7))
        self.reload()
        self.changed.emit(recorded.changes)
        return True

    def add_follow_up_only(self) -> bool:
        """A follow-up that does not come from a contact (the fields below the checkbox)."""
        if not self.make_follow_up.isChecked():
            self.make_follow_up.setChecked(True)
            self.title.setFocus()
            return False
        owner = self.owner.value()
        due = date_of(self.due)
        draft = FollowUpDraft(self.title.text(), due, owner if isinstance(owner, str) else "")
        follow_ups, learner = self._day.follow_ups, self._learner_id
        saved = run_op(
            self,
            lambda: follow_ups.add(learner, draft),
            title=self.tr("Follow-up not added"),
            field_errors=self.errors.show,
        ).value
        if saved is None:
            return False
        self.errors.clear()
        self.title.clear()
        self.title.setModified(False)
        self.make_follow_up.setChecked(False)
        self.reload()
        self.changed.emit(saved.changes)
        return True

    def open_restricted_note(self) -> str | None:
        rows = self.log.selectionModel().selectedRows() if self.log.selectionModel() else []
        if not rows:
            QMessageBox.information(
                self, self.tr("Restricted note"), self.tr("Select a contact in the log first.")
            )
            return None
        stored = self.log_model.row_at(rows[0].row())
        if not stored.has_restricted_note:
            QMessageBox.information(
                self, self.tr("Restricted note"), self.tr("This contact has no restricted note.")
            )
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Open restricted note"),
            self.tr("Opening the note is recorded in the audit log with your name. Open it?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        contacts, who = self._day.contacts, self._session.current_coach or self.recorded_by.text()
        text = run_op(
            self,
            lambda: contacts.open_restricted_note(stored.id, opened_by=who),
            title=self.tr("Restricted note"),
        ).value
        if text is None:
            return None
        box = QMessageBox(self)
        box.setObjectName("restrictedNoteBox")
        box.setWindowTitle(self.tr("Restricted note"))
        box.setText(text)
        box.setIcon(QMessageBox.Icon.Information)
        box.open()
        return text

    def toggle_done(self) -> bool:
        rows = self.follow_up_table.selectionModel().selectedRows()
        if not rows:
            return False
        follow_up = self.follow_up_model.row_at(rows[0].row())
        follow_ups = self._day.follow_ups
        saved = run_op(
            self,
            lambda: follow_ups.set_done(follow_up.id, not follow_up.done),
            title=self.tr("Not saved"),
        ).value
        if saved is None:
            return False
        self.reload()
        self.changed.emit(saved.changes)
        return True
