"""``larsam-desktop encrypt --yes``: turn the local database into an encrypted one.

The passphrase comes from ``--passphrase-file`` or ``$LARSAM_PASSPHRASE``. Without
``--yes`` it lists every plaintext copy it would remove (moved-aside files, plaintext
backups, leftovers) and changes nothing. With it, the copies are removed once the
encrypted database and an encrypted backup are in place, and it says exactly what remains.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import add_language_option, cli_texts, fail, language_of, stdout
from larsam_desktop.domain.errors import fill

if TYPE_CHECKING:
    from larsam_desktop.services.catalogue import Texts


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "encrypt",
        help=texts.translate(
            "CliHelp",
            "encrypt the local database with a passphrase (from --passphrase-file or "
            "$LARSAM_PASSPHRASE); plaintext copies are listed, and removed with --yes",
        ),
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        help=texts.translate("CliHelp", "confirm: the listed plaintext copies are deleted"),
    )
    add_language_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.encryption import (
        encrypt_local_database,
        not_covered,
        plaintext_copies,
    )
    from larsam_desktop.storage.encryption import is_encrypted_folder
    from larsam_desktop.storage.instance_lock import window_holding

    texts = Texts(language_of(args))
    if context.database_url:
        return fail(
            texts.translate("EncryptCli", "encryption applies to the local database file only")
        )
    if not context.passphrase:
        return fail(
            texts.translate(
                "EncryptCli",
                "give the passphrase with --passphrase-file FILE or $LARSAM_PASSPHRASE",
            )
        )
    out = stdout()
    if is_encrypted_folder(context.paths.data_dir):
        return _plaintext_left(context, texts, yes=args.yes)
    if not args.yes:
        copies = plaintext_copies(context.paths)
        listed = texts.translate(
            "EncryptCli", "plaintext copies that encrypting removes ({count}):"
        )
        print(fill(listed, {"count": len(copies)}), file=out)
        for path in copies:
            print(f"  {path}", file=out)
        return fail(
            texts.translate(
                "EncryptCli",
                "add --yes to confirm: the plaintext database and these copies are deleted",
            )
        )
    if window_holding(context.paths.data_dir) is not None:
        return fail(
            texts.translate("EncryptCli", "the window has this data folder open; close it first")
        )
    result = encrypt_local_database(context.paths, context.passphrase)
    count = result.learners
    done = texts.translate(
        "EncryptCli",
        "encrypted %n learner(s); removed {removed} plaintext backups; new encrypted backup "
        "{backup}",
        None,
        count,
    )
    params: dict[str, str | int] = {
        "removed": result.plaintext_backups_removed,
        "backup": str(result.backup),
    }
    print(fill(done, params), file=out)
    _removals(texts, result.plaintext_removed, result.remaining)
    if not result.remaining:
        print(
            texts.translate("EncryptCli", "no plaintext copy remains in the data folder"), file=out
        )
    note_line = texts.translate("EncryptCli", "note: {note}")
    for note in not_covered(context.paths, texts):
        print(fill(note_line, {"note": note}), file=out)
    return 1 if result.remaining else 0


def _removals(texts: Texts, removed: Sequence[Path], remaining: Sequence[Path]) -> None:
    out = stdout()
    gone = texts.translate("EncryptCli", "removed plaintext copy: {path}")
    for path in removed:
        print(fill(gone, {"path": str(path)}), file=out)
    kept = texts.translate("EncryptCli", "could not remove plaintext copy: {path}")
    for path in remaining:
        print(fill(kept, {"path": str(path)}), file=out)


def _plaintext_left(context: CliContext, texts: Texts, *, yes: bool) -> int:
    """An encrypted folder: list (or with --yes remove) plaintext copies still in it."""
    from larsam_desktop.services.encryption import plaintext_copies, remove_plaintext_copies

    out = stdout()
    copies = plaintext_copies(context.paths)
    if not copies:
        print(
            texts.translate(
                "EncryptCli", "this data folder is encrypted already; no plaintext copy remains"
            ),
            file=out,
        )
        return 0
    if not yes:
        listed = texts.translate(
            "EncryptCli", "plaintext copies left in this encrypted folder ({count}):"
        )
        print(fill(listed, {"count": len(copies)}), file=out)
        for path in copies:
            print(f"  {path}", file=out)
        return fail(texts.translate("EncryptCli", "add --yes to delete them"))
    removed, remaining = remove_plaintext_copies(context.paths)
    _removals(texts, removed, remaining)
    return 1 if remaining else 0
