"""PDF pages drawn by PDFium (pypdfium2) straight into QImages: the preview's and the printer's.

pypdfium2 (Apache-2.0/BSD-3-Clause, a ~4 MB wheel with PDFium inside) replaces QtPdf, which
came only with the 440 MB PySide6-Addons wheel (docs/performance.md, "Light to install").

PDFium is not thread-safe: every call into it, from any thread, holds ``_PDFIUM`` — the
preview renders on a worker lane while a printout may render on the GUI thread. A document
is opened, used and closed inside one locked call, so no finaliser ever closes one later on
another thread. pypdfium2 is imported on first use (~0.1 s of CPU), never at start.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QSizeF
from PySide6.QtGui import QImage

if TYPE_CHECKING:
    import pypdfium2  # type: ignore[import-untyped]

_PDFIUM = threading.Lock()
POINTS_PER_INCH = 72.0
# QImage's RGB32 is the native uint32 0xffRRGGBB: bytes B, G, R, x on a little-endian CPU,
# which is PDFium's BGRx. Every platform the app is built for is little-endian.
_QIMAGE_FORMAT = QImage.Format.Format_RGB32
assert sys.byteorder == "little", "PDFium's BGRx is QImage's RGB32 only on little-endian CPUs"


@contextmanager
def _document(data: bytes) -> Iterator[pypdfium2.PdfDocument]:
    """The document over ``data``, with PDFium to this thread alone until it is closed."""
    with _PDFIUM:
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
        try:
            yield document
        finally:
            document.close()


def page_sizes(data: bytes) -> list[QSizeF]:
    """Each page's size in points (1/72 inch), in order."""
    with _document(data) as document:
        return [QSizeF(*document.get_page_size(index)) for index in range(len(document))]


def render_page(
    data: bytes, index: int, size: QSize, *, top: int = 0, rows: int | None = None,
    printing: bool = False,
) -> QImage:  # fmt: skip
    """Page ``index`` drawn at ``size`` pixels (the whole page; white background), or only
    the band of ``rows`` pixel rows from row ``top`` — how a printout at the printer's
    resolution stays within a few megabytes a band. ``printing`` asks PDFium for print
    rendering (no LCD text smoothing, print-quality images)."""
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    rows = size.height() - top if rows is None else rows
    if size.width() < 1 or rows < 1 or top < 0 or top + rows > size.height():
        raise ValueError(f"no pixels to draw: {size}, rows {top}–{top + rows}")
    image = QImage(size.width(), rows, _QIMAGE_FORMAT)
    image.fill(0xFFFFFFFF)
    stride = image.bytesPerLine()
    buffer: Any = (ctypes.c_ubyte * (stride * rows)).from_buffer(image.bits())
    flags = pdfium_c.FPDF_ANNOT | (pdfium_c.FPDF_PRINTING if printing else 0)
    with _document(data) as document:
        import pypdfium2

        page = document[index]
        bitmap = pypdfium2.PdfBitmap.new_native(
            size.width(), rows, pdfium_c.FPDFBitmap_BGRx, buffer=buffer, stride=stride
        )
        try:
            # The whole page at size, shifted up by ``top``: the bitmap holds rows top…top+rows.
            pdfium_c.FPDF_RenderPageBitmap(
                bitmap, page, 0, -top, size.width(), size.height(), 0, flags
            )
        finally:
            bitmap.close()
            page.close()
    del buffer  # the QImage owns its memory again
    return image


def pixel_size(page: QSizeF, dots_per_inch: float) -> QSize:
    """A page of ``page`` points at ``dots_per_inch``, rounded to whole pixels (≥ 1)."""
    scale = dots_per_inch / POINTS_PER_INCH
    return QSize(max(1, round(page.width() * scale)), max(1, round(page.height() * scale)))
