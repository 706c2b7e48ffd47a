"""The dashboard's export: a file written in the background, recorded in the register."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QProgressDialog

from larsam_desktop.domain.errors import UserError, fill
from larsam_desktop.ui.file_dialogs import save_file
from larsam_desktop.ui.text import fill as fill_numbered
from larsam_desktop.ui.workers import BackgroundTask, TaskControl

if TYPE_CHECKING:
    from larsam_desktop.services.statistics import StatisticsFilter
    from larsam_desktop.services.statistics_register import StatisticsRegister
    from larsam_desktop.services.stats_export.export import ExportResult, StatisticsExporter
    from larsam_desktop.ui.models.publication_model import PublicationModel
    from larsam_desktop.ui.widgets.document_language import DocumentLanguageCombo


def error_text(error: UserError) -> str:
    """A ``UserError`` translated (context ``UserError``), its parameters filled in."""
    return fill(QCoreApplication.translate("UserError", error.template), error.params)


class DashboardExport:
    """Mixed into ``DashboardPage`` (which provides the attributes declared here)."""

    _exporter: StatisticsExporter | None
    _register: StatisticsRegister | None
    _export_task: BackgroundTask | None
    _progress: QProgressDialog | None
    note: QLineEdit
    export_language: DocumentLanguageCombo
    status: QLabel
    publications: PublicationModel

    if TYPE_CHECKING:  # provided by DashboardPage and QWidget

        def where(self) -> StatisticsFilter: ...

    def choose_export_file(self) -> None:
        if self._exporter is None:
            return
        path = save_file(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("DashboardPage", "Export anonymised statistics"),
            "larsam-statistik.xlsx",
            QCoreApplication.translate(
                "DashboardPage", "Excel (*.xlsx);;CSV for Excel (*.csv);;PDF report (*.pdf)"
            ),
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write an export in the background, with a progress dialog that can cancel it."""
        exporter = self._exporter
        if exporter is None or self._export_task is not None:
            return
        where, note = self.where(), self.note.text().strip() or None
        language = self.export_language.language()
        progress = QProgressDialog(
            QCoreApplication.translate("DashboardPage", "Exporting statistics…"),
            QCoreApplication.translate("DashboardPage", "Cancel"),
            0,
            3,
            self,
        )  # type: ignore[call-overload]
        progress.setWindowTitle(QCoreApplication.translate("DashboardPage", "Export"))
        progress.setMinimumDuration(300)
        self._progress = progress

        def write(control: TaskControl) -> ExportResult:
            return exporter.export(
                path,
                where,
                note=note,
                progress=control.progress,
                cancelled=lambda: control.cancelled,
                language=language,
            )

        task = BackgroundTask(
            write,
            on_success=self._exported,
            on_failure=self._export_failed,
            on_progress=lambda done, total: progress.setValue(done),
        )
        progress.canceled.connect(task.cancel)
        self._export_task = task

    def cancel_export(self) -> None:
        if self._export_task is not None:
            self._export_task.cancel()

    def _end_export(self) -> None:
        self._export_task = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _exported(self, result: ExportResult) -> None:
        self._end_export()
        self.status.setText(
            fill_numbered(
                QCoreApplication.translate(
                    "DashboardPage",
                    "Exported %1 to %2 (k = %3, %4 cells hidden) and recorded in the register.",
                ),
                result.manifest.period,
                str(result.path),
                str(result.manifest.k),
                str(result.hidden_cells),
            )
        )
        if self._register is not None:
            self.publications.set_rows(self._register.publications())  # one small query
        self.export_finished.emit(result)  # type: ignore[attr-defined]

    def _export_failed(self, error: BaseException) -> None:
        from larsam_desktop.domain.errors import ValidationError
        from larsam_desktop.services.cancellation import Cancelled

        self._end_export()
        self.export_finished.emit(None)  # type: ignore[attr-defined]
        if isinstance(error, Cancelled):
            self.status.setText(
                QCoreApplication.translate(
                    "DashboardPage", "Export cancelled; nothing was written."
                )
            )
            return
        if isinstance(error, ValidationError):
            message = "; ".join(
                QCoreApplication.translate("FieldError", e.template).format(**e.params)
                for e in error.errors
            )
        elif isinstance(error, UserError):
            message = error_text(error)
        else:
            raise error
        QMessageBox.warning(self, QCoreApplication.translate("DashboardPage", "Export"), message)  # type: ignore[arg-type]
