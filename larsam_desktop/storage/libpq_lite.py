"""libpq through ctypes: one connection, text queries, text results — for the first screen.

Importing psycopg costs ~0.35 s of CPU (its adapters, types and pool of modules) before a
server's first screen can be read, more than the window itself. The first screen needs
three statements and text values, so it talks to libpq directly: the very library psycopg
ships (``psycopg_binary.libs``, found without importing psycopg), else the system's. The
same parameters reach libpq as through psycopg (``PQconnectdbParams``: no conninfo string
is built, nothing is quoted by hand); pgpass, TLS and timeouts are libpq's own. ctypes
releases the GIL around every call, so the round trips overlap the window's imports.
Any failure is ``LibpqError`` (its text is a category, never the server's message, which
may name the user or the host) and the caller falls back.
"""

from __future__ import annotations

import ctypes
import importlib.util
import sys
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType

CONNECTION_OK = 0
PGRES_COMMAND_OK, PGRES_TUPLES_OK = 1, 2
_SYSTEM_NAMES = {"win32": ("libpq.dll",), "darwin": ("libpq.5.dylib", "libpq.dylib")}

_lock = threading.Lock()
_library: list[ctypes.CDLL | None] = []  # loaded once: [] not tried, [None] none found


class LibpqError(Exception):
    """libpq is missing, or a connection or statement failed (``args[0]``: which)."""


def _candidates() -> list[str]:
    """The libpq psycopg's binary wheel ships (beside its package, or inside it on macOS,
    or in a frozen bundle), then the system's by name."""
    found: list[str] = []
    try:
        spec = importlib.util.find_spec("psycopg_binary")  # finds, does not import
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.origin:
        package = Path(spec.origin).parent
        for folder in (package.parent / "psycopg_binary.libs", package / ".dylibs", package):
            if folder.is_dir():
                found += sorted(str(p) for p in folder.iterdir() if p.name.startswith("libpq"))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folder = Path(frozen) / "psycopg_binary.libs"
        if folder.is_dir():
            found += sorted(str(p) for p in folder.iterdir() if p.name.startswith("libpq"))
    found += _SYSTEM_NAMES.get(sys.platform, ("libpq.so.5",))
    return found


def _declare(lib: ctypes.CDLL) -> ctypes.CDLL:
    p, c, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    strings = ctypes.POINTER(c)
    signatures: dict[str, tuple[list[object], object]] = {
        "PQconnectdbParams": ([strings, strings, i], p),
        "PQstatus": ([p], i),
        "PQfinish": ([p], None),
        "PQexecParams": ([p, c, i, p, strings, p, p, i], p),
        "PQresultStatus": ([p], i),
        "PQntuples": ([p], i),
        "PQnfields": ([p], i),
        "PQgetvalue": ([p, i, i], c),
        "PQgetisnull": ([p, i, i], i),
        "PQclear": ([p], None),
    }
    for name, (arguments, result) in signatures.items():
        function = getattr(lib, name)
        function.argtypes = arguments
        function.restype = result
    return lib


def library() -> ctypes.CDLL:
    """libpq, loaded on first use; ``LibpqError("no libpq")`` when there is none."""
    with _lock:
        if not _library:
            loaded: ctypes.CDLL | None = None
            for candidate in _candidates():
                try:
                    loaded = _declare(ctypes.CDLL(candidate))
                    break
                except (OSError, AttributeError):
                    continue
            _library.append(loaded)
        lib = _library[0]
    if lib is None:
        raise LibpqError("no libpq")
    return lib


def _strings(values: Sequence[str | None]) -> ctypes.Array[ctypes.c_char_p]:
    encoded = [None if value is None else value.encode() for value in values]
    return (ctypes.c_char_p * (len(encoded) + 1))(*encoded, None)


class Connection:
    """One libpq connection; ``query`` returns rows of text (``None`` for SQL NULL)."""

    def __init__(self, parameters: Mapping[str, object]) -> None:
        self._lib = library()
        keys = [str(key) for key in parameters]
        values = [str(parameters[key]) for key in parameters]
        self._conn: int | None = self._lib.PQconnectdbParams(_strings(keys), _strings(values), 0)
        if not self._conn:
            raise LibpqError("out of memory")
        if self._lib.PQstatus(self._conn) != CONNECTION_OK:
            self.close()
            raise LibpqError("connection refused")

    def query(self, sql: str, parameters: Sequence[str] = ()) -> list[tuple[str | None, ...]]:
        if self._conn is None:
            raise LibpqError("closed")
        lib = self._lib
        result = lib.PQexecParams(
            self._conn, sql.encode(), len(parameters), None, _strings(parameters), None, None, 0
        )
        if not result:
            raise LibpqError("no result")
        try:
            if lib.PQresultStatus(result) != PGRES_TUPLES_OK:
                raise LibpqError("statement failed")
            columns = range(lib.PQnfields(result))
            return [
                tuple(
                    None
                    if lib.PQgetisnull(result, row, column)
                    else (lib.PQgetvalue(result, row, column) or b"").decode()
                    for column in columns
                )
                for row in range(lib.PQntuples(result))
            ]
        finally:
            lib.PQclear(result)

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn:
            self._lib.PQfinish(conn)

    def __enter__(self) -> Connection:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
