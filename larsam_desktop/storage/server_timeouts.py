"""Bounded waits on a shared PostgreSQL server: nothing waits for a stalled network forever.

Defaults (each overridable in the database URL's query string):

============================  ==========  ===============================================
URL parameter                 default     what it bounds
============================  ==========  ===============================================
``connect_timeout``           5 s         opening a connection (libpq)
``keepalives_idle`` …         10/3/3      TCP keepalives: idle s, interval s, probes (libpq)
``tcp_user_timeout``          10000 ms    unacknowledged data on a dead link (libpq, Linux)
``statement_timeout``         8000 ms     one statement, stopped by the server itself
``stall_timeout``             10 s        any statement or ping, stopped by this program
============================  ==========  ===============================================

``statement_timeout`` and ``stall_timeout`` are LärSam's own parameters and are removed
from the URL before it reaches the driver. The stall guard is the last resort when the
server or the network stops answering altogether (the server never sees its own timeout
then): a watchdog thread shuts the connection's socket down once a statement has waited
``stall_timeout`` seconds, the driver fails at once, and the coach reads a calm message.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL

from larsam_desktop.storage.errors import DatabaseUnavailable, StorageError

_N = TypeVar("_N", int, float)

log = logging.getLogger(__name__)

LIBPQ_DEFAULTS: dict[str, int] = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 3,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}
STATEMENT_TIMEOUT_MS = 8_000
STALL_TIMEOUT_S = 10.0
UNBOUNDED_OPTION = "larsam_unbounded"  # execution option: no stall guard (schema upgrades)
PING_TIMEOUT_S = 4.0  # a pooled connection's liveness check; then a reconnect (≤ 5 s)


class ServerStalled(DatabaseUnavailable):
    default_template = (
        "The database server did not answer for {seconds} seconds. Check the network "
        "connection and try again; what was not confirmed as saved was not saved."
    )


class ServerStatementTooSlow(DatabaseUnavailable):
    default_template = (
        "The database server stopped a request that took longer than {seconds} seconds; "
        "nothing was changed. Try again, or ask the server's administrator."
    )


@dataclass(frozen=True, slots=True)
class ServerTimeouts:
    statement_timeout_ms: int = STATEMENT_TIMEOUT_MS
    stall_timeout_s: float = STALL_TIMEOUT_S

    def connect_args(self, url: URL) -> dict[str, Any]:
        """libpq parameters the URL does not set itself (the URL's own values win)."""
        args: dict[str, Any] = {k: v for k, v in LIBPQ_DEFAULTS.items() if k not in url.query}
        options = str(url.query.get("options", ""))
        if "statement_timeout" not in options and self.statement_timeout_ms > 0:
            args["options"] = f"{options} -c statement_timeout={self.statement_timeout_ms}".strip()
        return args


def split_url(url: URL) -> tuple[URL, ServerTimeouts]:
    """The URL without LärSam's own parameters, and the timeouts they (or defaults) give."""
    query = dict(url.query)
    statement = _url_number(
        query.pop("statement_timeout", STATEMENT_TIMEOUT_MS), "statement_timeout", int
    )
    stall = _url_number(query.pop("stall_timeout", STALL_TIMEOUT_S), "stall_timeout", float)
    return url.set(query=query), ServerTimeouts(statement, stall)


def _url_number(value: object, parameter: str, kind: type[_N]) -> _N:
    """The parameter's value as a number, or a message naming the parameter and its value."""
    try:
        return kind(str(value))
    except ValueError as exc:
        raise StorageError(
            "In the database address, {parameter} must be a number, not “{value}”.",
            parameter=parameter,
            value=str(value)[:40],
        ) from exc


def translate(exc: BaseException, timeouts: ServerTimeouts | None) -> StorageError | None:
    """A calm message for a statement the guard or the server stopped, else None."""
    if timeouts is None:
        return None
    original = getattr(exc, "orig", exc)
    if _stalled.pop(id(original), False) or _stalled_connection(exc):
        return ServerStalled(seconds=_number(timeouts.stall_timeout_s))
    if getattr(original, "sqlstate", None) == "57014":  # query_canceled
        return ServerStatementTooSlow(seconds=_number(timeouts.statement_timeout_ms / 1000))
    return None


def install_stall_guard(engine: Engine, timeouts: ServerTimeouts) -> None:
    """Watch every statement (and the pool's liveness ping) of ``engine``."""
    if timeouts.stall_timeout_s <= 0:
        return
    limit = timeouts.stall_timeout_s

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn: Any, _cursor: Any, _statement: Any, _params: Any, *_rest: Any) -> None:
        if not conn.get_execution_options().get(UNBOUNDED_OPTION):
            _watchdog.watch(conn.connection.dbapi_connection, limit)

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn: Any, *_rest: Any) -> None:
        _watchdog.unwatch(conn.connection.dbapi_connection)

    @event.listens_for(engine, "handle_error")
    def _error(context: Any) -> None:
        dbapi = getattr(context.connection, "connection", None)
        raw = getattr(dbapi, "dbapi_connection", None)
        if raw is not None and _watchdog.unwatch(raw):
            _stalled[id(context.original_exception)] = True
            context.is_disconnect = True  # the pool throws this connection away

    @event.listens_for(engine, "connect")
    def _fresh(_dbapi_connection: Any, record: Any) -> None:
        record.info["larsam_fresh"] = True

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        from sqlalchemy.exc import DisconnectionError

        if record.info.pop("larsam_fresh", False):
            return  # just connected (within connect_timeout): no need to ask again
        _watchdog.watch(dbapi_connection, min(limit, PING_TIMEOUT_S))
        try:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            if dbapi_connection.info.transaction_status != 0:  # psycopg: not idle
                dbapi_connection.rollback()
        except Exception as exc:
            raise DisconnectionError("the pooled connection did not answer") from exc
        finally:
            _watchdog.unwatch(dbapi_connection)


