"""The user guide: every screenshot it shows exists, and Help → User guide renders it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextDocument

from larsam_desktop.paths import AppPaths
from larsam_desktop.ui.dialogs.guide_dialog import GuideDialog, guide_path
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def test_the_guide_is_where_the_help_menu_looks() -> None:
    assert guide_path().is_file()
    assert guide_path().parent.name == "docs"


def test_every_screenshot_in_the_guide_exists() -> None:
    text = guide_path().read_text(encoding="utf-8")
    images = IMAGE.findall(text)
    assert len(images) >= 10
    for relative in images:
        image = QImage(str(guide_path().parent / relative))
        assert not image.isNull(), relative
        assert image.width() >= 300, relative


def test_the_guide_covers_the_coachs_tasks() -> None:
    headings = [line for line in guide_path().read_text(encoding="utf-8").splitlines()
                if line.startswith("## ")]  # fmt: skip
    for task in ("Kom igång", "Hitta en deltagare", "Registrera vägen", "behörighet",
                 "Studieplan", "Idag", "Statistik", "Säkerhetskopior"):  # fmt: skip
        assert any(task in heading for heading in headings), task


def test_guide_dialog_renders_text_and_images(qtbot: object) -> None:
    dialog = GuideDialog(guide_path())
    document = dialog.browser.document()
    assert "Kom igång" in document.toPlainText()
    assert "In English, briefly" in document.toPlainText()
    for relative in IMAGE.findall(guide_path().read_text(encoding="utf-8")):
        # As the document asks for it: relative to the guide's own location.
        loaded = dialog.browser.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(relative)
        )
        assert isinstance(loaded, QByteArray), relative
        assert not QImage.fromData(loaded).isNull(), relative
    dialog.deleteLater()


def test_help_menu_opens_the_guide(
    make_window: MakeWindow, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(paths)
    shown: list[Path] = []

    def fake_exec(dialog: GuideDialog) -> int:
        shown.append(Path(dialog.browser.source().toLocalFile()))
        return 0

    monkeypatch.setattr(GuideDialog, "exec", fake_exec)
    window.help.guide_action.trigger()
    assert shown == [guide_path()]
