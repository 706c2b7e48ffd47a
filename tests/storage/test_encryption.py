"""Optional encryption at rest (SQLCipher): passphrase, wrong passphrase, encrypted backups."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.backups import BackupService, restore_database
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.backup_set import BackupSet, sha256_of
from larsam_desktop.storage.encryption import (
    SQLITE_HEADER,
    PassphraseRequired,
    WrongPassphrase,
    is_encrypted_folder,
)
from larsam_desktop.storage.errors import DatabaseMovedAside, StorageError

pytest.importorskip("sqlcipher3")
PASSPHRASE = "korrekt häst batteri häftklammer"
SECRET_NAME = "Hemligstina"


def _filled(paths: AppPaths) -> int:
    store = open_store(paths, passphrase=PASSPHRASE)
    saved = LearnerService(store.database).create(
        LearnerDraft(
            given_name=SECRET_NAME,
            family_name="Öberg",
            personnummer="199009012387",
            street_address="Hemliga vägen 7",
        )
    )
    store.database.dispose()
    return saved.learner.id


def test_a_new_folder_with_a_passphrase_is_encrypted(paths: AppPaths) -> None:
    learner = _filled(paths)
    assert is_encrypted_folder(paths.data_dir)
    raw = paths.database.read_bytes()
    assert not raw.startswith(SQLITE_HEADER)
    assert SECRET_NAME.encode() not in raw and b"Hemliga" not in raw
    store = open_store(paths, passphrase=PASSPHRASE)
    assert LearnerService(store.database).get(learner).data.given_name == SECRET_NAME
    store.database.dispose()


def test_no_or_a_wrong_passphrase_is_refused_and_nothing_moves(paths: AppPaths) -> None:
    _filled(paths)
    before = sha256_of(paths.database)
    with pytest.raises(PassphraseRequired, match="encrypted"):
        open_store(paths)
    with pytest.raises(WrongPassphrase, match="not right") as wrong:
        open_store(paths, passphrase="fel lösenord")
    assert "Traceback" not in wrong.value.message
    assert paths.database.exists() and sha256_of(paths.database) == before
    assert not list(paths.data_dir.glob("*.corrupt-*"))


def test_backups_of_an_encrypted_database_are_encrypted_and_restore(paths: AppPaths) -> None:
    learner = _filled(paths)
    store = open_store(paths, passphrase=PASSPHRASE)
    service = BackupService(paths, store.database)
    info = service.create()
    backup = paths.backups / info.file
    assert not backup.read_bytes().startswith(SQLITE_HEADER)
    assert SECRET_NAME.encode() not in backup.read_bytes()
    assert service.verify(backup).ok
    assert not BackupSet(paths.backups).verify(backup).ok  # unreadable without the key
    LearnerService(store.database).create(
        LearnerDraft(given_name="Ny", family_name="Elev", birth_date=date(1990, 1, 1))
    )
    result = service.restore(backup)
    assert result.learners == 1
    assert LearnerService(store.database).get(learner).data.given_name == SECRET_NAME
    assert service.start_backup_if_due() is not None
    store.database.dispose()


def test_a_damaged_encrypted_database_offers_its_encrypted_backup(paths: AppPaths) -> None:
    _filled(paths)
    store = open_store(paths, passphrase=PASSPHRASE)
    info = BackupService(paths, store.database).create()
    store.database.dispose()
    size = paths.database.stat().st_size
    with paths.database.open("r+b") as stream:  # damage a page after the first one
        stream.seek(size - 3000)
        stream.write(b"\x00" * 2000)
    with pytest.raises(DatabaseMovedAside) as caught:
        open_store(paths, passphrase=PASSPHRASE)
    assert caught.value.backup == str(paths.backups / info.file)
    restore_database(paths, None, Path(caught.value.backup), passphrase=PASSPHRASE)
    store = open_store(paths, passphrase=PASSPHRASE)
    assert LearnerService(store.database).count() == 1
    store.database.dispose()


def test_a_passphrase_does_not_silently_encrypt_an_existing_database(paths: AppPaths) -> None:
    store = open_store(paths)
    LearnerService(store.database).create(
        LearnerDraft(given_name="A", family_name="B", birth_date=date(1990, 1, 1))
    )
    store.database.dispose()
    with pytest.raises(StorageError, match="not encrypted"):
        open_store(paths, passphrase=PASSPHRASE)
    assert not is_encrypted_folder(paths.data_dir)


def test_a_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="at least 8"):
        open_store(AppPaths(tmp_path / "new"), passphrase="kort")
    assert not is_encrypted_folder(tmp_path / "new")


def _opens_with_the_passphrase_alone(path: Path, passphrase: str) -> bool:
    """SQLCipher deriving the key itself, as another program (or an older LärSam) would."""
    import sqlcipher3

    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("PRAGMA key = " + "'" + passphrase.replace("'", "''") + "'")
        connection.execute("SELECT count(*) FROM learner").fetchall()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()


def test_keys_derived_once_per_process_open_the_same_files_the_passphrase_opens(
    paths: AppPaths,
) -> None:
    """The raw keys the program reuses (encryption.raw_key) are SQLCipher's own derivation:
    the database, an encrypted copy and a backup open with the passphrase alone and with
    no other; the program's own opening of a fresh file still refuses a wrong one."""
    from larsam_desktop.storage import encryption

    _filled(paths)
    store = open_store(paths, passphrase=PASSPHRASE)
    backup = paths.backups / BackupService(paths, store.database).create().file
    store.database.dispose()
    copy = paths.data_dir / "copy.sqlite3"
    plain = paths.data_dir / "plain.sqlite3"
    from larsam_desktop.storage.backup import backup_sqlite_file

    backup_sqlite_file(paths.database, plain.with_suffix(".enc"), PASSPHRASE)
    for path in (paths.database, backup, plain.with_suffix(".enc")):
        assert _opens_with_the_passphrase_alone(path, PASSPHRASE), path.name
        assert not _opens_with_the_passphrase_alone(path, PASSPHRASE + "x"), path.name
    import sqlite3

    with sqlite3.connect(plain) as db:
        db.execute("CREATE TABLE learner (given_name TEXT)")
    encryption.encrypt_copy(plain, copy, PASSPHRASE)
    assert _opens_with_the_passphrase_alone(copy, PASSPHRASE)
    encryption._derived.clear()
    with pytest.raises(WrongPassphrase):
        encryption.connect(copy, PASSPHRASE + "x")
    encryption.connect(copy, PASSPHRASE).close()
