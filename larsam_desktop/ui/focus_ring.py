"""A visible keyboard-focus indicator for every widget, whatever the style.

Fusion shows focus as a faint change of a frame's colour, which a coach working from the
keyboard cannot follow. ``FocusRing`` draws a 2-pixel ring in the palette's highlight colour
around the widget that has the focus: one transparent overlay per window (a child of the
window, so it goes with it), over everything, never taking a mouse click. It follows the
focus (``QApplication.focusChanged``), the focused widget's moves, resizes and hiding, and
those of its ancestors (a layout that moves a whole panel).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

_MOVES = (QEvent.Type.Move, QEvent.Type.Resize)
_FOLLOWED = (*_MOVES, QEvent.Type.Show, QEvent.Type.Hide)
RING = 2  # pixels
GAP = 1  # between the widget and the ring


class _Overlay(QWidget):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING)
        painter.setPen(pen)
        half = RING / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)


class FocusRing(QObject):
    """Installed once per application (``install``)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._overlays: dict[int, _Overlay] = {}
        self._watched: QWidget | None = None
        self._chain: list[QWidget] = []  # the focused widget and its ancestors, watched
        app.focusChanged.connect(self._focus_changed)

    @classmethod
    def install(cls, app: QApplication) -> FocusRing:
        existing = app.findChild(FocusRing)
        return existing if isinstance(existing, FocusRing) else cls(app)

    def overlay_for(self, window: QWidget) -> _Overlay | None:
        overlay = self._overlays.get(id(window))
        if overlay is None or not isValid(overlay) or overlay.parentWidget() is not window:
            return None  # id() of a window closed since may be reused by a new one
        return overlay

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        for watched in self._chain:
            if isValid(watched):
                watched.removeEventFilter(self)
        self._watched, self._chain = None, []
        for overlay in list(self._overlays.values()):
            if isValid(overlay):
                overlay.hide()
        if new is None or not isValid(new) or new.isWindow():
            return
        self._watched = new
        # The widget and every ancestor below the window: when a layout moves an ancestor
        # (the window grows, a splitter is dragged, a page scrolls) the widget itself gets
        # no Move event, yet its place in the window changed.
        widget: QWidget | None = new
        while widget is not None and not widget.isWindow():
            widget.installEventFilter(self)
            self._chain.append(widget)
            widget = widget.parentWidget()
        self._place(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._watched is not None
            and event.type() in _FOLLOWED
            and (watched is self._watched or event.type() in _MOVES)
            and isValid(self._watched)
        ):
            self._place(self._watched)
        return False

    def _place(self, widget: QWidget) -> None:
        window = widget.window()
        overlay = self.overlay_for(window)
        if overlay is None:
            overlay = _Overlay(window)
            self._overlays = {k: v for k, v in self._overlays.items() if isValid(v)}
            self._overlays[id(window)] = overlay
        visible = widget.visibleRegion().boundingRect()
        if not widget.isVisible() or visible.isEmpty():
            overlay.hide()
            return
        top_left = widget.mapTo(window, visible.topLeft())
        margin = RING + GAP
        overlay.setGeometry(
            QRect(top_left, visible.size()).adjusted(-margin, -margin, margin, margin)
        )
        overlay.raise_()
        overlay.show()
        overlay.update()


def ring_geometry(widget: QWidget) -> QRect:
    """Where the ring around ``widget`` is drawn, in its window's coordinates (tests)."""
    margin = RING + GAP
    top_left = widget.mapTo(widget.window(), QPoint(0, 0))
    return QRect(top_left, widget.size()).adjusted(-margin, -margin, margin, margin)
