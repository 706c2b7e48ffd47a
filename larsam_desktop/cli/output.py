"""Writing results: UTF-8 on every platform, errors as one calm line on stderr."""

from __future__ import annotations

import sys
from typing import TextIO


def stdout() -> TextIO:
    stream = sys.stdout
    if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
        stream.reconfigure(encoding="utf-8")
    return stream


def fail(message: str, code: int = 1) -> int:
    print(f"larsam-desktop: error: {message}", file=sys.stderr)
    return code
