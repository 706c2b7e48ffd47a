"""The navigator: pages by key, built on first use, one place that shows them, Ctrl+1…4."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QStackedWidget
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.navigation import Navigator, Page
from larsam_desktop.ui.services_provider import ServicesProvider
from larsam_desktop.ui.session import Services

MakeWindow = Callable[[AppPaths], MainWindow]


class FakePage(QLabel):
    """A page that records what the navigator asks of it."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.calls: list[str] = []

    def attach(self, services: Services) -> None:
        self.calls.append("attach")

    def apply_changes(self, changes: Changes) -> None:
        self.calls.append("changes")

    def cancel(self) -> None:
        self.calls.append("cancel")


KEEP: list[QMainWindow] = []  # the windows of a test live as long as the test


def make_navigator(qtbot: QtBot, tmp_path: Path) -> tuple[Navigator, ServicesProvider]:
    window = QMainWindow()
    qtbot.addWidget(window)
    KEEP.append(window)
    provider = ServicesProvider(AppPaths(tmp_path / "data"), window)
    navigator = Navigator(QListWidget(window), QStackedWidget(window), provider, window)
    return navigator, provider


def test_pages_are_built_on_first_use_and_shown_by_key(qtbot: QtBot, tmp_path: Path) -> None:
    navigator, provider = make_navigator(qtbot, tmp_path)
    built: list[str] = []

    def factory(name: str) -> Callable[[], FakePage]:
        return lambda: built.append(name) or FakePage(name)  # type: ignore[func-returns-value]

    navigator.register("one", "One", factory("one"))
    navigator.register("two", "Two", factory("two"))
    navigator.register("zero", "Zero", factory("zero"), position=0)
    navigator.register("hidden", None, factory("hidden"), follows=False)
    assert navigator.keys() == ["zero", "one", "two"]  # "hidden" has no entry
    assert built == [] and navigator.built("one") is None

    page = navigator.show("two")
    assert built == ["two"] and navigator.stack.currentWidget() is page
    assert navigator.current_key == "two"
    assert navigator.navigation.currentItem() is navigator.item("two")  # the list follows
    assert navigator.show("two") is page and built == ["two"]  # built once

    # Before the store is open, a click in the list does nothing; after, it shows the page.
    navigator.navigation.itemClicked.emit(navigator.item("one"))
    assert navigator.current_key == "two"
    services = Services.open(AppPaths(tmp_path / "data"))
    try:
        provider.attach(services)
        navigator.navigation.itemClicked.emit(navigator.item("one"))
        assert navigator.current_key == "one" and built == ["two", "one"]
        one, two = navigator.built("one"), navigator.built("two")
        assert isinstance(one, FakePage) and isinstance(two, FakePage)
        assert isinstance(one, Page)
        assert two.calls == ["attach"] and one.calls == ["attach"]  # built after: attached then
        navigator.apply_changes(Changes(reference=True))
        navigator.cancel()
        assert one.calls == ["attach", "changes", "cancel"]  # shown: told at once
        assert two.calls == ["attach", "cancel"]  # hidden: told when shown
        navigator.apply_changes(Changes(learners=frozenset({7})))
        assert navigator.pending("two") == Changes(learners=frozenset({7}), reference=True)
        navigator.show("two")
        assert two.calls == ["attach", "cancel", "changes"] and navigator.pending("two") is None
        navigator.apply_changes(Changes(coach_day=True))
        navigator.show("one", fresh=True)  # it has just read everything: nothing to tell
        assert one.calls == ["attach", "changes", "cancel", "changes"]
        hidden = navigator.show("hidden")
        assert isinstance(hidden, FakePage) and hidden.calls == []  # follows=False
        assert navigator.current_key == "hidden"
    finally:
        services.close()


def test_a_key_is_registered_once(qtbot: QtBot, tmp_path: Path) -> None:
    navigator, _ = make_navigator(qtbot, tmp_path)
    navigator.register("one", "One", lambda: FakePage("one"))
    try:
        navigator.register("one", "Again", lambda: FakePage("again"))
    except ValueError as exc:
        assert "one" in str(exc)
    else:
        raise AssertionError("a second page under the same key was accepted")


def test_ctrl_1_to_4_show_the_pages_in_list_order(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    LearnerService(store.database).create(
        LearnerDraft(given_name="Åsa", family_name="Berg", personnummer="19900101-9802")
    )
    store.database.dispose()
    window = make_window(paths)
    navigator = window.navigator
    assert navigator.keys() == [
        "today",
        "caseload",
        "services",
        "statistics",
        "offerings",
        "course-demand",
    ]
    assert [a.shortcut().toString() for a in navigator.shortcuts] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
    ]
    assert navigator.current_key == "today"  # the start page once there are learners
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert navigator.current_key == "caseload" and window.pages.currentWidget() is window.caseload
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert navigator.current_key == "services"
    assert window.coach_day.services is window.pages.currentWidget()
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.coach_day.today
    assert window.navigation.currentItem() is window.coach_day.today_item


def test_the_first_four_entries_name_their_shortcut(
    qtbot: QtBot, tmp_path: Path, make_window: Callable[[AppPaths], MainWindow]
) -> None:
    window = make_window(AppPaths(tmp_path / "data"))
    tips = [window.navigation.item(row).toolTip() for row in range(window.navigation.count())]
    assert tips[:4] == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    assert all(tip == "" for tip in tips[4:])
