"""The window's data-safety actions: backups, the audit log, the daily start backup, and
logging views of protected-identity learners.

Imported with the window, before the store is open: services and dialogs (SQLAlchemy) are
imported only when used.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from larsam_desktop import APP_NAME
from larsam_desktop.storage.errors import StorageError
from larsam_desktop.ui.workers import BackgroundTask, TaskControl

if TYPE_CHECKING:
    from larsam_desktop.domain.learner import StoredLearner
    from larsam_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class DataSafetyActions(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self.start_backup: BackgroundTask | None = None
        menu.addSeparator()
        self.backups_action = QAction(self.tr("&Backups and restore…"), window)
        self.backups_action.triggered.connect(self.show_backups)
        menu.addAction(self.backups_action)
        self.audit_action = QAction(self.tr("&Audit log…"), window)
        self.audit_action.triggered.connect(self.show_audit_log)
        menu.addAction(self.audit_action)
        self.actions = [self.backups_action, self.audit_action]

    def set_ready(self, ready: bool) -> None:
        for action in self.actions:
            action.setEnabled(ready)

    # ---- after the store opened -----------------------------------------------------------
    def session_attached(self) -> None:
        """Start the day's automatic backup in the background (local, non-demo data only)."""
        session = self._window.session
        database = session.store.database
        if database.file_path is None or session.is_demo:
            return
        from larsam_desktop.services.backups import BackupService

        service = BackupService(session.paths, database)

        def work(control: TaskControl) -> object:
            return service.start_backup_if_due()

        def done(result: object) -> None:
            self.start_backup = None
            if result is not None:
                log.info("start-up backup done")

        def failed(error: BaseException) -> None:
            self.start_backup = None
            if not isinstance(error, StorageError):
                raise error
            log.warning("start-up backup failed: %s", error.message)
            self._window.statusBar().showMessage(
                self.tr("The daily backup could not be made: %1").replace("%1", error.message),
                15000,
            )

        self.start_backup = BackgroundTask(work, on_success=done, on_failure=failed)

    def learner_viewed(self, learner: StoredLearner) -> None:
        """Every view of a protected-identity learner is logged (domain.md)."""
        from larsam_desktop.domain.learner import ProtectedIdentity
        from larsam_desktop.services.audit import AuditAction, AuditService

        level = learner.data.protected_identity
        if level is ProtectedIdentity.NONE:
            return
        try:
            AuditService(self._window.session.store.database).record(
                AuditAction.VIEW_PROTECTED_LEARNER,
                learner_id=learner.id,
                details={"level": str(level)},
            )
        except StorageError as exc:
            QMessageBox.warning(self._window, APP_NAME, exc.message)

    # ---- dialogs --------------------------------------------------------------------------
    def show_backups(self) -> None:
        from larsam_desktop.services.backups import BackupService, SharedServerBackup
        from larsam_desktop.ui.dialogs.backups_dialog import BackupsDialog

        session = self._window.session
        if session.store.database.file_path is None:
            QMessageBox.information(self._window, APP_NAME, SharedServerBackup().message)
            return
        dialog = BackupsDialog(
            BackupService(session.paths, session.store.database),
            self._window.events.publish,
            self._window,
        )
        dialog.exec()

    def show_audit_log(self) -> None:
        from larsam_desktop.services.audit import AuditService
        from larsam_desktop.ui.dialogs.audit_dialog import AuditDialog

        AuditDialog(AuditService(self._window.session.store.database), self._window).exec()
