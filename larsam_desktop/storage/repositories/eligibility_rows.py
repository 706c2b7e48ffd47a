"""Bulk eligibility's reading: the passed records, profiles and recorded decisions of a range
of learners as plain tuples (textual SQL, so no type conversion per value).

At 100,000 learners (~400,000 passed records) converting every date and building a record
object per row cost more than the evaluation itself; the calculator only needs codes,
grades and end dates (ISO text) to tell learners apart, and builds records for the few
distinct signatures it evaluates (``StandingCalculator.standing_of_joined``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from larsam_desktop.domain.courses.grades import Grade

# examen, slutbetyg points, intyg, work years, hp, issue year, programme points, linje years,
# intyg subjects (space-separated), degree hp, target, start term
ProfileRow = tuple[object, ...]

_PASSING = tuple(grade.value for grade in Grade if grade.passes)
_GROUP = {"sqlite": "group_concat({}, ';')", "postgresql": "string_agg({}, ';')"}
_RECORDS = (
    "SELECT learner_id, {} FROM course_record "
    "WHERE learner_id BETWEEN :low AND :high AND status = 'completed' "
    f"AND grade IN ({', '.join(repr(g) for g in _PASSING)}) GROUP BY learner_id"
)
_PROFILES = (
    "SELECT learner_id, examen, slutbetyg_points_passed, folkhogskola_intyg, "
    "work_years_after_19, teaching_subject_hp, slutbetyg_issued_year, "
    "slutbetyg_programme_points, avgangsbetyg_years, folkhogskola_subjects, degree_hp, "
    "target_id, target_start_term FROM learner_profile WHERE learner_id BETWEEN :low AND :high"
)
_DECISIONS = (
    "SELECT learner_id, kind FROM eligibility_decision WHERE learner_id BETWEEN :low AND :high"
)


def passed_strings(
    session: Session, low: int, high: int, deadlines: Sequence[date], *, with_grades: bool
) -> dict[int, str]:
    """The passed records of learners ``low``–``high`` as one string each, in the form
    ``StandingCalculator.standing_of_joined`` reads: ``code|grade|flags`` (``code|flags``
    without grades), a flag per deadline (``1``: ended by then, or no end date)."""
    dialect = session.get_bind().dialect.name
    literal = "'{}'" if dialect == "sqlite" else "DATE '{}'"
    flags = " || ".join(
        f"(CASE WHEN end_date IS NULL OR end_date <= {literal.format(d.isoformat())} "
        "THEN '1' ELSE '0' END)"
        for d in deadlines
    )
    parts = ["code", *(["grade"] if with_grades else []), flags or "''"]
    record = " || '|' || ".join(parts)
    aggregate = _GROUP.get(dialect, _GROUP["postgresql"]).format(record)
    return dict(driver_rows(session, _RECORDS.format(aggregate), low, high))  # type: ignore[arg-type]


def graded_strings(
    session: Session, low: int, high: int, deadlines: Sequence[date]
) -> dict[int, str]:
    """Every completed or discontinued record with a grade of learners ``low``–``high``
    (failed ones too: an examen's points count them), one string each in the form
    ``GapCalculator.gap_of_joined`` reads: ``code|grade|points|flags|status`` joined by
    ``;``, a flag per deadline (``1``: ended by then, or no end date), status ``c``
    (completed) or ``d`` (discontinued)."""
    dialect = session.get_bind().dialect.name
    literal = "'{}'" if dialect == "sqlite" else "DATE '{}'"
    flags = " || ".join(
        f"(CASE WHEN end_date IS NULL OR end_date <= {literal.format(d.isoformat())} "
        "THEN '1' ELSE '0' END)"
        for d in deadlines
    )
    status = "(CASE WHEN status = 'completed' THEN 'c' ELSE 'd' END)"
    record = " || '|' || ".join(["code", "grade", "CAST(points AS TEXT)", flags or "''", status])
    aggregate = _GROUP.get(dialect, _GROUP["postgresql"]).format(record)
    statement = (
        f"SELECT learner_id, {aggregate} FROM course_record "
        "WHERE learner_id BETWEEN :low AND :high "
        "AND status IN ('completed', 'discontinued') AND grade IS NOT NULL GROUP BY learner_id"
    )
    return dict(driver_rows(session, statement, low, high))  # type: ignore[arg-type]


def profile_rows(session: Session, low: int, high: int) -> dict[int, ProfileRow]:
    rows = driver_rows(session, _PROFILES, low, high)
    return {row[0]: tuple(row[1:]) for row in rows}  # type: ignore[misc]


def decision_kinds(session: Session, low: int, high: int) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = {}
    for learner_id, kind in driver_rows(session, _DECISIONS, low, high):
        found.setdefault(learner_id, set()).add(kind)  # type: ignore[arg-type]
    return {learner_id: frozenset(kinds) for learner_id, kinds in found.items()}


def driver_rows(session: Session, statement: str, low: int, high: int) -> list[tuple[object, ...]]:
    """``statement`` for learners ``low``–``high`` (its ``:low`` and ``:high``, written in
    as numbers), run on the session's own connection and transaction, its rows as the
    driver gives them: at 100,000 learners SQLAlchemy's result rows cost as much as the
    query."""
    sql = statement.replace(":low", str(int(low))).replace(":high", str(int(high)))
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        return cursor.fetchall()  # type: ignore[no-any-return]
    finally:
        cursor.close()


_IDS = "SELECT id FROM learner WHERE id > :low ORDER BY id LIMIT :high"


def ids_after(session: Session, after: int, limit: int) -> list[int]:
    """The next ``limit`` learner ids above ``after`` (plain rows: no ORM loading)."""
    return [row[0] for row in driver_rows(session, _IDS, after, limit)]  # type: ignore[misc]


# id, name, municipality, lärcentrum, prior education, foreign-born, first generation
GroupPersonRow = tuple[int, str, str | None, int | None, str, bool | None, bool | None]


def group_people(
    session: Session, *, municipality_code: str | None, learning_centre_id: int | None
) -> list[GroupPersonRow]:
    """Every learner (plain rows, by name), narrowed by municipality and lärcentrum: the
    order from the name index alone, the rows in table order (reading the rows through the
    index costs a look-up each: twice the time at 100,000 learners)."""
    clause, params = learner_filter(municipality_code, learning_centre_id)
    order = driver_query(session, f"SELECT id FROM learner{clause} ORDER BY name_sort, id", params)
    rows = driver_query(
        session,
        "SELECT id, given_name || ' ' || family_name, home_municipality_code, "
        f"learning_centre_id, prior_education, foreign_born, first_generation FROM learner{clause}",
        params,
    )
    by_id = {row[0]: row for row in rows}
    return [by_id[learner_id] for (learner_id,) in order]  # type: ignore[misc]


def learner_filter(
    municipality_code: str | None, learning_centre_id: int | None
) -> tuple[str, dict[str, object]]:
    """The ``WHERE`` clause (or nothing) and parameters narrowing ``learner`` by municipality
    and lärcentrum, as a student group narrows it."""
    where = []
    params: dict[str, object] = {}
    if municipality_code is not None:
        where.append("home_municipality_code = :municipality")
        params["municipality"] = municipality_code
    if learning_centre_id is not None:
        where.append("learning_centre_id = :centre")
        params["centre"] = learning_centre_id
    return (f" WHERE {' AND '.join(where)}" if where else ""), params


def driver_query(
    session: Session, statement: str, params: dict[str, object]
) -> list[tuple[object, ...]]:
    """``statement`` with ``:name`` parameters on the session's own connection, its rows as
    the driver gives them (psycopg spells the parameters ``%(name)s``)."""
    if session.get_bind().dialect.name != "sqlite":
        for name in params:
            statement = statement.replace(f":{name}", f"%({name})s")
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(statement, params)
        return cursor.fetchall()  # type: ignore[no-any-return]
    finally:
        cursor.close()
