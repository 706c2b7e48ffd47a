"""One window per data folder: a ``QLockFile`` in the folder (name in storage.instance_lock).

A second start on the same folder is told the data is already open, instead of two
windows writing to one file. A lock left by a crashed window is stale (its process is
gone) and is taken over.
"""

from __future__ import annotations

from PySide6.QtCore import QLockFile

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.startup import lock_path


class InstanceLock:
    def __init__(self, paths: AppPaths) -> None:
        self._file = QLockFile(str(lock_path(paths.data_dir)))
        self._file.setStaleLockTime(0)  # stale only when its process is gone

    def acquire(self) -> bool:
        """True when this process now holds the folder; False when another window does."""
        return self._file.tryLock(0)

    def holder_pid(self) -> int | None:
        info = self._file.getLockInfo()  # (pid, host name, application name) in PySide6
        pid = info[0] if isinstance(info, tuple) and info else 0
        return int(pid) if pid else None

    def release(self) -> None:
        self._file.unlock()

    @property
    def held(self) -> bool:
        return self._file.isLocked()
