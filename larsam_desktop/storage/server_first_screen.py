"""The first screenful of the caseload from a shared server, before the store is open.

As ``storage.first_screen`` does for the local file: the window paints the first 100
learners in name order at once, while SQLAlchemy is imported and the store opened (connect,
schema and team checks, reference data) on a worker thread. Here that is one psycopg
connection, read-only, as the coach's own login, so row-level security filters the rows
exactly as it filters the store's; one indexed query (``ix_learner_name_sort``) and a
count. Any doubt (no driver, a refused login, a schema outside this program's window, a
slow server) returns None and the normal path runs: the waits are short (2 s to connect,
1.5 s per statement), since the window is shown after this.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from larsam_desktop.domain.caseload import CaseloadRow, caseload_row
from larsam_desktop.storage.first_screen import FirstScreen
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
    url: str, *, limit: int, descending: bool = False
) -> FirstScreen | None:
    """The first ``limit`` learners this login sees in name order, or None."""
    params = libpq_parameters(url)
    if params is None:
        return None
    params["connect_timeout"] = CONNECT_TIMEOUT_S
    params["options"] = f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
    params.setdefault("application_name", "LarSam first screen")
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
