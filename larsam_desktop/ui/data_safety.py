"""The window's data-safety actions: backups, the audit log, the daily start backup, and
logging views of protected-identity learners.

Imported with the window, before the store is open: services and dialogs (SQLAlchemy) are
imported only when used.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from larsam_desktop import APP_NAME
from larsam_desktop.services.errors import StorageError
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
        self.import_action = QAction(self.tr("&Import learners or admitted list…"), window)
        self.import_action.triggered.connect(self.show_import)
        menu.addAction(self.import_action)
        rights = menu.addMenu(self.tr("Data &protection"))
        self.access_action = QAction(self.tr("&Access request for this learner…"), window)
        self.access_action.triggered.connect(self.access_request)
        rights.addAction(self.access_action)
        self.erase_action = QAction(self.tr("&Erase this learner…"), window)
        self.erase_action.triggered.connect(self.erase_learner)
        rights.addAction(self.erase_action)
        self.retention_action = QAction(self.tr("&Retention (gallring)…"), window)
        self.retention_action.triggered.connect(self.show_retention)
        rights.addAction(self.retention_action)
        self.encrypt_action = QAction(self.tr("E&ncrypt this database…"), window)
        # triggered(bool) would arrive as the passphrase: call it without arguments
        self.encrypt_action.triggered.connect(lambda: self.encrypt_database())
        rights.addAction(self.encrypt_action)
        self.encrypt_task: BackgroundTask | None = None
        self.actions = [
            self.encrypt_action,
            self.backups_action,
            self.audit_action,
            self.import_action,
            self.access_action,
            self.erase_action,
            self.retention_action,
        ]

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

    def show_import(self) -> None:
        from larsam_desktop.services.importing import ImportService
        from larsam_desktop.ui.dialogs.import_dialog import ImportDialog

        ImportDialog(
            ImportService(self._window.session.store.database),
            self._window.events.publish,
            self._window,
        ).exec()

    def show_retention(self) -> None:
        from larsam_desktop.services.retention import RetentionService
        from larsam_desktop.ui.dialogs.retention_dialog import RetentionDialog

        RetentionDialog(
            RetentionService(self._window.session.store.database),
            self._window.events.publish,
            self._window,
        ).exec()

    def open_learner_id(self) -> int | None:
        """The learner whose page is showing, if any."""
        page = self._window.learner_page
        if page is None or self._window.pages.currentWidget() is not page:
            return None
        return page.learner_id

    def access_request(
        self, folder: Path | None = None, include: bool | None = None
    ) -> Path | None:
        """Write the registerutdrag of the open learner; returns the PDF's path."""
        from larsam_desktop.services.access_request import AccessRequestService

        learner = self.open_learner_id()
        if learner is None:
            QMessageBox.information(self._window, APP_NAME, self.tr("Open a learner first."))
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self._window, self.tr("Where to save the registerutdrag")
            )
            if not chosen:
                return None
            folder = Path(chosen)
        service = AccessRequestService(self._window.session.store.database)
        try:
            if include is None:
                include = False
                if service.needs_confirmation(learner):
                    include = (
                        QMessageBox.question(
                            self._window,
                            self.tr("Protected identity"),
                            self.tr(
                                "This learner has protected identity. Include the address and "
                                "contact data in the registerutdrag? Your decision is logged."
                            ),
                            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                            QMessageBox.StandardButton.No,
                        )
                        == QMessageBox.StandardButton.Yes
                    )
            files = service.export(learner, folder, include_protected=include)
        except StorageError as exc:
            QMessageBox.warning(self._window, APP_NAME, exc.message)
            return None
        self._window.statusBar().showMessage(
            self.tr("Registerutdrag saved: %1").replace("%1", str(files.pdf_path)), 15000
        )
        return files.pdf_path

    def erase_learner(self, *, confirm: bool = True) -> bool:
        from larsam_desktop.domain.errors import ValidationError
        from larsam_desktop.services.retention import ErasureService

        learner = self.open_learner_id()
        if learner is None:
            QMessageBox.information(self._window, APP_NAME, self.tr("Open a learner first."))
            return False
        if confirm and (
            QMessageBox.warning(
                self._window,
                self.tr("Erase this learner?"),
                self.tr(
                    "Everything stored about this learner is deleted for good (the audit log "
                    "keeps that it happened). Erase?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        try:
            changes = ErasureService(self._window.session.store.database).erase(learner)
        except ValidationError as exc:
            QMessageBox.information(self._window, APP_NAME, exc.errors[0].message)
            return False
        except StorageError as exc:
            QMessageBox.warning(self._window, APP_NAME, exc.message)
            return False
        self._window.back_to_caseload()
        self._window.events.publish(changes)
        return True

    def encrypt_database(self, passphrase: str | None = None) -> None:
        """Encrypt the open local database (SQLCipher), then reopen it with the passphrase."""
        from larsam_desktop.services.startup import MIN_PASSPHRASE, is_encrypted_folder

        session = self._window.session
        paths = session.paths
        if session.store.database.file_path is None or is_encrypted_folder(paths.data_dir):
            QMessageBox.information(
                self._window,
                APP_NAME,
                self.tr("Only an unencrypted local database can be encrypted here."),
            )
            return
        if passphrase is None:
            passphrase = self._new_passphrase(MIN_PASSPHRASE)
            if passphrase is None:
                return
        key = passphrase
        self._window.caseload.cancel_background_work()
        session.store.database.dispose()

        def work(control: TaskControl) -> object:
            from larsam_desktop.services.encryption import encrypt_local_database
            from larsam_desktop.services.store import open_store
            from larsam_desktop.ui.session import AppSession

            encrypt_local_database(paths, key)
            return AppSession.create(paths, open_store(paths, passphrase=key))

        def done(result: object) -> None:
            from larsam_desktop.ui.session import AppSession

            self.encrypt_task = None
            assert isinstance(result, AppSession)
            self._window.set_session(result)
            self._window.statusBar().showMessage(
                self.tr("The database is encrypted; keep the passphrase safe."), 15000
            )

        def failed(error: BaseException) -> None:
            self.encrypt_task = None
            if not isinstance(error, StorageError):
                raise error
            QMessageBox.warning(self._window, APP_NAME, error.message)

        self.encrypt_task = BackgroundTask(work, on_success=done, on_failure=failed)

    def _new_passphrase(self, minimum: int) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        answer = QMessageBox.question(
            self._window,
            self.tr("Encrypt this database?"),
            self.tr(
                "The database and every new backup will be encrypted with a passphrase. "
                "The existing unencrypted backups are deleted. Without the passphrase "
                "nobody, you included, can open the data again. Continue?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        first, ok = QInputDialog.getText(
            self._window,
            APP_NAME,
            self.tr("New passphrase (at least %1 characters):").replace("%1", str(minimum)),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        again, ok = QInputDialog.getText(
            self._window,
            APP_NAME,
            self.tr("The same passphrase again:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        if first != again or len(first) < minimum:
            QMessageBox.warning(
                self._window,
                APP_NAME,
                self.tr("The passphrases differ or are too short; nothing was changed."),
            )
            return None
        return first
