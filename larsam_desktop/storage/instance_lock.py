"""The window's one-instance-per-data-folder lock, as seen from outside Qt.

The window holds a ``QLockFile`` named ``larsam.lock`` in the data folder (ui.instance_lock).
Commands that replace the database (``backup restore``) must not run under an open window,
so they read the lock here with the standard library: QLockFile writes the holder's process
id on the first line, and a lock whose process is gone is stale.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

LOCK_FILENAME = "larsam.lock"


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILENAME


def window_holding(data_dir: Path) -> int | None:
    """The process id of a live window that has this data folder open, else None.

    POSIX only: elsewhere a process cannot be probed safely (``os.kill`` would end it on
    Windows), and None is returned.
    """
    path = lock_path(data_dir)
    if os.name != "posix" or not path.is_file():
        return None
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return pid  # another machine (a shared network folder): assume it is open there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid  # alive, owned by someone else
    return pid
