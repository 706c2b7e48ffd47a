"""Export the caseload to CSV or XLSX with chosen columns, in the background with progress and
cancel. Personnummer is unticked by default and exported only when ticked explicitly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.field_names import field_name
from larsam_desktop.services.cancellation import Cancelled
from larsam_desktop.services.caseload_export import (
    COLUMNS,
    DEFAULT_COLUMNS,
    CaseloadExport,
    ExportFormat,
    ExportResult,
)
from larsam_desktop.services.errors import UserError
from larsam_desktop.ui.file_dialogs import save_file, start_folder
from larsam_desktop.ui.messages import user_error_text
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.document_language import DocumentLanguageCombo
from larsam_desktop.ui.workers import BackgroundTask, TaskControl


def column_title(key: str) -> str:
    """A column's name in the window's language (the one table of field names)."""
    return field_name(key, interface_language())


class CaseloadExportDialog(QDialog):
    def __init__(self, exporter: CaseloadExport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseloadExportDialog")
        self.setWindowTitle(self.tr("Export caseload"))
        self._exporter = exporter
        self._task: BackgroundTask | None = None
        self.export_result: ExportResult | None = None
        self.error: str | None = None

        self.columns: dict[str, QCheckBox] = {}
        box = QGroupBox(self.tr("Columns"), self)
        grid = QGridLayout(box)
        for position, key in enumerate(COLUMNS):
            check = QCheckBox(column_title(key), box)
            check.setObjectName(f"column_{key}")
            check.setChecked(key in DEFAULT_COLUMNS)
            self.columns[key] = check
            grid.addWidget(check, position // 3, position % 3)
        self.columns["personnummer"].setToolTip(
            self.tr("Only when clearly needed: the export is recorded in the audit log.")
        )
        self.format = ChoiceCombo(self)
        self.format.setAccessibleName(self.tr("File format"))
        self.format.set_choices(
            [(self.tr("CSV (;)"), ExportFormat.CSV), ("XLSX", ExportFormat.XLSX)]
        )
        self.format.currentIndexChanged.connect(self._fix_suffix)
        self.path = QLineEdit(str(start_folder() / "caseload.csv"), self)
        self.path.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleName(self.tr("Choose the file"))
        browse.clicked.connect(self._browse)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.status = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.language = DocumentLanguageCombo(self)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        file_row = QHBoxLayout()
        file_row.addWidget(self.format)
        file_row.addWidget(language_label)
        file_row.addWidget(self.language)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(file_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def chosen_columns(self) -> list[str]:
        return [key for key, check in self.columns.items() if check.isChecked()]

    def _fix_suffix(self) -> None:
        chosen = self.format.value()
        if isinstance(chosen, ExportFormat):
            self.path.setText(str(Path(self.path.text()).with_suffix(f".{chosen.value}")))

    def _browse(self) -> None:
        name = save_file(
            self,
            self.tr("Export caseload"),
            Path(self.path.text()).name,
            self.tr("CSV or XLSX (*.csv *.xlsx)"),
        )
        if name is not None:
            self.path.setText(str(name))

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """Export in the background; the dialog stays open with progress and cancel."""
        columns = self.chosen_columns()
        chosen = self.format.value()
        if not columns or not isinstance(chosen, ExportFormat):
            self.status.setText(self.tr("Choose at least one column."))
            return
        if "personnummer" in columns:
            answer = QMessageBox.question(
                self,
                self.tr("Export personnummer?"),
                self.tr(
                    "Personnummer may only be exported when it is clearly needed, and the "
                    "export is recorded in the audit log. Export it?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        path = Path(self.path.text()).expanduser()
        exporter = self._exporter
        language = self.language.language()

        def work(control: TaskControl) -> ExportResult:
            return exporter.export(
                path,
                chosen,
                columns,
                progress=control.progress,
                cancelled=lambda: control.cancelled,
                language=language,  # headers, sheet name and stages as chosen
            )

        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        self._task = BackgroundTask(
            work,
            on_success=self._done,
            on_failure=self._failed,
            on_progress=self._on_progress,
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: Any) -> None:
        self._task = None
        self.export_result = result
        self.progress.hide()
        self.status.setText(
            fill(self.tr("Wrote %1 learners to %2."), str(result.rows), str(result.path))
        )
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled; no file was written."))
            return
        if not isinstance(error, UserError):
            raise error  # a bug: the crash handler shows it
        self.error = user_error_text(error)
        self.status.setText(fill(self.tr("Not exported: %1"), self.error))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def cancel_or_close(self) -> None:
        if self._task is not None:
            self._task.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()  # the task reports Cancelled; the dialog closes after
            return
        super().reject()
