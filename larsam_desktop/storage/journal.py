"""Intent journals: what a multi-file operation is doing, so the next start can finish it.

Before an operation that touches several files (encrypt, restore …) changes anything, it
writes a small JSON file into ``<data folder>/journals/``; after each durable step it
records the step; when it is done it removes the file. A journal whose process is gone
means the operation was interrupted: the next start (``services.recovery``) hands it to
the operation's own ``recover`` function, which completes or rolls back, then clears it —
like SQLite's hot journal. The format (``format`` 1)::

    {"format": 1, "operation": "encrypt", "id": "20261203T120000123456Z-4242",
     "pid": 4242, "process_start": "123456", "host": "pc-17",
     "started_at": "2026-12-03T12:00:00.123456+00:00",
     "steps_done": ["copy-verified", "backup-written"],
     "files": {"database": "larsam.sqlite3", "copy": "larsam.sqlite3.encrypting-…"},
     "temporaries": ["backups/manual-encrypted-….sqlite3.partial"],
     "data": {"learners": 20}}

``files`` are the files the operation works on, by role; ``temporaries`` are scratch files
that are always safe to delete at recovery (paths inside the data folder are stored relative
to it, so a folder copied or moved after a crash recovers itself); ``data`` holds small
facts (never personal data). Every write is atomic (temporary file, fsync, rename, fsync
of the folder).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from larsam_desktop.paths import ensure_private_dir
from larsam_desktop.storage.atomic_file import fsync_directory as fsync_directory
from larsam_desktop.storage.atomic_file import fsync_file as fsync_file
from larsam_desktop.storage.atomic_file import write_atomically as write_atomically
from larsam_desktop.storage.errors import StorageError

log = logging.getLogger(__name__)
FOLDER_NAME = "journals"
FORMAT = 1
SUFFIX = ".journal.json"
STRAY_AFTER_S = 60  # a half-written journal this old belongs to no running write


class JournalUnreadable(StorageError):
    default_template = (
        "An interrupted operation left the journal {file}, which cannot be read; nothing was "
        "changed. Ask for help before starting LärSam again."
    )


@dataclass(slots=True)
class Journal:
    """One operation's journal file (see the module docstring for its format)."""

    path: Path
    operation: str
    id: str
    pid: int
    process_start: str | None
    host: str
    started_at: datetime
    steps_done: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)
    temporaries: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    # ---- writing (by the operation itself)

    @classmethod
    def begin(
        cls,
        data_dir: Path,
        operation: str,
        *,
        files: Mapping[str, Path],
        temporaries: Iterable[Path] = (),
        data: Mapping[str, Any] | None = None,
        now: datetime | None = None,
    ) -> Journal:
        """Write a new journal (durably) before the operation changes anything."""
        moment = now or datetime.now(UTC)
        ident = f"{moment.strftime('%Y%m%dT%H%M%S%fZ')}-{os.getpid()}"
        folder = journal_folder(data_dir)
        ensure_private_dir(folder)
        journal = cls(
            path=folder / f"{operation}-{ident}{SUFFIX}",
            operation=operation,
            id=ident,
            pid=os.getpid(),
            process_start=_process_start(os.getpid()),
            host=socket.gethostname(),
            started_at=moment,
            files={role: _relative(path, data_dir) for role, path in files.items()},
            temporaries=[_relative(path, data_dir) for path in temporaries],
            data=dict(data or {}),
        )
        journal._write()
        return journal

    def mark(self, step: str) -> None:
        """Record that ``step`` is complete (durably)."""
        self.steps_done.append(step)
        self._write()

    def done(self, step: str) -> bool:
        return step in self.steps_done

    @property
    def data_dir(self) -> Path:
        return self.path.parent.parent

    def file(self, role: str) -> Path:
        return self.resolve(self.files[role])

    def relative(self, path: Path) -> str:
        """How to record ``path``: relative to the data folder when inside it, so that a
        data folder moved or copied after a crash still recovers itself, not the old one."""
        return _relative(path, self.data_dir)

    def resolve(self, name: str) -> Path:
        path = Path(name)
        return path if path.is_absolute() else self.data_dir / path

    def finish(self) -> None:
        """The operation is complete (or rolled back): remove the journal."""
        self.path.unlink(missing_ok=True)
        fsync_directory(self.path.parent)

    def remove_temporaries(self) -> list[Path]:
        """Delete the scratch files (and their SQLite companions); returns those removed."""
        removed = []
        for name in self.temporaries:
            for path in with_companions(self.resolve(name)):
                if path.is_file():
                    path.unlink()
                    removed.append(path)
                    fsync_directory(path.parent)
        return removed

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "operation": self.operation,
            "id": self.id,
            "pid": self.pid,
            "process_start": self.process_start,
            "host": self.host,
            "started_at": self.started_at.isoformat(),
            "steps_done": list(self.steps_done),
            "files": dict(self.files),
            "temporaries": list(self.temporaries),
            "data": dict(self.data),
        }

    def _write(self) -> None:
        write_atomically(self.path, json.dumps(self.to_json(), indent=2) + "\n")

    # ---- reading (by the next start)

    @classmethod
    def read(cls, path: Path) -> Journal:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != FORMAT:
                raise ValueError("unknown journal format")
            return cls(
                path=path,
                operation=str(raw["operation"]),
                id=str(raw["id"]),
                pid=int(raw["pid"]),
                process_start=None
                if raw.get("process_start") is None
                else str(raw["process_start"]),
                host=str(raw.get("host", "")),
                started_at=datetime.fromisoformat(str(raw["started_at"])),
                steps_done=[str(s) for s in raw.get("steps_done", [])],
                files={str(k): str(v) for k, v in dict(raw.get("files", {})).items()},
                temporaries=[str(t) for t in raw.get("temporaries", [])],
                data=dict(raw.get("data", {})),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise JournalUnreadable(file=path.name) from exc

    def is_running(self) -> bool:
        """Whether the process that wrote it still runs (then it is not interrupted)."""
        if self.host and self.host != socket.gethostname():
            return True  # another machine on a shared folder: assume it is still working
        if self.pid == os.getpid():
            return True
        if not _alive(self.pid):
            return False
        # A live process with the same id but another start time is not the writer.
        return self.process_start is None or _process_start(self.pid) == self.process_start


def _relative(path: Path, data_dir: Path) -> str:
    try:
        return str(Path(path).relative_to(data_dir))
    except ValueError:
        return str(path)


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


TEMPORARIES = "temporaries"  # the operation of tracked_temporaries' journals


@contextlib.contextmanager
def tracked_temporaries(data_dir: Path, *paths: Path) -> Iterator[Journal]:
    """Name scratch files (e.g. an export's hidden ``.part`` file, wherever it is written)
    in a journal while they exist: if the process is killed, the next start deletes them.
    The journal is removed when the block ends, however it ends."""
    journal = Journal.begin(data_dir, TEMPORARIES, files={}, temporaries=paths)
    try:
        yield journal
    finally:
        journal.finish()


def journal_folder(data_dir: Path) -> Path:
    return data_dir / FOLDER_NAME


def any_journal(data_dir: Path) -> bool:
    """Whether an operation's journal is present (cheap; for the start-up fast path)."""
    folder = journal_folder(data_dir)
    return folder.is_dir() and any(folder.glob(f"*{SUFFIX}"))


def named_files(data_dir: Path) -> set[Path]:
    """Every file a present journal names (running operations' files are not leftovers)."""
    folder = journal_folder(data_dir)
    named: set[Path] = set()
    for path in sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []:
        try:
            journal = Journal.read(path)
        except JournalUnreadable:
            continue
        named.update(journal.resolve(name) for name in journal.files.values())
        named.update(journal.resolve(name) for name in journal.temporaries)
    return named


def interrupted(data_dir: Path) -> list[Journal]:
    """Journals whose process is gone, oldest first; raises ``JournalUnreadable``."""
    folder = journal_folder(data_dir)
    if not folder.is_dir():
        return []
    cutoff = time.time() - STRAY_AFTER_S
    for stray in folder.glob("*.partial"):  # a journal write that was itself interrupted
        with contextlib.suppress(OSError):
            if stray.stat().st_mtime < cutoff:
                stray.unlink()
    journals = [Journal.read(path) for path in sorted(folder.glob(f"*{SUFFIX}"))]
    return sorted(
        (journal for journal in journals if not journal.is_running()),
        key=lambda journal: journal.started_at,
    )


def with_companions(path: Path) -> list[Path]:
    """``path`` and the SQLite files that belong to it (-wal, -shm, -journal)."""
    return [path.with_name(path.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")]


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # cannot probe safely: never treat another process's journal as stale
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _process_start(pid: int) -> str | None:
    """The process's start time in clock ticks (Linux), to tell a reused pid apart."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = stat.rpartition(")")[2].split()
    return fields[19] if len(fields) > 19 else None