# ---- the watchdog

_stalled: dict[int, bool] = {}  # id of a driver exception caused by the guard


def _stalled_connection(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return _watchdog.fired_recently and ("consuming input failed" in text or "closed" in text)


def _number(value: float) -> str:
    return f"{value:g}"


class _Watchdog:
    """One daemon thread: shuts down the socket of a connection whose statement overran."""

    def __init__(self) -> None:
        self._deadlines: dict[int, tuple[float, Any]] = {}
        self._fired: set[int] = set()
        self._condition = threading.Condition()
        self._thread: threading.Thread | None = None
        self._last_fired = 0.0

    @property
    def fired_recently(self) -> bool:
        return time.monotonic() - self._last_fired < 5

    def watch(self, connection: Any, limit: float) -> None:
        with self._condition:
            self._deadlines[id(connection)] = (time.monotonic() + limit, connection)
            self._fired.discard(id(connection))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="larsam-stall-guard", daemon=True
                )
                self._thread.start()
            self._condition.notify()

    def unwatch(self, connection: Any) -> bool:
        """Stop watching; True if the guard had fired for this connection."""
        with self._condition:
            self._deadlines.pop(id(connection), None)
            fired = id(connection) in self._fired
            self._fired.discard(id(connection))
            return fired

    def _run(self) -> None:
        while True:
            with self._condition:
                now = time.monotonic()
                overdue = [(key, c) for key, (d, c) in self._deadlines.items() if d <= now]
                for key, _connection in overdue:
                    del self._deadlines[key]
                    self._fired.add(key)
                if not overdue:
                    soonest = min((d for d, _ in self._deadlines.values()), default=now + 60)
                    self._condition.wait(max(0.01, soonest - now))
                    continue
                self._last_fired = now
            for _key, connection in overdue:
                _shut_down(connection)


def _shut_down(connection: Any) -> None:
    try:
        fd = os.dup(connection.fileno())
    except (OSError, ValueError, AttributeError):
        return
    log.warning("the database server did not answer in time; dropping the connection")
    with socket.socket(fileno=fd) as sock, contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


_watchdog = _Watchdog()
