"""Migration 0017 (the graded records' covering index): up, down and up again on SQLite and
PostgreSQL, the course records kept, and the bulk reading answered from the index alone."""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect, text

from larsam_desktop.paths import AppPaths
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories import eligibility_rows
from larsam_desktop.storage.schema import alembic_config
from larsam_desktop.storage.tables.people import GRADED_COLUMNS

INDEX = "ix_course_record_graded"
DEADLINES = (date(2025, 6, 30), date(2025, 7, 1))


def _run(database: Database, action: str, revision: str) -> None:
    from alembic import command

    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


def _indexes(database: Database) -> dict[str, list[str]]:
    with database.engine.connect() as connection:
        found = inspect(connection).get_indexes("course_record")
    return {str(index["name"]): [str(c) for c in index["column_names"]] for index in found}


def _graded(database: Database) -> dict[int, set[str]]:
    """What the group's bulk reading gives, each learner's records as a set (no order)."""
    from sqlalchemy.orm import Session

    with Session(database.engine) as session:
        found = eligibility_rows.graded_strings(session, 0, 10**6, DEADLINES)
    return {learner: set(joined.split(";")) for learner, joined in found.items()}


def _add_learner_and_records(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO learner (id, version, given_name, family_name, birth_year, gender, "
                "prior_education, protected_identity, record_key, search_text, name_sort, "
                "created_at, updated_at) VALUES (7, 1, 'Ida', 'Testsson', 1990, 'unknown', "
                "'unknown', 'none', 1, 'ida testsson', 'testsson ida', CURRENT_TIMESTAMP, "
                "CURRENT_TIMESTAMP)"
            )
        )
        rows = [
            ("SVESVE01", "completed", "C", 100, date(2024, 6, 1)),
            ("ENGENG05", "completed", "F", 100, date(2025, 7, 1)),
            ("MATMAT01a", "discontinued", "E", 100, None),
            ("MATMAT02a", "planned", None, 100, None),
        ]
        for code, status, grade, points, end in rows:
            connection.execute(
                text(
                    "INSERT INTO course_record (learner_id, code, status, grade, points, "
                    "end_date, created_at, updated_at) VALUES (7, :code, :status, :grade, "
                    ":points, :end, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                ),
                {"code": code, "status": status, "grade": grade, "points": points, "end": end},
            )


def test_0017_upgrades_downgrades_and_upgrades_again(
    paths: AppPaths, database_url: str | None
) -> None:
    paths.ensure()
    database = Database(database_url) if database_url else Database.for_file(paths.database)
    _run(database, "upgrade", "0016")
    assert INDEX not in _indexes(database)
    _add_learner_and_records(database)
    before = _graded(database)
    assert before == {7: {"SVESVE01|C|100|11|c", "ENGENG05|F|100|01|c", "MATMAT01a|E|100|11|d"}}
    _run(database, "upgrade", "0017")
    assert _indexes(database)[INDEX] == list(GRADED_COLUMNS)
    assert _graded(database) == before
    _run(database, "downgrade", "0016")
    assert INDEX not in _indexes(database)
    assert "ix_course_record_learner" in _indexes(database)
    assert _graded(database) == before
    _run(database, "upgrade", "head")
    assert _indexes(database)[INDEX] == list(GRADED_COLUMNS)
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM course_record")).scalar() == 4
    database.dispose()


def test_on_sqlite_the_graded_reading_reads_the_index_alone(paths: AppPaths) -> None:
    paths.ensure()
    database = Database.for_file(paths.database)
    _run(database, "upgrade", "head")
    statement = (
        "EXPLAIN QUERY PLAN SELECT learner_id, group_concat(code || grade || points || "
        "end_date || status, ';') FROM course_record WHERE learner_id BETWEEN 1 AND 9 "
        "AND status IN ('completed', 'discontinued') AND grade IS NOT NULL GROUP BY learner_id"
    )
    with database.engine.connect() as connection:
        plan = " ".join(str(row[-1]) for row in connection.exec_driver_sql(statement))
    assert f"COVERING INDEX {INDEX}" in plan
    database.dispose()
