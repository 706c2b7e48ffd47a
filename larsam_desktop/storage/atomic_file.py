"""Saving a file all or nothing: the one way LärSam writes a file that must not be half-written.

The safe save of KeePassXC and SQLite: write a temporary file in the same folder, fsync it,
``os.replace`` it over the target, fsync the folder. The old file is never removed first,
so a reader (or the next start after a crash) finds the old content or the new, never half
of either; on any failure the temporary file is removed and the old file is untouched.

These functions raise ``OSError`` (storage code maps it to its own errors);
``services.atomic_file`` offers the same functions raising ``OutputNotWritable``, a message
for the person who chose the file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from larsam_desktop.storage import crash_points

TEMPORARY_SUFFIX = ".partial"  # leftovers of an interrupted save end so (see journal.py)

Content = bytes | str | Callable[[IO[bytes]], None]


@contextmanager
def atomic_output(path: Path, *, private: bool = True, step: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block ends it replaces ``path``.

    ``private`` keeps the file readable by the user only (0600), else 0644. ``step`` names
    the crash point reached once the new file is durably in place (``crash_points.step``).
    An exception inside the block, or while replacing, removes the temporary file.
    """
    folder = path.parent
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if not private:
            temporary.chmod(0o644)
        fsync_file(temporary)
        temporary.replace(path)  # os.replace: atomic, never removes the old file first
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    fsync_directory(folder)
    if step is not None:
        crash_points.step(step)


def write_atomically(
    path: Path, content: Content, *, private: bool = True, step: str | None = None
) -> None:
    """Make ``path`` hold ``content``: bytes, text (UTF-8), or a function that writes to the
    open binary file. All or nothing, as ``atomic_output``."""
    with atomic_output(path, private=private, step=step) as temporary:
        if isinstance(content, bytes):
            temporary.write_bytes(content)
        elif isinstance(content, str):
            temporary.write_bytes(content.encode("utf-8"))
        else:
            with temporary.open("wb") as stream:
                content(stream)


def fsync_file(path: Path) -> None:
    """Flush a closed file's content to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
