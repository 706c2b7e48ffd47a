"""Backups and restore of the local database, as the window and the command line use them.

* ``start_backup_if_due``: at most one automatic backup a (local) day, then rotation;
  the window runs it in a background task after it is up.
* ``create``: a manual backup into ``backups/`` or to a chosen file (with ``FILE.sha256``).
* ``restore``: verify (checksum, integrity, a LärSam schema this program can open), copy
  the current database to a ``before-restore`` backup, replace the content in one
  transaction, migrate if the backup is older, and log the restore in the audit log.

A shared PostgreSQL server is backed up by its administrator (``pg_dump``), not here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.backup_rotation import RotationPolicy
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.catalogue import Texts
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, utc_now
from larsam_desktop.storage import crash_points, errors, write_lock
from larsam_desktop.storage.backup_set import (
    CHECKSUM_MISMATCH,
    NO_FILE,
    NOT_LARSAM,
    BackupInfo,
    BackupKind,
    BackupSet,
    Verification,
    move_aside,
    restore_into,
)
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.revision import HEAD_REVISION

log = logging.getLogger(__name__)
POLICY_KEYS = {
    "daily": "backup_keep_daily",
    "weekly": "backup_keep_weekly",
    "monthly": "backup_keep_monthly",
    "safety_copies": "backup_keep_safety_copies",
}


class SharedServerBackup(errors.StorageError):
    default_template = (
        "A shared database server is backed up by its administrator (for example with "
        "pg_dump); LärSam backs up the local database file only."
    )


class RestoreRefused(errors.StorageError):
    """The chosen file failed verification; nothing was changed."""


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    kept_aside: BackupInfo | None  # the database as it was just before the restore
    learners: int | None
    changes: Changes


def read_policy(database: Database) -> RotationPolicy:
    defaults = RotationPolicy()
    with database.unit_of_work() as uow:
        values = {name: uow.meta.get(key) for name, key in POLICY_KEYS.items()}
    return RotationPolicy(
        **{
            name: int(value) if value and value.isdigit() else getattr(defaults, name)
            for name, value in values.items()
        }
    )


def save_policy(database: Database, policy: RotationPolicy) -> RotationPolicy:
    policy.validated()
    with database.unit_of_work() as uow:
        for name, key in POLICY_KEYS.items():
            uow.meta.set(key, str(getattr(policy, name)))
    return policy


class BackupService:
    def __init__(self, paths: AppPaths, database: Database, clock: Clock = utc_now) -> None:
        self._paths = paths
        self._database = database
        self._clock = clock
        self.backups = BackupSet(paths.backups, database.url.password)

    def _live_file(self) -> Path:
        path = self._database.file_path
        if path is None:
            raise SharedServerBackup()
        return path

    def start_backup_if_due(self) -> BackupInfo | None:
        """One automatic backup per local calendar day, then rotation; None if not due."""
        live = self._live_file()
        now = self._clock()
        last = self.backups.last_automatic()
        if last is not None and last.created_at.astimezone().date() == now.astimezone().date():
            return None
        self.backups.remove_stale_partials()
        info = self.backups.create(live, BackupKind.AUTOMATIC, now=now)
        self.backups.rotate(read_policy(self._database))
        crash_points.step("backup.rotated")
        return info

    def create(self, out: Path | None = None, *, actor: str | None = None) -> BackupInfo:
        """A manual backup (into ``backups/`` or to ``out``), logged in the audit log."""
        live = self._live_file()
        info = self.backups.create(live, BackupKind.MANUAL, now=self._clock(), target=out)
        with self._database.unit_of_work() as uow:
            AuditLog.record(
                uow,
                AuditAction.BACKUP,
                actor=actor or current_actor(),
                details={"file": info.file[:120], "sha256": info.sha256[:16]},
                clock=self._clock,
            )
        crash_points.step("backup.logged")
        return info

    def list(self) -> list[BackupInfo]:
        return self.backups.entries()

    def verify(self, path: Path) -> Verification:
        return self.backups.verify(path)

    def restore(self, source: Path, *, actor: str | None = None) -> RestoreResult:
        """Restore ``source`` over the current database; raises ``RestoreRefused`` untouched."""
        return restore_database(
            self._paths,
            self._database,
            source,
            actor=actor,
            clock=self._clock,
            passphrase=self._database.url.password,
        )


def restore_database(
    paths: AppPaths,
    database: Database | None,
    source: Path,
    *,
    actor: str | None = None,
    clock: Clock = utc_now,
    passphrase: str | None = None,
) -> RestoreResult:
    """Restore ``source`` into the local database of ``paths``.

    ``database`` is the open store (its connections are closed first) or None when there is
    none, e.g. after the damaged file was moved aside at start.
    """
    if database is not None and database.file_path is None:
        raise SharedServerBackup()
    # Exclusive: no writer (window or command) commits between the before-restore copy and
    # the replacement, so every reported commit is in one of the two (issue 13).
    with write_lock.exclusive(paths.data_dir):
        return _restore_locked(paths, database, source, actor, clock, passphrase)


def _restore_locked(
    paths: AppPaths,
    database: Database | None,
    source: Path,
    actor: str | None,
    clock: Clock,
    passphrase: str | None,
) -> RestoreResult:
    backups = BackupSet(paths.backups, passphrase)
    checked = backups.verify(source)
    if not checked.ok:
        raise refused(source, checked.problems[0])
    if checked.schema is not None and checked.schema > HEAD_REVISION:
        raise errors.SchemaTooNew(
            "{file} was written by a newer version of LärSam Desktop (schema {schema}); "
            "nothing was changed.",
            file=source.name,
            schema=checked.schema,
        )
    from larsam_desktop.services.audit_restore import RestoreAudit

    audit = RestoreAudit.check(source, passphrase)  # the copy's log key must be here
    live = paths.database
    kept: BackupInfo | None = None
    if database is not None:
        database.dispose()
    if live.exists() and live.stat().st_size > 0:
        try:
            kept = backups.create(live, BackupKind.BEFORE_RESTORE, now=clock())
            crash_points.step("restore.before-restore-kept")
        except errors.DatabaseCorrupt:
            move_aside(live, "replaced")  # unreadable: kept as it is, beside the new one
            crash_points.step("restore.damaged-moved-aside")
    rolled_back = audit.note(paths.data_dir, kept, clock())  # the audit anchor moves first
    restore_into(source, live, passphrase)  # one SQLite transaction (or one rename)
    crash_points.step("restore.replaced")
    log.info("restored the database from %s", source.name)

    from larsam_desktop.services.store import open_store

    # Checks integrity and migrates an older backup (backing it up first).
    store = open_store(paths, passphrase=passphrase)
    try:
        with store.database.unit_of_work() as uow:
            AuditLog.record(
                uow,
                AuditAction.RESTORE,
                actor=actor or current_actor(),
                details={
                    "file": source.name[:120],
                    "sha256": checked.sha256[:16],
                    "schema": checked.schema or "",
                    **rolled_back,  # the head rolled back, and the copy that keeps it
                },
                clock=clock,
            )
            learners = uow.learners.count()
        crash_points.step("restore.logged")
    finally:
        store.database.dispose()
    return RestoreResult(source, kept, learners, Changes(database_replaced=True))


def refused(source: Path, problem: str) -> RestoreRefused:
    """Why ``source`` cannot be restored, as a sentence the catalogue translates."""
    name = source.name
    if problem == NO_FILE:
        return RestoreRefused(
            "{file} cannot be restored: it does not exist. Nothing was changed.", file=name
        )
    if problem == CHECKSUM_MISMATCH:
        return RestoreRefused(
            "{file} cannot be restored: its checksum does not match the one recorded when it "
            "was made. Nothing was changed.",
            file=name,
        )
    if problem == NOT_LARSAM:
        return RestoreRefused(
            "{file} cannot be restored: it is not a LärSam database. Nothing was changed.",
            file=name,
        )
    log.warning("%s cannot be restored: %s", name, problem)  # SQLite's words: the log only
    return RestoreRefused(
        "{file} cannot be restored: SQLite found damage in it. Nothing was changed.", file=name
    )


def describe(info: BackupInfo, texts: Texts) -> str:
    """One line for lists in ``texts``' language: when, what kind, size, learners, file.

    The kinds are named as in the window's backups dialog (context ``BackupsModel``); the
    size has the language's decimal sign ("14,4 MB" in Swedish).
    """
    when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    kind = {
        BackupKind.AUTOMATIC: texts.translate("BackupsModel", "Daily"),
        BackupKind.BEFORE_UPGRADE: texts.translate("BackupsModel", "Before an update"),
        BackupKind.BEFORE_RESTORE: texts.translate("BackupsModel", "Before a restore"),
        BackupKind.MANUAL: texts.translate("BackupsModel", "Made by hand"),
    }[info.kind]
    size = f"{info.size / 1e6:.1f}"
    if texts.language == "sv":
        size = size.replace(".", ",")
    if info.learners is None:
        learners = texts.translate("BackupCli", "? learners")
    else:
        count = info.learners
        learners = texts.translate("BackupCli", "%n learner(s)", None, count)
    return f"{when}  {kind:<16} {size:>7} MB  {learners:>14}  {info.file}"
