"""Render the icon set from ``resources/icons/larsam.svg`` (run after editing the SVG).

    .venv/bin/python packaging/render_icons.py

Writes ``larsam-<size>.png`` for 16–512 px with Qt's SVG renderer, and ``larsam.ico``
(Windows) and ``larsam.icns`` (macOS) from those PNGs with Pillow. The outputs are committed,
so a build needs neither step.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage text/SVG need an application)
    svg = ICONS / "larsam.svg"
    for size in SIZES:
        render_png(svg, size, ICONS / f"larsam-{size}.png")
    largest = Image.open(ICONS / "larsam-512.png")
    largest.save(ICONS / "larsam.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(ICONS / "larsam.icns")
    print(f"wrote {len(SIZES)} PNGs, larsam.ico and larsam.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
