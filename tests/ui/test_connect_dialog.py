"""The connect dialog (issue 16): server, database and user saved in the profile, the
password only in the keyring and only when asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from larsam_desktop.paths import AppPaths
from larsam_desktop.services import connection_profile as cp
from larsam_desktop.ui.dialogs.connect_dialog import ConnectDialog, connect_with, profile_of


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
        self.stored.pop((service, username))


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


URL = "postgresql+psycopg://karin@db.kommun.se:5433/larsam?sslmode=verify-full&sslrootcert=/ca.pem"


def test_the_dialog_starts_from_the_address_and_keeps_its_tls_settings(
    qtbot: QtBot, tmp_path: Path, ring: MemoryKeyring
) -> None:
    dialog = ConnectDialog(profile_of(URL))
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.user.text()) == (
        "db.kommun.se",
        5433,
        "karin",
    )
    qtbot.keyClicks(dialog.password, "hemligt-1")
    dialog.remember.setChecked(True)
    paths = AppPaths(tmp_path / "data")
    url = make_url(connect_with(dialog, paths))
    assert url.password == "hemligt-1"
    assert url.query == {"sslmode": "verify-full", "sslrootcert": "/ca.pem"}
    saved = (paths.settings_dir / cp.PROFILE_NAME).read_text(encoding="utf-8")
    assert "db.kommun.se" in saved and "hemligt" not in saved
    assert ring.stored == {(cp.KEYRING_SERVICE, "karin@db.kommun.se:5433/larsam"): "hemligt-1"}


def test_without_remember_the_password_is_kept_nowhere(
    qtbot: QtBot, tmp_path: Path, ring: MemoryKeyring
) -> None:
    dialog = ConnectDialog(profile_of(URL))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "hemligt-2")
    paths = AppPaths(tmp_path / "data")
    assert make_url(connect_with(dialog, paths)).password == "hemligt-2"
    assert ring.stored == {}
    assert "hemligt" not in (paths.settings_dir / cp.PROFILE_NAME).read_text(encoding="utf-8")
