"""Run something in the event-loop pass after a widget's next paint.

What the call then changes is painted in a frame of its own: the courses panel shows a
saved record first and publishes it (the other panels evaluate and repaint) only once its
table has painted the record, so no single stretch of GUI-thread work holds the whole
update (issue 18; ``benchmarks/grade_entry.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FRAME_MS = 16  # the longest the call waits for the paint (a hidden widget paints none)


def after_paint(
    widget: QWidget,
    call: Callable[[], None],
    *,
    fallback_ms: int = FRAME_MS,
    request_paint: bool = True,
    event: QEvent.Type = QEvent.Type.Paint,
) -> None:
    """Run ``call`` once, in the event-loop pass after ``widget``'s next paint (or after
    ``fallback_ms`` when none comes): what follows is then painted in a frame of its own.

    ``request_paint`` asks for that paint; ``event`` is what announces it: a top-level
    window is painted while its ``UpdateRequest`` is handled, a child widget on ``Paint``.
    """
    watcher = _PaintWatcher(widget, call, event)
    widget.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, watcher, watcher.fire)
    if request_paint:
        widget.update()


class _PaintWatcher(QObject):
    def __init__(self, widget: QWidget, call: Callable[[], None], event: QEvent.Type) -> None:
        super().__init__(widget)
        self._call: Callable[[], None] | None = call
        self._event = event

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self._event and self._call is not None:
            QTimer.singleShot(0, self, self.fire)  # after this paint, in the next pass
        return False

    def fire(self) -> None:
        call, self._call = self._call, None
        if call is None:
            return
        parent = self.parent()
        if isinstance(parent, QObject):
            parent.removeEventFilter(self)
        self.deleteLater()
        call()
