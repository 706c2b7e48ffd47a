"""After the start-up check moved a damaged database aside: ask, restore, open again."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from larsam_desktop import APP_NAME
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.errors import DatabaseMovedAside, StorageError
from larsam_desktop.ui.dialogs.recovery_dialog import RecoveryChoice, RecoveryDialog
from larsam_desktop.ui.workers import BackgroundTask, TaskControl

log = logging.getLogger(__name__)


def ask(error: DatabaseMovedAside, parent: QWidget | None) -> RecoveryChoice:
    dialog = RecoveryDialog(error.moved_to, error.backup, parent)
    dialog.exec()
    return dialog.choice()


def recover(
    paths: AppPaths,
    error: DatabaseMovedAside,
    parent: QWidget | None,
    *,
    reopen: Callable[[], None],
    give_up: Callable[[], None],
    passphrase: str | None = None,
) -> None:
    """Offer the newest verified backup; restore it in the background, then ``reopen``."""
    choice = ask(error, parent)
    if choice is RecoveryChoice.QUIT:
        give_up()
        return
    if choice is RecoveryChoice.START_EMPTY or error.backup is None:
        reopen()
        return
    backup = Path(error.backup)

    def restore(control: TaskControl) -> object:
        from larsam_desktop.services.backups import restore_database

        return restore_database(paths, None, backup, passphrase=passphrase)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, StorageError):
            raise exc
        log.warning("restore at start failed: %s", exc.message)
        QMessageBox.critical(parent, APP_NAME, exc.message)
        give_up()

    BackgroundTask(restore, on_success=lambda _result: reopen(), on_failure=failed)
