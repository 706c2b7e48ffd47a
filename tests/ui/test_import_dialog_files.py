"""The import dialog writes templates, reads .ods and shows the notes of a reading (a phone
number whose leading 0 was put back)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.importing import ImportKind
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.importing import ImportService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.dialogs.import_dialog import ImportDialog


def test_a_template_saved_from_the_dialog_loads_back_into_it(qtbot: QtBot, tmp_path: Path) -> None:
    store = open_store(AppPaths(tmp_path / "data"))
    dialog = ImportDialog(ImportService(store.database), lambda changes: None)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ImportKind.ADMITTED.value))
    target = dialog.save_template(tmp_path / "antagna.xlsx")
    assert target is not None and "antagna.xlsx" in dialog.status.text()
    assert openpyxl.load_workbook(target).sheetnames == ["Antagna", "Anvisningar"]
    dialog.load(target)
    assert dialog.preview.rowCount() == 1 and not dialog.notes.text()
    store.database.dispose()


def test_a_numeric_phone_number_is_shown_as_a_note(qtbot: QtBot, tmp_path: Path) -> None:
    store = open_store(AppPaths(tmp_path / "data"))
    dialog = ImportDialog(ImportService(store.database), lambda changes: None)
    qtbot.addWidget(dialog)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Förnamn", "Efternamn", "Födelsedatum", "Telefon"])
    sheet.append(["Åsa", "Öberg", "1990-01-01", 701234567])
    book.save(tmp_path / "lista.xlsx")
    dialog.load(tmp_path / "lista.xlsx")
    assert "leading 0" in dialog.notes.text() and "lines 2" in dialog.notes.text()
    store.database.dispose()
