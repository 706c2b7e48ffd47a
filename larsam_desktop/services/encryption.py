"""Encrypting an existing local database (the passphrase itself is never stored).

Encryption is a sequence of steps, each safe to die after (docs/architecture.md, "Encrypt
and recovery"). An intent journal (``storage.journal``) is written first; the plaintext
database is never removed before the verified encrypted copy is in its place, and an
encrypted backup exists before any plaintext backup is removed:

1. ``journal-written``: operation, files, and the plaintext copies to remove;
2. ``copy-written``: ``larsam.sqlite3.encrypting-*`` written, fsynced and checked (opens
   with the passphrase, same learner count, integrity ``ok``);
3. ``backup-written``: an encrypted backup of the copy in ``backups/``;
4. ``marker-written``: ``encryption.json`` (from here on the next start rolls forward);
5. ``database-replaced``: the copy renamed over the plaintext database;
6. ``plaintext-removed`` (once per file), then ``manifest-rewritten``;
7. ``journal-cleared``.

A kill before step 4 is rolled back at the next start (the copy and the new backup are
removed; the plaintext database was never touched); after it, rolled forward. The next
start's own steps are named ``encrypt-recovery.*`` (``copy-removed``, ``backup-removed``,
``journal-cleared`` back; steps 5–7 forward), and a kill there is recovered in turn.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from larsam_desktop.domain.backup_rotation import RotationPolicy
from larsam_desktop.domain.errors import fill
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.catalogue import Texts
from larsam_desktop.storage import encryption, errors
from larsam_desktop.storage.backup_set import BackupKind, BackupSet
from larsam_desktop.storage.crash_points import step
from larsam_desktop.storage.journal import Journal, fsync_directory, with_companions

log = logging.getLogger(__name__)
OPERATION = "encrypt"
RECOVERY_STEPS = "encrypt-recovery"  # step names while the next start finishes one
BACKUP_LABEL = "encrypted"


@dataclass(frozen=True, slots=True)
class EncryptionResult:
    learners: int
    plaintext_removed: tuple[Path, ...]
    remaining: tuple[Path, ...]  # plaintext copies that could not be removed
    backup: str

    @property
    def plaintext_backups_removed(self) -> int:
        return sum(1 for p in self.plaintext_removed if p.suffix == ".sqlite3")


def plaintext_copies(paths: AppPaths) -> list[Path]:
    """What encrypting would remove: every plaintext copy in the data folder."""
    return encryption.plaintext_copies(paths.data_dir, paths.database, paths.backups)


def not_covered(paths: AppPaths, texts: Texts) -> list[str]:
    """Places with copies that encrypting cannot reach, to say so, in ``texts``' language."""
    notes = [
        texts.translate(
            "EncryptCli",
            "copies saved outside the data folder (backup create --out, exports, study plans) "
            "are not touched",
        )
    ]
    if paths.demo.data_dir.is_dir():
        demo = texts.translate(
            "EncryptCli", "the demo folder {folder} (invented data) stays as it is"
        )
        notes.append(fill(demo, {"folder": str(paths.demo.data_dir)}))
    return notes


def remove_plaintext_copies(paths: AppPaths) -> tuple[list[Path], list[Path]]:
    """In a folder that is encrypted already: remove the plaintext copies still there (an
    older version left them, or they were copied in); returns (removed, remaining)."""
    if not encryption.is_encrypted_folder(paths.data_dir):
        raise errors.StorageError("This data folder is not encrypted; encrypt it first.")
    removed: list[Path] = []
    remaining: list[Path] = []
    for path in plaintext_copies(paths):
        try:
            path.unlink()
        except OSError as exc:
            log.warning("could not remove a plaintext copy %s: %s", path.name, exc.strerror)
            remaining.append(path)
            continue
        removed.append(path)
    if removed:
        fsync_directory(paths.data_dir)
        BackupSet(paths.backups).rotate(RotationPolicy())  # the manifest forgets them
    return removed, remaining


def encrypt_local_database(paths: AppPaths, passphrase: str) -> EncryptionResult:
    """Encrypt the local database and remove every plaintext copy (see the module doc)."""
    from larsam_desktop.storage import write_lock

    with write_lock.exclusive(paths.data_dir):  # no other writer meanwhile (issue 13)
        return _encrypt_locked(paths, passphrase)


