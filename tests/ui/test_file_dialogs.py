"""Save dialogs start in the documents folder, then where the last one ended (kept in the
window's settings); the calendar export asks initials or full names, initials by default."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from larsam_desktop.paths import AppPaths
from larsam_desktop.ui import file_dialogs
from larsam_desktop.ui.calendar_names import names_box
from larsam_desktop.ui.settings import UiSettings


def test_dialogs_start_in_documents_then_in_the_last_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths(tmp_path / "data")
    settings = UiSettings(paths)
    file_dialogs.remember_folders_in(settings)
    asked: list[str] = []
    chosen = tmp_path / "exports" / "caseload.xlsx"
    chosen.parent.mkdir()

    def fake_save(_parent: object, _caption: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    assert file_dialogs.save_file(None, "Export", "caseload.xlsx", "XLSX (*.xlsx)") == chosen
    assert Path(asked[0]) == file_dialogs.documents_folder() / "caseload.xlsx"
    assert paths.data_dir not in Path(asked[0]).parents
    file_dialogs.save_file(None, "Export", "larsam.ics", "")
    assert Path(asked[1]) == chosen.parent / "larsam.ics"
    # A restart: the folder is read back from the window's settings.
    settings.sync()
    file_dialogs.remember_folders_in(UiSettings(paths))
    assert file_dialogs.start_folder() == chosen.parent
    file_dialogs.remember_folders_in(None)


def test_the_calendar_question_defaults_to_initials(qtbot: QtBot) -> None:
    box, initials, full = names_box(None)
    qtbot.addWidget(box)
    assert box.defaultButton() is initials
    assert "synced" in box.informativeText() and full.text().replace("&", "") == "Full names"
    assert box.button(QMessageBox.StandardButton.Cancel) is not None
