"""What happens before the local database is opened, and when it fails its check.

``prepare_local_database`` runs first on every start (window and every command, from
``open_store``), before anything else touches the file:

1. **interrupted operations**: each intent journal (``storage.journal``) whose process is
   gone goes to its operation's ``recover`` function, which completes or rolls back, then
   clears the journal and its temporary files;
2. **leftovers** no journal names: a stale ``larsam.sqlite3.encrypting-*`` copy, and
   half-written ``.partial`` / hidden ``.part`` files older than an hour;
3. **the damage rule**: damage never becomes an empty database. A file that cannot be
   opened or read is damage (moved aside by ``open_store``); a missing or empty database
   while a moved-aside file, a backup or ``encryption.json`` exists is refused with
   ``DatabaseNeedsRecovery`` — unless the coach chose to start empty (``start_empty``:
   ``larsam-desktop recover --start-empty`` or the window's button), which is logged.

A file that fails is moved aside (``larsam.sqlite3.corrupt-<timestamp>``, never deleted)
and the newest backup that passes verification is offered: the window shows a calm dialog
with "Restore" / "Start empty" / "Quit", the command line prints the restore command.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from larsam_desktop.domain.errors import Param, UserError
from larsam_desktop.paths import AppPaths
from larsam_desktop.storage import errors, write_lock
from larsam_desktop.storage.backup_set import BackupSet, move_aside
from larsam_desktop.storage.encryption import PassphraseRequired, is_encrypted_folder
from larsam_desktop.storage.integrity import probe_local_file
from larsam_desktop.storage.journal import Journal, interrupted, named_files, with_companions

log = logging.getLogger(__name__)
STALE_AFTER_S = 3600  # an untracked half-written file this old belongs to no live process
START_EMPTY_COMMAND = "larsam-desktop recover --start-empty"
STARTED_EMPTY_KEY = "started_empty_at"  # app_meta: when the coach chose to start empty
STARTED_EMPTY_AFTER_KEY = "started_empty_after"  # … and the damaged file kept then
# operation name → "module:function" taking (paths, journal) and returning a summary
RECOVERERS = {
    "encrypt": "larsam_desktop.services.encryption:recover_interrupted",
    "temporaries": "larsam_desktop.services.recovery:remove_temporaries",
}


class DatabaseNeedsRecovery(errors.DatabaseMovedAside):
    """The database is damaged or gone and nothing new was created; ``backup`` (if any) is
    the newest verified backup, ``moved_to`` the damaged file set aside ("" if none)."""

    def __init__(
        self,
        template: str,
        *,
        moved_to: str,
        backup: str | None,
        causes: Mapping[str, UserError],
        **params: Param,
    ) -> None:
        """``causes``: parameters that are errors of their own (``{reason}``: what failed
        the check), translated with the message where it is shown."""
        english = {name: cause.message for name, cause in causes.items()}
        errors.DatabaseCorrupt.__init__(self, template, **english, **params)
        self.causes.update(causes)
        self.moved_to = moved_to
        self.backup = backup


class UnknownInterruptedOperation(errors.StorageError):
    default_template = (
        "An operation ({operation}) of a newer LärSam Desktop was interrupted in this data "
        "folder; open it with that version first. Nothing was changed."
    )


def prepare_local_database(
    paths: AppPaths, passphrase: str | None = None, *, start_empty: bool = False
) -> None:
    """Finish interrupted operations, clear leftovers, and apply the damage rule (module doc).

    Raises ``DatabaseCorrupt`` for a file that cannot be read (``open_store`` moves it
    aside), ``DatabaseNeedsRecovery`` for a database that is gone, ``WrongPassphrase``.
    """
    if not paths.data_dir.is_dir():
        return  # a new data folder: nothing to recover
    try:
        finish_interrupted_operations(paths)
        clear_leftovers(paths)
        _apply_damage_rule(paths, passphrase, start_empty=start_empty)
    except OSError as exc:  # a read-only or full folder, no access: not a bug
        raise errors.from_os_error(exc) from exc


def _apply_damage_rule(paths: AppPaths, passphrase: str | None, *, start_empty: bool) -> None:
    live = paths.database
    if (live.is_file() and live.stat().st_size > 0) or live.is_dir():
        encrypted = is_encrypted_folder(paths.data_dir)
        if encrypted and passphrase is None:
            return  # opening asks for the passphrase first
        damage = probe_local_file(live, encrypted=encrypted)  # the key: check_passphrase
        if damage is not None:
            raise damage
        return
    _refuse_silent_empty(paths, passphrase, start_empty=start_empty)


def finish_interrupted_operations(paths: AppPaths) -> list[str]:
    """Complete or roll back every interrupted operation; returns what was done."""
    done: list[str] = []
    if not interrupted(paths.data_dir):
        return done
    with write_lock.exclusive(paths.data_dir):  # two starts never recover one journal twice
        for journal in interrupted(paths.data_dir):
            recover = _recoverer(journal.operation)
            summary = recover(paths, journal)
            log.warning("interrupted %s from %s: %s", journal.operation, journal.id, summary)
            done.append(f"{journal.operation}: {summary}")
    return done


def remove_temporaries(paths: AppPaths, journal: Journal) -> str:
    """A killed writer's scratch files (storage.journal.tracked_temporaries): delete them."""
    removed = journal.remove_temporaries()
    journal.finish()
    return f"{len(removed)} temporary files removed"


