"""``larsam-desktop encrypt --yes``: turn the local database into an encrypted one.

The passphrase comes from ``--passphrase-file`` or ``$LARSAM_PASSPHRASE``. Without
``--yes`` it lists every plaintext copy it would remove (moved-aside files, plaintext
backups, leftovers) and changes nothing. With it, the copies are removed once the
encrypted database and an encrypted backup are in place, and it says exactly what remains.
"""

from __future__ import annotations

import argparse

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import fail, stdout


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "encrypt",
        help="encrypt the local database with a passphrase (from --passphrase-file or "
        "$LARSAM_PASSPHRASE); plaintext copies are listed, and removed with --yes",
    )
    parser.add_argument(
        "--yes", action="store_true", help="confirm: the listed plaintext copies are deleted"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.encryption import (
        encrypt_local_database,
        not_covered,
        plaintext_copies,
    )
    from larsam_desktop.storage.encryption import is_encrypted_folder
    from larsam_desktop.storage.instance_lock import window_holding

    if context.database_url:
        return fail("encryption applies to the local database file only")
    if not context.passphrase:
        return fail("give the passphrase with --passphrase-file FILE or $LARSAM_PASSPHRASE")
    out = stdout()
    if is_encrypted_folder(context.paths.data_dir):
        return _plaintext_left(context, yes=args.yes)
    if not args.yes:
        copies = plaintext_copies(context.paths)
        print(f"plaintext copies that encrypting removes ({len(copies)}):", file=out)
        for path in copies:
            print(f"  {path}", file=out)
        return fail("add --yes to confirm: the plaintext database and these copies are deleted")
    if window_holding(context.paths.data_dir) is not None:
        return fail("the window has this data folder open; close it first")
    result = encrypt_local_database(context.paths, context.passphrase)
    print(
        f"encrypted {result.learners} learners; removed {result.plaintext_backups_removed} "
        f"plaintext backups; new encrypted backup {result.backup}",
        file=out,
    )
    for path in result.plaintext_removed:
        print(f"removed plaintext copy: {path}", file=out)
    for path in result.remaining:
        print(f"could not remove plaintext copy: {path}", file=out)
    if not result.remaining:
        print("no plaintext copy remains in the data folder", file=out)
    for note in not_covered(context.paths):
        print(f"note: {note}", file=out)
    return 1 if result.remaining else 0


def _plaintext_left(context: CliContext, *, yes: bool) -> int:
    """An encrypted folder: list (or with --yes remove) plaintext copies still in it."""
    from larsam_desktop.services.encryption import plaintext_copies, remove_plaintext_copies

    out = stdout()
    copies = plaintext_copies(context.paths)
    if not copies:
        print("this data folder is encrypted already; no plaintext copy remains", file=out)
        return 0
    if not yes:
        print(f"plaintext copies left in this encrypted folder ({len(copies)}):", file=out)
        for path in copies:
            print(f"  {path}", file=out)
        return fail("add --yes to delete them")
    removed, remaining = remove_plaintext_copies(context.paths)
    for path in removed:
        print(f"removed plaintext copy: {path}", file=out)
    for path in remaining:
        print(f"could not remove plaintext copy: {path}", file=out)
    return 1 if remaining else 0
