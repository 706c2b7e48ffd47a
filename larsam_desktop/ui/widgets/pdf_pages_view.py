"""A scrolling column of PDF pages, drawn by PDFium on a worker lane: the current page first.

What QPdfView did for the study plan preview, without the 440 MB PySide6-Addons wheel: pages
one under the other, fitted to the width or zoomed, Page Up / Page Down / Home / End to move
between pages (the dialog's shortcuts), Ctrl + wheel to zoom. Opening the document (reading
the page sizes) and every page picture run on the ``pdf-pages`` lane (``ui/workers.py``);
the GUI thread only lays out white pages and paints the pictures as they arrive, so the
preview opens at once and scrolls while pages are drawn. A zoom or a resize draws again at
the new size after a short pause; until then the old picture is scaled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QRect, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollArea, QWidget

from larsam_desktop.ui.widgets.pdf_pages import POINTS_PER_INCH, page_sizes, render_page
from larsam_desktop.ui.workers import BackgroundTask, TaskControl, single_lane

log = logging.getLogger(__name__)

LANE = "pdf-pages"
MARGIN = 12  # pixels around and between pages
SCREEN_DPI = 96.0  # 100 % zoom: a page at its real size on a 96-dpi screen
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
REDRAW_DELAY_MS = 120  # after the last resize or zoom step


class PdfPagesCanvas(QWidget):
    """The pages, painted at the view's layout; white until their picture arrives."""

    def __init__(self, view: PdfPagesView) -> None:
        super().__init__(view)
        self._view = view
        self.setObjectName("pdfPagesCanvas")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        border = QColor(0, 0, 0, 60)
        for index, rect in enumerate(self._view.page_rects()):
            if not rect.intersects(event.rect()):
                continue
            painter.fillRect(rect, Qt.GlobalColor.white)
            image = self._view.image(index)
            if image is not None:
                painter.drawImage(rect, image)
            elif self._view.failed(index):
                painter.drawText(
                    rect, Qt.AlignmentFlag.AlignCenter, self.tr("This page could not be drawn.")
                )
            painter.setPen(border)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()


