"""The first screen from a shared server (issue 16): read before the store opens, as the
coach's own login, it shows exactly what the caseload service shows that login."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from team_test_server import TeamServer, make_team_server

from larsam_desktop.domain.caseload import CaseloadQuery
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.server_first_screen import libpq_parameters, read_server_first_screen


def test_the_address_becomes_libpq_parameters_without_laersams_own() -> None:
    found = libpq_parameters(
        "postgresql+psycopg://karin:h%C3%A4mligt@db.kommun.se:5433/larsam"
        "?sslmode=verify-full&statement_timeout=9000&stall_timeout=20"
    )
    assert found == {
        "host": "db.kommun.se",
        "port": 5433,
        "user": "karin",
        "password": "hämligt",
        "dbname": "larsam",
        "sslmode": "verify-full",
    }
    assert libpq_parameters("sqlite:///x.sqlite3") is None


@pytest.mark.parametrize("driver", ["libpq", "psycopg"])
def test_no_first_screen_from_a_server_that_does_not_answer(driver: str) -> None:
    url = "postgresql+psycopg://x@127.0.0.1:1/larsam"
    assert read_server_first_screen(url, limit=5, driver=driver) is None


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamServer]:
    yield from make_team_server(tmp_path_factory.mktemp("team"))


@pytest.mark.postgres
@pytest.mark.parametrize("driver", ["libpq", "psycopg"])
@pytest.mark.parametrize("descending", [False, True])
def test_the_first_screen_equals_the_coachs_caseload(
    server: TeamServer, tmp_path: Path, descending: bool, driver: str
) -> None:
    url = server.url(server.login_a)
    first = read_server_first_screen(url, limit=30, descending=descending, driver=driver)
    store = open_store(AppPaths(tmp_path / "a"), url)
    try:
        service = CaseloadService(store.database)
        expected = service.list(CaseloadQuery(descending=descending))
    finally:
        store.database.dispose()
    assert first is not None and first.is_demo  # the demo generator filled the server
    assert first.total == len(expected) > 0
    assert first.rows == expected[:30]
    with server.connect() as owner:
        row = owner.execute("SELECT count(*) FROM learner").fetchone()
    assert row is not None and first.total < int(str(row[0]))  # the policies filtered


@pytest.mark.postgres
def test_a_refused_login_gives_no_first_screen(server: TeamServer) -> None:
    login = server.add_coach("left", server.team_b[1])
    assert server.cli("team", "remove-coach", login) == 0
    for driver in ("libpq", "psycopg"):
        assert read_server_first_screen(server.url(login), limit=5, driver=driver) is None


def test_the_threaded_read_gives_none_for_a_server_that_does_not_answer() -> None:
    from larsam_desktop.services.connection_profile import ServerFirstScreen

    reading = ServerFirstScreen("postgresql+psycopg://x@127.0.0.1:1/larsam", limit=5)
    assert reading.result(descending=False) is None
    assert reading.result(descending=True) is None


@pytest.mark.postgres
def test_the_threaded_read_equals_the_direct_one(server: TeamServer) -> None:
    from larsam_desktop.services.connection_profile import ServerFirstScreen

    url = server.url(server.login_b)
    reading = ServerFirstScreen(url, limit=20)
    for descending in (False, True):
        assert reading.result(descending=descending) == read_server_first_screen(
            url, limit=20, descending=descending
        )
