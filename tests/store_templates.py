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
import sqlite3
import tempfile
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.clock import Clock
from larsam_desktop.services.store import OpenedStore, open_store

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
            _snapshot_rows(connection, SNAPSHOT_SCHEMA)
            return _fingerprint(connection)
    finally:
        engine.dispose()


def _snapshot_rows(connection: Connection, schema: str) -> None:
    """Keep every public table's rows and the sequences' values in ``schema``."""
    connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    connection.execute(text(f"CREATE SCHEMA {schema}"))
    for table in _tables(connection):
        connection.execute(text(f'CREATE TABLE {schema}."{table}" AS TABLE public."{table}"'))
    connection.execute(
        text(
            f"CREATE TABLE {schema}.sequences AS "
            "SELECT sequencename, last_value FROM pg_sequences "
            "WHERE schemaname = 'public'"
        )
    )


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


def _reset_rows(engine: Engine, fingerprint: str, schema: str = SNAPSHOT_SCHEMA) -> bool:
    with engine.begin() as connection:
        if _fingerprint(connection) != fingerprint:
            return False
        connection.execute(text("SET LOCAL lock_timeout = '5s'"))  # a store left open
        # No foreign-key or user triggers while the rows are replaced (superuser only).
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        for table in _tables(connection):
            connection.execute(text(f'DELETE FROM public."{table}"'))
            connection.execute(
                text(f'INSERT INTO public."{table}" SELECT * FROM {schema}."{table}"')
            )
        connection.execute(
            text(
                "SELECT CASE WHEN last_value IS NULL "
                "THEN setval(format('public.%I', sequencename)::regclass, 1, false) "
                "ELSE setval(format('public.%I', sequencename)::regclass, last_value, true) END "
                f"FROM {schema}.sequences"
            )
        )
    return True


# --- demo data, generated once a process ---------------------------------------------

# (backend place, count, seed, the clock's reading or the day) -> the copy of the generated
# database: a SQLite file, or a side schema on the server.
_demo_templates: dict[tuple[str, int, int, str], str] = {}


def fill_with_demo(
    store: OpenedStore, count: int, *, seed: int, clock: Clock | None = None
) -> None:
    """``DemoGenerator(store.database, clock=clock).generate(count, seed=seed)`` on a fresh,
    empty store, as the ``store`` fixtures give it.

    The first call in a process with these arguments (and, without a ``clock``, on this
    day) generates; later ones copy the rows that generation wrote: SQLite's backup API
    from a copy of the file, or on the server the rows and sequences from a side schema
    (``reset_postgres_rows``'s way). The copy is the generated database, page for page or
    row for row, except what a generation draws at random, which is drawn again
    (``_DRAWN_AGAIN``); timestamps from a real clock are those of the first call. What the
    generator does itself is tested in tests/services/test_demo.py, on both backends;
    tests/test_store_templates_demo.py compares a copy with a generation.
    """

    database = store.database
    with database.unit_of_work() as uow:
        if uow.learners.count() or uow.meta.is_demo():
            raise ValueError("fill_with_demo needs a fresh, empty store")
    moment = clock().isoformat() if clock is not None else date.today().isoformat()
    place = str(database.file_path) if database.is_sqlite else str(database.engine.url)
    if database.is_sqlite and _encrypted(store):  # a SQLCipher file: generated every time
        _generate(store, count, seed, clock)
        return
    key = ("sqlite" if database.is_sqlite else place, count, seed, moment)
    kept = _demo_templates.get(key)
    if kept is not None and _copy_demo_in(store, kept):
        _draw_again(store)
        return
    _generate(store, count, seed, clock)
    _demo_templates[key] = _keep_demo(store, len(_demo_templates))


def _generate(store: OpenedStore, count: int, seed: int, clock: Clock | None) -> None:
    from larsam_desktop.services.demo import DemoGenerator

    database = store.database
    generator = (
        DemoGenerator(database, clock=clock) if clock is not None else DemoGenerator(database)
    )
    generator.generate(count, seed=seed)


def _encrypted(store: OpenedStore) -> bool:
    raw = store.database.engine.raw_connection()
    try:
        return type(raw.driver_connection) is not sqlite3.Connection
    finally:
        raw.close()


# What a generation draws at random (secrets, SQLite's randomblob), drawn again for a copy:
# each learner's statistics record key (0..255, storage.tables.base.new_record_key) and the
# caseload generation token (storage.caseload_generation).
_DRAWN_AGAIN = {
    "sqlite": (
        "UPDATE learner SET record_key = abs(random()) % 256",
        "UPDATE app_meta SET value = lower(hex(randomblob(16))) WHERE key = 'caseload_generation'",
    ),
    "postgresql": (
        "UPDATE learner SET record_key = floor(random() * 256)::integer",
        "UPDATE app_meta SET value = md5(random()::text) WHERE key = 'caseload_generation'",
    ),
}


def _draw_again(store: OpenedStore) -> None:
    with store.database.engine.begin() as connection:
        for statement in _DRAWN_AGAIN["sqlite" if store.database.is_sqlite else "postgresql"]:
            connection.execute(text(statement))


def _keep_demo(store: OpenedStore, number: int) -> str:
    database = store.database
    if database.is_sqlite:
        global _demo_folder
        if _demo_folder is None:
            _demo_folder = Path(tempfile.mkdtemp(prefix="larsam-demo-templates-"))
            atexit.register(shutil.rmtree, _demo_folder, True)
        target = _demo_folder / f"demo-{number}.sqlite3"
        raw = database.engine.raw_connection()
        try:
            with closing(sqlite3.connect(target)) as copy:
                raw.driver_connection.backup(copy)  # type: ignore[union-attr]
        finally:
            raw.close()
        return str(target)
    schema = f"{DEMO_SCHEMA_PREFIX}{number}"
    engine = create_engine(database.engine.url)
    try:
        with engine.begin() as connection:
            _snapshot_rows(connection, schema)
            fingerprint = _fingerprint(connection)
    finally:
        engine.dispose()
    return f"{schema}:{fingerprint}"


def _copy_demo_in(store: OpenedStore, kept: str) -> bool:
    database = store.database
    if database.is_sqlite:
        raw = database.engine.raw_connection()
        try:
            with closing(sqlite3.connect(kept)) as template:
                if _sqlite_schema(template) != _sqlite_schema(raw.driver_connection):
                    return False  # not the schema the demo was generated on
                template.backup(raw.driver_connection)  # type: ignore[arg-type]
        finally:
            raw.close()
        return True
    schema, _, fingerprint = kept.partition(":")
    engine = create_engine(database.engine.url)
    try:
        return _reset_rows(engine, fingerprint, schema)
    except DBAPIError:
        return False  # e.g. not a superuser: generated instead
    finally:
        engine.dispose()


def _sqlite_schema(connection: Any) -> list[tuple[str, str, str]]:
    query = "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
    return [tuple(row) for row in connection.execute(query)]


_demo_folder: Path | None = None
DEMO_SCHEMA_PREFIX = "larsam_test_demo_"
