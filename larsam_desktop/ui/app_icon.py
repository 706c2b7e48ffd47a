"""The program's icon (resources/icons: an SVG and PNG sizes rendered from it)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from larsam_desktop.paths import resources_dir

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every PNG size, so each platform picks a sharp one (no SVG plugin needed)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in SIZES:
        path = folder / f"larsam-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon
