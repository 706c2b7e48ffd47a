"""The main window's frame: the navigation list beside the page stack, the demo banner on
top, and the Quit shortcut. Only widgets; what they show is the navigator's business."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QListWidget, QSplitter, QStackedWidget, QVBoxLayout, QWidget


def navigation_list(parent: QWidget) -> QListWidget:
    navigation = QListWidget(parent)
    navigation.setObjectName("navigation")
    navigation.setAccessibleName(QCoreApplication.translate("MainWindow", "Navigation"))
    navigation.setMaximumWidth(NAVIGATION_MAX_WIDTH)
    navigation.setMinimumWidth(NAVIGATION_MIN_WIDTH)
    navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Room around each entry: a target that is easy to hit and to read.
    navigation.setStyleSheet("QListWidget#navigation::item { padding: 6px 8px; }")
    model = navigation.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged):
        signal.connect(lambda *_: fit_navigation(navigation))
    return navigation


NAVIGATION_MIN_WIDTH, NAVIGATION_MAX_WIDTH = 120, 260
NAVIGATION_ITEM_PADDING = 2 * 8  # the style sheet's padding, left and right


def fit_navigation(navigation: QListWidget) -> None:
    """Never narrower than the widest entry ("Lärcentrumtjänster", "Idag (12)"): a page that
    asks for more room must not squeeze the list until its entries are cut."""
    metrics = navigation.fontMetrics()
    widest = max(
        (
            metrics.horizontalAdvance(navigation.item(row).text())
            for row in range(navigation.count())
        ),
        default=0,
    )
    needed = widest + NAVIGATION_ITEM_PADDING + 2 * navigation.frameWidth() + 8
    navigation.setMinimumWidth(min(NAVIGATION_MAX_WIDTH, max(NAVIGATION_MIN_WIDTH, needed)))


def central_widget(
    parent: QWidget, banner: QWidget, navigation: QListWidget, pages: QStackedWidget
) -> QWidget:
    """The banner above a splitter of the list (narrow) and the pages (the rest)."""
    splitter = QSplitter(parent)
    splitter.addWidget(navigation)
    splitter.addWidget(pages)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([170, 1000])
    splitter.setChildrenCollapsible(False)
    central = QWidget(parent)
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(splitter, 1)
    return central


def quit_shortcuts() -> list[QKeySequence]:
    """The platform's Quit keys, or Ctrl+Q where the platform has none."""
    if QKeySequence.keyBindings(QKeySequence.StandardKey.Quit):
        return [QKeySequence(QKeySequence.StandardKey.Quit)]
    return [QKeySequence("Ctrl+Q")]


TITLE_BAR = 40  # what a window manager's frame takes above a window, at most


def available_room(widget: QWidget) -> QSize | None:
    """The room the widget's screen leaves windows (less the task bar); None: no screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry().size()


def fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width``×``height``, made smaller where the screen has less room (a laptop's
    1366×768 less its task bar): a dialog opens with everything on the screen."""
    room = available_room(widget)
    if room is None:
        return QSize(width, height)
    return QSize(min(width, room.width()), min(height, room.height() - TITLE_BAR))
