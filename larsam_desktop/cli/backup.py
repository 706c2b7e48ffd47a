"""``larsam-desktop backup create [--out FILE] | list | restore FILE``, each with
``--language sv|en`` (default: the locale)."""

from __future__ import annotations

import argparse
from pathlib import Path

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import add_language_option, cli_texts, fail, language_of, stdout


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "backup", help=texts.translate("CliHelp", "back up, list backups, or restore one")
    )
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create", help=texts.translate("CliHelp", "back up the database now")
    )
    create.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=texts.translate(
            "CliHelp", "write the backup to FILE (with FILE.sha256 beside it) instead of backups/"
        ),
    )
    add_language_option(create)
    create.set_defaults(handler=run_create)
    listing = actions.add_parser(
        "list", help=texts.translate("CliHelp", "list the backups in the data folder, newest first")
    )
    add_language_option(listing)
    listing.set_defaults(handler=run_list)
    restore = actions.add_parser(
        "restore",
        help=texts.translate(
            "CliHelp", "verify FILE, keep the current database as a backup, then restore FILE"
        ),
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    add_language_option(restore)
    restore.set_defaults(handler=run_restore)


def run_create(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.backups import BackupService
    from larsam_desktop.services.catalogue import Texts

    texts = Texts(language_of(args))
    out: Path | None = args.out
    if out is not None and out.exists():
        exists = texts.translate("BackupCli", "{path} exists already; choose a new file name")
        return fail(fill(exists, {"path": str(out)}))
    store = context.open()
    info = BackupService(context.paths, store.database).create(out)
    where = out if out is not None else context.paths.backups / info.file
    count = info.learners or 0
    done = texts.translate(
        "BackupCli", "backed up %n learner(s) to {path} (sha256 {sha256})", None, count
    )
    print(fill(done, {"path": str(where), "sha256": info.sha256}), file=stdout())
    return 0


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.backups import describe
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.storage.backup_set import BackupSet

    texts = Texts(language_of(args))
    backups = BackupSet(context.paths.backups)
    out = stdout()
    entries = backups.entries()
    for info in entries:
        print(describe(info, texts), file=out)
    for path in backups.unlisted_files():
        unlisted = texts.translate("BackupCli", "(not in the manifest, unverified)  {name}")
        print(fill(unlisted, {"name": path.name}), file=out)
    if not entries:
        none = texts.translate("BackupCli", "no backups in {folder}")
        print(fill(none, {"folder": str(context.paths.backups)}), file=out)
    return 0


def run_restore(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.backups import restore_database
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.storage.instance_lock import window_holding

    texts = Texts(language_of(args))
    if context.database_url:
        return fail(
            texts.translate(
                "BackupCli",
                "restore works on the local database file; a shared server is restored "
                "by its administrator",
            )
        )
    holder = window_holding(context.paths.data_dir)
    if holder is not None:
        busy = texts.translate(
            "BackupCli", "the window has this data folder open (process {process}); close it first"
        )
        return fail(fill(busy, {"process": holder}))
    source: Path = args.file
    result = restore_database(context.paths, None, source.resolve(), passphrase=context.passphrase)
    params = {"source": str(source)}
    if result.kept_aside:
        count = result.learners or 0
        done = texts.translate(
            "BackupCli",
            "restored %n learner(s) from {source}; the database as it was is kept as {kept}",
            None,
            count,
        )
        params["kept"] = str(context.paths.backups / result.kept_aside.file)
    else:
        count = result.learners or 0
        done = texts.translate("BackupCli", "restored %n learner(s) from {source}", None, count)
    print(fill(done, params), file=stdout())
    return 0
