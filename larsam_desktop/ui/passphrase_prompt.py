"""Asking for the passphrase of an encrypted data folder, before the store opens."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from larsam_desktop import APP_NAME
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.startup import is_encrypted_folder

PASSPHRASE_ENV = "LARSAM_PASSPHRASE"  # as for the command line (cli/passphrase.py)


def needs_passphrase(paths: AppPaths, database_url: str | None) -> bool:
    return database_url is None and is_encrypted_folder(paths.data_dir)


def ask_passphrase(parent: QWidget | None, *, wrong: bool) -> str | None:
    """The passphrase typed by the coach, or None if they cancelled."""
    if not wrong and os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    label = (
        QCoreApplication.translate(
            "Passphrase", "That passphrase did not open the database. Try again:"
        )
        if wrong
        else QCoreApplication.translate("Passphrase", "This database is encrypted. Passphrase:")
    )
    text, accepted = QInputDialog.getText(parent, APP_NAME, label, QLineEdit.EchoMode.Password)
    return text if accepted and text else None
