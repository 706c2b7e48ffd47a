"""The backups folder: consistent copies, a manifest of their sha256, verification, rotation.

Standard library only (no SQLAlchemy): the start-up backup and the recovery dialog use it
before or beside the store. Every backup is written with SQLite's online backup API
(``storage.backup``) in rollback-journal mode, so a copy opens on its own, even from
read-only media. ``manifest.json`` is rewritten atomically after each change; a backup
file that the manifest does not know is listed as unverified, never silently trusted.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from larsam_desktop.domain.backup_rotation import BackupStamp, RotationPolicy, backups_to_keep
from larsam_desktop.paths import ensure_private_dir
from larsam_desktop.storage import crash_points, errors, write_lock
from larsam_desktop.storage.atomic_file import write_atomically
from larsam_desktop.storage.backup import backup_sqlite_file
from larsam_desktop.storage.backup import fsync_directory as fsync_directory  # re-exported
from larsam_desktop.storage.backup import move_aside as move_aside  # re-exported
from larsam_desktop.storage.backup_file import NOT_LARSAM as NOT_LARSAM  # re-exported
from larsam_desktop.storage.backup_file import (
    as_storage_error,
    describe_database_file,
    is_database_error,
)
from larsam_desktop.storage.backup_file import audit_head_of_file as audit_head_of_file
from larsam_desktop.storage.backup_file import restore_into as restore_into  # re-exported
from larsam_desktop.storage.backup_file import sha256_of as sha256_of  # re-exported

log = logging.getLogger(__name__)
MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = 1
CHECKSUM_SUFFIX = ".sha256"


class BackupKind(StrEnum):
    AUTOMATIC = "automatic"  # the daily one at start
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"
    MANUAL = "manual"  # asked for; never rotated away


@dataclass(frozen=True, slots=True)
class BackupInfo:
    file: str  # name inside the backups folder
    kind: BackupKind
    created_at: datetime
    sha256: str
    size: int
    schema: str | None
    learners: int | None
    # The copy's audit head (issue 13): an anchor of the chain outside the database.
    audit_chain: str | None = None
    audit_seq: int | None = None
    audit_hash: str | None = None

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["kind"] = str(self.kind)
        data["created_at"] = self.created_at.isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> BackupInfo:
        return cls(
            file=str(data["file"]),
            kind=BackupKind(str(data["kind"])),
            created_at=datetime.fromisoformat(str(data["created_at"])),
            sha256=str(data["sha256"]),
            size=int(str(data["size"])),
            schema=None if data.get("schema") is None else str(data["schema"]),
            learners=None if data.get("learners") is None else int(str(data["learners"])),
            audit_chain=None if data.get("audit_chain") is None else str(data["audit_chain"]),
            audit_seq=None if data.get("audit_seq") is None else int(str(data["audit_seq"])),
            audit_hash=None if data.get("audit_hash") is None else str(data["audit_hash"]),
        )


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of checking one backup file before it is trusted."""

    path: Path
    sha256: str
    expected_sha256: str | None  # from the manifest or a .sha256 file beside it
    problems: tuple[str, ...]
    schema: str | None
    learners: int | None

    @property
    def ok(self) -> bool:
        return not self.problems


# What ``verify`` finds, besides SQLite's own complaints; services name each in a sentence
# of its own, so the catalogue translates it (services/backups.py ``refused``).
NO_FILE = "the file does not exist"
CHECKSUM_MISMATCH = "its checksum does not match the one recorded when it was made"


