"""The learner's mentors and faddrar (issue 17): who, from when to when; added, changed,
ended and removed here. Read off the GUI thread when another learner is shown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.mentors import Affiliation, MentorDraft, MentorRole, StoredMentor
from larsam_desktop.services.errors import FieldError
from larsam_desktop.ui.models.list_table_model import ListTableModel
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.qt_dates import date_of, qdate
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.field_errors import FieldErrors
from larsam_desktop.ui.widgets.field_row import FieldRow
from larsam_desktop.ui.workers import TaskControl

if TYPE_CHECKING:  # the service imports storage: not before the first paint
    from larsam_desktop.services.mentors import MentorService


class MentorsModel(ListTableModel[StoredMentor]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Role"), self.tr("From"), self.tr("To"),
                self.tr("Contact"))  # fmt: skip

    def text(self, row: StoredMentor, column: int) -> str:
        mentor = row.mentor
        if column == 0:
            return mentor.name
        if column == 1:
            return role_text(mentor.role, mentor.affiliation)
        if column == 2:
            return mentor.starts_on.isoformat()
        if column == 3:
            return mentor.ends_on.isoformat() if mentor.ends_on else self.tr("until further notice")
        return mentor.contact or ""


def role_text(role: MentorRole, affiliation: Affiliation) -> str:
    """ "Mentor (lärcentrum)", "Fadder (university student)"."""
    if role is MentorRole.MENTOR:
        who = QCoreApplication.translate("MentorPanel", "Mentor")
    else:
        who = QCoreApplication.translate("MentorPanel", "Fadder")
    if affiliation is Affiliation.LEARNING_CENTRE:
        where = QCoreApplication.translate("MentorPanel", "lärcentrum")
    else:
        where = QCoreApplication.translate("MentorPanel", "university student")
    return f"{who} ({where})"


class MentorPanel(QGroupBox):
    """Mentors of the learner shown; every change is saved at once (one transaction)."""

    def __init__(self, mentors: MentorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Mentors and faddrar"))
        self.setObjectName("mentorPanel")
        self._service = mentors
        self._learner_id: int | None = None
        self._generation = 0
        self.load_op: Op[list[StoredMentor]] | None = None
        self.model = MentorsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mentorTable")
        self.table.setAccessibleName(self.tr("Mentors of the learner"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._fill_form())

        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Mentor's name"))
        self.role = ChoiceCombo(self)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.set_choices([(role_text(r, a), (r, a)) for r in MentorRole for a in Affiliation])
        self.contact = QLineEdit(self)
        self.contact.setAccessibleName(self.tr("Contact"))
        self.contact.setPlaceholderText(self.tr("E-mail or phone"))
        self.starts_on = self._date_edit(self.tr("Mentor from"))
        self.ends_on = self._date_edit(self.tr("Mentor until"))
        self.open_ended = QCheckBox(self.tr("No en&d date"), self)
        self.open_ended.setAccessibleName(self.tr("No end date"))
        self.open_ended.toggled.connect(lambda on: self.ends_on.setEnabled(not on))
        self.open_ended.setChecked(True)
        self.add_button = QPushButton(self.tr("&Add mentor"), self)
        self.add_button.setAccessibleName(self.tr("Add mentor"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("Sa&ve changes"), self)
        self.save_button.setAccessibleName(self.tr("Save the selected mentor"))
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected mentor"))
        self.remove_button.clicked.connect(self.remove)
        rows = {
            "name": FieldRow(self.name, self),
            "role": FieldRow(self.role, self),
            "contact": FieldRow(self.contact, self),
            "start_date": FieldRow(self.starts_on, self),
            "end_date": FieldRow(self.ends_on, self),
        }
        self.errors = FieldErrors(rows, fallback="name")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), rows["name"])
        form.addRow(self.tr("T&ype:"), rows["role"])
        form.addRow(self.tr("E-mail or p&hone:"), rows["contact"])
        form.addRow(self.tr("&From:"), rows["start_date"])
        until = QWidget(self)  # the end date and "no end date" on one row, one label
        until.setFocusProxy(self.ends_on)
        ends = QHBoxLayout(until)
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(rows["end_date"], 1)
        ends.addWidget(self.open_ended)
        form.addRow(self.tr("&Until:"), until)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        form.addRow("", buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        self._update_buttons()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate.currentDate())
        edit.setAccessibleName(name)
        return edit

    # ---- reading
    def show_learner(self, learner_id: int) -> None:
        """Read the mentors of ``learner_id`` (again only when another learner is shown)."""
        if learner_id == self._learner_id:
            return
        self._learner_id = learner_id
        self.model.set_rows([])
        self._clear_form()
        self.reload()

    def reload(self) -> None:
        learner_id = self._learner_id
        if learner_id is None:
            return
        self._generation += 1
        generation = self._generation
        service = self._service

        def read(_control: TaskControl) -> list[StoredMentor]:
            return service.for_learner(learner_id)

        def shown(rows: list[StoredMentor]) -> None:
            if generation == self._generation:
                self.model.set_rows(rows)
                self._update_buttons()

        self.load_op = run_op(self, read, background=True, quiet=True, on_success=shown)

    # ---- writing
    def _draft(self) -> MentorDraft:
        role, affiliation = self.role.value() or (MentorRole.MENTOR, Affiliation.LEARNING_CENTRE)
        return MentorDraft(
            name=self.name.text(),
            starts_on=date_of(self.starts_on),
            ends_on=None if self.open_ended.isChecked() else date_of(self.ends_on),
            role=role.value,
            affiliation=affiliation.value,
            contact=self.contact.text(),
        )

    def _selected(self) -> StoredMentor | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add(self) -> bool:
        learner_id = self._learner_id
        if learner_id is None:
            return False
        draft = self._draft()
        op = run_op(self, lambda: self._service.add(learner_id, draft),
                    field_errors=self._show_errors, on_success=lambda _: self._saved())  # fmt: skip
        return op.ok

    def save(self) -> bool:
        selected = self._selected()
        if selected is None:
            return False
        draft = self._draft()
        op = run_op(self, lambda: self._service.update(selected.id, draft),
                    field_errors=self._show_errors, on_success=lambda _: self._saved())  # fmt: skip
        return op.ok

    def remove(self) -> bool:
        selected = self._selected()
        if selected is None:
            return False
        op = run_op(self, lambda: self._service.remove(selected.id),
                    on_success=lambda _: self._saved())  # fmt: skip
        return op.ok

    def _saved(self) -> None:
        self._clear_form()
        self.reload()

    def _show_errors(self, errors: tuple[FieldError, ...]) -> None:
        self.errors.show(errors)

    # ---- the form
    def _clear_form(self) -> None:
        self.errors.clear()
        self.name.clear()
        self.contact.clear()
        self.starts_on.setDate(QDate.currentDate())
        self.open_ended.setChecked(True)
        self.table.clearSelection()

    def _fill_form(self) -> None:
        selected = self._selected()
        self._update_buttons()
        if selected is None:
            return
        mentor = selected.mentor
        self.errors.clear()
        self.name.setText(mentor.name)
        self.contact.setText(mentor.contact or "")
        self.role.set_value((mentor.role, mentor.affiliation))
        self.starts_on.setDate(qdate(mentor.starts_on))
        self.open_ended.setChecked(mentor.ends_on is None)
        if mentor.ends_on is not None:
            self.ends_on.setDate(qdate(mentor.ends_on))

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.save_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
