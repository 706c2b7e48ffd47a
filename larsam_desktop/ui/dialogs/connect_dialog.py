"""Connect to the team's server: server, database, user, password (issue 16).

Shown when the server refuses the login (no password yet, a wrong one, a changed one), and
from the window's File menu (ui/connect_flow.py).
The server, database and user are saved in the user's connection profile; the password
only in the OS keyring, when "Remember the password" is ticked, never in a file.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.paths import AppPaths
from larsam_desktop.services import connection_profile as profiles


class ConnectDialog(QDialog):
    def __init__(
        self,
        profile: profiles.ConnectionProfile,
        parent: QWidget | None = None,
        *,
        from_menu: bool = False,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self.setWindowTitle(self.tr("Connect to the team's server"))
        self.host = QLineEdit(profile.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(profile.port)
        self.database = QLineEdit(profile.database)
        self.user = QLineEdit(profile.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password (in the system's keyring)"))
        intro = QLabel(
            self.tr(
                "Connect to your team's shared server. Your administrator gave you the "
                "server's name, your user name and the first password."
            )
            if from_menu
            else self.tr(
                "The server refused the login, or needs your password. Your administrator "
                "gave you the user name and the first password."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        (self.host if from_menu and not profile.host else self.password).setFocus()

    def chosen(self) -> profiles.ConnectionProfile:
        return profiles.ConnectionProfile(
            host=self.host.text().strip(),
            database=self.database.text().strip() or "larsam",
            user=self.user.text().strip(),
            port=self.port.value(),
            sslmode=self._profile.sslmode,
            sslrootcert=self._profile.sslrootcert,
        )


def profile_of(url: str) -> profiles.ConnectionProfile:
    """The profile a server address names (its password is not kept)."""
    return profiles.profile_of_url(url)


def ask_connection(parent: QWidget | None, paths: AppPaths, url: str) -> str | None:
    """Ask for the server and password; the address to try next, or None (cancelled)."""
    dialog = ConnectDialog(profile_of(url), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return connect_with(dialog, paths)


def connect_with(dialog: ConnectDialog, paths: AppPaths) -> str:
    """Save the profile (without the password) and, if asked, the password in the keyring."""
    chosen = dialog.chosen()
    password = dialog.password.text()
    profiles.save_user_profile(paths, chosen)
    if dialog.remember.isChecked() and password:
        profiles.remember_password(chosen, password)
    return chosen.url(password or None)