def _encrypt_locked(paths: AppPaths, passphrase: str) -> EncryptionResult:
    from larsam_desktop.services.store import open_store

    if encryption.is_encrypted_folder(paths.data_dir):
        raise errors.StorageError("This data folder is encrypted already.")
    encryption.validate_new_passphrase(passphrase)
    encryption.dbapi()
    plain = open_store(paths)  # checks the file first (and finishes interrupted operations)
    try:
        with plain.database.unit_of_work() as uow:
            learners = uow.learners.count()
    finally:
        plain.database.dispose()
    _checkpoint(paths.database)
    moment = datetime.now(UTC)
    stamp = moment.strftime("%Y%m%dT%H%M%S%fZ")
    copy = paths.database.with_name(f"{paths.database.name}.encrypting-{stamp}")
    backup = paths.backups / f"{BackupKind.MANUAL}-{BACKUP_LABEL}-{stamp}.sqlite3"
    doomed = plaintext_copies(paths)
    journal = Journal.begin(
        paths.data_dir,
        OPERATION,
        files={
            "database": paths.database,
            "copy": copy,
            "marker": encryption.marker_path(paths.data_dir),
            "backup": backup,
        },
        temporaries=[backup.with_name(backup.name + ".partial")],
        data={
            "learners": learners,
            "plaintext": [str(p.relative_to(paths.data_dir)) for p in doomed],
        },
        now=moment,
    )
    step("encrypt.journal-written")
    try:
        encryption.encrypt_copy(paths.database, copy, passphrase)
        _check_copy(copy, passphrase, learners)
        journal.mark("copy-written")
        step("encrypt.copy-written")
        info = BackupSet(paths.backups, passphrase).create(
            copy, BackupKind.MANUAL, label=BACKUP_LABEL, now=moment
        )
        if info.file != backup.name:  # the naming rule changed: keep the journal right
            journal.files["backup"] = journal.relative(paths.backups / info.file)
        journal.mark("backup-written")
        step("encrypt.backup-written")
    except BaseException:
        _roll_back(journal)
        raise
    encryption.write_marker(paths.data_dir)
    journal.mark("marker-written")
    step("encrypt.marker-written")
    removed, remaining = _roll_forward(journal)
    log.info("encrypted the database; removed %d plaintext copies", len(removed))
    _log_backup(paths, passphrase, info.file)
    return EncryptionResult(learners, tuple(removed), tuple(remaining), info.file)


def recover_interrupted(paths: AppPaths, journal: Journal) -> str:
    """Finish an interrupted encryption at start: forward once the marker is written, else
    back. Needs no passphrase. Returns what was done (for the log)."""
    marker = journal.file("marker")
    copy_gone = not journal.file("copy").exists()
    if marker.exists() and copy_gone and encryption.is_plaintext_sqlite(journal.file("database")):
        # The verified copy is gone but the database was never replaced (someone removed
        # the copy by hand): forward is impossible, so the marker goes.
        marker.unlink()
        log.warning("the encrypted copy is missing; encryption undone")
    if not marker.exists():
        _roll_back(journal, RECOVERY_STEPS)
        return "rolled back; the database is not encrypted"
    removed, remaining = _roll_forward(journal, RECOVERY_STEPS)
    if remaining:
        log.warning("%d plaintext copies could not be removed", len(remaining))
    return f"completed; {len(removed)} plaintext copies removed"


def _checkpoint(database: Path) -> None:
    """Fold the write-ahead log into the file, so that no -wal holds data the copy lacks."""
    with closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=rw", uri=True)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _check_copy(copy: Path, passphrase: str, learners: int) -> None:
    with closing(encryption.connect(copy, passphrase)) as check:
        copied = check.execute("SELECT count(*) FROM learner").fetchone()[0]
        ok = check.execute("PRAGMA integrity_check").fetchone()[0]
    if copied != learners or ok != "ok":
        raise errors.StorageError("The encrypted copy did not check out; nothing was changed.")


def _roll_back(journal: Journal, steps: str = OPERATION) -> None:
    """Before the marker: remove what encrypting wrote; the plaintext database is intact."""
    for name in ("copy", "backup"):
        for path in with_companions(journal.file(name)):
            path.unlink(missing_ok=True)
        if journal.file(name).parent.is_dir():  # no backups folder yet: nothing was there
            fsync_directory(journal.file(name).parent)
        step(f"{steps}.{name}-removed")
    journal.remove_temporaries()
    journal.finish()
    step(f"{steps}.journal-cleared")
    log.info("encryption rolled back; nothing was changed")


def _roll_forward(journal: Journal, steps: str = OPERATION) -> tuple[list[Path], list[Path]]:
    """After the marker: put the copy in place, remove the plaintext copies, clear."""
    live, copy = journal.file("database"), journal.file("copy")
    if copy.exists():
        for companion in with_companions(live)[1:]:  # the plaintext's -wal/-shm/-journal
            companion.unlink(missing_ok=True)
        copy.replace(live)
        fsync_directory(live.parent)
    journal.mark("database-replaced")
    step(f"{steps}.database-replaced")
    removed: list[Path] = []
    remaining: list[Path] = []
    for name in journal.data.get("plaintext", []):
        path = journal.resolve(str(name))
        if not path.exists():
            continue
        try:
            path.unlink()
            fsync_directory(path.parent)
        except OSError as exc:
            log.warning("could not remove a plaintext copy %s: %s", path.name, exc.strerror)
            remaining.append(path)
            continue
        removed.append(path)
        step(f"{steps}.plaintext-removed")
    backups = journal.file("backup").parent
    # Every remaining manual backup is kept; rotation rewrites the manifest with only the
    # files still present, so the removed plaintext backups leave it.
    BackupSet(backups).rotate(RotationPolicy())
    journal.mark("manifest-rewritten")
    step(f"{steps}.manifest-rewritten")
    journal.remove_temporaries()
    journal.finish()
    step(f"{steps}.journal-cleared")
    return removed, remaining


def _log_backup(paths: AppPaths, passphrase: str, backup: str) -> None:
    """Record the encrypted backup in the (now encrypted) audit log; the store opens."""
    from larsam_desktop.domain.audit import AuditAction
    from larsam_desktop.services.audit import AuditLog, current_actor
    from larsam_desktop.services.store import open_store

    store = open_store(paths, passphrase=passphrase)
    try:
        with store.database.unit_of_work() as uow:
            AuditLog.record(
                uow, AuditAction.BACKUP, actor=current_actor(), details={"file": backup[:120]}
            )
    finally:
        store.database.dispose()
