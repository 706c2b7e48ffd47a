"""Where the command line gets the passphrase of an encrypted data folder.

``--passphrase-file FILE`` (its first line), else ``$LARSAM_PASSPHRASE``; never an argument
of its own, which other users could read in the process list.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

PASSPHRASE_ENV = "LARSAM_PASSPHRASE"


def add_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help=f"the passphrase of an encrypted data folder, on the first line of FILE "
        f"(default: ${PASSPHRASE_ENV})",
    )


def read_passphrase(args: argparse.Namespace) -> str | None:
    path: Path | None = getattr(args, "passphrase_file", None)
    if path is not None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise SystemExit(f"larsam-desktop: error: cannot read {path}: {exc.strerror}") from exc
        return lines[0] if lines else ""
    return os.environ.get(PASSPHRASE_ENV) or None
