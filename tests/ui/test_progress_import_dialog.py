"""The university lists dialog: check a progress list (what each line does on the path),
see bad lines, import; an applicants list gives the outreach list — on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.pathway import Stage, TransitionDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.store import OpenedStore, open_store
from larsam_desktop.services.university import UniversityTools
from larsam_desktop.ui.dialogs.university_list_dialog import UniversityListDialog


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[OpenedStore]:
    store = open_store(AppPaths(tmp_path / "data"))
    learner = LearnerService(store.database).create(
        LearnerDraft(given_name="Anna", family_name="Berg", personnummer="19900101-1239")
    )
    PathwayService(store.database).record(
        learner.learner.id, TransitionDraft("applied", "Karin", date(2026, 1, 10))
    )
    yield store
    store.database.dispose()


def _dialog(qtbot: QtBot, store: OpenedStore, published: list[Changes]) -> UniversityListDialog:
    tools = UniversityTools.create(store.database, load_eligibility_data())
    dialog = UniversityListDialog(tools, published.append)
    qtbot.addWidget(dialog)
    return dialog


def _run(qtbot: QtBot, dialog: UniversityListDialog, *, dry_run: bool) -> None:
    dialog.start(dry_run=dry_run)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def test_a_progress_list_is_checked_then_imported(
    qtbot: QtBot, opened: OpenedStore, tmp_path: Path
) -> None:
    published: list[Changes] = []
    dialog = _dialog(qtbot, opened, published)
    path = tmp_path / "registrerade.csv"
    path.write_text("Personnummer;Status;Datum\n900101-1239;registrerad;2026-09-01\n", "utf-8")
    dialog.load(path)
    assert not dialog.import_button.isEnabled()
    _run(qtbot, dialog, dry_run=True)
    model = dialog.progress_model
    assert model.rowCount() == 1
    assert [model.text(model.row_at(0), c) for c in range(5)] == [
        "2", "1", "Registered", "2026-09-01", "Admitted → Studying"
    ]  # fmt: skip
    assert dialog.status.text() == "Fine: 1 line. Nothing written yet."
    assert dialog.import_button.isEnabled()
    _run(qtbot, dialog, dry_run=False)
    assert dialog.status.text() == "Imported: 1 lines, 2 steps on the path, 0 already known."
    assert published and 1 in published[-1].learners
    history = PathwayService(opened.database).timeline(1)
    assert history[-1].transition.stage is Stage.STUDYING
    assert not dialog.import_button.isEnabled()  # check again before another import


def test_bad_lines_are_listed_and_nothing_can_be_imported(
    qtbot: QtBot, opened: OpenedStore, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, opened, [])
    path = tmp_path / "lista.csv"
    path.write_text("Personnummer\n900101-1238\n", "utf-8")
    dialog.load(path)
    dialog.every_line.setCurrentIndex(dialog.every_line.findData("completed"))
    _run(qtbot, dialog, dry_run=True)
    assert dialog.bad_lines.count() == 1
    assert dialog.bad_lines.item(0).text().startswith("Line 2: Personnummer:")
    assert "nothing has been written" in dialog.status.text()
    assert not dialog.import_button.isEnabled()


def test_an_applicants_list_shows_the_outreach_list(
    qtbot: QtBot, opened: OpenedStore, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, opened, [])
    dialog.kind.setCurrentIndex(dialog.kind.findData("applicants"))
    assert not dialog.every_line.isEnabled()
    path = tmp_path / "ej-behoriga.csv"
    path.write_text(
        "Personnummer;Program;Termin;Namn\n"
        "19900101-1239;Sjuksköterskeprogrammet;HT2026;\n"
        "19920371-3459;socionom;HT2026;Camilla Nyström\n",
        "utf-8",
    )
    dialog.load(path)
    _run(qtbot, dialog, dry_run=True)
    model = dialog.outreach_model
    assert dialog.preview.model() is model and model.rowCount() == 2
    texts = [[model.text(model.row_at(r), c) for c in range(5)] for r in range(2)]
    camilla = next(row for row in texts if row[0].startswith("Camilla"))
    assert camilla[0] == "Camilla Nyström 19920371-•••• (registered now)"
    assert camilla[2] == "HT2026"
    assert "points" in camilla[3] and "at half pace" in camilla[3]
    assert camilla[4] == "No offering ahead"
    row = next(r for r in range(2) if model.row_at(r).name == "Camilla Nyström")
    every = model.data(model.index(row, 3), Qt.ItemDataRole.ToolTipRole)
    assert every == ", ".join(model.row_at(row).gap.codes)  # the cell names the first few
    assert camilla[3].count(",") < every.count(",")
    _run(qtbot, dialog, dry_run=False)
    assert dialog.status.text() == "Imported: 2 lines, 1 learners registered."
