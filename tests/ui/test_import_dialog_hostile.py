"""The import dialog with hostile files: the refusal is shown calmly in the dialog (no
crash dialog, no traceback), and so is losing a race against another import."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_files import zip_bomb
from pytestqt.qtbot import QtBot

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.importing import ImportConflict, ImportService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.dialogs.import_dialog import ImportDialog


def test_a_zip_bomb_is_refused_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    store = open_store(AppPaths(tmp_path / "data"))
    dialog = ImportDialog(ImportService(store.database), lambda changes: None)
    qtbot.addWidget(dialog)
    dialog.load(zip_bomb(tmp_path / "elever.xlsx", unpacked_mb=1000))
    assert "once unpacked" in dialog.status.text()
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    store.database.dispose()


def test_an_unclosed_quote_names_its_line_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    store = open_store(AppPaths(tmp_path / "data"))
    dialog = ImportDialog(ImportService(store.database), lambda changes: None)
    qtbot.addWidget(dialog)
    source = tmp_path / "elever.csv"
    source.write_text(
        'Förnamn;Efternamn;Personnummer\n"Åsa;Öberg;199009012387\nAli;Hassan;199305202393\n',
        encoding="utf-8",
    )
    dialog.load(source)
    assert dialog.status.text().startswith("Line 2: a quoted field begins here")
    assert "Hassan" not in dialog.status.text()
    store.database.dispose()


def test_losing_an_import_race_is_a_calm_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(AppPaths(tmp_path / "data"))
    service = ImportService(store.database)

    def lose(*args: object, **kwargs: object) -> None:
        raise ImportConflict()

    monkeypatch.setattr(service, "run", lose)
    dialog = ImportDialog(service, lambda changes: None)
    qtbot.addWidget(dialog)
    source = tmp_path / "elever.csv"
    source.write_text("Förnamn;Efternamn;Personnummer\nÅsa;Öberg;199009012387\n", "utf-8")
    dialog.load(source)
    dialog.run_import()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.status.text() == ImportConflict().message
    store.database.dispose()
