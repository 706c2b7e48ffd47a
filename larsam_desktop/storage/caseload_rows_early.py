"""Caseload rows by id with the standard library alone, while the store is still opening.

With the index snapshot read early (``storage.caseload_snapshot.read_early``) the window
can list every learner before SQLAlchemy is imported; the rows it scrolls to come from
here, read-only, as the first screen's do (``storage.first_screen``, same conversion).
Once the store is open its own row reader takes over.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from larsam_desktop.domain.caseload import CaseloadRow
from larsam_desktop.storage.first_screen import _row as row_from_values

_ROWS = """
SELECT l.id, l.given_name, l.family_name, l.personnummer, l.birth_date, l.birth_year,
       m.name, c.name, k.name, l.phone, l.email, l.city, l.protected_identity, l.updated_at,
       l.stage, l.stage_since, l.standing_target, l.standing_eligible
FROM learner AS l
LEFT JOIN municipality AS m ON l.home_municipality_code = m.code
LEFT JOIN learning_centre AS c ON l.learning_centre_id = c.id
LEFT JOIN coach AS k ON l.coach_id = k.id
WHERE l.id IN ({marks})
"""


def read_rows(database_file: Path, ids: Iterable[int]) -> dict[int, CaseloadRow]:
    """The list columns of these learners, keyed by id (missing ones are left out; none at
    all when the file cannot be read now: the rows stay placeholders until the store is
    open and reads them)."""
    wanted = [int(i) for i in ids]
    if not wanted:
        return {}
    try:
        uri = f"{database_file.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=1.0)) as connection:
            query = _ROWS.format(marks=",".join("?" * len(wanted)))
            rows = [row_from_values(values) for values in connection.execute(query, wanted)]
    except (sqlite3.Error, ValueError):
        return {}
    return {row.id: row for row in rows}
