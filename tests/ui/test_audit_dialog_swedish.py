"""The audit viewer in Swedish: the current coach as "who" for an import and an export (not
the login), details in readable Swedish, the learner's name, and a filter by name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runner import run_cli
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.actor import login_name
from larsam_desktop.services.audit import AuditService
from larsam_desktop.services.preferences import set_current_coach
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.dialogs.audit_dialog import AuditDialog
from larsam_desktop.ui.i18n import install_translations

COACH = "Kerstin Lind"


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "sv")
    yield
    install_translations(qapp, "en")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An import and a caseload export made by the current coach on the command line."""
    data = tmp_path / "data"
    assert login_name() != COACH
    source = tmp_path / "elever.csv"
    source.write_text(
        "Förnamn;Efternamn;Personnummer\nÅsa;Öberg;199009012387\nAli;Hassan;199305202393\n",
        encoding="utf-8",
    )
    run_cli("check", data_dir=data)  # creates the folder and the database
    set_current_coach(AppPaths(data), COACH)
    imported = run_cli("import", "learners", str(source), data_dir=data)
    assert imported.returncode == 0, imported.stderr
    out = tmp_path / "deltagare.csv"
    exported = run_cli("learners", "export", "--out", str(out), data_dir=data)
    assert exported.returncode == 0, exported.stderr
    return data


@pytest.mark.usefixtures("swedish")
def test_who_is_the_coach_and_details_read_in_swedish(qtbot: QtBot, folder: Path) -> None:
    store = open_store(AppPaths(folder))
    dialog = AuditDialog(AuditService(store.database))
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [[model.data(model.index(r, c)) for c in range(6)] for r in range(model.rowCount())]
    by_action = {row[3]: row for row in rows}
    assert set(by_action) >= {"Importera", "Exportera"}
    assert by_action["Importera"][2] == COACH and by_action["Exportera"][2] == COACH
    details = by_action["Importera"][5]
    assert "Typ: Deltagare" in details and "Registrerade: 2" in details
    assert "Felaktiga rader som hoppades över: 0" in details
    assert "bad_rows_skipped" not in details and "created" not in details
    assert "Med personnummer: nej" in by_action["Exportera"][5]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Vem"
    store.database.dispose()


def test_the_learner_filter_takes_a_name(qtbot: QtBot, folder: Path) -> None:
    store = open_store(AppPaths(folder))
    service = AuditService(store.database)
    with store.database.unit_of_work(writes=False) as uow:
        asa = uow.learners.id_for_personnummer("199009012387")
        ali = uow.learners.id_for_personnummer("199305202393")
    assert asa is not None and ali is not None
    service.record(AuditAction.PRINT, actor=COACH, learner_id=asa, details={"revision": 1})
    service.record(AuditAction.PRINT, actor=COACH, learner_id=ali, details={"revision": 1})
    dialog = AuditDialog(service)
    qtbot.addWidget(dialog)
    dialog.learner.setText("öberg")
    dialog.reload()
    model = dialog.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 4)) == f"Öberg, Åsa ({asa})"
    dialog.learner.setText(str(ali))
    dialog.reload()
    assert model.rowCount() == 1 and model.data(model.index(0, 4)) == f"Hassan, Ali ({ali})"
    store.database.dispose()
