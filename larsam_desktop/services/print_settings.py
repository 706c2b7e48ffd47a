"""The lärcentrum's name, address and logo for printed plans: a JSON file in the data folder.

Kept out of Qt's settings so the command line prints the same header as the window.
Each setting is declared once (``SETTINGS``) with its default and label.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from larsam_desktop.paths import AppPaths, ensure_private_dir
from larsam_desktop.storage.atomic_file import write_atomically

FILENAME = "print-settings.json"


@dataclass(frozen=True, slots=True)
class PrintSettings:
    centre_name: str = ""
    centre_address: str = ""  # lines separated by newlines
    logo_path: str = ""  # a PNG or JPEG file; empty for none

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.centre_address.splitlines() if line.strip()]


# (name, label): the labels are English; the window translates them.
SETTINGS = (
    ("centre_name", "Lärcentrum name"),
    ("centre_address", "Address"),
    ("logo_path", "Logo (PNG or JPEG)"),
)


def settings_file(paths: AppPaths) -> Path:
    return paths.data_dir / FILENAME


def load_print_settings(paths: AppPaths) -> PrintSettings:
    """The saved settings; the defaults when there is no file or it cannot be read."""
    try:
        data = json.loads(settings_file(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return PrintSettings()
    if not isinstance(data, dict):
        return PrintSettings()
    return PrintSettings(**{name: str(data.get(name) or "") for name, _label in SETTINGS})


def save_print_settings(paths: AppPaths, settings: PrintSettings) -> None:
    """Write atomically (a temporary file renamed over the old one); raises ``OSError``."""
    ensure_private_dir(paths.data_dir)
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2)
    write_atomically(settings_file(paths), text)
