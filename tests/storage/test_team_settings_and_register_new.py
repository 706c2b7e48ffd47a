"""Team mode (issue 16), through psycopg directly and through the program: the shared
settings in ``app_meta`` are the administrator's, and the publication register is per team.

A coach's own login cannot lower the disclosure threshold (or change any other setting)
with psql; it raises k only through the server's function. A coach of team B does not see
team A's publications, and the figures an export is frozen against are their own team's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import errors as pg_errors
from team_test_server import TeamServer, make_team_server

from larsam_desktop.domain.statistics.protection import METHOD
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.statistics_register import (
    K_KEY,
    StatisticsRegister,
    Threshold,
    first_publication,
)
from larsam_desktop.services.store import open_store
from larsam_desktop.services.target_standing import RULES_KEY

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamServer]:
    yield from make_team_server(tmp_path_factory.mktemp("team"))


def _meta(connection: psycopg.Connection[tuple[object, ...]], key: str) -> str | None:
    row = connection.execute("SELECT value FROM app_meta WHERE key = %s", (key,)).fetchone()
    return None if row is None else str(row[0])


def test_a_coach_cannot_change_the_shared_settings_with_psql(server: TeamServer) -> None:
    with server.connect() as owner:
        owner.execute(
            "INSERT INTO app_meta VALUES ('statistics_k', '12') "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
        )
    with server.connect(server.login_b) as b:
        assert _meta(b, K_KEY) == "12"  # coaches read the settings
        with pytest.raises(pg_errors.InsufficientPrivilege):
            b.execute("UPDATE app_meta SET value = '1' WHERE key = 'statistics_k'")
        with pytest.raises(pg_errors.InsufficientPrivilege):
            b.execute("DELETE FROM app_meta WHERE key = 'statistics_k'")
        with pytest.raises(pg_errors.InsufficientPrivilege):
            b.execute("INSERT INTO app_meta VALUES ('backup_keep_daily', '0')")
        with pytest.raises(pg_errors.InsufficientPrivilege):  # no renaming a marker into one
            b.execute("UPDATE app_meta SET key = 'statistics_series' WHERE key = %s", (RULES_KEY,))
        # The markers the client writes itself stay writable (standings refreshed).
        b.execute(
            "INSERT INTO app_meta VALUES (%s, 'x') "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (RULES_KEY,),
        )
        b.execute("UPDATE app_meta SET value = 'y' WHERE key = %s", (RULES_KEY,))
        # The threshold goes up only, through the server's function, with a new series.
        with pytest.raises(pg_errors.CheckViolation):
            b.execute("SELECT larsam_team.raise_statistics_k(6)")
    with server.connect() as owner:
        assert _meta(owner, K_KEY) == "12"
        assert _meta(owner, RULES_KEY) == "y"


def test_the_program_raises_the_threshold_for_a_coach_through_the_server(
    server: TeamServer, tmp_path: Path
) -> None:
    with server.connect() as owner:
        owner.execute("DELETE FROM app_meta WHERE key IN ('statistics_k', 'statistics_series')")
    store = open_store(AppPaths(tmp_path / "a"), server.url(server.login_a))
    try:
        register = StatisticsRegister(store.database)
        assert register.raise_threshold(15) == Threshold(15, 2)
        assert register.threshold() == Threshold(15, 2)
    finally:
        store.database.dispose()
    with server.connect() as owner:
        assert (_meta(owner, "statistics_k"), _meta(owner, "statistics_series")) == ("15", "2")
        actors = owner.execute(
            "SELECT actor FROM audit_entry WHERE action = 'statistics_threshold'"
        ).fetchall()
    assert (server.login_a,) in actors


_PUBLICATION = (
    "INSERT INTO statistics_publication (created_at, actor, period, period_from, period_to, "
    "k, series, method, tables, format, manifest_hash, tables_hash, recipient_note, scope, "
    "learners, figures) VALUES (now(), session_user, 'HT2026', '2026-07-01', '2026-12-31', "
    "15, 2, %s, 't', 'csv', repeat('a', 64), repeat('b', 64), NULL, 'all', %s, %s) "
    "RETURNING id"
)


def test_the_publication_register_is_per_team(server: TeamServer, tmp_path: Path) -> None:
    with server.connect(server.login_a) as a:
        row = a.execute(_PUBLICATION, (METHOD, 40, '{"team": "A"}')).fetchone()
        assert row is not None
        published_a = int(str(row[0]))
        # A coach cannot stamp a publication as another team's.
        with pytest.raises(pg_errors.InsufficientPrivilege):
            a.execute(
                "UPDATE statistics_publication SET teams = %s WHERE id = %s",
                ([server.team_b[0]], published_a),
            )
    with server.connect(server.login_b) as b:
        seen = b.execute("SELECT id FROM statistics_publication").fetchall()
        assert (published_a,) not in seen
        assert b.execute(
            "UPDATE statistics_publication SET figures = '' WHERE id = %s", (published_a,)
        ).rowcount == 0  # fmt: skip
        row = b.execute(_PUBLICATION, (METHOD, 30, '{"team": "B"}')).fetchone()
        assert row is not None
        published_b = int(str(row[0]))
    with server.connect() as owner:
        rows = owner.execute(
            "SELECT id, teams FROM statistics_publication WHERE id IN (%s, %s)",
            (published_a, published_b),
        ).fetchall()
        stamped = {row[0]: row[1] for row in rows}
    assert stamped[published_a] == [server.team_a[0]]
    assert stamped[published_b] == [server.team_b[0]]
    # Through the program: each coach's register, and the figures an export of the same
    # period, scope, k and series is frozen against, are their own team's.
    threshold = Threshold(15, 2)
    for login, mine, figures in (
        (server.login_a, published_a, '{"team": "A"}'),
        (server.login_b, published_b, '{"team": "B"}'),
    ):
        store = open_store(AppPaths(tmp_path / login), server.url(login))
        try:
            ids = {
                publication.id for publication in StatisticsRegister(store.database).publications()
            }
            assert mine in ids and not ({published_a, published_b} - {mine}) & ids
            with store.database.unit_of_work(writes=False) as uow:
                first = first_publication(uow, period="HT2026", scope="all", threshold=threshold)
            assert first is not None and first.figures == figures
        finally:
            store.database.dispose()
