"""The tables of team mode's schema ``larsam_team`` on PostgreSQL (issue 16).

They live outside ``public`` and outside the mapped tables on purpose: the program's ORM
never reads them directly, only the server's policies, triggers and functions do
(storage.team_install). Created by migration 0013 and by ``team init`` (a database made by
``create_all`` never ran 0013).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

SCHEMA = "larsam_team"
# The oldest client schema revision that works against this program's server schema:
# raised by a contract migration, kept by an expand migration.
OLDEST_CLIENT = "0012"
# The oldest server schema this program works against in team mode: the tables of 0014
# (offerings) and 0015 (mentors, the university's lists) are read by this client.
OLDEST_SERVER = "0015"

TABLES = (
    "CREATE SCHEMA IF NOT EXISTS larsam_team",
    """CREATE TABLE IF NOT EXISTS larsam_team.setting (
        key text PRIMARY KEY, value text NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS larsam_team.member (
        login text NOT NULL, learning_centre_id integer NOT NULL,
        PRIMARY KEY (login, learning_centre_id))""",
    """CREATE TABLE IF NOT EXISTS larsam_team.coach_login (
        login text PRIMARY KEY, coach_id integer NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(), removed_at timestamptz)""",
    """CREATE TABLE IF NOT EXISTS larsam_team.note_share (
        contact_id integer NOT NULL, login text NOT NULL,
        shared_by text NOT NULL DEFAULT session_user,
        shared_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (contact_id, login))""",
    """CREATE TABLE IF NOT EXISTS larsam_team.protected_contact (
        learner_id integer PRIMARY KEY, street_address text, postal_code text, city text,
        phone text, email text)""",
    """CREATE TABLE IF NOT EXISTS larsam_team.change_log (
        seq bigint PRIMARY KEY, at timestamptz NOT NULL, who text NOT NULL,
        table_name text NOT NULL, operation text NOT NULL, row_key text,
        learner_id integer, prev_hash text NOT NULL, hash text NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_change_log_learner ON larsam_team.change_log (learner_id)",
    """CREATE TABLE IF NOT EXISTS larsam_team.chain_head (
        id integer PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL, hash text NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS larsam_team.chain_key (
        id integer PRIMARY KEY CHECK (id = 1), secret bytea NOT NULL)""",
    "INSERT INTO larsam_team.chain_head VALUES (1, 0, repeat('0', 64)) ON CONFLICT DO NOTHING",
)


def create_team_tables(connection: Connection, *, oldest_client: str = OLDEST_CLIENT) -> None:
    """Create the schema and its tables if missing; record the compatibility window."""
    for statement in TABLES:
        connection.execute(text(statement))
    connection.execute(
        text(
            "INSERT INTO larsam_team.setting VALUES ('oldest_client', :value) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
        ),
        {"value": oldest_client},
    )
