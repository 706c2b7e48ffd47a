"""Writing a file a person chose (an export, a plan, a calendar) all or nothing.

The same functions as ``storage.atomic_file`` (temporary file beside the target, fsync,
``os.replace``, fsync of the folder; a failure leaves no partial file and the old file
untouched), but a failure raises ``OutputNotWritable``: a message that says where and why,
in a sentence of the catalogue (``services.os_reasons``), not in the system's words.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from larsam_desktop.services import os_reasons
from larsam_desktop.storage import atomic_file
from larsam_desktop.storage.atomic_file import Content, fsync_directory, fsync_file
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.errors import StorageError

__all__ = [
    "Content",
    "OutputNotWritable",
    "atomic_output",
    "data_folder",
    "fsync_directory",
    "fsync_file",
    "write_atomically",
]


class OutputNotWritable(StorageError):
    """The output file cannot be written; the message says where and why."""

    default_template = "Cannot write {path} (system error {code})."


@contextmanager
def atomic_output(
    path: Path, *, private: bool = True, step: str | None = None, data_dir: Path | None = None
) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; on success it replaces ``path``.
    ``data_dir``: the next start of that data folder deletes a killed write's temporary."""
    check_output(path)
    try:
        with atomic_file.atomic_output(
            path, private=private, step=step, data_dir=data_dir
        ) as temporary:
            yield temporary
    except OSError as exc:
        raise not_writable(path, exc) from exc


def write_atomically(
    path: Path,
    content: Content,
    *,
    private: bool = True,
    step: str | None = None,
    data_dir: Path | None = None,
) -> None:
    """Make ``path`` hold ``content`` (bytes, UTF-8 text, or a function writing to the open
    binary file), all or nothing."""
    check_output(path)
    try:
        atomic_file.write_atomically(path, content, private=private, step=step, data_dir=data_dir)
    except OSError as exc:
        raise not_writable(path, exc) from exc


def data_folder(database: Database) -> Path | None:
    """The data folder of a local database (where the journal of a write's temporary file
    goes); None on a server."""
    return database.file_path.parent if database.file_path is not None else None


def check_output(path: Path) -> None:
    """Refuse at once what cannot work: a missing folder, a target that is a folder."""
    folder = path.parent
    try:
        folder_exists, is_folder = folder.is_dir(), path.is_dir()
    except OSError as exc:  # a name too long, a loop of links: the system says why
        raise not_writable(path, exc) from exc
    if not folder_exists:
        raise OutputNotWritable("The folder {folder} does not exist.", folder=str(folder))
    if is_folder:
        raise OutputNotWritable("{path} is a folder.", path=str(path))


def not_writable(path: Path, exc: OSError) -> OutputNotWritable:
    """The calm message for an ``OSError`` met while writing ``path``: a whole sentence per
    usual cause, else the system's code; never the system's English (``os_reasons``)."""
    reason = os_reasons.not_writable(path, exc)
    return OutputNotWritable(reason.template, **reason.params)
