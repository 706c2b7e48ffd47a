"""The audit log's key: a random secret per chain, kept outside the database file.

Each database's chain has a random id (``audit_head.chain_id``); its key is a 32-byte
secret stored under that id in the OS keyring (``keyring``: Windows Credential Manager,
macOS Keychain, the Secret Service on a Linux desktop), or — where no keyring answers, as
on a headless Linux machine — in a 0600 file ``<config>/audit-keys/<chain id>.json``
(folder 0700). The record also says from which entry on the chain is keyed, so a chain
upgraded from the unkeyed SHA-256 of migration 0007 keeps verifying its older part.

The key is read from either place (an administrator may copy the file to a second
computer that writes to the same server); it is never written into the database, a log
line or a message.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path

from larsam_desktop.domain.errors import UserError
from larsam_desktop.paths import ensure_private_dir, user_config_dir
from larsam_desktop.storage import crash_points

log = logging.getLogger(__name__)
SERVICE = "LarSam Desktop audit log"
KEY_DIR_ENV = "LARSAM_AUDIT_KEY_DIR"  # where key files go instead of the config folder
RECORD_FORMAT = 1
_CHAIN_ID = re.compile(r"[0-9a-f]{32}")
_cache: dict[str, StoredKey] = {}
_guard = threading.Lock()


class AuditKeyUnavailable(UserError):
    default_template = (
        "The audit log's key could not be stored in the keyring or in {folder}, so nothing "
        "was changed. Check that the folder can be written."
    )


class AuditKeyMissing(UserError):
    default_template = (
        "The audit log's key is not on this computer, so no entry can be added and nothing "
        "was changed. Copy the key file {file} from the computer that created it into "
        "{folder}."
    )


@dataclass(frozen=True, slots=True)
class StoredKey:
    chain: str
    secret: bytes = field(repr=False)
    keyed_from: int
    base_at_keying: int
    where: str  # "keyring" or "file"


def key_dir() -> Path:
    override = os.environ.get(KEY_DIR_ENV)
    return Path(override) if override else user_config_dir() / "audit-keys"


def key_file(chain: str) -> Path:
    return key_dir() / f"{_checked(chain)}.json"


def new_chain_id() -> str:
    return secrets.token_hex(16)


def is_chain_id(text: str | None) -> bool:
    return text is not None and _CHAIN_ID.fullmatch(text) is not None


def load(chain: str) -> StoredKey | None:
    """The key of ``chain`` from its key file or the keyring; None if neither has it.

    Both places hold the same record (``create`` writes one of them, keyring preferred),
    so the order of reading only decides what it costs.
    """
    chain = _checked(chain)
    with _guard:
        cached = _cache.get(chain)
    if cached is not None:
        return cached
    # The key file first: one read, and where it exists (a headless machine, a copied key)
    # the keyring and its backend discovery (~0.3 s at start) are never imported.
    try:
        found = _from_text(chain, key_file(chain).read_text(encoding="utf-8"), "file")
    except OSError:
        found = None
    if found is None:
        found = _from_text(chain, _keyring_get(chain), "keyring")
    if found is not None:
        with _guard:
            _cache[chain] = found
    return found


def create(chain: str, *, keyed_from: int, base_at_keying: int) -> StoredKey:
    """Make and store the key of a new chain; raises ``AuditKeyUnavailable``."""
    chain = _checked(chain)
    secret = secrets.token_bytes(32)
    text = json.dumps(
        {
            "format": RECORD_FORMAT,
            "chain": chain,
            "key": base64.b64encode(secret).decode("ascii"),
            "keyed_from": keyed_from,
            "base_at_keying": base_at_keying,
        }
    )
    where = "keyring" if _keyring_set(chain, text) else "file"
    if where == "file":
        folder = key_dir()
        try:
            ensure_private_dir(folder)
            write_private_file(key_file(chain), text + "\n")
        except OSError as exc:
            raise AuditKeyUnavailable(folder=str(folder)) from exc
    crash_points.step("audit.key-stored")
    stored = StoredKey(chain, secret, keyed_from, base_at_keying, where)
    with _guard:
        _cache[chain] = stored
    log.info("audit key for chain %s… stored (%s)", chain[:8], where)
    return stored


def forget_cached() -> None:
    """Drop keys held in memory (tests that remove a key file)."""
    with _guard:
        _cache.clear()


def write_private_file(path: Path, text: str, *, sync_folder: bool = True) -> None:
    """Write ``text`` to a 0600 temporary file beside ``path``, fsync, rename over it.

    ``sync_folder=False`` skips the folder's fsync: after a power cut the rename may be
    lost and the old file found — right for the audit anchor, which may lag, never lead.
    """
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        partial.replace(path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    if sync_folder and os.name == "posix":
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _checked(chain: str) -> str:
    if not is_chain_id(chain):
        raise ValueError("not an audit chain id")
    return chain


def _from_text(chain: str, text: str | None, where: str) -> StoredKey | None:
    if not text:
        return None
    try:
        data = json.loads(text)
        if data.get("chain") != chain:
            return None
        secret = base64.b64decode(str(data["key"]), validate=True)
        keyed_from, base = int(data["keyed_from"]), int(data.get("base_at_keying", 0))
    except (ValueError, TypeError, KeyError, AttributeError):
        log.warning("the audit key record for chain %s… is unreadable", chain[:8])
        return None
    if len(secret) < 16:
        return None
    return StoredKey(chain, secret, keyed_from, base, where)


def _keyring_get(chain: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, chain)
    except Exception as exc:  # no backend, a locked or broken one: the file is next
        log.debug("keyring not available: %s", type(exc).__name__)
        return None


def _keyring_set(chain: str, text: str) -> bool:
    """Store in the keyring and read it back (a null backend accepts and forgets)."""
    try:
        import keyring

        keyring.set_password(SERVICE, chain, text)
        return keyring.get_password(SERVICE, chain) == text
    except Exception as exc:  # no backend (headless Linux), a locked or broken one
        log.debug("keyring not available: %s", type(exc).__name__)
        return False
