"""The study-plan tab's printout: its controls and what they do.

Preview, save as PDF and print make the revision the form shows (saving the form first)
in the language and with the personnummer chosen here, and record the printout on that
revision (which locks it). The controls are made for the panel to lay out; the file and
printer steps are ``printing`` (shared with the batch dialog).

The texts keep the context of the panel they were written for (``PlanPanel``): the
catalogue files them there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.plan_printing import PlanPrinter, PrintOptions, file_name
from larsam_desktop.services.print_settings import load_print_settings
from larsam_desktop.ui.messages import show_user_error
from larsam_desktop.ui.pages.learner.plan.printing import (
    edit_print_settings,
    language_combo,
    print_and_record,
    save_pdf_file,
)

if TYPE_CHECKING:
    from larsam_desktop.ui.dialogs.plan_preview_dialog import PlanPreviewDialog

# The learner and the revision number to print (None: the form's new plan), or None.
Printable = Callable[[], tuple[int, int | None] | None]


class PlanOutput(QObject):
    """``printable()`` says what to print (the form saved first); ``recorded(number,
    destination)`` records a printout of revision ``number`` ("file", "printer", …)."""

    def __init__(
        self,
        panel: QWidget,
        printer: PlanPrinter,
        paths: AppPaths,
        printable: Printable,
        recorded: Callable[[int, str], None],
    ) -> None:
        super().__init__(panel)
        self._panel, self._printer, self._paths = panel, printer, paths
        self._printable, self._recorded = printable, recorded
        self.preview_dialog: PlanPreviewDialog | None = None

        self.preview_button = QPushButton(
            QCoreApplication.translate("PlanPanel", "Pre&view…"), panel
        )
        self.preview_button.setAccessibleName(
            QCoreApplication.translate("PlanPanel", "Preview the plan")
        )
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button = QPushButton(
            QCoreApplication.translate("PlanPanel", "Save as P&DF…"), panel
        )
        self.pdf_button.setAccessibleName(
            QCoreApplication.translate("PlanPanel", "Save the plan as PDF")
        )
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.print_button = QPushButton(QCoreApplication.translate("PlanPanel", "&Print…"), panel)
        self.print_button.setAccessibleName(
            QCoreApplication.translate("PlanPanel", "Print the plan")
        )
        self.print_button.clicked.connect(self.print_plan)
        self.settings_button = QPushButton(
            QCoreApplication.translate("PlanPanel", "Print se&ttings…"), panel
        )
        self.settings_button.setAccessibleName(
            QCoreApplication.translate("PlanPanel", "Print settings")
        )
        self.settings_button.clicked.connect(lambda: edit_print_settings(paths, panel))
        self.show_personnummer = QCheckBox(
            QCoreApplication.translate("PlanPanel", "Full personnummer in the printout"), panel
        )
        self.show_personnummer.setAccessibleName(
            QCoreApplication.translate("PlanPanel", "Full personnummer in the printout")
        )
        self.language = language_combo(
            panel, QCoreApplication.translate("PlanPanel", "Language of the printout")
        )
        self.language_label = QLabel(
            QCoreApplication.translate("PlanPanel", "Printout lan&guage:"), panel
        )
        self.language_label.setBuddy(self.language)

    def enable(self, printable: bool) -> None:
        """Preview, PDF and print only once there is a saved plan."""
        for button in (self.preview_button, self.pdf_button, self.print_button):
            button.setEnabled(printable)

    def pdf(self) -> tuple[bytes, str, int] | None:
        """The revision to print as PDF, its file name and number (saving the form first)."""
        chosen = self._printable()
        if chosen is None:
            return None
        learner_id, number = chosen
        options = PrintOptions(self.language.value() or "sv", self.show_personnummer.isChecked())
        try:
            data, document = self._printer.pdf(
                learner_id, load_print_settings(self._paths), options, number
            )
        except UserError as exc:
            show_user_error(
                self._panel, exc, QCoreApplication.translate("PlanPanel", "No printout")
            )
            return None
        return data, file_name(document), document.revision.number

    def preview(self) -> None:
        from larsam_desktop.ui.dialogs.plan_preview_dialog import PlanPreviewDialog

        made = self.pdf()
        if made is None:
            return
        data, name, number = made
        self.preview_dialog = PlanPreviewDialog(
            data, name, name, lambda where: self._recorded(number, where), self._panel
        )
        self.preview_dialog.open()

    def save_pdf(self, target: Path | None = None) -> bool:
        made = self.pdf()
        if made is None:
            return False
        data, name, number = made
        if not save_pdf_file(data, name, self._panel, target):
            return False
        self._recorded(number, "file")
        return True

    def print_plan(self) -> None:
        made = self.pdf()
        if made is not None:
            data, name, number = made
            print_and_record(data, self._panel, name, lambda: self._recorded(number, "printer"))
