"""Study plans for many learners at once: the selected or all shown, one PDF or one file each.

The PDFs are made in the background (``BackgroundTask``) with progress and cancel; the window
stays responsive. Printing makes one PDF first and then opens the system print dialog.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.services.cancellation import Cancelled
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.plan_printing import BatchResult, PlanPrinter, PrintOptions
from larsam_desktop.services.print_settings import load_print_settings
from larsam_desktop.ui.file_dialogs import existing_folder, save_file
from larsam_desktop.ui.messages import os_error_text, show_user_error
from larsam_desktop.ui.pages.learner.plan.printing import (
    edit_print_settings,
    language_combo,
    print_and_record,
)
from larsam_desktop.ui.session import AppSession
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.workers import BackgroundTask, TaskControl

if TYPE_CHECKING:
    from larsam_desktop.ui.main_window import MainWindow


class PlanBatchDialog(QDialog):
    def __init__(
        self,
        session: AppSession,
        selected: Sequence[int],
        shown: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planBatch")
        self.setWindowTitle(self.tr("Study plans for several learners"))
        self._session = session
        self._printer: PlanPrinter = session.plan_printer
        self._selected = list(selected)
        self._shown = list(shown)
        self.task: BackgroundTask | None = None
        self.outcome: BatchResult | None = None
        self.changes = Changes()

        self.selected_choice = QRadioButton(
            fill(self.tr("The &selected learners (%1)"), str(len(self._selected))), self
        )
        self.shown_choice = QRadioButton(
            fill(self.tr("All learners &shown in the caseload (%1)"), str(len(shown))),
            self,
        )
        scope = QButtonGroup(self)
        scope.addButton(self.selected_choice)
        scope.addButton(self.shown_choice)
        (self.selected_choice if self._selected else self.shown_choice).setChecked(True)
        self.selected_choice.setEnabled(bool(self._selected))
        self.one_file = QRadioButton(self.tr("&One PDF for all"), self)
        self.file_each = QRadioButton(self.tr("One &file per learner (in a folder)"), self)
        output = QButtonGroup(self)
        output.addButton(self.one_file)
        output.addButton(self.file_each)
        self.file_each.setChecked(True)
        self.language = language_combo(self, self.tr("Language of the plans"))
        self.show_personnummer = QCheckBox(self.tr("Full personnummer in the printouts"), self)
        self.destination = QLineEdit(self)
        self.destination.setObjectName("batchDestination")
        self.destination.setAccessibleName(self.tr("Where to save"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleName(self.tr("Choose where to save"))
        browse.clicked.connect(self._browse)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setValue(0)
        self.message = QLabel(self)
        self.message.setObjectName("batchMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))
        self.save_button = QPushButton(self.tr("Sa&ve"), self)
        self.save_button.setAccessibleName(self.tr("Save the plans"))
        self.save_button.clicked.connect(self.start_save)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the plans"))
        self.print_button.clicked.connect(self.start_print)
        self.settings_button = QPushButton(self.tr("Print se&ttings…"), self)
        self.settings_button.clicked.connect(self._edit_settings)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)

        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Learners:"), self.selected_choice)
        form.addRow("", self.shown_choice)
        form.addRow(self.tr("Files:"), self.one_file)
        form.addRow("", self.file_each)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.show_personnummer)
        form.addRow(self.tr("Save &to:"), where)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(560, 360)

    def learner_ids(self) -> list[int]:
        return self._selected if self.selected_choice.isChecked() else self._shown

    def _options(self) -> PrintOptions:
        return PrintOptions(self.language.value() or "sv", self.show_personnummer.isChecked())

    def _browse(self) -> None:
        if self.one_file.isChecked():
            name = save_file(
                self, self.tr("Save the plans as"), "studieplaner.pdf", self.tr("PDF (*.pdf)")
            )
        else:
            name = existing_folder(self, self.tr("Save the plans in"))
        if name is not None:
            self.destination.setText(str(name))

    def _edit_settings(self) -> None:
        edit_print_settings(self._session.paths, self)

    # ---- running ------------------------------------------------------------------------------
    def start_save(self) -> None:
        text = self.destination.text().strip()
        if not text:
            self.message.setText(self.tr("Choose where to save the plans first."))
            return
        target = Path(text)
        if self.file_each.isChecked():
            self._start(out_dir=target, out_file=None, printing=False)
        else:
            self._start(out_dir=None, out_file=target, printing=False)

    def start_print(self) -> None:
        self._temporary = tempfile.TemporaryDirectory(prefix="larsam-print-")
        self._start(out_dir=None, out_file=Path(self._temporary.name) / "plans.pdf", printing=True)

    def _start(self, *, out_dir: Path | None, out_file: Path | None, printing: bool) -> None:
        ids = self.learner_ids()
        settings = load_print_settings(self._session.paths)
        options = self._options()
        printer = self._printer

        def work(control: TaskControl) -> BatchResult:
            return printer.save_batch(
                ids,
                settings,
                options,
                out_dir=out_dir,
                out_file=out_file,
                progress=control.progress,
                cancelled=lambda: control.cancelled,
                record=not printing,
            )

        self._set_running(True)
        self.message.setText(self.tr("Making the plans…"))
        self.task = BackgroundTask(
            work,
            on_success=lambda result: self._done(result, printing),
            on_failure=self._failed,
            on_progress=self._progress,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.message.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _set_running(self, running: bool) -> None:
        for widget in (self.save_button, self.print_button, self.settings_button):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _done(self, result: BatchResult, printing: bool) -> None:
        self.task = None
        self.outcome = result
        self._set_running(False)
        if printing and result.files:
            data = result.files[0].read_bytes()
            self._temporary.cleanup()

            def record() -> None:
                self.changes = self._printer.record(result.printed, "printer")

            print_and_record(data, self, self.tr("Study plans"), record)
        else:
            self.changes = result.changes
        self.message.setText(
            fill(
                self.tr("%1 plans done; %2 learners have no plan."),
                str(result.plans),
                str(len(result.without_plan)),
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._set_running(False)
        if isinstance(error, Cancelled):
            self.message.setText(self.tr("Cancelled: no files were left behind."))
        elif isinstance(error, OSError):
            self.message.setText(os_error_text(error))  # the catalogue's words, not the system's
        elif isinstance(error, UserError):
            show_user_error(self, error, self.tr("Study plans"))
        else:
            raise error  # a bug: the crash handler shows it

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
        super().reject()


def open_for_caseload(window: MainWindow) -> PlanBatchDialog:
    """The dialog over the caseload's selected and shown learners (File → Study plans…)."""
    caseload = window.caseload
    model = caseload.model
    rows = sorted({index.row() for index in caseload.table.selectionModel().selectedIndexes()})
    selected = [model.learner_id(row) for row in rows]
    shown = [model.learner_id(row) for row in range(model.rowCount())]
    dialog = PlanBatchDialog(window.session, selected, shown, window)

    def finished(_code: int) -> None:
        if dialog.changes.learners:
            window.events.publish(dialog.changes)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
