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
from larsam_desktop.ui.messages import user_error_text
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
    """Offer the newest verified backup; restore it in the background, then ``reopen``.

    Starting empty is the coach's explicit choice (services.recovery.start_empty_database,
    logged); without it no start ever makes a new database where a damaged one was.
    """
    choice = ask(error, parent)
    if choice is RecoveryChoice.QUIT or (choice is RecoveryChoice.RESTORE and not error.backup):
        give_up()
        return

    def start_empty(control: TaskControl) -> object:
        from larsam_desktop.services.recovery import start_empty_database

        return start_empty_database(paths, passphrase)

    def restore(control: TaskControl) -> object:
        from larsam_desktop.services.backups import restore_database

        assert error.backup is not None
        return restore_database(paths, None, Path(error.backup), passphrase=passphrase)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, StorageError):
            raise exc
        log.warning("recovery at start failed: %s", exc.message)
        QMessageBox.critical(parent, APP_NAME, user_error_text(exc))
        give_up()

    work = start_empty if choice is RecoveryChoice.START_EMPTY else restore
    BackgroundTask(work, on_success=lambda _result: reopen(), on_failure=failed)
