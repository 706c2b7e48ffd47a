"""The window's start: the quick check runs in the background once the store is attached
(ui/start_check.py); the coach can work at once, a healthy file lets the first edit
through, and damage only the quick check sees still ends in the recovery dialog with
nothing written."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from damage_cases import damage_an_index_nothing_else_reads, demo_folder
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.learner import draft_from
from larsam_desktop.paths import AppPaths
from larsam_desktop.services import integrity_later
from larsam_desktop.storage.errors import DatabaseCorrupt
from larsam_desktop.storage.integrity import integrity_problems
from larsam_desktop.ui.application import ensure_application, start_main_window
from larsam_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
from larsam_desktop.ui.main_window import MainWindow

LEARNERS = 20


def _start(qtbot: QtBot, paths: AppPaths) -> tuple[MainWindow, list[bool]]:
    ensure_application()
    failures: list[bool] = []
    window = start_main_window(paths, None, lambda: failures.append(True))
    qtbot.addWidget(window)
    return window, failures


def _names(paths: AppPaths) -> list[str]:
    with sqlite3.connect(paths.database) as connection:
        return [row[0] for row in connection.execute("SELECT given_name FROM learner")]


def test_a_healthy_file_is_checked_in_the_background_and_the_first_edit_goes_through(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = demo_folder(tmp_path, LEARNERS, seed=4)
    checked: list[bool] = []

    def counted(database: object, *, quick: bool = False) -> list[str]:
        problems = integrity_problems(database, quick=quick)  # type: ignore[arg-type]
        checked.append(quick)
        return problems

    monkeypatch.setattr(integrity_later, "integrity_problems", counted)
    window, failures = _start(qtbot, paths)
    qtbot.waitUntil(lambda: window.has_session or bool(failures), timeout=20_000)
    assert failures == []
    check = window.session.store.pending_check
    assert check is not None  # checked later, not skipped
    learners = window.session.learners
    first = learners.get(min(_ids(paths)))
    draft = replace(draft_from(first.data), given_name="Första")
    edited = learners.update(first.id, first.version, draft)
    assert edited.learner.data.given_name == "Första"
    assert check.done and checked == [True]  # the edit waited for the check's verdict
    assert "Första" in _names(paths)
    window.close()


def _ids(paths: AppPaths) -> list[int]:
    with sqlite3.connect(paths.database) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM learner")]


def test_damage_only_the_quick_check_sees_refuses_writes_and_shows_the_recovery_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = demo_folder(tmp_path, LEARNERS, seed=4, backup=True)
    damage_an_index_nothing_else_reads(paths)
    before = sorted(_names(paths))
    first_id = min(_ids(paths))  # before the start: the check may move the file aside soon
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecoveryDialog):
            seen.append(dialog.informativeText())
            button = dialog.restore_button
            assert button is not None
            button.click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    window, failures = _start(qtbot, paths)
    qtbot.waitUntil(lambda: window.has_session or bool(failures), timeout=20_000)
    damaged = window.session
    assert damaged.store.pending_check is not None
    try:
        first = damaged.learners.get(first_id)  # reads go on while the check runs
    except DatabaseCorrupt:
        pass  # the verdict came first (a small file checks fast): the store is closed
    else:
        edit = replace(draft_from(first.data), given_name="Förlorad")
        with pytest.raises(DatabaseCorrupt, match="integrity check"):
            damaged.learners.update(first.id, first.version, edit)
    qtbot.waitUntil(lambda: bool(seen) and window.session is not damaged, timeout=30_000)
    assert failures == []
    assert "larsam.sqlite3.corrupt-" in seen[0]
    (moved,) = paths.data_dir.glob("larsam.sqlite3.corrupt-*[0-9]Z")
    with sqlite3.connect(moved) as connection:  # nothing reached the damaged file
        names = sorted(row[0] for row in connection.execute("SELECT given_name FROM learner"))
    assert names == before
    assert window.session.learners.count() == LEARNERS  # restored from the backup
    window.close()
