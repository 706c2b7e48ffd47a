"""Encrypting an existing local database (the passphrase itself is never stored)."""

from __future__ import annotations

import logging
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.backups import BackupService
from larsam_desktop.storage import encryption, errors
from larsam_desktop.storage.backup_set import BackupSet

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class EncryptionResult:
    learners: int
    plaintext_backups_removed: int
    backup: str


def encrypt_local_database(paths: AppPaths, passphrase: str) -> EncryptionResult:
    """Write an encrypted copy, check it opens with the passphrase and holds the same
    learners, then swap it in and delete every plaintext copy (database and backups)."""
    from larsam_desktop.services.store import open_store

    if encryption.is_encrypted_folder(paths.data_dir):
        raise errors.StorageError("This data folder is encrypted already.")
    encryption.validate_new_passphrase(passphrase)
    encryption.dbapi()
    plain = open_store(paths)  # checks the file first; folds the WAL into it on dispose
    with plain.database.unit_of_work() as uow:
        learners = uow.learners.count()
    plain.database.dispose()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    encrypted = paths.database.with_name(f"{paths.database.name}.encrypting-{stamp}")
    try:
        encryption.encrypt_copy(paths.database, encrypted, passphrase)
        with closing(encryption.connect(encrypted, passphrase)) as check:
            copied = check.execute("SELECT count(*) FROM learner").fetchone()[0]
            ok = check.execute("PRAGMA integrity_check").fetchone()[0]
        if copied != learners or ok != "ok":
            raise errors.StorageError("The encrypted copy did not check out; nothing was changed.")
    except BaseException:
        encrypted.unlink(missing_ok=True)
        raise
    encryption.write_marker(paths.data_dir)
    encryption.remove_with_companions(paths.database)
    encrypted.replace(paths.database)
    removed = 0
    plain_backups = BackupSet(paths.backups)
    for info in plain_backups.entries():
        (paths.backups / info.file).unlink(missing_ok=True)
        removed += 1
    for path in plain_backups.unlisted_files():
        path.unlink(missing_ok=True)
        removed += 1
    plain_backups.manifest_path.unlink(missing_ok=True)
    store = open_store(paths, passphrase=passphrase)
    try:
        info = BackupService(paths, store.database).create()
    finally:
        store.database.dispose()
    log.info("encrypted the database; removed %d plaintext backups", removed)
    return EncryptionResult(learners, removed, info.file)
