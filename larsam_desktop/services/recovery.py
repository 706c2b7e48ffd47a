"""What happens when the local database fails its start-up check.

The file is moved aside (``larsam.sqlite3.corrupt-<timestamp>``, never deleted) and the
newest backup that passes verification is offered: the GUI shows a calm dialog with
"Restore" / "Start empty" / "Quit", the CLI prints the command that restores it.
"""

from __future__ import annotations

import logging

from larsam_desktop.paths import AppPaths
from larsam_desktop.storage import errors
from larsam_desktop.storage.backup_set import BackupSet, move_aside

log = logging.getLogger(__name__)


def move_damaged_database_aside(
    paths: AppPaths, cause: errors.StorageError, passphrase: str | None = None
) -> errors.StorageError:
    """Move the damaged file aside; return the error to raise (never raises itself for a
    file that cannot be moved: then the original error is returned unchanged)."""
    if not paths.database.exists():
        return cause
    try:
        moved = move_aside(paths.database, "corrupt")
    except OSError as exc:
        log.error("could not move the damaged database aside: %s", exc)
        return cause
    newest = BackupSet(paths.backups, passphrase).newest_verified()
    if newest is None:
        advice = "No verified backup was found; LärSam can start with an empty database."
    else:
        advice = (
            f"The newest verified backup is {newest.path.name}; restore it with "
            f"`larsam-desktop backup restore {newest.path}`."
        )
    message = (
        f"The database failed its check ({cause.message}) and was moved aside to "
        f"{moved.name}. {advice}"
    )
    return errors.DatabaseMovedAside(
        message, moved_to=str(moved), backup=str(newest.path) if newest else None
    )
