"""Migration 0014 (offerings, meetings, invitations): up, down and up again on SQLite and
PostgreSQL, keeping the rows of the tables it does not own."""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect, text

from larsam_desktop.paths import AppPaths
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.schema import alembic_config

TABLES = {"offering", "offering_meeting", "activity_invitation"}


def _run(database: Database, action: str, revision: str) -> None:
    from alembic import command

    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


def _tables(database: Database) -> set[str]:
    with database.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def test_0014_upgrades_downgrades_and_upgrades_again(
    paths: AppPaths, database_url: str | None
) -> None:
    paths.ensure()
    database = Database(database_url) if database_url else Database.for_file(paths.database)
    _run(database, "upgrade", "0014")
    assert _tables(database) >= TABLES
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO offering (natural_key, university, target_id, name, code, "
                "start_term, start_order, study_form, pace_percent, application_opens, "
                "application_closes, complete_by, created_at, updated_at) VALUES ('k', 'Miun', "
                "'sjukskoterska', '', '', 'HT2027', 4055, 'campus', 100, :d, :d, :d, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"d": date(2027, 6, 20)},
        )
    _run(database, "downgrade", "0013")
    assert not TABLES & _tables(database)
    assert "activity" in _tables(database)
    _run(database, "upgrade", "head")
    assert _tables(database) >= TABLES
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM offering")).scalar() == 0
    database.dispose()
