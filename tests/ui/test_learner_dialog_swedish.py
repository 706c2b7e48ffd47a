"""Validation messages in the Swedish interface: the learner dialog shows the personnummer's
and the other fields' problems in Swedish, and so does the command line with --language sv."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runner import run_cli
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.dialogs.learner_dialog import LearnerDialog
from larsam_desktop.ui.i18n import install_translations


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "sv")
    yield
    install_translations(qapp, "en")


@pytest.mark.usefixtures("swedish")
def test_a_bad_personnummer_is_explained_in_swedish(qtbot: QtBot, tmp_path: Path) -> None:
    store = open_store(AppPaths(tmp_path / "data"))
    database = store.database
    dialog = LearnerDialog(LearnerService(database), ReferenceService(database).choices())
    qtbot.addWidget(dialog)
    dialog.given_name.setText("Åsa")
    dialog.family_name.setText("Öberg")
    dialog.personnummer.setText("19900101-1234")
    dialog.email.setText("inte en adress")
    assert not dialog.save()
    assert dialog.error_text("personnummer") == (
        "Kontrollsiffran stämmer inte; leta efter ett skrivfel."
    )
    assert dialog.error_text("email") == "Ingen e-postadress."
    dialog.personnummer.setText("19900101-0000")
    dialog.email.clear()
    assert not dialog.save()
    assert "000" in dialog.error_text("personnummer")
    assert "birth number" not in dialog.error_text("personnummer")
    for line in (dialog.given_name, dialog.family_name, dialog.personnummer):
        line.clear()  # nothing left unsaved: the dialog closes without asking
    database.dispose()


def test_the_command_line_refuses_a_bad_list_in_swedish(tmp_path: Path) -> None:
    source = tmp_path / "elever.csv"
    source.write_text(
        "Förnamn;Efternamn;Personnummer;E-post\nÅsa;Öberg;19900101-1234;x@\n", encoding="utf-8"
    )
    data = tmp_path / "data"
    result = run_cli("import", "learners", str(source), "--language", "sv", data_dir=data)
    assert result.returncode == 1
    assert "Rad 2: Personnummer: Kontrollsiffran stämmer inte; leta efter ett skrivfel." in (
        result.stderr
    )
    assert "E-post: " in result.stderr and "check digit" not in result.stderr
    english = run_cli("import", "learners", str(source), "--language", "en", data_dir=data)
    assert "Line 2: Personnummer: The check digit does not match" in english.stderr
