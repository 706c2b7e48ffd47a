"""Bounded waits on a server: a stalled connection ends in a calm message, not a hang.

A tiny TCP proxy on loopback stands between the program and the PostgreSQL server; the
test tells it to stop forwarding (the connections stay open, nothing moves: a stall, not a
drop) and checks that the program gives up with a calm message.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from stalling_proxy import StallingProxy, stalling_proxy

from larsam_desktop.storage.database import Database
from larsam_desktop.storage.errors import DatabaseUnavailable, StorageError
from larsam_desktop.storage.server_timeouts import (
    ServerStalled,
    ServerStatementTooSlow,
    ServerTimeouts,
    split_url,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def proxy(postgres_server_url: str | None) -> Iterator[tuple[StallingProxy, str]]:
    with stalling_proxy(postgres_server_url) as through:
        yield through


def test_defaults_and_overrides_come_from_the_url() -> None:
    url, timeouts = split_url(make_url("postgresql+psycopg://u@h/db"))
    assert timeouts == ServerTimeouts(8000, 10.0)
    args = timeouts.connect_args(url)
    assert args["connect_timeout"] == 5 and args["keepalives"] == 1
    assert args["tcp_user_timeout"] == 10_000
    assert args["options"] == "-c statement_timeout=8000"

    url, timeouts = split_url(
        make_url(
            "postgresql+psycopg://u@h/db?connect_timeout=2&statement_timeout=500&stall_timeout=3"
        )
    )
    assert "statement_timeout" not in url.query and "stall_timeout" not in url.query
    assert timeouts == ServerTimeouts(500, 3.0)
    args = timeouts.connect_args(url)
    assert "connect_timeout" not in args  # the URL's own value reaches the driver
    assert args["options"] == "-c statement_timeout=500"


@pytest.mark.parametrize(
    ("query", "parameter", "value"),
    [
        ("statement_timeout=8s", "statement_timeout", "8s"),
        ("stall_timeout=ten", "stall_timeout", "ten"),
    ],
)
def test_a_timeout_that_is_not_a_number_names_the_parameter_and_the_value(
    query: str, parameter: str, value: str
) -> None:
    with pytest.raises(StorageError) as refused:
        split_url(make_url(f"postgresql+psycopg://u@h/db?{query}"))
    assert refused.value.params == {"parameter": parameter, "value": value}
    assert f"{parameter} must be a number, not “{value}”" in refused.value.message


def test_a_stall_inside_a_unit_of_work_gives_a_calm_message(
    proxy: tuple[StallingProxy, str],
) -> None:
    stalling, url = proxy
    database = Database(f"{url}?stall_timeout=1&connect_timeout=2")
    try:
        with pytest.raises(ServerStalled) as stalled, database.unit_of_work() as uow:
            assert uow.session.execute(text("SELECT 1")).scalar() == 1
            stalling.stall()
            uow.session.execute(text("SELECT 2"))
        assert "did not answer for 1 seconds" in stalled.value.message
        # The next unit of work: the pooled connection is gone; a new one cannot connect.
        with pytest.raises(DatabaseUnavailable), database.unit_of_work() as uow:
            uow.session.execute(text("SELECT 3"))
    finally:
        database.dispose()


def test_a_stall_between_units_of_work_gives_a_calm_message(
    proxy: tuple[StallingProxy, str],
) -> None:
    stalling, url = proxy
    database = Database(f"{url}?stall_timeout=1&connect_timeout=1")
    try:
        with database.unit_of_work() as uow:
            uow.session.execute(text("SELECT 1"))
        stalling.stall()  # the pooled connection's liveness check now stalls
        with pytest.raises(DatabaseUnavailable) as refused, database.unit_of_work() as uow:
            uow.session.execute(text("SELECT 1"))
        assert "Traceback" not in refused.value.message
    finally:
        database.dispose()


def test_the_server_stops_a_statement_that_runs_too_long(
    postgres_server_url: str | None,
) -> None:
    if postgres_server_url is None:
        pytest.skip("LARSAM_TEST_DATABASE_URL is not set: no PostgreSQL server for this run")
    database = Database(f"{postgres_server_url}?statement_timeout=200")
    try:
        with pytest.raises(ServerStatementTooSlow) as slow, database.unit_of_work() as uow:
            uow.session.execute(text("SELECT pg_sleep(3)"))
        assert "longer than 0.2 seconds" in slow.value.message
        with database.unit_of_work() as uow:  # and the connection is usable again
            assert uow.session.execute(text("SELECT 1")).scalar() == 1
    finally:
        database.dispose()
