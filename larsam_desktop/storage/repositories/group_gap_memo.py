"""The student group's kept gaps (``storage.tables.group_gap_memo``) and the ids a group
reads first (issue 17)."""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

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
    where = []
    params: dict[str, object] = {}
    if municipality_code is not None:
        where.append("home_municipality_code = :municipality")
        params["municipality"] = municipality_code
    if learning_centre_id is not None:
        where.append("learning_centre_id = :centre")
        params["centre"] = learning_centre_id
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    statement = f"SELECT id FROM learner{clause} ORDER BY id"
    if session.get_bind().dialect.name != "sqlite":
        for name in params:
            statement = statement.replace(f":{name}", f"%({name})s")
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(statement, params)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()
