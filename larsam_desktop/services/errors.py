"""The errors the interface catches and tells apart, re-exported so ``ui/`` never imports
``storage/`` (tests/test_architecture.py). Catch ``UserError`` to show any of them; name a
subclass only where the window acts differently on it."""

from __future__ import annotations

from larsam_desktop.domain.errors import FieldError, NotFound, UserError, ValidationError
from larsam_desktop.storage.encryption import PassphraseRequired, WrongPassphrase
from larsam_desktop.storage.errors import DatabaseMovedAside, StorageError
from larsam_desktop.storage.server_errors import ServerLoginRefused

__all__ = [
    "DatabaseMovedAside",
    "FieldError",
    "NotFound",
    "PassphraseRequired",
    "ServerLoginRefused",
    "StorageError",
    "UserError",
    "ValidationError",
    "WrongPassphrase",
]