class BackupSet:
    """The ``backups/`` folder of one data folder (encrypted copies when given a passphrase)."""

    def __init__(self, folder: Path, passphrase: str | None = None) -> None:
        self.folder = folder
        self._passphrase = passphrase

    @property
    def manifest_path(self) -> Path:
        return self.folder / MANIFEST_NAME

    # ---- reading

    def entries(self) -> list[BackupInfo]:
        """Manifest entries whose file still exists, newest first."""
        return sorted(
            (info for info in self._read_manifest() if (self.folder / info.file).exists()),
            key=lambda info: (info.created_at, info.file),
            reverse=True,
        )

    def unlisted_files(self) -> list[Path]:
        """Backup-looking files the manifest does not vouch for (e.g. from an older version)."""
        known = {info.file for info in self._read_manifest()}
        if not self.folder.is_dir():
            return []
        return sorted(
            p for p in self.folder.glob("*.sqlite3") if p.name not in known and p.is_file()
        )

    def newest_verified(self) -> Verification | None:
        """The newest backup whose hash matches and whose integrity check passes."""
        for info in self.entries():
            checked = self.verify(self.folder / info.file)
            if checked.ok:
                return checked
            log.warning("backup %s failed verification: %s", info.file, checked.problems[0])
        return None

    def last_automatic(self) -> BackupInfo | None:
        return next((i for i in self.entries() if i.kind is BackupKind.AUTOMATIC), None)

    def verify(self, path: Path) -> Verification:
        """Check a backup: hash against the manifest (or a ``.sha256`` file beside it), then
        SQLite's full integrity check and that it is a LärSam database."""
        if not path.is_file():
            return Verification(path, "", None, (NO_FILE,), None, None)
        actual = sha256_of(path)
        expected = self._expected_hash(path)
        problems: list[str] = []
        if expected is not None and expected != actual:
            problems.append(CHECKSUM_MISMATCH)
        found, schema, learners = describe_database_file(path, self._passphrase)
        problems.extend(found)
        return Verification(path, actual, expected, tuple(problems), schema, learners)

    # ---- writing

    def create(
        self,
        source: Path,
        kind: BackupKind,
        *,
        label: str = "",
        now: datetime | None = None,
        target: Path | None = None,
    ) -> BackupInfo:
        """Copy ``source`` (live) to the folder, or to ``target`` with a ``.sha256`` beside it.

        Raises ``StorageError`` (disk full, read-only…) after removing any partial file.
        """
        moment = now or datetime.now(UTC)
        name = f"{kind}{'-' + label if label else ''}-{moment.strftime('%Y%m%dT%H%M%S%fZ')}"
        destination = target or self.folder / f"{name}.sqlite3"
        try:
            backup_sqlite_file(source, destination, self._passphrase)
            crash_points.step("backup.copy-written")
            digest = sha256_of(destination)
        except Exception as exc:
            if not (isinstance(exc, OSError) or is_database_error(exc)):
                raise
            raise as_storage_error(exc) from exc
        problems, schema, learners = describe_database_file(destination, self._passphrase)
        if problems:
            destination.unlink(missing_ok=True)
            log.warning("backup copy %s failed its check: %s", destination.name, problems[0])
            raise errors.DatabaseCorrupt(
                "The backup copy failed its check and was removed: SQLite found damage in it, "
                "or it is not a LärSam database."
            )
        head = audit_head_of_file(destination, self._passphrase)
        info = BackupInfo(
            destination.name,
            kind,
            moment,
            digest,
            destination.stat().st_size,
            schema,
            learners,
            *(head or (None, None, None)),
        )
        try:
            if target is None:
                with self._manifest_lock():
                    self._write_manifest([info, *self._read_manifest()])
            else:
                write_atomically(
                    target.with_name(target.name + CHECKSUM_SUFFIX),
                    f"{digest}  {target.name}\n",
                )
        except OSError as exc:
            destination.unlink(missing_ok=True)
            raise as_storage_error(exc) from exc
        crash_points.step("backup.manifest-written")
        log.info("backup %s written (%s)", destination.name, kind)
        return info

    def remove_stale_partials(self, older_than_s: float = 3600) -> int:
        """Delete half-written copies left by a crash or a kill (never a finished backup)."""
        if not self.folder.is_dir():
            return 0
        cutoff = datetime.now(UTC).timestamp() - older_than_s
        removed = 0
        for path in self.folder.glob("*.partial*"):
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
        return removed

    def rotate(self, policy: RotationPolicy) -> list[str]:
        """Delete automatic and safety backups the policy no longer keeps; returns their names."""
        with self._manifest_lock():
            return self._rotate(policy)

    def _rotate(self, policy: RotationPolicy) -> list[str]:
        listed = self._read_manifest()
        present = [info for info in listed if (self.folder / info.file).exists()]
        rotating = [info for info in present if info.kind is not BackupKind.MANUAL]
        keep = backups_to_keep(
            (BackupStamp(i.file, i.created_at, i.kind is BackupKind.AUTOMATIC) for i in rotating),
            policy,
        )
        doomed = [info for info in rotating if info.file not in keep]
        if not doomed and len(present) == len(listed):
            return []
        # The manifest forgets them first: a crash in between leaves unlisted files, which
        # are never trusted, rather than listed files that are gone.
        gone = {d.file for d in doomed}
        self._write_manifest([info for info in present if info.file not in gone])
        crash_points.step("rotate.manifest-written")
        for info in doomed:
            (self.folder / info.file).unlink(missing_ok=True)
            crash_points.step("rotate.file-removed")
            log.info("rotated away backup %s", info.file)
        return [info.file for info in doomed]

    # ---- the manifest

    def _manifest_lock(self) -> AbstractContextManager[None]:
        """Read-modify-write of the manifest, one process at a time (two backups at once)."""
        ensure_private_dir(self.folder)
        return write_lock.exclusive(self.folder)

    def _expected_hash(self, path: Path) -> str | None:
        if path.resolve().parent == self.folder.resolve():
            for info in self._read_manifest():
                if info.file == path.name:
                    return info.sha256
        sidecar = path.with_name(path.name + CHECKSUM_SUFFIX)
        if sidecar.is_file():
            text = sidecar.read_text(encoding="utf-8").split()
            return text[0].lower() if text else None
        return None

    def _read_manifest(self) -> list[BackupInfo]:
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            log.warning("the backup manifest is unreadable; its backups count as unverified")
            return []
        result = []
        for item in data.get("backups", []) if isinstance(data, dict) else []:
            try:
                result.append(BackupInfo.from_json(item))
            except (KeyError, ValueError, TypeError):
                log.warning("skipping an unreadable manifest entry")
        return result

    def _write_manifest(self, entries: Iterable[BackupInfo]) -> None:
        ensure_private_dir(self.folder)
        payload = {
            "format": MANIFEST_FORMAT,
            "backups": [info.to_json() for info in entries],
        }
        write_atomically(self.manifest_path, json.dumps(payload, indent=2) + "\n")
