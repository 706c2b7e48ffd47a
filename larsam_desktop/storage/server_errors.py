"""Calm messages for what goes wrong between the program and a PostgreSQL server.

One message each for a wrong password, a refused TLS handshake, an unreachable server, a
login that may not log in, and a missing right (which names the right and the object).
Never the server's own text, which may quote values: only the facts picked out below.
"""

from __future__ import annotations

import re

from larsam_desktop.storage.errors import DatabaseUnavailable, StorageError


class ServerLoginRefused(DatabaseUnavailable):
    default_template = (
        "The server refused the login: wrong user name or password, or the login was removed."
    )


class ServerTlsRefused(DatabaseUnavailable):
    default_template = (
        "The secure (TLS) connection to the server could not be made: its certificate was "
        "not accepted or the server does not offer TLS. Check the CA file in the profile."
    )


class ServerUnreachable(DatabaseUnavailable):
    default_template = (
        "The database server cannot be reached. Check the network and the server name; "
        "nothing was changed."
    )


class PermissionMissing(StorageError):
    default_template = "Your login lacks a right this needs on the server."


class UnknownDatabaseScheme(StorageError):
    default_template = (
        "The database address must begin with postgresql:// (a shared server) or sqlite:// "
        "(a file); nothing was opened."
    )


_DENIED = re.compile(r"permission denied for (\w+) ([\w.]+)")
_OPERATIONS = {"SELECT": "read", "INSERT": "add", "UPDATE": "change", "DELETE": "remove"}


def from_server(exc: BaseException) -> StorageError | None:
    """The calm error for a psycopg error (``exc.orig`` of an SQLAlchemy error), or None."""
    original = getattr(exc, "orig", exc)
    sqlstate = getattr(original, "sqlstate", None)
    message = str(original).lower()
    if sqlstate == "42501" or "permission denied" in message:
        return _permission(str(original))
    if sqlstate == "28P01" or "password authentication failed" in message:
        return ServerLoginRefused()
    if "not permitted to log in" in message or (sqlstate == "28000" and "ssl" not in message):
        return ServerLoginRefused()
    if "ssl" in message or "certificate" in message or "tls" in message:
        return ServerTlsRefused()
    if sqlstate is None and (
        "connection refused" in message
        or "could not translate host name" in message
        or "timeout expired" in message
        or "no route to host" in message
        or "network is unreachable" in message
        or "name or service not known" in message
    ):
        return ServerUnreachable()
    return None


def _permission(text: str) -> PermissionMissing:
    found = _DENIED.search(text)
    if found is None:
        return PermissionMissing()
    kind, name = found.groups()
    return PermissionMissing(
        "Your login lacks the right to use the {kind} {name} on the server; ask your "
        "administrator (larsam-desktop team add-coach).",
        kind=kind,
        name=name,
    )


def check_url_scheme(url: str) -> None:
    """Refuse an address that is neither a PostgreSQL server nor an SQLite file."""
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if not scheme.startswith(("postgresql", "sqlite")):
        raise UnknownDatabaseScheme()
