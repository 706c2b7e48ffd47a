"""Saving a file all or nothing: the one way LärSam writes a file that must not be half-written.

The safe save of KeePassXC and SQLite: write a temporary file in the same folder, fsync it,
``os.replace`` it over the target, fsync the folder. The old file is never removed first,
so a reader (or the next start after a crash) finds the old content or the new, never half
of either; on any failure the temporary file is removed and the old file is untouched.

A caller that passes ``data_dir`` (every export into a folder the person chose) has its
temporary file named in an intent journal while it exists (``journal.tracked_temporaries``),
so that the next start deletes the hidden file a killed process left, wherever it is.

These functions raise ``OSError`` (storage code maps it to its own errors);
``services.atomic_file`` offers the same functions raising ``OutputNotWritable``, a message
for the person who chose the file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from larsam_desktop.storage import crash_points

TEMPORARY_SUFFIX = ".partial"  # leftovers of an interrupted save end so (see journal.py)

Content = bytes | str | Callable[[IO[bytes]], None]


@contextmanager
def atomic_output(
    path: Path, *, private: bool = True, step: str | None = None, data_dir: Path | None = None
) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block ends it replaces ``path``.

    ``private`` keeps the file readable by the user only (0600), else 0644. ``step`` names
    the crash point reached once the new file is durably in place (``crash_points.step``);
    ``<step>-temporary`` is reached just before, with the whole temporary file on disk.
    ``data_dir`` tracks the temporary file in an intent journal of that data folder (module
    doc). An exception inside the block, or while replacing, removes the temporary file.
    """
    folder = path.parent
    temporary = folder / f".{path.name}.{secrets.token_hex(6)}{TEMPORARY_SUFFIX}"
    with contextlib.ExitStack() as stack:
        if data_dir is not None:
            from larsam_desktop.storage.journal import tracked_temporaries  # imports this module

            stack.enter_context(tracked_temporaries(data_dir, temporary))
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            yield temporary
            if not private:
                temporary.chmod(0o644)
            fsync_file(temporary)
            if step is not None:
                crash_points.step(f"{step}-temporary")
            temporary.replace(path)  # os.replace: atomic, never removes the old file first
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise
        fsync_directory(folder)
    if step is not None:
        crash_points.step(step)


def write_atomically(
    path: Path,
    content: Content,
    *,
    private: bool = True,
    step: str | None = None,
    data_dir: Path | None = None,
) -> None:
    """Make ``path`` hold ``content``: bytes, text (UTF-8), or a function that writes to the
    open binary file. All or nothing, as ``atomic_output``."""
    with atomic_output(path, private=private, step=step, data_dir=data_dir) as temporary:
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
