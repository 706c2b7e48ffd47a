"""Record types the interface displays, re-exported from ``storage/`` so that ``ui/`` does
not import it (tests/test_architecture.py)."""

from __future__ import annotations

from larsam_desktop.storage.backup_set import BackupInfo, BackupKind
from larsam_desktop.storage.repositories.lc_services import StoredBooking
from larsam_desktop.storage.repositories.reference import Choice

__all__ = ["BackupInfo", "BackupKind", "Choice", "StoredBooking"]
