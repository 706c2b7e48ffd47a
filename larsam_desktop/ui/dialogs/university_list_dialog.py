"""Lists from the university (issue 17): a progress list (registered, credits, completed,
discontinued) into the pathway, or a list of applicants who were not eligible into an
outreach list. Choose the file, check it (a dry run: what each line does, every bad line
named), then import — all or nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.identity import mask_digits
from larsam_desktop.domain.university_lists import ProgressEvent
from larsam_desktop.services.applicant_import import ApplicantResult, OutreachEntry
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import UserError, ValidationError
from larsam_desktop.services.progress_import import PlannedLine, ProgressResult
from larsam_desktop.services.student_group import CATEGORY_TEXTS
from larsam_desktop.services.university import UniversityTools
from larsam_desktop.ui.file_dialogs import open_file
from larsam_desktop.ui.messages import user_error_text
from larsam_desktop.ui.models.import_preview_model import bad_row_text, reason_text
from larsam_desktop.ui.models.list_table_model import DISPLAY, TOOLTIP, ListTableModel
from larsam_desktop.ui.models.timeline_model import stage_text
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.workers import BackgroundTask, TaskControl

PROGRESS, APPLICANTS = "progress", "applicants"
SHOWN_CODES = 4  # courses named in the outreach list's cell (all of them in its tooltip)


class ProgressPreviewModel(ListTableModel[PlannedLine]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Line"), self.tr("Learner"), self.tr("Reported"), self.tr("Date"),
                self.tr("Steps on the path"))  # fmt: skip

    def text(self, row: PlannedLine, column: int) -> str:
        if column == 0:
            return str(row.line)
        if column == 1:
            return str(row.learner_id)
        if column == 2:
            return event_text(row.event)
        if column == 3:
            return row.on.isoformat()
        if not row.new:
            return self.tr("(already recorded)")
        return " → ".join(stage_text(step.stage) for step in row.steps) or self.tr("(none)")


def event_text(event: ProgressEvent) -> str:
    from PySide6.QtCore import QCoreApplication

    if event is ProgressEvent.REGISTERED:
        return QCoreApplication.translate("UniversityListDialog", "Registered")
    if event is ProgressEvent.CREDITS:
        return QCoreApplication.translate("UniversityListDialog", "Credits earned")
    if event is ProgressEvent.COMPLETED:
        return QCoreApplication.translate("UniversityListDialog", "Completed")
    return QCoreApplication.translate("UniversityListDialog", "Discontinued")


class OutreachModel(ListTableModel[OutreachEntry]):
    def __init__(self, names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._names = names

    def headers(self) -> Sequence[str]:
        return (self.tr("Applicant"), self.tr("Programme"), self.tr("Term"),
                self.tr("Shortest path"), self.tr("Next start"))  # fmt: skip

    def text(self, row: OutreachEntry, column: int) -> str:
        if column == 0:
            new = " " + self.tr("(registered now)") if row.registered else ""
            return f"{row.name} {mask_digits(row.digits)}{new}"
        if column == 1:
            return self._names.get(row.target_id, row.target_id)
        if column == 2:
            return row.term
        if column == 3:
            return self.path_text(row)
        return self.next_text(row)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == TOOLTIP and index.isValid() and index.column() == 3:
            return ", ".join(self.row_at(index.row()).gap.codes)  # the cell names a few
        return super().data(index, role)

    def path_text(self, row: OutreachEntry) -> str:
        gap = row.gap
        if gap.eligible:
            return self.tr("Eligible now")
        shown = gap.codes[:SHOWN_CODES]
        codes = ", ".join(shown) + (", …" if len(gap.codes) > len(shown) else "")
        if not gap.studyable:
            return fill(self.tr("%1 points (%2); not all by studying"), gap.points, codes)
        return fill(self.tr("%1 points (%2): %3 terms at half pace, %4 at full pace"),
                    gap.points, codes, row.terms_half, row.terms_full)  # fmt: skip

    def next_text(self, row: OutreachEntry) -> str:
        upcoming = row.next_offering
        if upcoming is None or row.category is None:
            return self.tr("No offering ahead")
        from PySide6.QtCore import QCoreApplication

        fit = QCoreApplication.translate("StudentGroup", CATEGORY_TEXTS[row.category])
        return fill(self.tr("%1 at %2: %3"), upcoming.start_term, upcoming.university, fit)


class UniversityListDialog(QDialog):
    def __init__(
        self,
        tools: UniversityTools,
        publish: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("universityListDialog")
        self.setWindowTitle(self.tr("Lists from the university"))
        self._tools = tools
        self._publish = publish
        self._path: Path | None = None
        self._task: BackgroundTask | None = None
        self.checked: ProgressResult | ApplicantResult | None = None
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of list"))
        self.kind.addItem(self.tr("Progress: registered, credits, completed, discontinued"),
                          PROGRESS)  # fmt: skip
        self.kind.addItem(self.tr("Applicants who were not eligible"), APPLICANTS)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.every_line = QComboBox(self)
        self.every_line.setAccessibleName(self.tr("What every line reports"))
        self.every_line.addItem(self.tr("(the file's Status column)"), None)
        for event in ProgressEvent:
            self.every_line.addItem(event_text(event), event.value)
        self.every_line.currentIndexChanged.connect(self._invalidate)
        self.file_label = QLabel(self.tr("No file chosen"), self)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.progress_model = ProgressPreviewModel(self)
        self.outreach_model = OutreachModel(tools.data.target_names(interface_language()), self)
        self.preview = QTableView(self)
        self.preview.setObjectName("universityListPreview")
        self.preview.setAccessibleName(self.tr("What the list does"))
        self.preview.setModel(self.progress_model)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.bad_lines = QListWidget(self)
        self.bad_lines.setAccessibleName(self.tr("Lines that cannot be imported"))
        self.bad_lines.setMaximumHeight(self.fontMetrics().height() * 7)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("universityListStatus")
        self.check_button = QPushButton(self.tr("Chec&k"), self)
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&List:"), self.kind)
        form.addRow(self.tr("&Every line:"), self.every_line)
        chooser = QHBoxLayout()
        chooser.addWidget(self.file_label, 1)
        chooser.addWidget(self.choose_button)
        form.addRow(self.tr("File:"), chooser)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(QLabel(self.tr("Lines that cannot be imported:"), self))
        layout.addWidget(self.bad_lines)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def choose_file(self) -> None:
        chosen = open_file(
            self, self.tr("Choose a file"), self.tr("Lists (*.csv *.txt *.xlsx *.ods)")
        )
        if chosen is not None:
            self.load(chosen)

    def load(self, path: Path) -> None:
        self._path = path
        self.file_label.setText(path.name)
        self._invalidate()

    def _kind_changed(self) -> None:
        progress = self.chosen_kind == PROGRESS
        self.every_line.setEnabled(progress)
        self.preview.setModel(self.progress_model if progress else self.outreach_model)
        self._invalidate()

    def start(self, *, dry_run: bool) -> None:
        """Check (``dry_run``) or import the chosen file on a worker thread."""
        path = self._path
        if path is None or self.busy:
            return
        kind, tools = self.chosen_kind, self._tools
        chosen = self.every_line.currentData()
        event = ProgressEvent(chosen) if chosen else None
        self.status.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))

        def work(_control: TaskControl) -> ProgressResult | ApplicantResult:
            if kind == PROGRESS:
                return tools.progress.import_file(path, event=event, dry_run=dry_run)
            return tools.applicants.import_file(path, dry_run=dry_run)

        def failed(error: BaseException) -> None:
            self._task = None
            if isinstance(error, ValidationError):
                self.status.setText("; ".join(reason_text(e) for e in error.errors))
            elif isinstance(error, UserError):
                self.status.setText(user_error_text(error))
            else:
                raise error
            self._update_buttons()

        self._task = BackgroundTask(work, on_success=self._done, on_failure=failed)
        self._update_buttons()

    def _done(self, result: ProgressResult | ApplicantResult) -> None:
        self._task = None
        self.checked = None if result.written or result.bad else result
        self.bad_lines.clear()
        for bad in result.bad:
            self.bad_lines.addItem(bad_row_text(bad))
        if isinstance(result, ProgressResult):
            self.progress_model.set_rows(result.lines)
        else:
            self.outreach_model.set_rows(result.outreach)
        self.preview.resizeColumnsToContents()
        if result.bad:
            self.status.setText(
                self.tr("%n line(s) cannot be imported; nothing has been written.", "",
                        len(result.bad))
            )  # fmt: skip
        elif result.written:
            self.status.setText(self._written_text(result))
            self._publish(result.changes)
        else:
            self.status.setText(self.tr("Fine: %n line(s). Nothing written yet.", "", result.total))
        self._update_buttons()

    def _written_text(self, result: ProgressResult | ApplicantResult) -> str:
        if isinstance(result, ProgressResult):
            return fill(self.tr("Imported: %1 lines, %2 steps on the path, %3 already known."),
                        result.total, result.steps, result.unchanged)  # fmt: skip
        return fill(self.tr("Imported: %1 lines, %2 learners registered."),
                    result.total, result.registered)  # fmt: skip

    def _invalidate(self) -> None:
        self.checked = None
        self.bad_lines.clear()
        self.progress_model.set_rows([])
        self.outreach_model.set_rows([])
        self.status.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._path is not None and not self.busy
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready and self.checked is not None)
        self.choose_button.setEnabled(not self.busy)


def open_university_lists(
    parent: QWidget, services: Any, publish: Callable[[Changes], None]
) -> UniversityListDialog:
    """Show the dialog (modeless: the window stays usable) for ``services`` (``Services``)."""
    dialog = UniversityListDialog(services.university, publish, parent)
    dialog.open()
    return dialog
