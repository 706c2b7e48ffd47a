"""What the window needs before the store is open, with the standard library only.

Re-exported from ``storage/`` so that ``ui/`` does not import it; nothing here loads
SQLAlchemy (the window paints first, docs/architecture.md "Start-up").
"""

from __future__ import annotations

from larsam_desktop.storage.encryption import MIN_PASSPHRASE, is_encrypted_folder
from larsam_desktop.storage.first_screen import FirstScreen, read_first_screen
from larsam_desktop.storage.instance_lock import lock_path

__all__ = ["MIN_PASSPHRASE", "FirstScreen", "is_encrypted_folder", "lock_path", "read_first_screen"]
