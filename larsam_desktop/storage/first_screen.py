"""The first screenful of the caseload, read with the standard library alone.

Importing SQLAlchemy costs ~0.45 s on the reference machine, longer than starting Qt. So the
window is shown first with these rows, read straight from an up-to-date local database
(read-only, nothing can be written here), while the full store opens right after. Any doubt
(no file, another schema revision, a read error) returns None and the normal path runs.
Tests check these rows equal what the caseload service returns for the same query.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from larsam_desktop.domain.caseload import CaseloadRow, caseload_row
from larsam_desktop.storage.journal import any_journal
from larsam_desktop.storage.revision import HEAD_REVISION
from larsam_desktop.storage.wal_index import wal_lost

_ROWS = """
SELECT l.id, l.given_name, l.family_name, l.personnummer, l.birth_date, l.birth_year,
       m.name, c.name, k.name, l.phone, l.email, l.city, l.protected_identity, l.updated_at,
       l.stage, l.stage_since, l.standing_target, l.standing_eligible
FROM learner AS l
LEFT JOIN municipality AS m ON l.home_municipality_code = m.code
LEFT JOIN learning_centre AS c ON l.learning_centre_id = c.id
LEFT JOIN coach AS k ON l.coach_id = k.id
ORDER BY l.name_sort {direction}, l.id {direction}
LIMIT ?
"""


@dataclass(frozen=True, slots=True)
class FirstScreen:
    total: int
    is_demo: bool
    rows: list[CaseloadRow]
    descending: bool
    database: Path | None = None  # the file read (the caseload reads its index snapshot next)


def read_first_screen(path: Path, *, limit: int, descending: bool = False) -> FirstScreen | None:
    """The first ``limit`` learners in name order, or None when the fast path does not apply."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    if wal_lost(path) or any_journal(path.parent):
        return None  # damage or an interrupted operation: the store's start deals with it
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=1.0)) as connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision != [(HEAD_REVISION,)]:
                return None
            total = connection.execute("SELECT count(*) FROM learner").fetchone()[0]
            demo = connection.execute(
                "SELECT value FROM app_meta WHERE key = 'contains_demo_data'"
            ).fetchone()
            direction = "DESC" if descending else "ASC"
            result = connection.execute(_ROWS.format(direction=direction), (limit,)).fetchall()
            rows = [_row(values) for values in result]
    except (sqlite3.Error, ValueError):
        return None
    return FirstScreen(total, demo == ("1",), rows, descending, path)


def _row(values: tuple[object, ...]) -> CaseloadRow:
    """Convert SQLite's raw values to the types SQLAlchemy would give, then build the row."""
    lid, given, family, pnr, born, year, muni, centre, coach, phone, email, city = values[:12]
    protection, updated, stage, stage_since, target, eligible = values[12:]
    stamp = datetime.fromisoformat(str(updated))
    return caseload_row(
        int(str(lid)),
        str(given),
        str(family),
        _text(pnr),
        None if born is None else date.fromisoformat(str(born)),
        int(str(year)),
        _text(muni),
        _text(centre),
        _text(coach),
        _text(phone),
        _text(email),
        _text(city),
        str(protection),
        stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC),
        _text(stage),
        None if stage_since is None else date.fromisoformat(str(stage_since)),
        _text(target),
        None if eligible is None else bool(eligible),
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)
