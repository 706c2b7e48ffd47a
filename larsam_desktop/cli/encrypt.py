"""``larsam-desktop encrypt --yes``: turn the local database into an encrypted one.

The passphrase comes from ``--passphrase-file`` or ``$LARSAM_PASSPHRASE``. The plaintext
database and the plaintext backups are removed once the encrypted copy verifies; a fresh
encrypted backup is made at once.
"""

from __future__ import annotations

import argparse

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import fail, stdout


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "encrypt",
        help="encrypt the local database with a passphrase (from --passphrase-file or "
        "$LARSAM_PASSPHRASE); plaintext copies are removed",
    )
    parser.add_argument("--yes", action="store_true", help="confirm: plaintext backups are deleted")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.encryption import encrypt_local_database
    from larsam_desktop.storage.instance_lock import window_holding

    if context.database_url:
        return fail("encryption applies to the local database file only")
    if not context.passphrase:
        return fail("give the passphrase with --passphrase-file FILE or $LARSAM_PASSPHRASE")
    if not args.yes:
        return fail("add --yes to confirm: the plaintext database and backups are deleted")
    if window_holding(context.paths.data_dir) is not None:
        return fail("the window has this data folder open; close it first")
    result = encrypt_local_database(context.paths, context.passphrase)
    print(
        f"encrypted {result.learners} learners; removed {result.plaintext_backups_removed} "
        f"plaintext backups; new encrypted backup {result.backup}",
        file=stdout(),
    )
    return 0
