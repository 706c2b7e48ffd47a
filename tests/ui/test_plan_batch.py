"""Study plans for several learners from the caseload, in the background, with cancel."""

from __future__ import annotations

import io
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.dialogs.plan_batch_dialog import PlanBatchDialog
from larsam_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))
from plan_setup import DRAFT, add_learner

MakeWindow = Callable[[AppPaths], MainWindow]


@pytest.fixture
def batch_paths(tmp_path: Path) -> AppPaths:
    """Three learners; Åsa Öberg and Bo Ek have a plan, Fatima Ahmed has none."""
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    plans = PlanService(store.database, load_eligibility_data())
    for given, family, number in (("Åsa", "Öberg", "19900101-9802"), ("Bo", "Ek", "19121212-1212")):
        learner = add_learner(store.database, given, family, number)
        plans.save(learner, DRAFT, author="karin", expected_revision=None)
    add_learner(store.database, "Fatima", "Ahmed", "")
    store.database.dispose()
    return paths


def open_batch(window: MainWindow) -> PlanBatchDialog:
    window.caseload.table.selectRow(0)
    window.print_plans()
    dialog: PlanBatchDialog = window.plan_batch
    assert dialog.selected_choice.isChecked() and len(dialog.learner_ids()) == 1
    dialog.shown_choice.setChecked(True)
    assert len(dialog.learner_ids()) == 3
    return dialog


def wait_done(qtbot: QtBot, dialog: PlanBatchDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None and dialog.cancel_button.isEnabled() is False)


def test_one_file_per_learner_in_the_background(
    batch_paths: AppPaths, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(batch_paths)
    dialog = open_batch(window)
    out = tmp_path / "out"
    out.mkdir()
    dialog.file_each.setChecked(True)
    dialog.destination.setText(str(out))
    with qtbot.waitSignal(window.events.changed, timeout=10_000):
        dialog.start_save()
        assert dialog.cancel_button.isEnabled() and not dialog.save_button.isEnabled()
        wait_done(qtbot, dialog)
        dialog.close()
    assert len(list(out.glob("studieplan-*.pdf"))) == 2
    assert dialog.progress.value() == dialog.progress.maximum() == 2
    assert "2 plans done; 1 learners have no plan." in dialog.message.text()


def test_one_pdf_for_all(
    batch_paths: AppPaths, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(batch_paths)
    dialog = open_batch(window)
    dialog.one_file.setChecked(True)
    dialog.language.set_value("en")
    target = tmp_path / "all.pdf"
    dialog.destination.setText(str(target))
    dialog.start_save()
    wait_done(qtbot, dialog)
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert text.count("Page 1 of 2") == 2
    assert "Åsa Öberg" in text and "Bo Ek" in text and "Fatima Ahmed" not in text
    dialog.close()


def test_cancel_leaves_no_files(
    batch_paths: AppPaths, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(batch_paths)
    dialog = open_batch(window)
    out = tmp_path / "out"
    out.mkdir()
    dialog.destination.setText(str(out))
    gate = threading.Event()
    original = dialog._printer.document

    def slow_document(*args: Any, **kwargs: Any) -> Any:
        gate.wait(10)  # the first plan waits until the coach has pressed Cancel
        return original(*args, **kwargs)

    dialog._printer.document = slow_document  # type: ignore[method-assign]
    dialog.start_save()
    dialog.cancel_button.click()
    gate.set()
    wait_done(qtbot, dialog)
    assert "Cancelled" in dialog.message.text()
    assert list(out.iterdir()) == []
    dialog.close()


def test_nowhere_to_save_is_said_calmly(
    batch_paths: AppPaths, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(batch_paths)
    dialog = open_batch(window)
    dialog.start_save()
    assert "Choose where to save" in dialog.message.text()
    dialog.destination.setText(str(tmp_path / "missing"))
    dialog.start_save()
    wait_done(qtbot, dialog)
    said = dialog.message.text()
    assert "Cannot write" in said and "missing" in said, said
    assert "No such file" not in said  # the catalogue's words, never the system's
    dialog.close()


def test_print_settings_are_saved_for_the_window_and_the_command_line(
    batch_paths: AppPaths, qtbot: QtBot
) -> None:
    from larsam_desktop.services.print_settings import load_print_settings
    from larsam_desktop.ui.dialogs.print_settings_dialog import PrintSettingsDialog

    dialog = PrintSettingsDialog(batch_paths)
    qtbot.addWidget(dialog)
    dialog.centre_name.setText("Campus Hudiksvall")
    dialog.centre_address.setPlainText("Håstaholmen 4\n824 43 Hudiksvall")
    dialog.save()
    saved = load_print_settings(batch_paths)
    assert saved.centre_name == "Campus Hudiksvall"
    assert saved.address_lines == ["Håstaholmen 4", "824 43 Hudiksvall"]
    assert PrintSettingsDialog(batch_paths).centre_name.text() == "Campus Hudiksvall"
