"""Stopping long work on request: the worker checks, the service raises ``Cancelled``."""

from __future__ import annotations

from collections.abc import Callable

CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The user (or the closing window) cancelled; nothing was written."""


def never() -> bool:
    return False
