"""Which server to connect to: a connection profile, ``$LARSAM_DATABASE_URL`` or the file.

The order: ``--database-url``, then ``$LARSAM_DATABASE_URL``, then the profile
``larsam.ini`` (the municipality's system file, then the user's own, key by key), else
the local file. The user's own file saying ``use = local`` (File → "Use the local file")
means the local file; choosing a server in the connect dialog writes the server instead.
A profile names the server, never a password::

    [server]
    host = larsam-db.kommun.se
    database = larsam
    user = karin
    sslmode = verify-full
    sslrootcert = /etc/ssl/certs/kommun-ca.pem

A profile with a host other than this computer defaults to ``sslmode=verify-full``. The
password comes from the OS keyring ("remember the password" in the connect dialog), else
libpq reads its pgpass file; it is never put on a command line or shown in an address.
"""

from __future__ import annotations

import configparser
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from larsam_desktop.paths import AppPaths

if TYPE_CHECKING:
    from larsam_desktop.services.startup import FirstScreen

log = logging.getLogger(__name__)
DATABASE_URL_ENV = "LARSAM_DATABASE_URL"
PROFILE_NAME = "larsam.ini"
KEYRING_SERVICE = "LarSam Desktop"
_LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")
# The user's own profile may say ``use = local``: File → "Use the local file" chose the
# data folder's file over the server the profiles name (until a server is chosen again).
USE_KEY, USE_LOCAL = "use", "local"


