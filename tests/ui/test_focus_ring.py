"""The keyboard focus is visible: a ring in the highlight colour around the focused widget,
following the focus from widget to widget (Tab), on the Fusion style too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from larsam_desktop.paths import AppPaths
from larsam_desktop.ui.focus_ring import FocusRing, ring_geometry
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]


def test_the_focused_widget_has_a_ring_that_follows_tab(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ring = FocusRing.install(app)
    assert FocusRing.install(app) is ring  # once per application
    window = make_window(AppPaths(tmp_path / "data"))
    window.resize(1366, 768)
    # On this empty folder the window shows its welcome page once the store is open, and
    # that page takes the focus: let it, then go to the caseload.
    qtbot.waitUntil(lambda: window.has_session and window.navigator.current_key == "welcome")
    qtbot.wait(200)
    window.navigator.show("caseload")
    search = window.caseload.search
    search.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(search.hasFocus)
    QCoreApplication.processEvents()
    overlay = ring.overlay_for(window)
    assert overlay is not None and overlay.isVisible()
    assert overlay.geometry() == ring_geometry(search)

    image = window.grab().toImage()
    edge = overlay.geometry()
    colour = image.pixelColor(edge.center().x(), edge.top() + 1)
    highlight = overlay.palette().color(QPalette.ColorRole.Highlight)
    assert abs(colour.red() - highlight.red()) < 40
    assert abs(colour.blue() - highlight.blue()) < 40

    QTest.keyClick(search, Qt.Key.Key_Tab)  # on to the next widget: the ring goes with it
    QCoreApplication.processEvents()
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not search
    assert overlay.isVisible() and overlay.geometry() != ring_geometry(search)
    assert overlay.geometry() == ring_geometry(focused)


def test_the_ring_follows_when_a_layout_moves_the_widgets_panel(qtbot: QtBot) -> None:
    """An ancestor moves (a splitter dragged, the window grown): the focused widget gets no
    Move event of its own, and the ring must still go with it."""
    from PySide6.QtWidgets import QLineEdit, QSplitter, QVBoxLayout, QWidget

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ring = FocusRing.install(app)
    window = QWidget()
    qtbot.addWidget(window)
    splitter = QSplitter(window)
    left, right = QWidget(splitter), QWidget(splitter)
    splitter.addWidget(left)
    splitter.addWidget(right)
    field = QLineEdit(right)
    field.setFixedWidth(120)  # the panel may change; the field keeps its size and place in it
    QVBoxLayout(right).addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
    QVBoxLayout(window).addWidget(splitter)
    window.resize(600, 200)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    overlay = ring.overlay_for(window)
    assert overlay is not None and overlay.geometry() == ring_geometry(field)
    before = ring_geometry(field)
    splitter.setSizes([400, 200])  # the panel moves right; the field keeps its own place
    QCoreApplication.processEvents()
    assert ring_geometry(field) != before
    assert overlay.geometry() == ring_geometry(field)
