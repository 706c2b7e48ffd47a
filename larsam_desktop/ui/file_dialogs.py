"""Every save, open and folder dialog starts in the user's documents folder, then in the
folder last chosen (remembered in the window's settings across restarts) — never in the
hidden data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from larsam_desktop.ui.settings import UiSettings

LAST_FOLDER = "files/last_folder"
_state: dict[str, object] = {"settings": None, "last": ""}


def remember_folders_in(settings: UiSettings | None) -> None:
    """Keep the last folder in ``settings`` (the window's); None: for this run only."""
    _state["settings"] = settings
    _state["last"] = str(settings.get(LAST_FOLDER)) if settings is not None else ""


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder() -> Path:
    last = str(_state["last"] or "")
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def _remember(folder: Path) -> None:
    _state["last"] = str(folder)
    settings = _state["settings"]
    if isinstance(settings, UiSettings):
        settings.set(LAST_FOLDER, str(folder))


def save_file(parent: QWidget | None, caption: str, name: str, filters: str) -> Path | None:
    """A file to write, suggested as ``name`` in the start folder; None if cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(start_folder() / Path(name).name), filters
    )
    if not chosen:
        return None
    _remember(Path(chosen).parent)
    return Path(chosen)


def open_file(parent: QWidget | None, caption: str, filters: str) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(parent, caption, str(start_folder()), filters)
    if not chosen:
        return None
    _remember(Path(chosen).parent)
    return Path(chosen)


def existing_folder(parent: QWidget | None, caption: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(start_folder()))
    if not chosen:
        return None
    _remember(Path(chosen))
    return Path(chosen)