class PdfPagesView(QScrollArea):
    """``set_document(data)``; ``opened(count)`` once the pages are known,
    ``current_page_changed(index)`` as the coach scrolls, ``zoom_changed()``."""

    opened = Signal(int)
    current_page_changed = Signal(int)
    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPagesView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self._canvas = PdfPagesCanvas(self)
        self.setWidget(self._canvas)
        self._data = b""
        self._sizes: list[QSizeF] = []  # points
        self._rects: list[QRect] = []
        self._images: dict[int, QImage] = {}
        self._failed: set[int] = set()
        self._zoom: float | None = None  # None: fit to width
        self._generation = 0  # bumped by every layout change: late pictures are dropped
        self._tasks: list[BackgroundTask] = []
        self._current = 0
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_DELAY_MS)
        self._redraw.timeout.connect(self._render_pages)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- the document ------------------------------------------------------------------------

    def set_document(self, data: bytes) -> None:
        """Show ``data``: its page sizes are read on the lane, then the pages drawn."""
        self._data = data
        self._generation += 1
        generation = self._generation
        self._start(
            partial(_read_sizes, data),
            lambda sizes: self._sizes_read(generation, sizes),
        )

    def page_count(self) -> int:
        return len(self._sizes)

    def image(self, index: int) -> QImage | None:
        return self._images.get(index)

    def failed(self, index: int) -> bool:
        return index in self._failed

    def page_rects(self) -> list[QRect]:
        """Where each page lies on the canvas, in logical pixels."""
        return self._rects

    def rendered_count(self) -> int:
        """Pages whose picture matches the current layout (the others show a scaled one)."""
        return sum(
            1
            for index, rect in enumerate(self._rects)
            if (image := self._images.get(index)) is not None and image.size() == self._pixels(rect)
        )

    # -- zoom ------------------------------------------------------------------------------

    def zoom(self) -> float:
        """The scale now: 1.0 is the page's real size on a 96-dpi screen."""
        if not self._sizes:
            return 1.0
        return self._scale() * POINTS_PER_INCH / SCREEN_DPI

    def fits_width(self) -> bool:
        return self._zoom is None

    def set_zoom(self, zoom: float | None) -> None:
        """A fixed scale (clamped to 25–400 %), or None to fit the width."""
        self._zoom = None if zoom is None else min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self._relayout()
        self.zoom_changed.emit()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    # -- pages -----------------------------------------------------------------------------

    def current_page(self) -> int:
        return self._current

    def go_to_page(self, index: int) -> None:
        if not self._rects:
            return
        index = min(max(index, 0), len(self._rects) - 1)
        self.verticalScrollBar().setValue(self._rects[index].top() - MARGIN)
        self._set_current(index)

    def next_page(self) -> None:
        self.go_to_page(self._current + 1)

    def previous_page(self) -> None:
        self.go_to_page(self._current - 1)

    def release(self) -> None:
        """Drop the pictures and any drawing not yet done (the dialog closed)."""
        self._generation += 1
        self._cancel_tasks()
        self._images.clear()

    # -- events ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._zoom is None and self._sizes:
            self._relayout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sizes and self._data:
            self.set_document(self._data)  # hidden before its pages were known
        elif self._sizes and not self._images:
            self._render_pages()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.release()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = event.angleDelta().y()
            if step > 0:
                self.zoom_in()
            elif step < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # -- inside ----------------------------------------------------------------------------

    def _scale(self) -> float:
        """Logical pixels per point."""
        if self._zoom is not None:
            return self._zoom * SCREEN_DPI / POINTS_PER_INCH
        widest = max(size.width() for size in self._sizes)
        room = self.viewport().width() - 2 * MARGIN
        return max(room, 50) / widest

    def _sizes_read(self, generation: int, sizes: list[QSizeF] | None) -> None:
        if generation != self._generation or sizes is None or not shiboken6.isValid(self):
            return
        self._sizes = sizes
        self._relayout(at_once=True)
        self.opened.emit(len(sizes))

    def _relayout(self, *, at_once: bool = False) -> None:
        if not self._sizes:
            return
        scale = self._scale()
        rects, top = [], MARGIN
        for size in self._sizes:
            width, height = round(size.width() * scale), round(size.height() * scale)
            rects.append(QRect(MARGIN, top, max(width, 1), max(height, 1)))
            top += height + MARGIN
        widest = max(rect.width() for rect in rects)
        self._rects = [QRect(MARGIN + (widest - r.width()) // 2, r.top(), r.width(), r.height())
                       for r in rects]  # fmt: skip
        self._canvas.resize(widest + 2 * MARGIN, top)
        self._canvas.update()
        self._generation += 1
        self._cancel_tasks()
        if at_once:
            self._render_pages()
        else:
            self._redraw.start()  # the old pictures, scaled, until then

    def _render_pages(self) -> None:
        """Draw every page at its on-screen size in device pixels, the current one first."""
        if not self._rects or not self.isVisible():
            return  # showEvent draws them
        self._cancel_tasks()
        generation = self._generation
        ratio = self.devicePixelRatioF()
        order = sorted(range(len(self._rects)), key=lambda i: abs(i - self._current))
        for index in order:
            pixels = self._pixels(self._rects[index])
            image = self._images.get(index)
            if image is not None and image.size() == pixels:
                continue
            self._start(
                partial(_render, self._data, index, pixels, ratio),
                partial(self._rendered, generation, index),
                on_failure=partial(self._render_failed, generation, index),
            )

    def _pixels(self, rect: QRect) -> QSize:
        """A page's picture size in device pixels (sharp on a high-density screen)."""
        ratio = self.devicePixelRatioF()
        return QSize(round(rect.width() * ratio), round(rect.height() * ratio))

    def _rendered(self, generation: int, index: int, image: QImage | None) -> None:
        if generation != self._generation or image is None or not shiboken6.isValid(self):
            return  # a later layout, a cancelled task, or the dialog deleted meanwhile
        self._images[index] = image
        self._failed.discard(index)
        self._canvas.update(self._rects[index])

    def _render_failed(self, generation: int, index: int, error: BaseException) -> None:
        log.error("page %d of a PDF could not be drawn", index + 1, exc_info=error)
        if generation == self._generation and shiboken6.isValid(self):
            self._failed.add(index)
            self._canvas.update(self._rects[index])

    def _start(
        self,
        function: Callable[[TaskControl], object],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        task = BackgroundTask(
            function,
            on_success=on_success,
            on_failure=on_failure or self._open_failed,
            pool=single_lane(LANE),
        )
        self._tasks.append(task)  # cancelled (and forgotten) at the next layout

    def _open_failed(self, error: BaseException) -> None:
        log.error("a PDF could not be opened for the preview", exc_info=error)
        self.opened.emit(0)

    def _cancel_tasks(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._tasks.clear()

    def _scrolled(self, value: int) -> None:
        middle = value + self.viewport().height() // 2
        current = 0
        for index, rect in enumerate(self._rects):
            if rect.top() - MARGIN <= middle:
                current = index
        self._set_current(current)

    def _set_current(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.current_page_changed.emit(index)


def _read_sizes(data: bytes, control: TaskControl) -> list[QSizeF] | None:
    return None if control.cancelled else page_sizes(data)


def _render(
    data: bytes, index: int, pixels: QSize, ratio: float, control: TaskControl
) -> QImage | None:
    """On the lane: None when the layout changed before this page's turn came."""
    if control.cancelled:
        return None
    image = render_page(data, index, pixels)
    image.setDevicePixelRatio(ratio)
    return image
