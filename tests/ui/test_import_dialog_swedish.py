"""The import dialog in Swedish: field names in the mapping, the bad rows marked in the
preview (colour, a ✗ and the reason as tooltip), which row duplicates which, plural forms
for one and for three rows, and the summary in the status bar after an import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.importing import Column
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.importing import ImportService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.dialogs.import_dialog import ImportDialog
from larsam_desktop.ui.i18n import install_translations
from larsam_desktop.ui.models.import_preview_model import BAD_MARK

GOOD = ("199009012387", "199305202393", "199803302380")
HEADER = "Förnamn;Efternamn;Personnummer;E-post\n"


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "sv")
    yield
    install_translations(qapp, "en")


def dialog_for(qtbot: QtBot, tmp_path: Path, window: QMainWindow | None = None) -> ImportDialog:
    store = open_store(AppPaths(tmp_path / "data"))
    dialog = ImportDialog(ImportService(store.database), lambda changes: None, window)
    if window is None:  # a child goes with its window: pytest-qt closing both raced
        qtbot.addWidget(dialog)
    return dialog


def check(qtbot: QtBot, dialog: ImportDialog, source: Path) -> None:
    dialog.load(source)
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


@pytest.mark.usefixtures("swedish")
def test_three_bad_rows_are_marked_and_explained_in_swedish(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "elever.csv"
    source.write_text(
        HEADER
        + f"Åsa;Öberg;{GOOD[0]};asa@example.se\n"  # line 2: fine
        + "Bo;Fel;19900101-1234;\n"  # line 3: check digit
        + f"Ali;Hassan;{GOOD[1]};inte-en-adress\n"  # line 4: e-mail
        + f"Åsa;Öberg;{GOOD[0]};\n",  # line 5: the same personnummer as line 2
        encoding="utf-8",
    )
    dialog = dialog_for(qtbot, tmp_path)
    labels = [dialog.mapping_grid.itemAt(i).widget().text() for i in range(0, 6, 2)]
    assert labels == ["Personnummer:", "Förnamn:", "Efternamn:"]
    names = {column: combo.accessibleName() for column, combo in dialog.mapping.items()}
    assert names[Column.STREET_ADDRESS] == "Kolumn i filen för Gatuadress"
    assert not any("_" in name for name in names.values())
    check(qtbot, dialog, source)

    assert dialog.status.text() == "3 rader kan inte importeras; ingenting har skrivits."
    assert dialog.file_label.text().startswith("elever.csv — 4 rader")
    preview = dialog.preview
    headers = [preview.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Rad", "Förnamn", "Efternamn", "Personnummer", "E-post"]
    marks = [preview.data(preview.index(r, 0)) for r in range(4)]
    assert marks == ["2", f"{BAD_MARK} 3", f"{BAD_MARK} 4", f"{BAD_MARK} 5"]
    assert [preview.is_bad(r) for r in range(4)] == [False, True, True, True]
    background = Qt.ItemDataRole.BackgroundRole
    assert preview.data(preview.index(0, 1), background) is None
    assert preview.data(preview.index(1, 1), background) is not None
    tip = preview.data(preview.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Rad 3: Personnummer: Kontrollsiffran stämmer inte; leta efter ett skrivfel."
    duplicate = preview.data(preview.index(3, 2), Qt.ItemDataRole.ToolTipRole)
    assert "Samma personnummer som rad 2" in duplicate and "dubblett av rad 2" in duplicate
    listed = [dialog.bad_rows.item(i).text() for i in range(dialog.bad_rows.count())]
    assert listed[1].startswith("Rad 4: E-post: ")
    assert not any(word in " ".join(listed) for word in ("line", "email", "check digit"))


@pytest.mark.usefixtures("swedish")
def test_one_bad_row_reads_in_the_singular_and_an_import_is_confirmed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "elever.csv"
    source.write_text(
        HEADER + f"Åsa;Öberg;{GOOD[0]};\nBo;Fel;19900101-1234;\nAli;Hassan;{GOOD[1]};\n",
        encoding="utf-8",
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = dialog_for(qtbot, tmp_path, window)
    check(qtbot, dialog, source)
    assert dialog.status.text() == "1 rad kan inte importeras; ingenting har skrivits."
    dialog.only_good.setChecked(True)
    dialog.run_import()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.status.text().startswith("Importerat: 2 deltagare registrerade")
    assert window.statusBar().currentMessage() == dialog.status.text()
