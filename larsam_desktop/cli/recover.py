"""``larsam-desktop recover``: the state of a damaged data folder, and ``--start-empty``.

Without options it finishes interrupted operations, then says whether the database opens
and, if not, which file was set aside and how to restore the newest verified backup. A
damaged or missing database never becomes an empty one silently: ``--start-empty`` is the
explicit, logged choice (damaged files and backups are kept).
"""

from __future__ import annotations

import argparse

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import fail, stdout


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "recover",
        help="after damage: show the way out, or start with an empty database (--start-empty)",
    )
    parser.add_argument(
        "--start-empty",
        action="store_true",
        help="start with a new, empty database; the damaged file and the backups are kept",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.recovery import start_empty_database
    from larsam_desktop.storage.instance_lock import window_holding

    if context.database_url:
        return fail("recovery applies to the local database file only")
    if not args.start_empty:
        store = context.open()  # raises the message naming the damage and the restore path
        print(f"the database opens: {store.database.describe()}", file=stdout())
        return 0
    holder = window_holding(context.paths.data_dir)
    if holder is not None:
        return fail(f"the window has this data folder open (process {holder}); close it first")
    result = start_empty_database(context.paths, context.passphrase)
    out = stdout()
    print(f"started with an empty database: {context.paths.database}", file=out)
    for path in result.damaged:
        print(f"kept, set aside as damaged: {path}", file=out)
    if result.backups:
        print(
            f"kept {result.backups} backups in {context.paths.backups} "
            "(larsam-desktop backup list)",
            file=out,
        )
    return 0