@dataclass(frozen=True, slots=True)
class ConnectionProfile:
    host: str
    database: str
    user: str
    port: int = 5432
    sslmode: str = ""
    sslrootcert: str = ""

    @property
    def keyring_name(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy address; with a password only for the program's own use. Written
        as SQLAlchemy's ``URL.render_as_string`` writes it, without importing SQLAlchemy
        before the window's first paint (tests/storage/test_team_first_screen.py)."""
        from urllib.parse import quote, quote_plus

        address = "postgresql+psycopg://"
        if self.user:
            address += quote(self.user, safe=" +")
            if password:
                address += ":" + quote(password, safe=" +")
            address += "@"
        if self.host:
            address += f"[{self.host}]" if ":" in self.host else self.host
        address += f":{self.port}/" + quote(self.database, safe=" +/")
        query = {"sslmode": self.sslmode, "sslrootcert": self.sslrootcert}
        pairs = [f"{quote_plus(k)}={quote_plus(v)}" for k, v in sorted(query.items()) if v]
        return address + ("?" + "&".join(pairs) if pairs else "")


def system_profile_dirs() -> list[Path]:
    """Where a municipality's IT puts the profile for every user of a computer."""
    if sys.platform == "win32":
        return [Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "LarSam"]
    dirs = os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
    return [Path(d) / "LarSam" for d in reversed(dirs.split(":")) if d]


def read_profile(
    paths: AppPaths,
    system_dirs: Sequence[Path] | None = None,
    *,
    include_local_choice: bool = True,
) -> ConnectionProfile | None:
    """The merged profile (system files first, the user's own last), or None: also when
    the user chose "Use the local file" (``use = local``), unless ``include_local_choice``
    is False (then the server the profile names, to fill in the connect dialog)."""
    parser = configparser.ConfigParser(interpolation=None)
    files = [
        d / PROFILE_NAME for d in (system_profile_dirs() if system_dirs is None else system_dirs)
    ]
    files.append(paths.settings_dir / PROFILE_NAME)
    read = parser.read([f for f in files if f.is_file()], encoding="utf-8")
    if not read or not parser.has_section("server"):
        return None
    section = parser["server"]
    if include_local_choice and section.get(USE_KEY, "").strip().lower() == USE_LOCAL:
        return None
    if not section.get("host", "").strip() and not section.get("database", "").strip():
        return None
    return profile_from(section)


def profile_from(values: Mapping[str, str]) -> ConnectionProfile:
    host = values.get("host", "").strip()
    try:
        port = int(values.get("port", "5432") or 5432)
    except ValueError:
        port = 5432
    sslmode = values.get("sslmode", "").strip()
    if not sslmode and host not in _LOCAL_HOSTS:
        sslmode = "verify-full"
    return ConnectionProfile(
        host=host,
        database=values.get("database", "larsam").strip() or "larsam",
        user=values.get("user", "").strip() or _login_name(),
        port=port,
        sslmode=sslmode,
        sslrootcert=values.get("sslrootcert", "").strip(),
    )


def profile_of_url(url: str) -> ConnectionProfile:
    """The profile a server address names (its password is not kept)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return ConnectionProfile(
        host=parsed.host or "",
        database=parsed.database or "larsam",
        user=parsed.username or "",
        port=parsed.port or 5432,
        sslmode=str(parsed.query.get("sslmode", "")),
        sslrootcert=str(parsed.query.get("sslrootcert", "")),
    )


def resolve_database_url(
    explicit: str | None, paths: AppPaths, *, environ: Mapping[str, str] | None = None
) -> str | None:
    """The server to use, or None for the local file (see the module's docstring)."""
    if explicit:
        return explicit
    from_env = (os.environ if environ is None else environ).get(DATABASE_URL_ENV, "").strip()
    if from_env:
        return from_env
    profile = read_profile(paths)
    if profile is None:
        return None
    return profile.url(stored_password(profile))


def stored_password(profile: ConnectionProfile) -> str | None:
    """The password "remember the password" kept in the OS keyring, or None (then libpq's
    pgpass file is used, if any)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, profile.keyring_name)
        except KeyringError:
            return None
    except Exception:
        log.info("no OS keyring available; libpq's pgpass file is used")
        return None


def remember_password(profile: ConnectionProfile, password: str | None) -> bool:
    """Store (or with None forget) the password in the OS keyring; False without one."""
    try:
        import keyring

        if password:
            keyring.set_password(KEYRING_SERVICE, profile.keyring_name, password)
        else:
            keyring.delete_password(KEYRING_SERVICE, profile.keyring_name)
    except Exception:
        return False
    return True


def save_user_profile(paths: AppPaths, profile: ConnectionProfile) -> Path:
    """Write the user's own profile (server, database, user: never a password)."""
    from larsam_desktop.paths import ensure_private_dir

    ensure_private_dir(paths.settings_dir)
    parser = configparser.ConfigParser(interpolation=None)
    parser["server"] = {
        "host": profile.host,
        "port": str(profile.port),
        "database": profile.database,
        "user": profile.user,
        **({"sslmode": profile.sslmode} if profile.sslmode else {}),
        **({"sslrootcert": profile.sslrootcert} if profile.sslrootcert else {}),
    }
    target = paths.settings_dir / PROFILE_NAME
    with target.open("w", encoding="utf-8") as handle:
        parser.write(handle)
    return target


def remember_local_file(paths: AppPaths) -> Path:
    """Remember "Use the local file" in the user's own profile, keeping the server it
    names (for the connect dialog): the program then starts on the local file."""
    from larsam_desktop.paths import ensure_private_dir

    ensure_private_dir(paths.settings_dir)
    target = paths.settings_dir / PROFILE_NAME
    parser = configparser.ConfigParser(interpolation=None)
    if target.is_file():
        parser.read(target, encoding="utf-8")
    if not parser.has_section("server"):
        parser["server"] = {}
    parser["server"][USE_KEY] = USE_LOCAL
    with target.open("w", encoding="utf-8") as handle:
        parser.write(handle)
    return target


def first_screen_from_server(
    url: str, *, limit: int, descending: bool = False
) -> FirstScreen | None:
    """The caseload's first screenful read from the server before the store opens (one
    psycopg query as the coach's login, no SQLAlchemy), or None (storage.server_first_screen)."""
    from larsam_desktop.storage.server_first_screen import read_server_first_screen

    return read_server_first_screen(url, limit=limit, descending=descending)


class ServerFirstScreen:
    """The server's first screen, read on a thread started before Qt is imported and the
    window built (``app.main``; the psycopg import and the round trips overlap them):
    ``result`` waits for it. Read in ascending name order; the other order is read when
    asked for."""

    WAIT_S = 4.0  # its own timeouts end it sooner (2 s to connect, 1.5 s per statement)
    ROWS = 100  # the window's first screen (ui/application.py FIRST_SCREEN_ROWS)

    def __init__(self, url: str, *, limit: int = ROWS) -> None:
        import threading

        self._url, self._limit = url, limit
        self._found: list[FirstScreen | None] = []
        self._thread = threading.Thread(
            target=lambda: self._found.append(self._read(False)),
            name="larsam-first-screen",
            daemon=True,
        )
        self._thread.start()

    def _read(self, descending: bool) -> FirstScreen | None:
        try:
            return first_screen_from_server(self._url, limit=self._limit, descending=descending)
        except Exception:  # a preview only: any doubt and the normal path runs
            log.exception("the server's first screen failed")
            return None

    def result(self, *, descending: bool) -> FirstScreen | None:
        if descending:
            return self._read(True)
        self._thread.join(self.WAIT_S)
        return self._found[0] if self._found else None


def _login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
