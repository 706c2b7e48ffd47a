"""UI state that survives a restart (geometry, columns, sort), in the settings folder.

Every key is declared once here with its default, so no page invents its own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from larsam_desktop.paths import AppPaths

DEFAULTS: dict[str, Any] = {
    "main_window/geometry": QByteArray(),
    "main_window/state": QByteArray(),
    "caseload/header": QByteArray(),
    "caseload/sort_column": "name",
    "caseload/sort_descending": False,
    "app/language": "",  # "" follows the system; "sv" or "en" (ui/i18n.py), read at start
    "files/last_folder": "",  # where the last save/open dialog ended (ui/file_dialogs.py)
    "learners/recent": "",  # JSON [[id, name], …], newest first (ui/recent_learners.py)
}


class UiSettings:
    def __init__(self, paths: AppPaths) -> None:
        # An INI file in the data folder: tests and a moved data folder never share state
        # with the user's real settings.
        self._settings = QSettings(str(paths.ui_settings), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._settings.value(key, default)
        if isinstance(default, bool) and isinstance(value, str):
            return value.lower() == "true"
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
