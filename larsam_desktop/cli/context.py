"""What every command gets: where the data is, and a lazily opened store."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from larsam_desktop.paths import AppPaths

if TYPE_CHECKING:
    from larsam_desktop.services.store import OpenedStore


@dataclass(slots=True)
class CliContext:
    paths: AppPaths
    database_url: str | None
    passphrase: str | None = None  # of an encrypted data folder (cli/passphrase.py)
    _store: OpenedStore | None = field(default=None, init=False)

    def open(self, *, check_later: bool = False) -> OpenedStore:
        """``check_later``: the quick check runs beside the command, which must confirm it
        (services.integrity_later) before anything it made leaves the program."""
        if self._store is None:
            # Imported here: the GUI's start-up path parses arguments without SQLAlchemy.
            from larsam_desktop.services.store import open_store

            self._store = open_store(
                self.paths, self.database_url, passphrase=self.passphrase, check_later=check_later
            )
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.database.dispose()
            self._store = None
