"""Why a file a person chose could not be written or read, as whole sentences of the catalogue.

The system's own words (``strerror``: "No such file or directory", English whatever the
interface) never fill a sentence a person reads: each usual ``errno`` has a sentence of its
own, anything else names the system's code ("(systemfel EBADF)"), and the system's words go
to the log. The sentences are literal templates here (packaging/dynamic_messages.py collects
them); a caller that raises its own error class copies ``template`` and ``params``
(``services.atomic_file``, ``services.stats_export.export``).
"""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from larsam_desktop.domain.errors import UserError
from larsam_desktop.storage.errors import system_code

log = logging.getLogger(__name__)


class FileNotWritable(UserError):
    """A file cannot be written; the sentence says where and, in plain words, why."""

    default_template = "Cannot write {path} (system error {code})."


class FileNotReadable(UserError):
    """A file cannot be read; the sentence says which and, in plain words, why."""

    default_template = "Cannot read {path} (system error {code})."


def not_writable(path: Path, exc: OSError) -> FileNotWritable:
    """The sentence for an ``OSError`` met while writing ``path`` (its folder beside it)."""
    log.info("cannot write %s: %s", path, exc)  # the system's own words, for whoever helps
    where = {"path": str(path), "folder": str(path.parent)}
    number = exc.errno
    if number in (errno.EACCES, errno.EPERM):
        return FileNotWritable("Cannot write {path}: no permission to write in {folder}.", **where)
    if number == errno.ENOENT:
        return FileNotWritable("Cannot write {path}: a folder on its way does not exist.", **where)
    if number == errno.ENOTDIR:
        return FileNotWritable("Cannot write {path}: a part of the path is not a folder.", **where)
    if number == errno.EISDIR:
        return FileNotWritable("Cannot write {path}: it is a folder.", **where)
    if number in (errno.ENOSPC, errno.EDQUOT):
        return FileNotWritable("Cannot write {path}: the disk is full.", **where)
    if number == errno.EROFS:
        return FileNotWritable("Cannot write {path}: the disk is read-only.", **where)
    if number == errno.EIO:
        return FileNotWritable(
            "Cannot write {path}: the disk could not be read or written.", **where
        )
    if number == errno.ENAMETOOLONG:
        return FileNotWritable("Cannot write {path}: the name is too long.", **where)
    return FileNotWritable(path=str(path), code=system_code(exc))


def not_readable(path: Path, exc: OSError) -> FileNotReadable:
    """The sentence for an ``OSError`` met while reading ``path``."""
    log.info("cannot read %s: %s", path, exc)
    where = {"path": str(path)}
    number = exc.errno
    if number in (errno.EACCES, errno.EPERM):
        return FileNotReadable("Cannot read {path}: access is refused.", **where)
    if number in (errno.ENOENT, errno.ENOTDIR):
        return FileNotReadable("Cannot read {path}: it does not exist.", **where)
    if number == errno.EISDIR:
        return FileNotReadable("Cannot read {path}: it is a folder.", **where)
    if number == errno.EIO:
        return FileNotReadable("Cannot read {path}: the disk could not be read.", **where)
    if number == errno.ENAMETOOLONG:
        return FileNotReadable("Cannot read {path}: the name is too long.", **where)
    return FileNotReadable(path=str(path), code=system_code(exc))
