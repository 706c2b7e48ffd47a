"""The window's data-safety actions: backups, the audit log, imports, the data-protection
rights (registerutdrag, erasure, retention), encryption, the daily start backup, and logging
views of protected-identity learners. Installed with ``(navigator, menus, events, services)``.

Imported with the window, before the store is open: services and dialogs (SQLAlchemy) are
imported only when used.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from larsam_desktop import APP_NAME
from larsam_desktop.services.errors import UserError
from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.file_dialogs import existing_folder
from larsam_desktop.ui.messages import user_error_text
from larsam_desktop.ui.navigation import Menus, Navigator
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.services_provider import ServicesProvider
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.workers import BackgroundTask, TaskControl, single_lane

if TYPE_CHECKING:
    from larsam_desktop.domain.bilingual import Language
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.encryption import EncryptionResult
    from larsam_desktop.ui.session import Services

log = logging.getLogger(__name__)
# Whole-folder work (the start-up backup, encryption) runs here, one task after another.
DATA_FOLDER_LANE = "data-folder"


@runtime_checkable
class _ShowsLearner(Protocol):
    learner_id: int | None


class DataSafetyActions(QObject):
    def __init__(
        self, navigator: Navigator, menus: Menus, events: AppEvents, services: ServicesProvider
    ) -> None:
        super().__init__(navigator)
        self._navigator = navigator
        self._events = events
        self._services = services
        self._status = menus.status
        self._window = window = navigator.window
        self.start_backup: BackgroundTask | None = None
        self.encrypt_task: Op[Any] | None = None
        menu = menus.file
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
        rights = menu.addMenu(self.tr("Data p&rotection"))
        self.access_action = QAction(self.tr("&Access request for this learner…"), window)
        # triggered(bool) would arrive as the first argument: these are called without any
        self.access_action.triggered.connect(lambda: self.access_request())
        rights.addAction(self.access_action)
        self.erase_action = QAction(self.tr("&Erase this learner…"), window)
        self.erase_action.triggered.connect(lambda: self.erase_learner())
        rights.addAction(self.erase_action)
        self.retention_action = QAction(self.tr("&Retention (gallring)…"), window)
        self.retention_action.triggered.connect(self.show_retention)
        rights.addAction(self.retention_action)
        self.encrypt_action = QAction(self.tr("E&ncrypt this database…"), window)
        self.encrypt_action.triggered.connect(lambda: self.encrypt_database())
        rights.addAction(self.encrypt_action)
        self.actions = [
            self.encrypt_action,
            self.backups_action,
            self.audit_action,
            self.import_action,
            self.access_action,
            self.erase_action,
            self.retention_action,
        ]
        self.set_ready(False)
        services.attached.connect(self._attached)

    @property
    def _current(self) -> Services:
        return self._services.current

    def set_ready(self, ready: bool) -> None:
        for action in self.actions:
            action.setEnabled(ready)

    def cancel(self) -> None:
        if self.encrypt_task is not None:
            self.encrypt_task.cancel()

    # ---- after the store opened -----------------------------------------------------------
    def _attached(self, services: Services) -> None:
        """Start the day's automatic backup in the background (local, non-demo data only)."""
        self.set_ready(True)
        if not services.is_local or services.is_demo:
            return
        service = services.backups

        def work(control: TaskControl) -> object:
            return service.start_backup_if_due()

        def done(result: object) -> None:
            self.start_backup = None
            if result is not None:
                log.info("start-up backup done")

        def failed(error: BaseException) -> None:
            self.start_backup = None
            if not isinstance(error, UserError):
                raise error
            log.warning("start-up backup failed: %s", error.message)
            self._status.showMessage(
                fill(self.tr("The daily backup could not be made: %1"), user_error_text(error)),
                15000,
            )

        self.start_backup = BackgroundTask(
            work, on_success=done, on_failure=failed, pool=single_lane(DATA_FOLDER_LANE)
        )

    # ---- dialogs --------------------------------------------------------------------------
    def show_backups(self) -> None:
        from larsam_desktop.services.backups import SharedServerBackup
        from larsam_desktop.ui.dialogs.backups_dialog import BackupsDialog

        services = self._current
        if not services.is_local:
            QMessageBox.information(self._window, APP_NAME, user_error_text(SharedServerBackup()))
            return
        BackupsDialog(
            services.backups, self._events.publish, self._window, is_demo=services.is_demo
        ).exec()

    def show_audit_log(self) -> None:
        from larsam_desktop.ui.dialogs.audit_dialog import AuditDialog

        AuditDialog(self._current.audit, self._window).exec()

    def show_import(self) -> None:
        from larsam_desktop.ui.dialogs.import_dialog import ImportDialog

        ImportDialog(self._current.importing, self._events.publish, self._window).exec()

    def show_retention(self) -> None:
        from larsam_desktop.ui.dialogs.retention_dialog import RetentionDialog

        RetentionDialog(self._current.retention, self._events.publish, self._window).exec()

    def open_learner_id(self) -> int | None:
        """The learner whose page is showing, if any."""
        page = self._navigator.current_page()
        if self._navigator.current_key != "learner" or not isinstance(page, _ShowsLearner):
            return None
        return page.learner_id

    def access_request(
        self,
        folder: Path | None = None,
        include: bool | None = None,
        language: Language | None = None,
    ) -> Path | None:
        """Write the registerutdrag of the open learner; returns the PDF's path.

        Asked for (before the folder) when no folder is given: the document's language."""
        learner = self.open_learner_id()
        if learner is None:
            QMessageBox.information(self._window, APP_NAME, self.tr("Open a learner first."))
            return None
        if folder is None:
            if language is None:
                from larsam_desktop.ui.dialogs.document_language_dialog import (
                    ask_document_language,
                )

                language = ask_document_language(
                    self._window,
                    self.tr("Registerutdrag"),
                    self.tr(
                        "The registerutdrag is written in this language: its headings, "
                        "field names and values."
                    ),
                )
                if language is None:
                    return None
            chosen = existing_folder(self._window, self.tr("Where to save the registerutdrag"))
            if chosen is None:
                return None
            folder = chosen
        service, where = self._current.access_request, folder
        if include is None:
            asks = run_op(self._window, lambda: service.needs_confirmation(learner))
            if not asks.ok:
                return None
            include = bool(asks.value) and (
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
        released, chosen_language = include, language or interface_language()
        files = run_op(
            self._window,
            lambda: service.export(
                learner, where, include_protected=released, language=chosen_language
            ),
        ).value
        if files is None:
            return None
        self._status.showMessage(
            fill(self.tr("Registerutdrag saved: %1"), str(files.pdf_path)), 15000
        )
        return files.pdf_path

    def erase_learner(self, *, confirm: bool = True) -> bool:
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
        erasure = self._current.erasure
        # Published: the learner page sees its learner gone and returns to the caseload.
        return run_op(self._window, lambda: erasure.erase(learner), events=self._events).ok

    def encrypt_database(self, passphrase: str | None = None) -> None:
        """Encrypt the open local database (SQLCipher), then reopen it with the passphrase."""
        from larsam_desktop.services.startup import MIN_PASSPHRASE, is_encrypted_folder

        services = self._current
        paths = services.paths
        if not services.is_local or is_encrypted_folder(paths.data_dir):
            QMessageBox.information(
                self._window,
                APP_NAME,
                self.tr("Only an unencrypted local database can be encrypted here."),
            )
            return
        if passphrase is None:
            passphrase = self._new_passphrase(MIN_PASSPHRASE, paths)
            if passphrase is None:
                return
        key = passphrase
        self._navigator.cancel()  # no page reads the file while it is encrypted

        def work(control: TaskControl) -> tuple[EncryptionResult, Services]:
            from larsam_desktop.services.encryption import encrypt_local_database
            from larsam_desktop.ui import session

            # On the data folder's lane: a start-up backup still running finishes first, and
            # its connections are closed here, never under its feet (SQLCipher crashed so).
            services.release()
            result = encrypt_local_database(paths, key)
            return result, session.Services.open(paths, passphrase=key)

        def done(outcome: tuple[EncryptionResult, Services]) -> None:
            self.encrypt_task = None
            result, reopened = outcome
            self._services.replace(reopened)
            if result.remaining:  # say exactly what remains, as the command line does
                QMessageBox.warning(
                    self._window,
                    APP_NAME,
                    fill(
                        self.tr(
                            "The database is encrypted, but these unencrypted copies could not "
                            "be removed; delete them yourself:\n%1"
                        ),
                        "\n".join(str(path) for path in result.remaining),
                    ),
                )
                return
            self._status.showMessage(
                self.tr(
                    "The database is encrypted; %n unencrypted copies were removed and none "
                    "remains in the data folder. Keep the passphrase safe.",
                    "",
                    len(result.plaintext_removed),
                ),
                15000,
            )

        def failed(_error: UserError) -> None:
            self.encrypt_task = None

        self.encrypt_task = run_op(
            self._window,
            work,
            background=True,
            pool=single_lane(DATA_FOLDER_LANE),
            on_success=done,
            on_failure=failed,
        )

    def _new_passphrase(self, minimum: int, paths: AppPaths) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from larsam_desktop.services.encryption import plaintext_copies

        copies = plaintext_copies(paths)  # named, as `larsam-desktop encrypt` names them
        shown = "\n".join(path.name for path in copies[:12])
        if len(copies) > 12:
            shown += "\n…"
        answer = QMessageBox.question(
            self._window,
            self.tr("Encrypt this database?"),
            self.tr(
                "The database and every new backup will be encrypted with a passphrase. "
                "These %n unencrypted copies in the data folder are deleted:",
                "",
                len(copies),
            )
            + "\n"
            + shown
            + "\n\n"
            + self.tr(
                "Copies saved outside the data folder (backups saved elsewhere, exports, "
                "study plans) are not touched. Without the passphrase nobody, you included, "
                "can open the data again. Continue?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        first, ok = QInputDialog.getText(
            self._window,
            APP_NAME,
            fill(self.tr("New passphrase (at least %1 characters):"), str(minimum)),
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
