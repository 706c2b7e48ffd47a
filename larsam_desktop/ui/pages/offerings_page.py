"""Utbildningsutbud / Offerings (issue 17): the programmes the region's universities give,
entered or imported, the cycle over the next three years, an offering's student group and
its information meetings. Registered by ``ui/pages/offerings/feature.py`` (built on first
use, so the start-up path imports none of it); the lists are read in the background."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.offerings import StoredOffering
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.dialogs.offering_dialog import OfferingDialog
from larsam_desktop.ui.dialogs.university_list_dialog import open_university_lists
from larsam_desktop.ui.file_dialogs import open_file, save_file
from larsam_desktop.ui.models.offering_models import CycleModel, OfferingsModel
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.pages.offerings.group_tab import GroupTab
from larsam_desktop.ui.pages.offerings.meetings_tab import MeetingsTab
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.list_table import list_table
from larsam_desktop.ui.workers import TaskControl, single_lane

if TYPE_CHECKING:
    from larsam_desktop.ui.session import Services


class OfferingsPage(QWidget):
    changed = Signal(Changes)
    learner_open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offeringsPage")
        self._services: Services | None = None
        self._generation = 0
        self.read_op: Op[Any] | None = None
        self._programmes: dict[str, str] = {}
        self._centres: dict[int, str] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Offerings"))
        self.tabs.addTab(self._offerings_tab(), self.tr("&Offerings"))
        self.tabs.addTab(self._cycle_tab(), self.tr("C&ycle"))
        self.group_tab = GroupTab(self)
        self.meetings_tab = MeetingsTab(self)
        for tab in (self.group_tab, self.meetings_tab):
            tab.changed.connect(self._tab_changed)
            tab.learner_open_requested.connect(self.learner_open_requested)
        self.tabs.addTab(self.group_tab, self.tr("Student &group"))
        self.tabs.addTab(self.meetings_tab, self.tr("&Meetings and follow-up"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    # ---- the tabs ---------------------------------------------------------------------------
    def _offerings_tab(self) -> QWidget:
        tab = QWidget(self)
        self.model = OfferingsModel(self)
        self.table = list_table(tab, "offerings", self.tr("Offerings"))
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._open_edit())
        self.new_button = QPushButton(self.tr("&New offering…"), tab)
        self.new_button.clicked.connect(lambda: self.offering_dialog().open())
        self.edit_button = QPushButton(self.tr("&Edit…"), tab)
        self.edit_button.clicked.connect(self._open_edit)
        self.delete_button = QPushButton(self.tr("&Delete"), tab)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("&Import file…"), tab)
        self.import_button.clicked.connect(self._choose_import)
        self.export_button = QPushButton(self.tr("E&xport…"), tab)
        self.export_button.clicked.connect(self._choose_export)
        self.lists_button = QPushButton(self.tr("&University lists…"), tab)  # issue 17
        self.lists_button.clicked.connect(
            lambda: open_university_lists(self, self._services, self.changed.emit)
        )
        self.status = QLabel(tab)
        self.status.setObjectName("offeringsStatus")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.lists_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._enable()
        return tab

    def _cycle_tab(self) -> QWidget:
        tab = QWidget(self)
        self.cycle_model = CycleModel(self)
        self.cycle = QTableView(tab)
        self.cycle.setObjectName("offeringCycle")
        self.cycle.setAccessibleName(self.tr("Offerings per term, the next three years"))
        self.cycle.setModel(self.cycle_model)
        self.cycle.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.cycle.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cycle.setWordWrap(True)
        note = QLabel(self.tr("Programmes as rows, terms as columns: who gives each, and how."))
        note.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addWidget(self.cycle, 1)
        return tab

    # ---- the Page protocol ------------------------------------------------------------------
    def attach(self, services: Services) -> None:
        self._services = services
        tools = services.offerings.offerings
        self._programmes = tools.programme_names(interface_language())
        self.group_tab.attach(services)
        self.meetings_tab.attach(services)
        self.reload()

    def apply_changes(self, changes: Changes) -> None:
        if changes.reference or changes.database_replaced or changes.coach_day:
            self.reload()

    def cancel(self) -> None:
        self._generation += 1
        self.group_tab.cancel()
        self.meetings_tab.cancel()

    def reload(self) -> Op[Any] | None:
        if self._services is None:
            return None
        services = self._services
        offerings = services.offerings.offerings
        reference = services.reference
        self._generation += 1
        generation = self._generation
        first = Term.of(date.today())

        def read(_control: TaskControl) -> tuple[Any, Any, Any, Any]:
            return (offerings.listing(), offerings.cycle(first), offerings.centres(),
                    reference.choices())  # fmt: skip

        def show(result: tuple[Any, Any, Any, Any]) -> None:
            if generation != self._generation or services is not self._services:
                return
            listing, cycle, centres, choices = result
            selected = self.selected()
            self._centres = centres
            self.model.set_rows(listing)
            self.cycle_model.set_view(cycle)
            self.group_tab.set_places(choices)
            if selected is not None:
                for row, stored in enumerate(listing):
                    if stored.id == selected.id:
                        self.table.selectRow(row)
            self._selection_changed()

        self.read_op = run_op(
            self, read, background=True, pool=single_lane("offerings-page"), on_success=show
        )
        return self.read_op

    # ---- actions ----------------------------------------------------------------------------
    def selected(self) -> StoredOffering | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        offering = self.selected()
        self.group_tab.show_offering(offering)
        self.meetings_tab.show_offering(offering)
        self._enable()

    def _enable(self) -> None:
        ready = self._services is not None
        chosen = self.selected() is not None
        for button in (self.new_button, self.import_button, self.export_button,
                       self.lists_button):  # fmt: skip
            button.setEnabled(ready)
        self.edit_button.setEnabled(ready and chosen)
        self.delete_button.setEnabled(ready and chosen)

    def offering_dialog(self, existing: StoredOffering | None = None) -> OfferingDialog:
        """The dialog for a new offering (or ``existing``), not yet shown."""
        assert self._services is not None
        offerings = self._services.offerings.offerings
        if existing is None:
            save = offerings.create
        else:
            offering_id = existing.id

            def save(draft: Any) -> Any:
                return offerings.update(offering_id, draft)

        dialog = OfferingDialog(
            save, self._programmes, self._centres, today=date.today(), existing=existing,
            parent=self,
        )  # fmt: skip
        dialog.accepted.connect(self.reload)
        return dialog

    def _open_edit(self) -> None:
        selected = self.selected()
        if selected is not None and self._services is not None:
            self.offering_dialog(selected).open()

    def delete_selected(self, *, confirm: bool = True) -> bool:
        selected = self.selected()
        if selected is None or self._services is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete offering"),
                fill(self.tr("Delete %1 %2 (%3)? Its meetings stay among the activities."),
                     selected.programme, str(selected.offering.start_term),
                     selected.offering.university),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        offerings = self._services.offerings.offerings
        done = run_op(
            self, lambda: offerings.delete(selected.id), title=self.tr("Offering not deleted")
        )
        if done.value is None:
            return False
        self.reload()
        return True

    def _choose_import(self) -> None:
        path = open_file(self, self.tr("Import offerings"),
                         self.tr("Offerings (*.csv *.xlsx *.ods);;All files (*)"))  # fmt: skip
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Any) -> bool:
        if self._services is None:
            return False
        files = self._services.offerings.files
        op = run_op(
            self,
            lambda _control: files.import_file(path),
            background=True,
            progress=self.tr("Importing offerings…"),
            title=self.tr("The file was not imported (nothing was stored)"),
            on_success=lambda result: self._imported(result),
        )
        return op.error is None

    def _imported(self, result: Any) -> None:
        self.reload()
        self.status.setText(
            fill(self.tr("Offerings imported: %1 new, %2 updated."), str(result.added),
                 str(result.updated))
        )  # fmt: skip

    def _choose_export(self) -> None:
        path = save_file(self, self.tr("Export offerings"), "utbildningsutbud.xlsx",
                         self.tr("Excel (*.xlsx);;CSV (*.csv)"))  # fmt: skip
        if path is not None:
            self.export_file(path)

    def export_file(self, path: Any) -> Op[int] | None:
        if self._services is None:
            return None
        files = self._services.offerings.files
        language = interface_language()
        return run_op(
            self,
            lambda _control: files.export(path, language=language),
            background=True,
            title=self.tr("The offerings were not exported"),
        )

    def _tab_changed(self, changes: Changes) -> None:
        self.changed.emit(changes)
        if changes.coach_day:
            self.reload()
