"""Optional encryption at rest: the local database as a SQLCipher 4 file (``sqlcipher3``).

A data folder is encrypted when it holds ``encryption.json`` (written when the encrypted
database is made). The marker is what tells "encrypted, passphrase needed" apart from "a
damaged file": without it an unreadable header means damage (moved aside at start); with
it a page-1 failure means a wrong passphrase, and nothing is moved or changed.

Backups of an encrypted database are encrypted with the same passphrase (SQLCipher's
backup API between two connections keyed alike), so no plaintext copy is ever written.
``sqlcipher3`` is imported only here and only when a folder is encrypted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
from contextlib import closing
from pathlib import Path
from typing import Any

from larsam_desktop.paths import make_private_file
from larsam_desktop.storage.errors import StorageError
from larsam_desktop.storage.journal import (
    fsync_directory,
    fsync_file,
    with_companions,
    write_atomically,
)

log = logging.getLogger(__name__)
MARKER_NAME = "encryption.json"
SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE = 8
# Rollback journals and write-ahead logs hold page images: plaintext like their database.
PLAINTEXT_SUFFIXES = ("-wal", "-journal")
# The caseload's search index beside a database (storage.caseload_snapshot): names and
# personnummer in plaintext, so encrypting removes it like any other plaintext copy.
CASELOAD_SNAPSHOT_SUFFIX = ".caseload-index"


class PassphraseRequired(StorageError):
    default_template = "This database is encrypted: enter its passphrase to open it."


class WrongPassphrase(StorageError):
    default_template = (
        "The passphrase is not right, so the database was not opened; nothing was changed. "
        "(If you are sure of it, the file may be damaged: restore a backup.)"
    )


class EncryptionUnavailable(StorageError):
    default_template = "Encryption needs the sqlcipher3 package, which is not installed."


def marker_path(data_dir: Path) -> Path:
    return data_dir / MARKER_NAME


def is_encrypted_folder(data_dir: Path) -> bool:
    return marker_path(data_dir).is_file()


def write_marker(data_dir: Path) -> None:
    """Write ``encryption.json`` atomically (a half-written marker never exists)."""
    write_atomically(
        marker_path(data_dir), json.dumps({"cipher": "sqlcipher4", "format": 1}) + "\n"
    )


def dbapi() -> Any:
    try:
        import sqlcipher3
    except ImportError as exc:
        raise EncryptionUnavailable() from exc
    return sqlcipher3


def quote(passphrase: str) -> str:
    """The passphrase as a SQL string literal for ``PRAGMA key``."""
    return "'" + passphrase.replace("'", "''") + "'"


# SQLCipher 4's key derivation, which the product keeps (no cipher_* PRAGMA changes it):
# PBKDF2-HMAC-SHA512 over the passphrase and the file's 16-byte salt (its first bytes).
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16
_derived: dict[tuple[str, bytes], bytes] = {}  # (passphrase, salt) → key, this process only


def raw_key(passphrase: str, salt: bytes) -> str:
    """The key SQLCipher derives from ``passphrase`` for a file with ``salt``, as its raw-key
    literal ``x'<key><salt>'`` — derived once per process, so that every further connection
    (pool, backups, checks) skips the ~0.5 s derivation. The file format is unchanged: the
    passphrase alone still opens the file."""
    key = _derived.get((passphrase, salt))
    if key is None:
        key = hashlib.pbkdf2_hmac(
            "sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES
        )
        _derived[(passphrase, salt)] = key
    return f"x'{key.hex()}{salt.hex()}'"


def file_key(path: Path, passphrase: str) -> str:
    """What ``PRAGMA key`` gets for the file: the raw key for its salt, or the passphrase
    for a file with no salt yet (new, empty, unreadable)."""
    try:
        with path.open("rb") as stream:
            salt = stream.read(SALT_BYTES)
    except OSError:
        return passphrase
    if len(salt) < SALT_BYTES or salt == b"SQLite format 3\x00":
        return passphrase
    return raw_key(passphrase, salt)


def connect(path: Path, passphrase: str, *, read_only: bool = False) -> Any:
    """A keyed SQLCipher connection; raises ``WrongPassphrase`` if the key does not fit."""
    module = dbapi()
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    keys = dict.fromkeys([file_key(path, passphrase), passphrase])  # the passphrase: a fallback
    for attempt, key in enumerate(keys, 1):
        connection = module.connect(target, uri=read_only, timeout=5)
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(f"PRAGMA key = {quote(key)}")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except module.DatabaseError as exc:
            connection.close()
            if "not a database" in str(exc) or "encrypt" in str(exc):
                if attempt < len(keys):
                    continue
                raise WrongPassphrase() from exc
            raise
        return connection
    raise AssertionError("unreachable")


def check_passphrase(path: Path, passphrase: str) -> None:
    """Raise ``WrongPassphrase`` unless ``passphrase`` opens the file (nothing is written).

    Any other failure is damage (``DatabaseCorrupt``: moved aside at start) or the
    surroundings (locked, read-only, full), never a bare driver error.
    """
    try:
        with closing(connect(path, passphrase, read_only=True)):
            pass
    except (StorageError, MemoryError):
        raise
    except Exception as exc:
        from larsam_desktop.storage.integrity import damage_or_environment

        raise damage_or_environment(exc, path) from exc


def validate_new_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise StorageError(
            "Choose a passphrase of at least {count} characters.", count=MIN_PASSPHRASE
        )
    return passphrase


def encrypt_copy(plain: Path, target: Path, passphrase: str) -> None:
    """Write an encrypted copy of the plaintext database ``plain`` (``sqlcipher_export``),
    flushed to disk with its folder entry."""
    module = dbapi()
    target.unlink(missing_ok=True)
    key = raw_key(passphrase, secrets.token_bytes(SALT_BYTES))  # a fresh salt, derived once
    with closing(module.connect(str(plain))) as connection:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"ATTACH DATABASE ? AS encrypted KEY {quote(key)}", (str(target),))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    make_private_file(target)
    fsync_file(target)
    fsync_directory(target.parent)


def remove_with_companions(path: Path) -> None:
    for companion in with_companions(path):
        if companion.exists():
            companion.unlink()
    fsync_directory(path.parent)


def is_plaintext_sqlite(path: Path) -> bool:
    """Whether ``path`` is a regular file that starts with SQLite's plaintext header."""
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def plaintext_copies(data_dir: Path, database: Path, backups: Path) -> list[Path]:
    """Every plaintext copy of the data in the data folder and its backups folder, besides
    the live ``database``: moved-aside files (``.corrupt-*``, ``.replaced-*``), plaintext
    backups with their ``.sha256`` files, half-written ``.partial`` copies, and the -wal and
    -journal files that belong to any of them or to no file at all (an encrypted file's
    are encrypted too; the demo folder holds invented data only)."""
    found: set[Path] = set()
    live = {p.name for p in with_companions(database)}
    for folder in (data_dir, backups):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.name in live or not path.is_file():
                continue
            if path.name.endswith(PLAINTEXT_SUFFIXES):
                if not _base_of(path).exists():  # orphaned: whose pages, nobody can tell
                    found.add(path)
            elif ".partial" in path.name or path.name.endswith(CASELOAD_SNAPSHOT_SUFFIX):
                found.add(path)  # half-written; or the caseload index (names, personnummer)
            elif is_plaintext_sqlite(path):
                found.add(path)
                found.update(p for p in with_companions(path) if p.is_file())
                sidecar = path.with_name(path.name + ".sha256")
                if sidecar.is_file():
                    found.add(sidecar)
    return sorted(found)


