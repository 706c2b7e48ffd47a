"""Bring a database to the schema this program expects, safely.

* empty database → ``create_all`` + ``stamp head``;
* an older revision → back the file up, then ``upgrade head`` in one transaction;
* a revision this program does not know → refuse (it was written by a newer LärSam).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from larsam_desktop.storage import caseload_generation, crash_points, write_lock
from larsam_desktop.storage.backup_set import BackupKind, BackupSet
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.errors import DatabaseCorrupt, SchemaTooNew
from larsam_desktop.storage.revision import HEAD_REVISION
from larsam_desktop.storage.server_timeouts import UNBOUNDED_OPTION
from larsam_desktop.storage.tables import Base

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
ADVISORY_LOCK_KEY = 0x4C615253  # "LaRS": one schema change at a time on a server


def database_is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


class SchemaAction(StrEnum):
    CREATED = "created"
    UPGRADED = "upgraded"
    CURRENT = "current"


@dataclass(frozen=True, slots=True)
class SchemaResult:
    action: SchemaAction
    revision: str
    previous_revision: str | None = None
    backup: Path | None = None


def alembic_config(database: Database, script_location: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    config.attributes["database_is_sqlite"] = database.is_sqlite
    return config


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    """The newest revision as Alembic sees it in ``script_location``."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(script_location))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(database: Database) -> str | None:
    """The revision stamped in the database, or None for a database without one."""
    with database.engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        revisions = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
        found = list(revisions)
    if len(found) > 1:
        raise DatabaseCorrupt("The database records more than one schema version.")
    return found[0] if found else None


def prepare_schema(
    database: Database, *, backups_dir: Path | None, script_location: Path = MIGRATIONS_DIR
) -> SchemaResult:
    """Create, upgrade or accept the schema; creating and upgrading hold the exclusive lock."""
    current = current_revision(database)
    if current is not None and current == HEAD_REVISION and script_location == MIGRATIONS_DIR:
        return SchemaResult(SchemaAction.CURRENT, current)  # the common case: no Alembic needed
    from larsam_desktop.storage.team_mode import guard_schema  # issue 16: coaches never migrate

    if script_location == MIGRATIONS_DIR and guard_schema(database, current, HEAD_REVISION):
        return SchemaResult(SchemaAction.CURRENT, str(current))
    with _whole_database(database):
        # Another process may have created or upgraded it while this one waited.
        return _prepare_locked(database, current_revision(database), backups_dir, script_location)


@contextmanager
def _whole_database(database: Database) -> Iterator[None]:
    """The data folder's exclusive write lock for a local file; on a server, an advisory
    lock, so two programs starting at once do not both create or upgrade the schema."""
    path = database.file_path
    if path is not None:
        with write_lock.exclusive(path.parent):
            yield
        return
    with database.engine.connect() as connection:
        _unbounded(connection)
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY})
            connection.commit()


def _unbounded(connection: Connection) -> None:
    """No statement timeout or stall guard: an upgrade of a large table may take a while."""
    connection.execution_options(**{UNBOUNDED_OPTION: True})
    if not database_is_sqlite(connection):
        connection.exec_driver_sql("SET LOCAL statement_timeout = 0")  # this transaction


def _prepare_locked(
    database: Database, current: str | None, backups_dir: Path | None, script_location: Path
) -> SchemaResult:
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(database, script_location)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    assert head is not None

    if current is None:
        existing = set(inspect(database.engine).get_table_names()) & set(Base.metadata.tables)
        if existing:
            raise DatabaseCorrupt(
                "The database has LärSam tables but no schema version; it cannot be used safely."
            )
        with database.engine.begin() as connection:
            _unbounded(connection)
            Base.metadata.create_all(connection)
            caseload_generation.install(connection)  # triggers: create_all makes none
            config.attributes["connection"] = connection
            command.stamp(config, head)
        crash_points.step("migrate.created")
        log.info("created a new database at schema %s", head)
        return SchemaResult(SchemaAction.CREATED, head)

    if current == head:
        return SchemaResult(SchemaAction.CURRENT, head)

    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise SchemaTooNew(
            "This database was written by a newer version of LärSam Desktop (schema {schema}). "
            "Install the newer version to open it; nothing was changed.",
            schema=str(current),
        )

    backup = None
    if database.file_path is not None and backups_dir is not None:
        info = BackupSet(backups_dir, database.url.password).create(
            database.file_path, BackupKind.BEFORE_UPGRADE, label=current
        )
        backup = backups_dir / info.file
        crash_points.step("migrate.backup-written")
        log.info("backed up the database to %s before upgrading", backup)
    with database.engine.begin() as connection:
        _unbounded(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    crash_points.step("migrate.upgraded")
    log.info("upgraded the database from %s to %s", current, head)
    return SchemaResult(SchemaAction.UPGRADED, head, previous_revision=current, backup=backup)
