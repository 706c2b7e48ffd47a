"""In the window: every kind of damage ends in the recovery dialog with a restore path,
starting empty is its own button, and File → Data protection → Encrypt works."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from damage_cases import DAMAGE
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.backups import BackupService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.application import ensure_application, start_main_window
from larsam_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
from larsam_desktop.ui.main_window import MainWindow

LEARNERS = 25
MakeWindow = Callable[[AppPaths], MainWindow]


def _damaged(paths: AppPaths, damage: Callable[[AppPaths], None]) -> Path:
    store = open_store(paths)
    DemoGenerator(store.database).generate(LEARNERS, seed=6)
    backup = paths.backups / BackupService(paths, store.database).create().file
    store.database.dispose()
    damage(paths)
    return backup


def _answer_recovery_dialog(button: str, seen: list[tuple[str, str]]) -> None:
    """When the recovery dialog is up, note its texts and click ``button``."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecoveryDialog):
            seen.append((dialog.text(), dialog.informativeText()))
            target = getattr(dialog, button)
            assert target is not None, f"the dialog has no {button}"
            target.click()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _start(qtbot: QtBot, paths: AppPaths) -> tuple[MainWindow, list[bool]]:
    ensure_application()
    failures: list[bool] = []
    window = start_main_window(paths, None, lambda: failures.append(True))
    qtbot.addWidget(window)
    return window, failures


@pytest.mark.parametrize("damage", DAMAGE, ids=[d.__name__ for d in DAMAGE])
def test_damage_at_start_offers_the_backup_and_restores_it(
    qtbot: QtBot, tmp_path: Path, damage: Callable[[AppPaths], None]
) -> None:
    paths = AppPaths(tmp_path / "data")
    backup = _damaged(paths, damage)
    seen: list[tuple[str, str]] = []
    _answer_recovery_dialog("restore_button", seen)
    window, failures = _start(qtbot, paths)
    qtbot.waitUntil(lambda: window.has_session or bool(failures), timeout=20_000)
    assert failures == []
    text, details = seen[0]
    assert "set aside" in text
    assert "larsam.sqlite3.corrupt-" in details and backup.name in details
    assert "Traceback" not in details
    assert window.session.learners.count() == LEARNERS
    window.close()
    window.session.close()


def test_start_empty_is_a_button_and_the_next_start_opens_it(qtbot: QtBot, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    _damaged(paths, DAMAGE[0])
    seen: list[tuple[str, str]] = []
    _answer_recovery_dialog("empty_button", seen)
    window, failures = _start(qtbot, paths)
    qtbot.waitUntil(lambda: window.has_session or bool(failures), timeout=20_000)
    assert seen and failures == []
    assert window.session.learners.count() == 0
    assert list(paths.data_dir.glob("larsam.sqlite3.corrupt-*"))  # kept
    window.close()
    window.session.close()


def test_a_missing_database_with_backups_is_not_replaced_by_an_empty_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths(tmp_path / "data")
    _damaged(paths, lambda p: p.database.unlink())
    seen: list[tuple[str, str]] = []
    _answer_recovery_dialog("quit_button", seen)
    window, failures = _start(qtbot, paths)
    qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
    assert not window.has_session
    text, details = seen[0]
    assert "missing" in text and "No new, empty database" in details
    assert not paths.database.exists()


def test_the_encrypt_menu_action_asks_and_encrypts(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3")
    from larsam_desktop.services.startup import is_encrypted_folder

    paths = AppPaths(tmp_path / "data")
    backup = _damaged(paths, lambda p: None)
    window = make_window(paths)
    qtbot.waitUntil(lambda: window.data_safety.start_backup is None, timeout=10_000)
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("hemligt lösen", True))
    warnings: list[str] = []  # a modal warning would block the test run: collect it instead
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    window.data_safety.encrypt_action.trigger()  # triggered(bool): once the crash
    qtbot.waitUntil(lambda: window.data_safety.encrypt_task is None, timeout=120_000)
    assert warnings == []
    # The question names each plaintext copy it deletes (the backup made before) and what
    # it cannot reach; the end says none remains, as `larsam-desktop encrypt` does.
    (text,) = asked
    assert re.search(r"These [1-9]\d* unencrypted copies in the data folder are deleted", text)
    assert backup.name in text and "not touched" in text
    assert "none remains in the data folder" in window.statusBar().currentMessage()
    assert is_encrypted_folder(paths.data_dir)
    assert window.session.learners.count() == LEARNERS
    assert window.session.store.database.url.password == "hemligt lösen"
    assert not [p for p in (paths.backups).glob("*.sqlite3") if "encrypted" not in p.name]
