"""One write lock per data folder, shared by every process that writes to it.

Ordinary writers (every unit of work, imports, CLI commands) hold the **shared** side for
as long as their transaction lasts; operations that replace or rewrite the whole database
(restore, encrypt, migration, start-empty) hold the **exclusive** side. So a restore never
runs between a writer's commit and its report, and a writer never commits into a file
that is about to be replaced: every commit a command reported is in the database or in
the copy the whole-database operation kept.

The lock is the file ``larsam.write.lock`` in the data folder, locked with ``flock``
(POSIX; released by the kernel when a process dies, so a kill never leaves it held) or
``msvcrt.locking`` (Windows, where both sides are exclusive: writers are serialised by
SQLite's ``BEGIN IMMEDIATE`` anyway). Inside one process, several threads may hold the
shared side at once, and the thread holding the exclusive side may also take either side
again (a restore opens the store it restored).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from larsam_desktop.storage.errors import DatabaseLocked

LOCK_FILENAME = "larsam.write.lock"
SHARED_TIMEOUT_S = 30.0  # a writer waits this long for a restore or migration to finish
EXCLUSIVE_TIMEOUT_S = 30.0  # a whole-database operation waits this long for writers
_POLL_S = 0.02


class WholeDatabaseOperationRunning(DatabaseLocked):
    default_template = (
        "Another LärSam program is restoring, encrypting or upgrading this database; "
        "try again when it has finished."
    )


class WritersStillActive(DatabaseLocked):
    default_template = (
        "Other LärSam programs are still saving to this database; close them or try again "
        "in a moment. Nothing was changed."
    )


class HeldByThisProgram(DatabaseLocked):
    default_template = (
        "This program is still saving to the database; wait for that to finish and try "
        "again. Nothing was changed."
    )


@dataclass
class _FolderLock:
    """This process's view of one data folder's lock file."""

    path: Path
    fd: int | None = None
    shared: int = 0  # shared holders in this process
    exclusive: int = 0  # re-entrant depth of the exclusive holder
    owner: int | None = None  # thread id holding the exclusive side
    shared_by: dict[int, int] = field(default_factory=dict)  # thread id -> depth
    condition: threading.Condition = field(default_factory=threading.Condition)


_locks: dict[Path, _FolderLock] = {}
_registry = threading.Lock()


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILENAME


def _folder_lock(data_dir: Path) -> _FolderLock:
    path = lock_path(data_dir).absolute()
    with _registry:
        found = _locks.get(path)
        if found is None:
            found = _locks[path] = _FolderLock(path)
        return found


@contextmanager
def shared(data_dir: Path, timeout: float = SHARED_TIMEOUT_S) -> Iterator[None]:
    """Hold the shared side: wait (up to ``timeout`` s) while a whole-database operation runs.

    Raises ``WholeDatabaseOperationRunning`` when the wait is over.
    """
    lock = _folder_lock(data_dir)
    me = threading.get_ident()
    deadline = time.monotonic() + timeout
    with lock.condition:
        while lock.exclusive and lock.owner != me:
            if not lock.condition.wait(max(0.0, deadline - time.monotonic())):
                raise WholeDatabaseOperationRunning()
        if lock.exclusive == 0 and lock.shared == 0:
            _acquire(lock, exclusive=False, deadline=deadline)
        lock.shared += 1
        lock.shared_by[me] = lock.shared_by.get(me, 0) + 1
    try:
        yield
    finally:
        with lock.condition:
            lock.shared -= 1
            depth = lock.shared_by[me] - 1
            if depth:
                lock.shared_by[me] = depth
            else:
                del lock.shared_by[me]
            if lock.shared == 0 and lock.exclusive == 0:
                _release(lock)
            lock.condition.notify_all()


@contextmanager
def exclusive(data_dir: Path, timeout: float = EXCLUSIVE_TIMEOUT_S) -> Iterator[None]:
    """Hold the exclusive side: wait (up to ``timeout`` s) until no other writer is active.

    Raises ``HeldByThisProgram`` at once when this thread is itself inside a writing unit
    of work (waiting would never end), ``WritersStillActive`` when the wait is over.
    """
    lock = _folder_lock(data_dir)
    me = threading.get_ident()
    deadline = time.monotonic() + timeout
    with lock.condition:
        if lock.owner == me:
            lock.exclusive += 1
        else:
            if me in lock.shared_by:
                raise HeldByThisProgram()
            while lock.exclusive or lock.shared:
                if not lock.condition.wait(max(0.0, deadline - time.monotonic())):
                    raise WritersStillActive()
            _acquire(lock, exclusive=True, deadline=deadline)
            lock.exclusive, lock.owner = 1, me
    try:
        yield
    finally:
        with lock.condition:
            lock.exclusive -= 1
            if lock.exclusive == 0:
                lock.owner = None
                if lock.shared:  # the owner thread took the shared side inside: keep that
                    _downgrade(lock)
                else:
                    _release(lock)
            lock.condition.notify_all()


def held_exclusively_here(data_dir: Path) -> bool:
    """Whether this thread holds the exclusive side (for assertions and tests)."""
    lock = _folder_lock(data_dir)
    return lock.owner == threading.get_ident()


# ---- the operating system's side


def _open(lock: _FolderLock) -> int | None:
    if lock.fd is not None:
        return lock.fd
    try:
        lock.fd = os.open(lock.path, os.O_RDWR | os.O_CREAT, 0o600)
    except FileNotFoundError:
        return None  # no data folder yet: nothing to protect
    except OSError:
        try:  # a read-only folder: nobody writes here, but lock the file if it exists
            lock.fd = os.open(lock.path, os.O_RDONLY)
        except OSError:
            return None
    return lock.fd


def _acquire(lock: _FolderLock, *, exclusive: bool, deadline: float) -> None:
    fd = _open(lock)
    if fd is None:
        return
    while True:
        if _try_lock(fd, exclusive):
            return
        if time.monotonic() >= deadline:
            _close(lock)
            raise WritersStillActive() if exclusive else WholeDatabaseOperationRunning()
        time.sleep(_POLL_S)


def _downgrade(lock: _FolderLock) -> None:
    if lock.fd is not None and os.name == "posix":
        import fcntl

        fcntl.flock(lock.fd, fcntl.LOCK_SH)  # from exclusive: never blocks


def _release(lock: _FolderLock) -> None:
    if lock.fd is None:
        return
    if os.name == "posix":
        import fcntl

        fcntl.flock(lock.fd, fcntl.LOCK_UN)
    else:
        import msvcrt

        os.lseek(lock.fd, 0, os.SEEK_SET)
        msvcrt.locking(lock.fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    _close(lock)


def _close(lock: _FolderLock) -> None:
    if lock.fd is not None:
        os.close(lock.fd)
        lock.fd = None


def _try_lock(fd: int, exclusive: bool) -> bool:
    if os.name == "posix":
        import fcntl

        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    import msvcrt

    try:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except OSError:
        return False
    return True
