"""Every menu of the window, and the menu bar itself, has unique Alt letters (``&``), in
English and in Swedish (the built ``larsam_sv.qm``): two entries with one letter make Alt+K
pick the first and never the second."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMenu

from larsam_desktop.paths import AppPaths
from larsam_desktop.ui.application import ensure_application
from larsam_desktop.ui.i18n import install_translations, translations_dir
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` ("&&" is a literal ampersand), lower case."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] == "&":
            at += 2
            continue
        return text[at + 1].lower()
    return None


def duplicates(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter.setdefault(letter, []).append(text)
    return {letter: named for letter, named in by_letter.items() if len(named) > 1}


def menu_problems(menu: QMenu, where: str) -> Iterator[str]:
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    for letter, named in duplicates(texts).items():
        yield f"{where}: '{letter}' in {named}"
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_problems(sub, f"{where} → {action.text()}")


def window_problems(window: MainWindow) -> list[str]:
    bar = window.menuBar()
    tops = [a.text() for a in bar.actions()]
    problems = [f"menu bar: '{letter}' in {named}" for letter, named in duplicates(tops).items()]
    for top in bar.actions():
        sub = top.menu()
        if isinstance(sub, QMenu):
            problems.extend(menu_problems(sub, top.text()))
    return problems


def test_the_mnemonic_of_a_text() -> None:
    assert mnemonic("&Arkiv") == "a"
    assert mnemonic("Export ca&lendar") == "l"
    assert mnemonic("Fish && &Chips") == "c"
    assert mnemonic("No letter") is None
    assert duplicates(["&Ny", "&nytt", "&Öppna"]) == {"n": ["&Ny", "&nytt"]}


@pytest.fixture
def swedish() -> Iterator[None]:
    app = ensure_application()
    if not (translations_dir() / "larsam_sv.qm").exists():
        pytest.fail("larsam_sv.qm is missing: run `make translations`")
    install_translations(app, "sv")
    yield
    install_translations(app, "en")  # as the other tests expect
    QLocale.setDefault(QLocale.system())


def test_menu_letters_are_unique_in_english(tmp_path: Path, make_window: MakeWindow) -> None:
    window = make_window(AppPaths(tmp_path / "data"))
    assert window.menuBar().actions()[0].text() == "&File"
    assert window_problems(window) == []


def test_menu_letters_are_unique_in_swedish(
    tmp_path: Path, make_window: MakeWindow, swedish: None
) -> None:
    window = make_window(AppPaths(tmp_path / "data"))
    assert window.menuBar().actions()[0].text() == "&Arkiv"
    QApplication.processEvents()
    assert window_problems(window) == []
