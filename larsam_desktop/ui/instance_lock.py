"""One window per data folder: a ``QLockFile`` in the folder (name in storage.instance_lock).

A second start on the same folder asks the running window to come forward (a
``QLocalServer`` beside the lock, named after the folder and the user) and quits, instead
of two windows writing to one file; only when that window cannot be reached is the coach
told the data is already open. A lock left by a crashed window is stale (its process is
gone) and is taken over, and so is the crashed window's server name.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QWidget

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.startup import lock_path

if TYPE_CHECKING:  # QtNetwork is loaded after the first paint (issue 19), when it is used
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
CONNECT_MS = 1000


def server_name(paths: AppPaths) -> str:
    """Per user and per data folder (two coaches on one terminal server never meet)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        user = ""
    folder = str(paths.data_dir.resolve())
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:24]
    return f"larsam-{digest}"


class InstanceLock:
    def __init__(self, paths: AppPaths) -> None:
        self._file = QLockFile(str(lock_path(paths.data_dir)))
        self._file.setStaleLockTime(0)  # stale only when its process is gone
        self._name = server_name(paths)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now holds the folder; False when another window does."""
        return self._file.tryLock(0)

    def holder_pid(self) -> int | None:
        info = self._file.getLockInfo()  # (pid, host name, application name) in PySide6
        pid = info[0] if isinstance(info, tuple) and info else 0
        return int(pid) if pid else None

    def listen(self, on_raise: Callable[[], None]) -> bool:
        """While holding the lock: call ``on_raise`` when a second start asks. False if the
        server cannot listen (the second start then shows the "already open" message)."""
        if not self.held:
            return False
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._name)  # a crashed window's socket: we hold the lock
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)

        def connected() -> None:
            while (socket := server.nextPendingConnection()) is not None:
                socket.readyRead.connect(lambda s=socket: _read(s, on_raise))
                socket.disconnected.connect(socket.deleteLater)
                _read(socket, on_raise)

        server.newConnection.connect(connected)
        if not server.listen(self._name):
            return False
        self._server = server
        return True

    def ask_running_to_raise(self) -> bool:
        """From a second start: ask the window holding the folder to come forward."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(RAISE)
        sent = socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._file.unlock()

    @property
    def held(self) -> bool:
        return self._file.isLocked()


def _read(socket: QLocalSocket, on_raise: Callable[[], None]) -> None:
    if socket.canReadLine() and bytes(socket.readLine().data()) == RAISE:
        on_raise()


def bring_forward(window: QWidget) -> None:
    """Show ``window`` on top (restored if minimised), as the desktop allows."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
