"""Where the command line gets the passphrase of an encrypted data folder.

``--passphrase-file FILE`` (its first line), else ``$LARSAM_PASSPHRASE``; never an argument
of its own, which other users could read in the process list.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from larsam_desktop.services.catalogue import Texts

PASSPHRASE_ENV = "LARSAM_PASSPHRASE"


def add_argument(parser: argparse.ArgumentParser, texts: Texts) -> None:
    from larsam_desktop.domain.errors import fill

    text = texts.translate(
        "CliHelp",
        "the passphrase of an encrypted data folder, on the first line of {file} (default: ${env})",
    )
    file = texts.translate("CliMetavar", "FILE")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help=fill(text, {"file": file, "env": PASSPHRASE_ENV}),
    )


def read_passphrase(args: argparse.Namespace) -> str | None:
    path: Path | None = getattr(args, "passphrase_file", None)
    if path is not None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            from larsam_desktop.cli.output import language_of, os_reason
            from larsam_desktop.domain.errors import fill
            from larsam_desktop.services.catalogue import Texts

            texts = Texts(language_of(args))  # the command's --language, else the locale
            line = texts.translate("CliOutput", "larsam-desktop: error: {message}")
            why = texts.translate("PassphraseCli", "cannot read {path}: {why}")
            message = fill(why, {"path": str(path), "why": os_reason(exc, texts.language)})
            raise SystemExit(fill(line, {"message": message})) from exc
        return lines[0] if lines else ""
    return os.environ.get(PASSPHRASE_ENV) or None
