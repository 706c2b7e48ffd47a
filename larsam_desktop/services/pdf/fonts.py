"""DejaVu Sans, shipped in ``resources/fonts/`` and embedded in every PDF.

ReportLab's own Helvetica is not embedded and lacks most letters outside Western Europe;
DejaVu Sans prints å, ä, ö and names in Latin, Greek and Cyrillic scripts.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from larsam_desktop.paths import resources_dir

REGULAR = "LarSamSans"
BOLD = "LarSamSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts(folder: Path | None = None) -> None:
    """Register the fonts with ReportLab once per process (thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        base = folder or resources_dir() / "fonts"
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(base / filename)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