def clear_leftovers(paths: AppPaths, *, older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Remove what killed operations of older versions (or untracked writers) left."""
    removed: list[Path] = []
    live = paths.database
    busy = named_files(paths.data_dir)  # an operation running elsewhere still needs them
    for copy in sorted(paths.data_dir.glob(f"{live.name}.encrypting-*")):
        if copy.name.endswith(("-wal", "-shm", "-journal")) or copy in busy:
            continue
        if live.is_file() and live.stat().st_size > 0:
            removed.extend(_unlink(with_companions(copy)))
        elif is_encrypted_folder(paths.data_dir):
            # An older version died between removing the plaintext and renaming its
            # verified encrypted copy into place: the copy is the database.
            copy.replace(live)
            log.warning("put the encrypted copy %s in place of the missing database", copy.name)
    cutoff = time.time() - older_than_s
    for folder in (paths.data_dir, paths.backups):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            hidden_part = path.name.startswith(".") and path.name.endswith(".part")
            if not (hidden_part or ".partial" in path.name) or path in busy:
                continue
            if not path.is_file():
                continue
            try:
                if path.stat().st_mtime < cutoff:
                    removed.extend(_unlink([path]))
            except OSError:
                continue
    if removed:
        log.info("cleared %d leftover files", len(removed))
    return removed


def damaged_files(paths: AppPaths) -> list[Path]:
    """Files set aside as damaged, newest first."""
    return sorted(
        (
            path
            for path in paths.data_dir.glob(f"{paths.database.name}.corrupt-*")
            if not path.name.endswith(("-wal", "-shm", "-journal"))
        ),
        key=lambda path: path.name,
        reverse=True,
    )


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
        log.error("could not move the damaged database aside: %s", exc.strerror)
        return cause
    newest = BackupSet(paths.backups, passphrase).newest_verified()
    if newest is None:
        return DatabaseNeedsRecovery(
            "The database failed its check ({reason}) and was moved aside to {moved}. No "
            "verified backup was found; to start with an empty database, run `{start_empty}`.",
            moved_to=str(moved),
            backup=None,
            causes={"reason": cause},
            moved=moved.name,
            start_empty=START_EMPTY_COMMAND,
        )
    return _moved_with_backup(paths, cause, moved, newest.path)


def damage_found_later(
    paths: AppPaths, cause: errors.DatabaseCorrupt, passphrase: str | None = None
) -> errors.StorageError:
    """The error to show for damage met while a command read rows, after the file passed
    its start-up check: the file stays in place (the damage may be one row) and the newest
    verified backup's restore command is named (a restore keeps the current file)."""
    if isinstance(cause, errors.DatabaseMovedAside):
        return cause
    try:
        newest = BackupSet(paths.backups, passphrase).newest_verified()
    except (OSError, errors.StorageError):
        newest = None
    if newest is None:
        return DatabaseNeedsRecovery(
            "{reason} No verified backup was found.",
            moved_to="",
            backup=None,
            causes={"reason": cause},
        )
    return DatabaseNeedsRecovery(
        "{reason} The newest verified backup is {backup_name}; restore it with `{restore}`.",
        moved_to="",
        backup=str(newest.path),
        causes={"reason": cause},
        backup_name=newest.path.name,
        restore=_restore_command(paths, newest.path),
    )


def _moved_with_backup(
    paths: AppPaths, cause: errors.StorageError, moved: Path, backup: Path
) -> DatabaseNeedsRecovery:
    return DatabaseNeedsRecovery(
        "The database failed its check ({reason}) and was moved aside to {moved}. The newest "
        "verified backup is {backup_name}; restore it with `{restore}` (or start with an "
        "empty database: `{start_empty}`).",
        moved_to=str(moved),
        backup=str(backup),
        causes={"reason": cause},
        moved=moved.name,
        backup_name=backup.name,
        restore=_restore_command(paths, backup),
        start_empty=START_EMPTY_COMMAND,
    )


def _refuse_silent_empty(paths: AppPaths, passphrase: str | None, *, start_empty: bool) -> None:
    live = paths.database
    backups = BackupSet(paths.backups)
    has_backups = bool(backups.entries() or backups.unlisted_files())
    damaged = damaged_files(paths)
    encrypted = is_encrypted_folder(paths.data_dir)
    if not (has_backups or damaged or encrypted):
        return  # a new data folder
    if start_empty:
        if live.exists():
            move_aside(live, "empty")
        log.warning(
            "starting with an empty database by the coach's choice (%d damaged files kept, "
            "backups %s)",
            len(damaged),
            "kept" if has_backups else "none",
        )
        return
    if live.exists():  # empty: keep it as evidence, beside the others
        damaged.insert(0, move_aside(live, "corrupt"))
    moved = str(damaged[0]) if damaged else ""
    if damaged:
        what = UserError("{file} was set aside as damaged", file=damaged[0].name)
    else:
        what = UserError("the database file {file} is missing or empty", file=live.name)
    newest = BackupSet(paths.backups, passphrase if encrypted else None).newest_verified()
    if newest is None:
        raise DatabaseNeedsRecovery(
            "There is no usable database: {what}, and no new one was created. No verified "
            "backup was found; to start with an empty database, run `{start_empty}`.",
            moved_to=moved,
            backup=None,
            causes={"what": what},
            start_empty=START_EMPTY_COMMAND,
        )
    raise DatabaseNeedsRecovery(
        "There is no usable database: {what}, and no new one was created. The newest "
        "verified backup is {backup_name}; restore it with `{restore}` (or start with an "
        "empty database: `{start_empty}`).",
        moved_to=moved,
        backup=str(newest.path),
        causes={"what": what},
        backup_name=newest.path.name,
        restore=_restore_command(paths, newest.path),
        start_empty=START_EMPTY_COMMAND,
    )


def _restore_command(paths: AppPaths, backup: Path) -> str:
    key = "--passphrase-file FILE " if is_encrypted_folder(paths.data_dir) else ""
    return f"larsam-desktop {key}backup restore {backup}"


def _recoverer(operation: str) -> Callable[[AppPaths, Journal], str]:
    target = RECOVERERS.get(operation)
    if target is None:
        raise UnknownInterruptedOperation(operation=operation)
    module, _, name = target.partition(":")
    function: Callable[[AppPaths, Journal], str] = getattr(importlib.import_module(module), name)
    return function


def _unlink(paths: list[Path]) -> list[Path]:
    removed = []
    for path in paths:
        try:
            if path.is_file():
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


class StartEmptyRefused(errors.StorageError):
    default_template = (
        "A readable database is in place ({file}); nothing was changed. To replace it, "
        "restore a backup instead."
    )


@dataclass(frozen=True, slots=True)
class StartedEmpty:
    """What starting empty kept: the damaged files set aside and the backups."""

    damaged: tuple[Path, ...]
    backups: int


def start_empty_database(paths: AppPaths, passphrase: str | None = None) -> StartedEmpty:
    """The coach's explicit choice: a new, empty database where the damaged one was.

    Refused while a readable database is in place. Damaged files and backups are kept;
    the choice is written to the log and into the new database (``app_meta``).
    """
    with write_lock.exclusive(paths.data_dir):  # no other writer while the file is replaced
        return _start_empty_locked(paths, passphrase)


def _start_empty_locked(paths: AppPaths, passphrase: str | None) -> StartedEmpty:
    from larsam_desktop.services.store import open_store

    live = paths.database
    if live.is_dir() or (live.is_file() and live.stat().st_size > 0):
        encrypted = is_encrypted_folder(paths.data_dir)
        if encrypted and passphrase is None:
            raise PassphraseRequired()
        if probe_local_file(live, passphrase if encrypted else None) is None:
            raise StartEmptyRefused(file=live.name)
        move_aside(live, "corrupt")
    from larsam_desktop.services.audit_restore import note_start_empty

    note_start_empty(paths.data_dir, datetime.now(UTC))  # the audit anchor starts again too
    store = open_store(paths, passphrase=passphrase, start_empty=True)
    damaged = tuple(damaged_files(paths))
    try:
        with store.database.unit_of_work() as uow:
            uow.meta.set(STARTED_EMPTY_KEY, datetime.now(UTC).isoformat(timespec="seconds"))
            if damaged:
                uow.meta.set(STARTED_EMPTY_AFTER_KEY, damaged[0].name)
    finally:
        store.database.dispose()
    backups = BackupSet(paths.backups)
    count = len(backups.entries()) + len(backups.unlisted_files())
    log.warning("started with an empty database by choice; %d backups kept", count)
    return StartedEmpty(damaged, count)
