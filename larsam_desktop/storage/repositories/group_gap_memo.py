"""The student group's kept gaps (``storage.tables.group_gap_memo``) and its reading in few
rows: the ids a group reads first and the graded records (issue 17)."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from larsam_desktop.storage.repositories import eligibility_rows
from larsam_desktop.storage.repositories.meta import MetaRepository
from larsam_desktop.storage.tables.group_gap_memo import GroupGapMemoRow

FORGOTTEN = "group_gap_memo_forgotten"  # app_meta

# signature digest, eligible, points, courses (";" between), studyable
MemoRow = tuple[str, bool, int, str, bool]


def load(session: Session, memo_key: str, target_id: str) -> list[MemoRow]:
    row = GroupGapMemoRow
    statement = select(row.signature, row.eligible, row.points, row.codes, row.studyable).where(
        row.memo_key == memo_key, row.target_id == target_id
    )
    return [tuple(found) for found in session.execute(statement)]  # type: ignore[misc]


def save(session: Session, memo_key: str, target_id: str, rows: Iterable[MemoRow]) -> None:
    """Add ``rows`` (SQLite: a row already there is kept); rows kept under another
    ``memo_key`` (another rule book or code) are deleted."""
    session.execute(delete(GroupGapMemoRow).where(GroupGapMemoRow.memo_key != memo_key))
    values = [
        {
            "memo_key": memo_key,
            "target_id": target_id,
            "signature": signature,
            "eligible": eligible,
            "points": points,
            "codes": codes,
            "studyable": studyable,
        }
        for signature, eligible, points, codes, studyable in rows
    ]
    if values:
        session.execute(sqlite_insert(GroupGapMemoRow).on_conflict_do_nothing(), values)


def forget(session: Session) -> None:
    """Empty the memo (an erasure, a retention run: it was made from their transcripts),
    and mark that it was (``forgotten``): a build that read the learners before cannot
    keep what it found (``save`` is then not called)."""
    session.execute(delete(GroupGapMemoRow))
    MetaRepository(session).set(FORGOTTEN, secrets.token_hex(8))


def forgotten(session: Session) -> str | None:
    """A value every ``forget`` changes: equal at the start of a build and at its saving,
    no learner was deleted in between."""
    return MetaRepository(session).get(FORGOTTEN)


def learner_ids(
    session: Session, *, municipality_code: str | None, learning_centre_id: int | None
) -> list[int]:
    """The ids of the learners a group reads (``eligibility_rows.group_people``'s filter),
    ascending: the batches can be read before the people."""
    clause, params = eligibility_rows.learner_filter(municipality_code, learning_centre_id)
    if session.get_bind().dialect.name == "sqlite":
        (packed,) = eligibility_rows.driver_query(
            session, f"SELECT group_concat(id) FROM learner{clause}", params
        )
        return sorted(map(int, str(packed[0]).split(","))) if packed[0] else []
    rows = eligibility_rows.driver_query(
        session, f"SELECT id FROM learner{clause} ORDER BY id", params
    )
    return [int(row[0]) for row in rows]  # type: ignore[call-overload]


# ---- the group's reading in few rows (SQLite) -------------------------------------------
# Each row sqlite3 hands over takes Python's lock again, and a reading thread whose main
# thread is busy waits up to the switch interval for it each time: read row by row, the
# group's reading ran several times slower beside an evaluation than alone (2026-12-08:
# 0.8-2.6 s alone, 4.4-7.5 s beside a busy thread). Packed into one row per query, the work
# is SQLite's, without the lock, and overlaps the evaluation. (The people packed as JSON
# cost more than their rows: they are read last, when the caller waits anyway.)

_RECORD_SEPARATOR = "\x1e"


def graded_strings(
    session: Session, low: int, high: int, deadlines: Sequence[date]
) -> dict[int, str]:
    """``eligibility_rows.graded_strings`` (the same strings), on SQLite in one row."""
    if session.get_bind().dialect.name != "sqlite":
        return eligibility_rows.graded_strings(session, low, high, deadlines)
    flags = " || ".join(
        f"(CASE WHEN end_date IS NULL OR end_date <= '{d.isoformat()}' THEN '1' ELSE '0' END)"
        for d in deadlines
    )
    status = "(CASE WHEN status = 'completed' THEN 'c' ELSE 'd' END)"
    record = " || '|' || ".join(["code", "grade", "CAST(points AS TEXT)", flags or "''", status])
    inner = (
        f"SELECT learner_id AS i, coalesce(group_concat({record}, ';'), '') AS s "
        f"FROM course_record WHERE learner_id BETWEEN {int(low)} AND {int(high)} "
        "AND status IN ('completed', 'discontinued') AND grade IS NOT NULL GROUP BY learner_id"
    )
    # Both aggregates read the inner rows in one order, so the two lists pair up.
    ids, strings = _one_row(
        session, f"SELECT group_concat(i), group_concat(s, char(30)) FROM ({inner})"
    )
    if ids is None:
        return {}
    return dict(zip(map(int, ids.split(",")), strings.split(_RECORD_SEPARATOR), strict=True))


def _one_row(session: Session, statement: str) -> tuple[str | None, str]:
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(statement).fetchone()  # type: ignore[no-any-return]
    finally:
        cursor.close()
