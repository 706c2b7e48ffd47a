"""The first screenful of the caseload from a shared server, before the store is open.

As ``storage.first_screen`` does for the local file: the window paints the first 100
learners in name order at once, while SQLAlchemy is imported and the store opened (connect,
schema and team checks, reference data) on a worker thread. Here that is one psycopg
connection, read-only, as the coach's own login, so row-level security filters the rows
exactly as it filters the store's; one indexed query (``ix_learner_name_sort``) and a
count. Any doubt (no driver, a refused login, a schema outside this program's window, a
slow server) returns None and the normal path runs: the waits are short (2 s to connect,
1.5 s per statement), since the window is shown after this.

It talks to libpq through ctypes (``storage/libpq_lite.py``): importing psycopg costs
~0.35 s of CPU, more than the rest of the first screen; psycopg reads it only where no
libpq can be loaded that way.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from larsam_desktop.domain.caseload import CaseloadRow, caseload_row
from larsam_desktop.storage import libpq_lite
from larsam_desktop.storage.first_screen import FirstScreen
from larsam_desktop.storage.first_screen import _row as row_from_text
from larsam_desktop.storage.revision import HEAD_REVISION

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 2
STATEMENT_TIMEOUT_MS = 1500
# The oldest server schema whose learner table has every column read here (0004: the
# target standing); the team window (team_schema.OLDEST_SERVER) is checked by the store.
_OLDEST_COLUMNS = "0004"
_OWN_PARAMETERS = ("statement_timeout", "stall_timeout")  # LärSam's, not libpq's

_ROWS = """
SELECT l.id, l.given_name, l.family_name, l.personnummer, l.birth_date, l.birth_year,
       m.name, c.name, k.name, l.phone, l.email, l.city, l.protected_identity, l.updated_at,
       l.stage, l.stage_since, l.standing_target, l.standing_eligible
FROM learner AS l
LEFT JOIN municipality AS m ON l.home_municipality_code = m.code
LEFT JOIN learning_centre AS c ON l.learning_centre_id = c.id
LEFT JOIN coach AS k ON l.coach_id = k.id
ORDER BY l.name_sort {direction}, l.id {direction}
LIMIT %s
"""


def libpq_parameters(url: str) -> dict[str, Any] | None:
    """The connection parameters of a ``postgresql[+driver]://`` address, without
    importing SQLAlchemy; None for any other address."""
    parts = urlsplit(url)
    if not parts.scheme.lower().startswith("postgresql"):
        return None
    params: dict[str, Any] = {
        key: value for key, value in parse_qsl(parts.query) if key not in _OWN_PARAMETERS
    }
    if parts.hostname:
        params["host"] = parts.hostname
    if parts.port:
        params["port"] = parts.port
    if parts.username:
        params["user"] = unquote(parts.username)
    if parts.password:
        params["password"] = unquote(parts.password)
    database = unquote(parts.path.lstrip("/"))
    if database:
        params["dbname"] = database
    return params


def read_server_first_screen(
    url: str, *, limit: int, descending: bool = False, driver: str = "libpq"
) -> FirstScreen | None:
    """The first ``limit`` learners this login sees in name order, or None.

    ``driver``: "libpq" (ctypes; psycopg when no libpq loads that way) or "psycopg"."""
    params = libpq_parameters(url)
    if params is None:
        return None
    params["connect_timeout"] = CONNECT_TIMEOUT_S
    params.setdefault("application_name", "LarSam first screen")
    if driver == "libpq":
        try:
            return _read_with_libpq(params, limit, descending)
        except libpq_lite.LibpqError as exc:
            if exc.args != ("no libpq",):
                log.info("no first screen from the server (%s)", exc.args[0])
                return None
    return _read_with_psycopg(params, limit, descending)


def _read_with_libpq(params: dict[str, Any], limit: int, descending: bool) -> FirstScreen | None:
    # Text results in a known form: ISO dates, times in UTC ("+00"), booleans as t/f.
    params["options"] = (
        f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c default_transaction_read_only=on"
        " -c DateStyle=ISO -c TimeZone=UTC"
    )
    params["client_encoding"] = "UTF8"
    with libpq_lite.Connection(params) as connection:
        found = connection.query("SELECT version_num FROM alembic_version")
        if len(found) != 1 or not _OLDEST_COLUMNS <= str(found[0][0]) <= HEAD_REVISION:
            return None
        total = connection.query("SELECT count(*) FROM learner")
        demo = connection.query("SELECT value FROM app_meta WHERE key = 'contains_demo_data'")
        direction = "DESC" if descending else "ASC"
        sql = _ROWS.format(direction=direction).replace("%s", "$1")
        result = connection.query(sql, [str(int(limit))])
    rows = [row_from_text((*values[:17], _boolean(values[17]))) for values in result]
    is_demo = bool(demo) and demo[0][0] == "1"
    return FirstScreen(int(str(total[0][0])) if total else 0, is_demo, rows, descending)


def _boolean(value: str | None) -> int | None:
    """PostgreSQL's text form of a boolean ("t"/"f") as the 1/0 SQLite gives."""
    return None if value is None else int(value == "t")


def _read_with_psycopg(params: dict[str, Any], limit: int, descending: bool) -> FirstScreen | None:
    params["options"] = f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
    try:
        import psycopg
    except ImportError:
        return None
    try:
        with psycopg.connect(autocommit=True, **params) as connection:
            connection.read_only = True
            found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if len(found) != 1 or not _OLDEST_COLUMNS <= str(found[0][0]) <= HEAD_REVISION:
                return None
            total_row = connection.execute("SELECT count(*) FROM learner").fetchone()
            demo = connection.execute(
                "SELECT value FROM app_meta WHERE key = 'contains_demo_data'"
            ).fetchone()
            direction = "DESC" if descending else "ASC"
            result = connection.execute(
                _ROWS.format(direction=direction).encode(), (limit,)
            ).fetchall()
    except (psycopg.Error, OSError) as exc:
        log.info("no first screen from the server (%s)", type(exc).__name__)
        return None
    total = int(total_row[0]) if total_row else 0
    rows = [_row(values) for values in result]
    return FirstScreen(total, demo is not None and demo[0] == "1", rows, descending)


def _row(values: tuple[Any, ...]) -> CaseloadRow:
    """psycopg gives the types SQLAlchemy would; a naive time is UTC (as stored)."""
    stamp = values[13]
    if isinstance(stamp, datetime) and stamp.tzinfo is None:
        values = (*values[:13], stamp.replace(tzinfo=UTC), *values[14:])
    return caseload_row(*values)
