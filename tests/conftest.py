"""Shared fixtures. Qt runs offscreen; no test touches the user's real folders.

Storage and service tests that take the ``database_url`` fixture run on a real SQLite
file and, when ``LARSAM_TEST_DATABASE_URL`` names a PostgreSQL server, on that too.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: without a display QApplication would abort the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Point every per-user folder at a throwaway place, so platformdirs never finds real ones.
_SANDBOX = Path(tempfile.mkdtemp(prefix="larsam-tests-home-"))
for variable in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_SANDBOX / variable.lower())
os.environ.pop("LARSAM_DATA_DIR", None)
# Never the user's real keyring (the audit key then goes to a file in the sandbox).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from larsam_desktop.paths import AppPaths  # noqa: E402
from larsam_desktop.services.store import OpenedStore, open_store  # noqa: E402

POSTGRES_ENV = "LARSAM_TEST_DATABASE_URL"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str | None]:
    """A private database on the configured server for this test run, dropped at the end."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        yield None
        return
    name = f"larsam_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _reset_postgres(url: str) -> None:
    from larsam_desktop.storage.audit_anchor import forget_server_anchor

    forget_server_anchor(url)  # a new database: this computer's anchor of the old one goes
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _backends() -> list[object]:
    params: list[object] = ["sqlite"]
    params.append(pytest.param("postgresql", marks=pytest.mark.postgres))
    return params


@pytest.fixture(params=_backends())
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_server_url: str | None
) -> str | None:
    """None for the local SQLite file in ``tmp_path``; a fresh PostgreSQL database otherwise."""
    if request.param == "sqlite":
        return None
    if postgres_server_url is None:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server for this run")
    _reset_postgres(postgres_server_url)
    return postgres_server_url


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


@pytest.fixture
def store(paths: AppPaths, database_url: str | None) -> Iterator[OpenedStore]:
    opened = open_store(paths, database_url)
    yield opened
    opened.database.dispose()


@pytest.fixture
def sqlite_store(paths: AppPaths) -> Iterator[OpenedStore]:
    opened = open_store(paths)
    yield opened
    opened.database.dispose()
