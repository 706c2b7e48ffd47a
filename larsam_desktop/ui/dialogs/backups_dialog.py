"""Backups: the list in the data folder, back up now, save a copy elsewhere, restore.

A demo folder gets no daily start-up backup (it holds practice data only); the dialog says
so, so an empty list is not taken for a fault."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop import APP_NAME
from larsam_desktop.services.backups import BackupService, RestoreResult
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.records import BackupInfo, BackupKind
from larsam_desktop.ui.file_dialogs import open_file, save_file
from larsam_desktop.ui.messages import user_error_text
from larsam_desktop.ui.models.list_table_model import ListTableModel
from larsam_desktop.ui.text import file_size, fill
from larsam_desktop.ui.workers import BackgroundTask, TaskControl


class BackupsModel(ListTableModel[BackupInfo]):
    def headers(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("Kind"), self.tr("Learners"), self.tr("Size"))

    def text(self, row: BackupInfo, column: int) -> str:
        if column == 0:
            return row.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == 1:
            return {
                BackupKind.AUTOMATIC: self.tr("Daily"),
                BackupKind.BEFORE_UPGRADE: self.tr("Before an update"),
                BackupKind.BEFORE_RESTORE: self.tr("Before a restore"),
                BackupKind.MANUAL: self.tr("Made by hand"),
            }[row.kind]
        if column == 2:
            return "" if row.learners is None else str(row.learners)
        return file_size(row.size)


class BackupsDialog(QDialog):
    """Restores run in the background; ``restored`` reports what changed to the window."""

    def __init__(
        self,
        service: BackupService,
        publish: Callable[[Changes], None],
        parent: QWidget | None = None,
        *,
        is_demo: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.setAccessibleName(self.tr("Backups"))
        self._service = service
        self._publish = publish
        self._task: BackgroundTask | None = None
        self.model = BackupsModel(self)

        intro = QLabel(
            self.tr(
                "A backup is made every day the program starts, before every update and before "
                "every restore. Each is checked against the checksum recorded when it was made "
                "before it is restored."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.demo_note = QLabel(
            self.tr(
                "This folder holds demo data, so no backup is made when the program starts: "
                "demo data is for practice and can be made again at any time. You can still "
                "back up by hand."
            ),
            self,
        )
        self.demo_note.setObjectName("backupsDemoNote")
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(is_demo)
        self.table = QTableView(self)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups in the data folder"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.status = QLabel(self)
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.copy_button = QPushButton(self.tr("&Save a copy to…"), self)
        self.copy_button.setAccessibleName(self.tr("Save a backup copy to a file"))
        self.copy_button.clicked.connect(self.save_copy)
        self.restore_button = QPushButton(self.tr("&Restore selected…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"), self)
        self.restore_file_button.setAccessibleName(self.tr("Restore a backup file"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (
            self.backup_button,
            self.copy_button,
            self.restore_button,
            self.restore_file_button,
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(720, 440)
        self.reload()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def reload(self) -> None:
        self.model.set_rows(self._service.list())
        if self.model.rowCount():
            self.table.selectRow(0)

    def back_up_now(self) -> None:
        self._run(lambda control: self._service.create(), self.tr("Backing up…"), self._made)

    def save_copy(self, target: Path | None = None) -> None:
        if target is None:
            chosen = save_file(
                self,
                self.tr("Save a backup copy"),
                "larsam-backup.sqlite3",
                self.tr("LärSam backups (*.sqlite3)"),
            )
            if chosen is None:
                return
            target = Path(chosen)
        if target.exists():
            QMessageBox.warning(self, APP_NAME, self.tr("Choose a file name that is not in use."))
            return
        destination = target
        self._run(
            lambda control: self._service.create(destination),
            self.tr("Saving a copy…"),
            self._made,
        )

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        info = self.model.row_at(rows[0].row())
        self.restore(self._service.backups.folder / info.file)

    def restore_from_file(self) -> None:
        chosen = open_file(self, self.tr("Restore a backup"), self.tr("LärSam backups (*.sqlite3)"))
        if chosen is not None:
            self.restore(chosen)

    def restore(self, source: Path, *, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore this backup?"),
                fill(
                    self.tr(
                        "Everything saved after this backup was made will be replaced by the "
                        "backup's content. The current database is kept as a backup first.\n\n%1"
                    ),
                    source.name,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(
            lambda control: self._service.restore(source), self.tr("Restoring…"), self._restored
        )

    # ---- background work ------------------------------------------------------------------
    def _run(
        self, work: Callable[[TaskControl], object], message: str, done: Callable[[object], None]
    ) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self.status.setText(message)

        def finished(result: object) -> None:
            self._task = None
            self._set_busy(False)
            done(result)

        def failed(error: BaseException) -> None:
            self._task = None
            self._set_busy(False)
            if not isinstance(error, UserError):
                raise error  # a bug: the crash handler shows it
            self.status.setText(user_error_text(error))

        self._task = BackgroundTask(work, on_success=finished, on_failure=failed)

    def _set_busy(self, busy: bool) -> None:
        for button in (
            self.backup_button,
            self.copy_button,
            self.restore_button,
            self.restore_file_button,
        ):
            button.setEnabled(not busy)

    def _made(self, result: object) -> None:
        assert isinstance(result, BackupInfo)
        self.status.setText(fill(self.tr("Backed up: %1"), result.file))
        self.reload()

    def _restored(self, result: object) -> None:
        assert isinstance(result, RestoreResult)
        self.status.setText(
            fill(
                self.tr("Restored %1 learners from %2."),
                str(result.learners),
                result.restored_from.name,
            )
        )
        self.reload()
        self._publish(result.changes)
