"""Fresh stores without building the schema for every test (Anki's ``getEmptyCol``).

``open_store`` on a new SQLite file creates ~40 tables, stamps the Alembic head and writes
the reference data: ~0.3 s here, hundreds of times a run. Instead the first store of a run
is made exactly so, kept as a template, and copied into each new data folder; opening the
copy finds the current schema and the reference data (~0.08 s).

A copy is the file a fresh ``open_store`` makes, byte for byte except SQLite's header
counters; tests that are about creating a database (``tests/storage/test_migrations.py``)
open an empty folder themselves and never get one.

For PostgreSQL, ``reset_postgres_rows`` empties a database whose schema is exactly the
head schema (the rows a fresh store holds are put back from a snapshot), instead of
dropping and recreating the schema.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.store import open_store

_template: Path | None = None


def seed_sqlite(paths: AppPaths) -> None:
    """Put the template database into a data folder that has none yet."""
    if paths.database.exists():
        return
    paths.ensure()
    shutil.copyfile(_sqlite_template(), paths.database)
    if os.name == "posix":
        paths.database.chmod(0o600)


def _sqlite_template() -> Path:
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="larsam-template-"))
        atexit.register(shutil.rmtree, folder, True)
        opened = open_store(AppPaths(folder))
        opened.database.dispose()  # checkpoints the WAL into the file
        _template = opened.database.file_path or folder / "larsam.sqlite3"
    return _template


SNAPSHOT_SCHEMA = "larsam_test_snapshot"

# Everything the schema is made of; two databases with the same text have the same schema.
_FINGERPRINT = """
SELECT md5(coalesce(string_agg(x, E'\\n' ORDER BY x), '')) FROM (
  SELECT 'c ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
         || ' ' || coalesce(column_default, '') AS x
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL SELECT 'i ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT 'k ' || conrelid::regclass::text || ' ' || conname || ' '
         || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  UNION ALL SELECT 't ' || tgrelid::regclass::text || ' ' || tgname
    FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL SELECT 'f ' || proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace
  UNION ALL SELECT 'y ' || typname FROM pg_type WHERE typnamespace = 'public'::regnamespace
  UNION ALL SELECT 's ' || sequencename FROM pg_sequences WHERE schemaname = 'public'
) AS parts
"""


def _tables(connection: Connection) -> list[str]:
    return list(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ).scalars()
    )


def _fingerprint(connection: Connection) -> str:
    value = connection.execute(text(_FINGERPRINT)).scalar_one()
    revision = connection.execute(
        text("SELECT to_regclass('public.alembic_version') IS NOT NULL")
    ).scalar_one()
    if revision:
        value += ":" + ",".join(
            connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
        )
    return str(value)


def snapshot_postgres(url: str, work_dir: Path) -> str:
    """Create the head schema in the (empty) database ``url`` with a fresh store, keep its
    rows and sequence values in a side schema, and return the schema's fingerprint."""
    opened = open_store(AppPaths(work_dir), url)
    opened.database.dispose()
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE"))
            connection.execute(text(f"CREATE SCHEMA {SNAPSHOT_SCHEMA}"))
            for table in _tables(connection):
                connection.execute(
                    text(f'CREATE TABLE {SNAPSHOT_SCHEMA}."{table}" AS TABLE public."{table}"')
                )
            connection.execute(
                text(
                    f"CREATE TABLE {SNAPSHOT_SCHEMA}.sequences AS "
                    "SELECT sequencename, last_value FROM pg_sequences "
                    "WHERE schemaname = 'public'"
                )
            )
            return _fingerprint(connection)
    finally:
        engine.dispose()


def reset_postgres_rows(url: str, fingerprint: str) -> bool:
    """Give ``url`` the rows of a fresh store again; False (nothing changed) when its schema
    is not the head schema the snapshot was taken of."""
    engine = create_engine(url)
    try:
        return _reset_rows(engine, fingerprint)
    except DBAPIError:
        return False  # e.g. not a superuser: the caller recreates the schema instead
    finally:
        engine.dispose()


def _reset_rows(engine: Engine, fingerprint: str) -> bool:
    with engine.begin() as connection:
        if _fingerprint(connection) != fingerprint:
            return False
        connection.execute(text("SET LOCAL lock_timeout = '5s'"))  # a store left open
        # No foreign-key or user triggers while the rows are replaced (superuser only).
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        for table in _tables(connection):
            connection.execute(text(f'DELETE FROM public."{table}"'))
            connection.execute(
                text(f'INSERT INTO public."{table}" SELECT * FROM {SNAPSHOT_SCHEMA}."{table}"')
            )
        connection.execute(
            text(
                "SELECT CASE WHEN last_value IS NULL "
                "THEN setval(format('public.%I', sequencename)::regclass, 1, false) "
                "ELSE setval(format('public.%I', sequencename)::regclass, last_value, true) END "
                f"FROM {SNAPSHOT_SCHEMA}.sequences"
            )
        )
    return True
