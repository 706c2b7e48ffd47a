"""The calm dialog shown when the database failed its start-up check and was moved aside."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from larsam_desktop import APP_NAME
from larsam_desktop.ui.text import fill


class RecoveryChoice(Enum):
    RESTORE = "restore"
    START_EMPTY = "start_empty"
    QUIT = "quit"


class RecoveryDialog(QMessageBox):
    """Explains what happened in plain words and offers the way out; never a traceback.

    ``moved_to`` is the damaged file set aside ("" when the database is simply missing).
    Starting empty is a button of its own, never what happens by default.
    """

    def __init__(self, moved_to: str, backup: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(APP_NAME)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setAccessibleName(self.tr("The database needs attention"))
        if moved_to:
            self.setText(
                self.tr("Your database could not be read safely, so it has been set aside.")
            )
            details = fill(
                self.tr("Nothing has been deleted: the file was renamed to %1 in the data folder."),
                Path(moved_to).name,
            )
        else:
            self.setText(self.tr("Your database is missing, so LärSam did not open it."))
            details = self.tr(
                "No new, empty database was created in its place: backups of it exist."
            )
        if backup:
            details += "\n\n" + fill(
                self.tr(
                    "The newest backup that passed its check is %1. Restoring it brings back "
                    "everything saved up to that backup."
                ),
                Path(backup).name,
            )
        else:
            details += "\n\n" + self.tr(
                "No backup that passes its check was found. You can start with an empty "
                "database and ask for help with the set-aside file."
            )
        self.setInformativeText(details)
        self.restore_button: QPushButton | None = None
        if backup:
            self.restore_button = self.addButton(
                self.tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole
            )
            self.restore_button.setAccessibleName(self.tr("Restore the backup"))
        self.empty_button = self.addButton(
            self.tr("Start with an &empty database"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.empty_button.setAccessibleName(self.tr("Start with an empty database"))
        self.quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.setDefaultButton(self.restore_button or self.quit_button)
        self.setEscapeButton(self.quit_button)

    def choice(self) -> RecoveryChoice:
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.restore_button:
            return RecoveryChoice.RESTORE
        if clicked is self.empty_button:
            return RecoveryChoice.START_EMPTY
        return RecoveryChoice.QUIT
