"""Opening the data store: the local SQLite file or a shared PostgreSQL server."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.integrity_later import PendingCheck
from larsam_desktop.services.reference_data import ensure_reference_data
from larsam_desktop.storage import errors
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.integrity import integrity_failure, integrity_problems
from larsam_desktop.storage.revision import HEAD_REVISION
from larsam_desktop.storage.schema import (
    SchemaResult,
    current_revision,
    head_revision,
    prepare_schema,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OpenedStore:
    database: Database
    schema: SchemaResult
    is_demo: bool
    # open_store(check_later=True): the quick check still running (services.integrity_later)
    pending_check: PendingCheck | None = None


@dataclass(frozen=True, slots=True)
class HealthReport:
    location: str
    schema_revision: str | None
    expected_revision: str
    problems: list[str]
    learner_count: int
    is_demo: bool

    @property
    def healthy(self) -> bool:
        return not self.problems and self.schema_revision == self.expected_revision


def open_store(
    paths: AppPaths,
    database_url: str | None = None,
    *,
    recover: bool = True,
    passphrase: str | None = None,
    start_empty: bool = False,
    check_later: bool = False,
) -> OpenedStore:
    """Open (creating or upgrading as needed) and return the store; raises ``StorageError``.

    First, for the local file, interrupted operations are finished and the damage rule
    applied (services.recovery.prepare_local_database; ``start_empty`` is the coach's
    explicit choice). A local file that fails its check is moved aside (``recover``) and
    ``DatabaseMovedAside`` names the newest verified backup (services.recovery).
    """
    try:
        if not database_url:
            from larsam_desktop.services.recovery import prepare_local_database

            prepare_local_database(paths, passphrase, start_empty=start_empty)
        return _open_store(paths, database_url, passphrase, check_later=check_later)
    except errors.DatabaseCorrupt as exc:
        if database_url or not recover or isinstance(exc, errors.DatabaseMovedAside):
            raise
        from larsam_desktop.services.recovery import move_damaged_database_aside

        raise move_damaged_database_aside(paths, exc, passphrase) from exc


def _open_store(
    paths: AppPaths,
    database_url: str | None,
    passphrase: str | None,
    *,
    check_later: bool = False,
) -> OpenedStore:
    if database_url:
        from larsam_desktop.storage.server_errors import check_url_scheme

        check_url_scheme(database_url)  # issue 16: an unknown scheme is a calm message
        database = Database(database_url)
    else:
        try:
            paths.ensure()
            _create_private_file(paths)
        except OSError as exc:  # read-only or full folder, no access: not a bug
            raise errors.from_os_error(exc) from exc
        from larsam_desktop.storage.encryption import local_database_url

        database = Database(local_database_url(paths.data_dir, paths.database, passphrase))
    pending: PendingCheck | None = None
    try:
        if database.is_sqlite and check_later and current_revision(database) == HEAD_REVISION:
            pending = PendingCheck(database)  # confirmed by the command before it publishes
        elif database.is_sqlite:
            problems = integrity_problems(database, quick=True)
            if problems:
                raise integrity_failure(problems)  # SQLite's English lines: the log only
        schema = prepare_schema(database, backups_dir=paths.backups)
        with database.unit_of_work() as uow:
            ensure_reference_data(uow)
            is_demo = uow.meta.is_demo()
    except (SQLAlchemyError, sqlite3.Error) as exc:
        database.dispose()
        known = errors.translate(exc)
        if known is None:
            raise
        raise known from exc
    except BaseException:
        database.dispose()
        raise
    return OpenedStore(database, schema, is_demo, pending)


def check_health(store: OpenedStore) -> HealthReport:
    database = store.database
    try:
        problems = integrity_problems(database)
        with database.unit_of_work() as uow:
            count = uow.learners.count()
            is_demo = uow.meta.is_demo()
        revision = current_revision(database)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        known = errors.translate(exc)
        if known is None:
            raise
        raise known from exc
    return HealthReport(database.describe(), revision, head_revision(), problems, count, is_demo)


def _create_private_file(paths: AppPaths) -> None:
    """Create an empty database file 0600 before SQLite does (its -wal/-shm files inherit this)."""
    if not paths.database.exists():
        fd = os.open(paths.database, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
        log.info("created %s", paths.database)
