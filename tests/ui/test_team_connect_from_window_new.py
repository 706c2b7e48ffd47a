"""File → "Connect to a shared server…" and "Use the local file" (issue 16): the window
switches to the chosen database through the session's normal open path, in the
background; a failure is one calm message and leaves the open store as it was; the choice
is remembered in the user's connection profile (never the password)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from team_test_server import PASSWORD, TeamServer, make_team_server

from larsam_desktop.paths import AppPaths
from larsam_desktop.services import connection_profile as cp
from larsam_desktop.ui.dialogs.connect_dialog import ConnectDialog
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]
WAIT_MS = 120_000  # opening on a loaded machine (two cores shared by many runs)


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


@pytest.fixture(autouse=True)
def ring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent: QWidget | None, _title: str, text: str, *args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def _dialog(window: MainWindow, url: str, password: str) -> ConnectDialog:
    dialog = ConnectDialog(cp.profile_of_url(url), window, from_menu=True)
    dialog.password.setText(password)
    return dialog


def test_the_file_menu_offers_the_server_and_the_local_file(
    tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(AppPaths(tmp_path / "data"))
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [action.text() for action in file_menu.actions()]
    assert "Connect to a shared ser&ver…" in texts and "Use the local &file" in texts
    assert window.connection.connect_action.isEnabled()
    assert not window.connection.local_action.isEnabled()  # the local file is in use


def test_an_unreachable_server_is_one_calm_message_and_the_file_stays_open(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow, warnings: list[str]
) -> None:
    paths = AppPaths(tmp_path / "data")
    window = make_window(paths)
    before = window.session
    url = "postgresql+psycopg://karin@127.0.0.1:1/larsam"  # nothing listens on port 1
    op = window.connection.connect_to_server(_dialog(window, url, "x"))
    assert op is not None
    qtbot.waitUntil(lambda: not op.running, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT_MS)
    assert "cannot be reached" in warnings[0] and "nothing was changed" in warnings[0]
    assert "Traceback" not in warnings[0] and "password" not in warnings[0].lower()
    assert window.session is before and window.session.is_local
    # The server was remembered (the coach chose it), the password was not.
    saved = (paths.settings_dir / cp.PROFILE_NAME).read_text(encoding="utf-8")
    assert "127.0.0.1" in saved and "karin" in saved


@pytest.fixture
def server(tmp_path: Path) -> Iterator[TeamServer]:
    yield from make_team_server(tmp_path / "team")


@pytest.mark.postgres
def test_the_window_switches_to_the_server_and_back_to_the_local_file(
    qtbot: QtBot,
    tmp_path: Path,
    make_window: MakeWindow,
    warnings: list[str],
    server: TeamServer,
    ring: MemoryKeyring,
) -> None:
    import psycopg

    paths = AppPaths(tmp_path / "data")
    window = make_window(paths)
    local_learners = window.session.learners.count()
    with psycopg.connect(server.libpq(), autocommit=True) as owner:
        row = owner.execute(
            "SELECT count(*) FROM learner WHERE learning_centre_id = %s OR coach_id = %s",
            (server.team_a[0], server.coach_a),
        ).fetchone()
    assert row is not None
    team_a = int(str(row[0]))

    # A login the server refuses (removed: the test server trusts passwords on
    # loopback, so a wrong one would not do): one calm message, the file stays open.
    gone = server.add_coach("gone", server.team_b[1])
    assert server.cli("team", "remove-coach", gone) == 0
    op = window.connection.connect_to_server(_dialog(window, server.url(gone), PASSWORD))
    assert op is not None
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT_MS)
    assert "refused the login" in warnings[0] and window.session.is_local

    # The right one, remembered in the keyring: coach A's caseload, from the server.
    dialog = _dialog(window, server.url(server.login_a), PASSWORD)
    dialog.remember.setChecked(True)
    op = window.connection.connect_to_server(dialog)
    assert op is not None
    qtbot.waitUntil(lambda: not window.session.is_local, timeout=WAIT_MS)
    assert window.session.learners.count() == team_a != local_learners
    assert server.name in window.session.location and PASSWORD not in window.session.location
    assert window.connection.local_action.isEnabled()
    saved = (paths.settings_dir / cp.PROFILE_NAME).read_text(encoding="utf-8")
    assert server.login_a in saved and PASSWORD not in saved
    assert PASSWORD in ring.stored.values()
    # The next start connects to the server (the profile, the keyring's password).
    assert cp.resolve_database_url(None, paths, environ={}) is not None

    # Back to the local file: the caseload is the file's again, and the next start too.
    op = window.connection.use_local_file()
    assert op is not None
    qtbot.waitUntil(lambda: window.session.is_local, timeout=WAIT_MS)
    assert window.session.learners.count() == local_learners
    assert cp.resolve_database_url(None, paths, environ={}) is None
    assert not window.connection.local_action.isEnabled()
    # The dialog still starts from the server the profile names.
    remembered = cp.read_profile(paths, [], include_local_choice=False)
    assert remembered is not None and remembered.user == server.login_a
    assert len(warnings) == 1
