"""Every file location the app uses, in one place.

Nothing is created at import time. The data folder comes from ``--data-dir``, else
``LARSAM_DATA_DIR``, else platformdirs' user data folder; it is created 0700 and the
database file is kept 0600. With the default data folder, preferences and window settings
live in the platform's configuration folder and logs in its log (state) folder
(``app_paths``); preferences.ini and ui-settings.ini found in the data folder from an
earlier version are moved there once. A data folder that was named (``--data-dir``,
``LARSAM_DATA_DIR``: tests, a portable install, the demo) keeps everything inside it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "LARSAM_DATA_DIR"
DATABASE_FILENAME = "larsam.sqlite3"
_APP_DIR_NAME = "LarSam"
_APP_AUTHOR = "LarSam"


SETTINGS_FILES = ("preferences.ini", "ui-settings.ini")


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    config_dir: Path | None = None  # None: the data folder
    log_dir: Path | None = None  # None: data folder/logs

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.log_dir or self.data_dir / "logs"

    @property
    def settings_dir(self) -> Path:
        return self.config_dir or self.data_dir

    @property
    def ui_settings(self) -> Path:
        return self.settings_dir / "ui-settings.ini"

    @property
    def preferences(self) -> Path:
        """Choices the window and the command line share (current coach, thresholds)."""
        return self.settings_dir / "preferences.ini"

    @property
    def demo(self) -> AppPaths:
        """The separate data folder that "Try with demo data" opens."""
        return AppPaths(self.data_dir / "demo")

    def ensure(self) -> None:
        """Create the data folder (0700) if needed and tighten its permissions; the same for
        the configuration folder, moving settings an earlier version kept with the data."""
        ensure_private_dir(self.data_dir)
        if self.config_dir is not None and self.config_dir != self.data_dir:
            ensure_private_dir(self.config_dir)
            for name in SETTINGS_FILES:
                move_once(self.data_dir / name, self.config_dir / name)


def move_once(old: Path, new: Path) -> None:
    """Move ``old`` to ``new`` unless ``new`` exists (then ``old`` stays, untouched)."""
    if not old.is_file() or new.exists():
        return
    try:
        old.replace(new)
    except OSError:  # another file system: copy, then remove the old copy
        import shutil

        shutil.copy2(old, new)
        old.unlink()


def app_paths(explicit: str | os.PathLike[str] | None = None) -> AppPaths:
    """The program's paths: everything in a named data folder, else the platform's folders."""
    if explicit or os.environ.get(DATA_DIR_ENV):
        return AppPaths(resolve_data_dir(explicit))
    return AppPaths(
        resolve_data_dir(),
        config_dir=user_config_dir(),
        log_dir=Path(platformdirs.user_log_dir(_APP_DIR_NAME, _APP_AUTHOR)),
    )


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(_APP_DIR_NAME, _APP_AUTHOR, roaming=False))


def user_config_dir() -> Path:
    """The per-user configuration folder (platformdirs); not created here.

    Holds what must stay outside the data folder: the audit log's key files (where the OS
    keyring is not available) and the anchors of shared-server audit logs.
    """
    return Path(platformdirs.user_config_dir(_APP_DIR_NAME, _APP_AUTHOR, roaming=False))


def ensure_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)


def make_private_file(path: Path) -> None:
    if os.name == "posix" and path.exists():
        path.chmod(0o600)


def resources_dir() -> Path:
    """``resources/``: beside the package in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
