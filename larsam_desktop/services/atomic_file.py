"""Writing a file all or nothing: into a temporary file beside it, then renamed over it.

A failure (disk full, cancelled, unwritable folder) leaves no partial file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


class OutputNotWritable(Exception):
    """The output file cannot be written; the message says where and why."""


@contextmanager
def atomic_output(path: Path, *, private: bool = True) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; on success it replaces ``path``."""
    folder = path.parent
    if not folder.is_dir():
        raise OutputNotWritable(f"The folder {folder} does not exist.")
    if path.is_dir():
        raise OutputNotWritable(f"{path} is a folder.")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputNotWritable(f"Cannot write in {folder}: {exc.strerror or exc}.") from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if not private:
            temporary.chmod(0o644)
        temporary.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputNotWritable(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def write_atomically(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Call ``write`` with a binary file that becomes ``path`` when it returns."""
    with atomic_output(path) as temporary, temporary.open("wb") as handle:
        write(handle)
