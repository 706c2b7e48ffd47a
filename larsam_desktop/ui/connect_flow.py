"""File → "Connect to a shared server…" and "Use the local file" (issue 16).

The connect dialog is asked at start-up when the server refuses the login; from the
window a coach can also choose a server, or go back to the data folder's own file, at any
time. The chosen store opens through the session's normal open path (``Services.open``)
on a worker thread, with the calm failures of opening; only when it is open does it
replace the current one, so a refused login or an unreachable server changes nothing.
The choice is remembered in the user's connection profile (``larsam.ini``): the server
without its password (that only in the OS keyring, when asked), or that the local file is
used.

Installed with ``(navigator, menus, events, services)``; imports no service at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from larsam_desktop import APP_NAME
from larsam_desktop.services import connection_profile as profiles
from larsam_desktop.services.errors import UserError
from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.messages import user_error_text
from larsam_desktop.ui.navigation import Menus, Navigator
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.services_provider import ServicesProvider
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.workers import TaskControl

if TYPE_CHECKING:
    from larsam_desktop.ui.dialogs.connect_dialog import ConnectDialog
    from larsam_desktop.ui.session import Services


class ConnectFlow(QObject):
    def __init__(
        self, navigator: Navigator, menus: Menus, events: AppEvents, services: ServicesProvider
    ) -> None:
        super().__init__(navigator)
        self._services = services
        self._window = window = navigator.window
        self._paths = services.paths  # the data folder (not the demo's)
        self._op: Op[Any] | None = None
        menu = menus.file
        menu.addSeparator()
        self.connect_action = QAction(self.tr("Connect to a shared ser&ver…"), window)
        self.connect_action.triggered.connect(lambda: self.connect_to_server())
        menu.addAction(self.connect_action)
        self.local_action = QAction(self.tr("Use the local &file"), window)
        self.local_action.triggered.connect(lambda: self.use_local_file())
        menu.addAction(self.local_action)
        services.attached.connect(self._attached)
        self._attached(None)

    @property
    def busy(self) -> bool:
        return self._op is not None and self._op.running

    def _attached(self, _services: object) -> None:
        on_server = self._services.available and not self._services.current.is_local
        self.local_action.setEnabled(on_server)

    # ---- the entries -------------------------------------------------------------------------
    def connect_to_server(self, dialog: ConnectDialog | None = None) -> Op[Any] | None:
        """Ask for the server (``dialog``: one already filled in, for tests) and switch to
        it once it has opened; None when cancelled."""
        from PySide6.QtWidgets import QDialog

        from larsam_desktop.ui.dialogs.connect_dialog import ConnectDialog, connect_with

        if self.busy:
            return None
        if dialog is None:
            dialog = ConnectDialog(self._profile(), self._window, from_menu=True)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        url = connect_with(dialog, self._paths)  # remembered in the user's profile
        return self._open(url, remember_local=False)

    def use_local_file(self) -> Op[Any] | None:
        """Go back to the data folder's own file (asking its passphrase if encrypted)."""
        from larsam_desktop.ui.passphrase_prompt import ask_passphrase, needs_passphrase

        if self.busy:
            return None
        passphrase = None
        if needs_passphrase(self._paths, None):
            passphrase = ask_passphrase(self._window, wrong=False)
            if passphrase is None:
                return None
        return self._open(None, remember_local=True, passphrase=passphrase)

    # ---- opening --------------------------------------------------------------------------------
    def _profile(self) -> profiles.ConnectionProfile:
        """What the dialog starts from: the server in use, else the profile, else blank."""
        if self._services.available and not self._services.current.is_local:
            return profiles.profile_of_url(self._services.current.location)
        found = profiles.read_profile(self._paths, include_local_choice=False)
        return found or profiles.profile_from({"host": "", "database": "larsam"})

    def _open(
        self, url: str | None, *, remember_local: bool, passphrase: str | None = None
    ) -> Op[Any]:
        from larsam_desktop.ui.session import Services

        paths = self._paths

        def open_store(_control: TaskControl) -> Services:
            return Services.open(paths, url, passphrase)

        def opened(services: Services) -> None:
            if remember_local:
                profiles.remember_local_file(paths)
            self._services.replace(services)

        self._op = run_op(
            self._window,
            open_store,
            background=True,
            quiet=True,
            on_success=opened,
            on_failure=self._failed,
        )
        return self._op

    def _failed(self, error: UserError) -> None:
        QMessageBox.warning(
            self._window,
            APP_NAME,
            fill(
                self.tr("%1\n\nThe database in use stays open; nothing was changed."),
                user_error_text(error),
            ),
        )