def _base_of(companion: Path) -> Path:
    for suffix in PLAINTEXT_SUFFIXES:
        if companion.name.endswith(suffix):
            return companion.with_name(companion.name[: -len(suffix)])
    return companion


def local_database_url(data_dir: Path, database: Path, passphrase: str | None) -> Any:
    """The SQLAlchemy URL for the local file: plain, or SQLCipher for an encrypted folder.

    A new (empty) database with a passphrase becomes an encrypted folder. Raises
    ``PassphraseRequired``/``WrongPassphrase`` before anything is opened for writing.
    """
    from sqlalchemy.engine import URL

    encrypted = is_encrypted_folder(data_dir)
    is_new = not database.exists() or database.stat().st_size == 0
    if not encrypted and passphrase is not None:
        if not is_new:
            raise StorageError(
                "This database is not encrypted; encrypt it with "
                "`larsam-desktop encrypt` (a passphrase alone does not)."
            )
        validate_new_passphrase(passphrase)
        dbapi()
        write_marker(data_dir)
        encrypted = True
    if not encrypted:
        return URL.create("sqlite+pysqlite", database=str(database))
    if passphrase is None:
        raise PassphraseRequired()
    if not is_new:
        check_passphrase(database, passphrase)
    return URL.create("sqlite+pysqlcipher", password=passphrase, database=str(database))
