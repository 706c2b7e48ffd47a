"""A token that changes with every write the caseload index depends on (local SQLite files).

The caseload's search index is kept as a file beside the database
(``storage.caseload_snapshot``) so that a start need not rebuild it. The file is only true
for the data it was built from, so the database carries a *generation*: app_meta
``caseload_generation``, set to a fresh random value by triggers in the same statement as
every insert, delete and relevant update of the learner, coach, learning centre and
municipality tables — whoever writes (the window, a command, an import, an erasure, a
migration's UPDATE). A random value, not a counter: a restored backup or a file copied in
brings its own value, and two histories that part from one backup never share one.

``SQLite's PRAGMA data_version`` is per connection (it ignores the connection's own commits)
and a counter written by the program would miss writes from code that forgets it; triggers
cannot be forgotten, but a migration that rebuilds a table (``batch_alter_table``) drops its
triggers silently, so ``read`` answers None — no generation, no snapshot — unless every
trigger is there. A migration is a new schema revision as well, which the snapshot also
compares. PostgreSQL (team mode) has no local snapshot and gets no triggers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the early snapshot read (stdlib sqlite3, before SQLAlchemy) uses this too
    from sqlalchemy import Connection

KEY = "caseload_generation"
_NEW_VALUE = f"UPDATE app_meta SET value = lower(hex(randomblob(16))) WHERE key = '{KEY}';"

# The learner columns the index reads (storage.repositories.learners.index_statement).
LEARNER_COLUMNS = (
    "id",
    "search_text",
    "name_sort",
    "coach_id",
    "learning_centre_id",
    "home_municipality_code",
    "personnummer",
    "birth_date",
    "city",
    "protected_identity",
    "updated_at",
    "stage",
    "stage_since",
    "standing_target",
    "standing_eligible",
)
# Tables whose sort keys the index joins in (any change counts).
JOINED_TABLES = ("coach", "learning_centre", "municipality")


def _triggers() -> dict[str, str]:
    triggers: dict[str, str] = {}
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in LEARNER_COLUMNS)
    for table in ("learner", *JOINED_TABLES):
        for event in ("INSERT", "DELETE", "UPDATE"):
            name = f"caseload_generation_{table}_{event.lower()}"
            when = f" WHEN {changed}" if table == "learner" and event == "UPDATE" else ""
            triggers[name] = (
                f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} "
                f"FOR EACH ROW{when} BEGIN {_NEW_VALUE} END"
            )
    return triggers


TRIGGERS = _triggers()


def install(connection: Connection) -> None:
    """Create the generation and its triggers (SQLite only; a no-op elsewhere). Idempotent;
    a new random generation each time, so anything built before is no longer current."""
    if connection.dialect.name != "sqlite":
        return
    from sqlalchemy import text

    connection.execute(text("DELETE FROM app_meta WHERE key = :key"), {"key": KEY})
    connection.execute(
        text("INSERT INTO app_meta (key, value) VALUES (:key, lower(hex(randomblob(16))))"),
        {"key": KEY},
    )
    for statement in TRIGGERS.values():
        connection.exec_driver_sql(statement)


def uninstall(connection: Connection) -> None:
    """The downgrade: triggers and generation gone."""
    if connection.dialect.name != "sqlite":
        return
    from sqlalchemy import text

    for name in TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    connection.execute(text("DELETE FROM app_meta WHERE key = :key"), {"key": KEY})


GENERATION_QUERY = (
    "SELECT (SELECT value FROM app_meta WHERE key = 'caseload_generation'),"
    " (SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
    " AND name LIKE 'caseload_generation_%'),"
    " (SELECT group_concat(version_num) FROM alembic_version)"
)


def read(connection: Connection) -> str | None:
    """The current generation joined with the schema revision (``value@revision``), or None
    when this is not a local SQLite database or a trigger is missing (nothing to trust)."""
    if connection.dialect.name != "sqlite":
        return None
    value, triggers, revision = connection.exec_driver_sql(GENERATION_QUERY).one()
    return generation_of(value, triggers, revision)


def generation_of(value: object, triggers: object, revision: object) -> str | None:
    """``GENERATION_QUERY``'s row as the generation, or None when it cannot be trusted."""
    if not isinstance(value, str) or triggers != len(TRIGGERS) or not isinstance(revision, str):
        return None
    return f"{value}@{revision}"
