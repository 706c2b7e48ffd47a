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
from store_templates import reset_postgres_rows, seed_sqlite, snapshot_postgres  # noqa: E402

from larsam_desktop.paths import AppPaths  # noqa: E402
from larsam_desktop.services.store import OpenedStore, open_store  # noqa: E402

POSTGRES_ENV = "LARSAM_TEST_DATABASE_URL"


# Marks of tests that take seconds each, with a rough weight (the frozen bundle built;
# processes raced; integer programs solved; processes killed): modules are collected
# heaviest first.
HEAVY_MARKS = {"slow": 20, "race": 10, "heavy": 5, "crash": 2}


# Files whose tests prove what a document or an export looks like (PDF/A, fonts, page
# breaks, wording, one language, what LibreOffice reads back): the backend only supplies
# the rows, and reading those rows from PostgreSQL is proved by the services' own tests on
# both backends (test_plans, test_statistics, test_caseload…). Their PostgreSQL variants are
# left out, except the ones named in POSTGRES_KEPT (a document printed from the server's
# rows at all). The same test on SQLite still runs.
DOCUMENT_ONLY = (
    "tests/services/test_plan_pdf.py::",
    "tests/services/test_plan_pdf_language.py::",
    "tests/services/test_plan_check_wording.py::",
    "tests/services/test_pdf_archival.py::",
    "tests/services/test_statistics_language.py::",
    "tests/services/test_libreoffice_roundtrip.py::",
)
POSTGRES_KEPT = (
    "tests/services/test_plan_pdf.py::test_the_plan_reads_back_with_its_content_and_embedded_fonts",
    "tests/services/test_plan_pdf.py::test_a_batch_writes_one_file_per_learner_without_personnummer",
    "tests/services/test_statistics_language.py::test_same_figures_in_both_languages_and_byte_identical_for_one",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
    left_out = [item for item in items if _document_only_on_postgres(item)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not _document_only_on_postgres(item)]
    _heavy_modules_first(items)


def _document_only_on_postgres(item: pytest.Item) -> bool:
    callspec = getattr(item, "callspec", None)
    if callspec is None or callspec.params.get("backend") != "postgresql":
        return False
    node = item.nodeid.replace(os.sep, "/")
    return node.startswith(DOCUMENT_ONLY) and node.split("[", 1)[0] not in POSTGRES_KEPT


def _heavy_modules_first(items: list[pytest.Item]) -> None:
    """Put the modules holding heavy tests first, each module's tests kept together and in
    their order. With ``make test`` (pytest-xdist, ``--dist loadfile``) each worker then
    starts on a long module and the short ones fill in around them, instead of one long
    module arriving last and running alone; a serial run only sees another module order."""
    heavy: dict[Path, int] = {}
    for item in items:
        weight = max(
            (w for mark, w in HEAVY_MARKS.items() if item.get_closest_marker(mark) is not None),
            default=0,
        )
        heavy[item.path] = heavy.get(item.path, 0) + weight
    first_seen = {path: position for position, path in enumerate(dict.fromkeys(heavy))}
    items.sort(key=lambda item: (-heavy[item.path], first_seen[item.path]))  # stable


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str | None]:
    """A private database on the configured server for this test run (for this worker under
    pytest-xdist), dropped at the end."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        yield None
        return
    name = f"larsam_test_{_worker()}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _worker() -> str:
    """``gw0``, ``gw1``, … under pytest-xdist (``make test``), ``main`` in a serial run: each
    worker has its own database (and team-mode roles, tests/team_server.py), so workers never
    share a schema, a row or an advisory lock."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


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
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: what ``database_url`` and ``store`` run on."""
    return str(request.param)


@pytest.fixture
def database_url(backend: str, postgres_server_url: str | None) -> str | None:
    """None for the local SQLite file in ``tmp_path``; an empty PostgreSQL database otherwise."""
    if backend == "sqlite":
        return None
    if postgres_server_url is None:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server for this run")
    _reset_postgres(postgres_server_url)
    return postgres_server_url


@pytest.fixture
def fresh_database_url(request: pytest.FixtureRequest, backend: str, paths: AppPaths) -> str | None:
    """What ``store`` opens, left closed, for tests that open it themselves or run the
    command line on it: None with the template database put into ``paths`` (SQLite), or the
    server's database holding a fresh store's rows. Not an empty database: tests about
    creating one (tests/storage/test_migrations.py) take ``database_url``."""
    if backend == "sqlite":
        seed_sqlite(paths)
        return None
    return str(request.getfixturevalue("database_url_with_fresh_rows"))


@pytest.fixture(scope="session")
def postgres_fingerprint(
    postgres_server_url: str | None, tmp_path_factory: pytest.TempPathFactory
) -> str | None:
    """The head schema made once on the server, its fresh rows kept (store_templates.py)."""
    if postgres_server_url is None:
        return None
    _reset_postgres(postgres_server_url)
    return snapshot_postgres(postgres_server_url, tmp_path_factory.mktemp("pg-template"))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


@pytest.fixture
def store(request: pytest.FixtureRequest, paths: AppPaths, backend: str) -> Iterator[OpenedStore]:
    """A fresh store, as ``open_store`` makes it on an empty folder or database: copied
    from a template made once per run (tests/store_templates.py), which is faster."""
    if backend == "sqlite":
        url = None
        seed_sqlite(paths)
    elif "database_url" in request.fixturenames:
        url = request.getfixturevalue("database_url")  # emptied for this test already
    else:
        url = request.getfixturevalue("database_url_with_fresh_rows")
    opened = open_store(paths, url)
    yield opened
    opened.database.dispose()


@pytest.fixture
def database_url_with_fresh_rows(
    postgres_server_url: str | None, postgres_fingerprint: str | None
) -> str:
    if postgres_server_url is None or postgres_fingerprint is None:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server for this run")
    if not reset_postgres_rows(postgres_server_url, postgres_fingerprint):
        _reset_postgres(postgres_server_url)  # a test changed the schema: start from nothing
    from larsam_desktop.storage.audit_anchor import forget_server_anchor

    forget_server_anchor(postgres_server_url)  # emptied: this computer's anchor of it goes
    return postgres_server_url


@pytest.fixture
def sqlite_store(paths: AppPaths) -> Iterator[OpenedStore]:
    seed_sqlite(paths)
    opened = open_store(paths)
    yield opened
    opened.database.dispose()
