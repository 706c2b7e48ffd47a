"""Connection profiles (issue 16): where the server comes from, and where the password does
not go; and the calm messages for what goes wrong on the way to a server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from larsam_desktop.paths import AppPaths
from larsam_desktop.services import connection_profile as cp
from larsam_desktop.storage import server_errors


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username))


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def _write(folder: Path, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / cp.PROFILE_NAME).write_text(body, encoding="utf-8")


def test_the_users_profile_overrides_the_system_one_key_by_key(tmp_path: Path) -> None:
    system = tmp_path / "etc" / "LarSam"
    _write(
        system,
        "[server]\nhost = db.kommun.se\ndatabase = larsam\nsslrootcert = /etc/ca.pem\n",
    )
    paths = AppPaths(tmp_path / "data")
    _write(paths.settings_dir, "[server]\nuser = karin\n")
    profile = cp.read_profile(paths, system_dirs=[system])
    assert profile == cp.ConnectionProfile(
        host="db.kommun.se",
        database="larsam",
        user="karin",
        sslmode="verify-full",  # a remote host: the certificate and its name are checked
        sslrootcert="/etc/ca.pem",
    )
    url = make_url(profile.url())
    assert url.query == {"sslmode": "verify-full", "sslrootcert": "/etc/ca.pem"}
    assert url.password is None


def test_no_profile_means_the_local_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths(tmp_path / "data")
    monkeypatch.setattr(cp, "system_profile_dirs", lambda: [tmp_path / "none"])
    assert cp.read_profile(paths) is None
    assert cp.resolve_database_url(None, paths, environ={}) is None
    _write(paths.settings_dir, "[server]\n")  # a profile that names no server
    assert cp.resolve_database_url(None, paths, environ={}) is None


def test_the_option_then_the_environment_then_the_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    paths = AppPaths(tmp_path / "data")
    monkeypatch.setattr(cp, "system_profile_dirs", lambda: [tmp_path / "none"])
    _write(paths.settings_dir, "[server]\nhost = localhost\ndatabase = lc\nuser = olle\n")
    env = {cp.DATABASE_URL_ENV: "postgresql+psycopg://env@h/db"}
    assert cp.resolve_database_url("postgresql+psycopg://opt@h/db", paths, environ=env) == (
        "postgresql+psycopg://opt@h/db"
    )
    assert cp.resolve_database_url(None, paths, environ=env) == "postgresql+psycopg://env@h/db"
    from_profile = make_url(str(cp.resolve_database_url(None, paths, environ={})))
    assert (from_profile.username, from_profile.host, from_profile.database) == (
        "olle",
        "localhost",
        "lc",
    )
    assert from_profile.password is None and "sslmode" not in from_profile.query  # pgpass

    profile = cp.read_profile(paths)
    assert profile is not None
    assert cp.remember_password(profile, "hemligt")
    with_password = make_url(str(cp.resolve_database_url(None, paths, environ={})))
    assert with_password.password == "hemligt"
    assert "hemligt" not in with_password.render_as_string()  # hidden wherever it is shown
    assert cp.remember_password(profile, None)
    assert memory_keyring.stored == {}


def test_the_saved_profile_holds_no_password(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    profile = cp.ConnectionProfile(host="db.kommun.se", database="larsam", user="karin")
    written = cp.save_user_profile(paths, profile).read_text(encoding="utf-8")
    assert "karin" in written and "password" not in written
    assert cp.read_profile(paths, system_dirs=[]) == cp.profile_from(
        {"host": "db.kommun.se", "database": "larsam", "user": "karin", "port": "5432"}
    )


class _FakeServerError(Exception):
    def __init__(self, text: str, sqlstate: str | None = None) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("text", "sqlstate", "expected"),
    [
        (
            'FATAL:  password authentication failed for user "karin"',
            "28P01",
            server_errors.ServerLoginRefused,
        ),
        (
            'FATAL:  role "karin" is not permitted to log in',
            "28000",
            server_errors.ServerLoginRefused,
        ),
        (
            "server does not support SSL, but SSL was required",
            None,
            server_errors.ServerTlsRefused,
        ),
        (
            "SSL error: certificate verify failed",
            None,
            server_errors.ServerTlsRefused,
        ),
        (
            'connection to server at "10.0.0.9", port 5432 failed: Connection refused',
            None,
            server_errors.ServerUnreachable,
        ),
        ("permission denied for table learner", "42501", server_errors.PermissionMissing),
    ],
)
def test_each_server_failure_gets_its_own_calm_message(
    text: str, sqlstate: str | None, expected: type[Exception]
) -> None:
    found = server_errors.from_server(_FakeServerError(text, sqlstate))
    assert type(found) is expected
    assert found is not None and "karin" not in found.message and "10.0.0.9" not in found.message


def test_a_missing_right_names_the_right_and_the_object() -> None:
    found = server_errors.from_server(
        _FakeServerError("permission denied for table restricted_note", "42501")
    )
    assert found is not None
    assert "table restricted_note" in found.message


def test_an_unknown_scheme_is_refused_before_anything_is_opened() -> None:
    with pytest.raises(server_errors.UnknownDatabaseScheme):
        server_errors.check_url_scheme("mysql://db/larsam")
    server_errors.check_url_scheme("postgresql+psycopg://db/larsam")
    server_errors.check_url_scheme("sqlite:///tmp/x.db")
