"""``larsam-desktop backup create [--out FILE] | list | restore FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import fail, stdout


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("backup", help="back up, list backups, or restore one")
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="back up the database now")
    create.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="write the backup to FILE (with FILE.sha256 beside it) instead of backups/",
    )
    create.set_defaults(handler=run_create)
    listing = actions.add_parser("list", help="list the backups in the data folder, newest first")
    listing.set_defaults(handler=run_list)
    restore = actions.add_parser(
        "restore",
        help="verify FILE, keep the current database as a backup, then restore FILE",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=run_restore)


def run_create(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.backups import BackupService

    out: Path | None = args.out
    if out is not None and out.exists():
        return fail(f"{out} exists already; choose a new file name")
    store = context.open()
    info = BackupService(context.paths, store.database).create(out)
    where = out if out is not None else context.paths.backups / info.file
    print(f"backed up {info.learners} learners to {where} (sha256 {info.sha256})", file=stdout())
    return 0


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.backups import describe
    from larsam_desktop.storage.backup_set import BackupSet

    backups = BackupSet(context.paths.backups)
    out = stdout()
    entries = backups.entries()
    for info in entries:
        print(describe(info), file=out)
    for path in backups.unlisted_files():
        print(f"(not in the manifest, unverified)  {path.name}", file=out)
    if not entries:
        print(f"no backups in {context.paths.backups}", file=out)
    return 0


def run_restore(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.backups import restore_database
    from larsam_desktop.storage.instance_lock import window_holding

    if context.database_url:
        return fail(
            "restore works on the local database file; a shared server is restored "
            "by its administrator"
        )
    holder = window_holding(context.paths.data_dir)
    if holder is not None:
        return fail(f"the window has this data folder open (process {holder}); close it first")
    source: Path = args.file
    result = restore_database(context.paths, None, source.resolve(), passphrase=context.passphrase)
    kept = (
        f"; the database as it was is kept as {context.paths.backups / result.kept_aside.file}"
        if result.kept_aside
        else ""
    )
    print(f"restored {result.learners} learners from {source}{kept}", file=stdout())
    return 0
