"""``larsam-desktop recover``: the state of a damaged data folder, and ``--start-empty``.

Without options it finishes interrupted operations, then says whether the database opens
and, if not, which file was set aside and how to restore the newest verified backup. A
damaged or missing database never becomes an empty one silently: ``--start-empty`` is the
explicit, logged choice (damaged files and backups are kept).
"""

from __future__ import annotations

import argparse

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import add_language_option, cli_texts, fail, language_of, stdout


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "recover",
        help=texts.translate(
            "CliHelp",
            "after damage: show the way out, or start with an empty database (--start-empty)",
        ),
    )
    parser.add_argument(
        "--start-empty",
        action="store_true",
        help=texts.translate(
            "CliHelp", "start with a new, empty database; the damaged file and the backups are kept"
        ),
    )
    add_language_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.recovery import start_empty_database
    from larsam_desktop.storage.instance_lock import window_holding

    texts = Texts(language_of(args))
    if context.database_url:
        return fail(
            texts.translate("RecoverCli", "recovery applies to the local database file only")
        )
    if not args.start_empty:
        store = context.open()  # raises the message naming the damage and the restore path
        opens = texts.translate("RecoverCli", "the database opens: {database}")
        print(fill(opens, {"database": store.database.describe()}), file=stdout())
        return 0
    holder = window_holding(context.paths.data_dir)
    if holder is not None:
        busy = texts.translate(
            "RecoverCli", "the window has this data folder open (process {process}); close it first"
        )
        return fail(fill(busy, {"process": holder}))
    result = start_empty_database(context.paths, context.passphrase)
    out = stdout()
    started = texts.translate("RecoverCli", "started with an empty database: {path}")
    print(fill(started, {"path": str(context.paths.database)}), file=out)
    damaged = texts.translate("RecoverCli", "kept, set aside as damaged: {path}")
    for path in result.damaged:
        print(fill(damaged, {"path": str(path)}), file=out)
    if result.backups:
        kept = texts.translate(
            "RecoverCli", "kept {count} backups in {folder} (larsam-desktop backup list)"
        )
        print(fill(kept, {"count": result.backups, "folder": str(context.paths.backups)}), file=out)
    return 0
