"""Preparatory course demand from every current study plan, counted in SQL, and its export.

The current revision of each plan holds its courses as JSON (``content.courses``: code,
term, points). One grouped query unnests them (SQLite ``json_each``, PostgreSQL
``json_array_elements``) and counts learners per course, term and lärcentrum;
Python sees only the few thousand groups, never a plan (100,000 plans: see
benchmarks/course_demand.py). Internal planning data, not published statistics: exact
counts of the coach's own learners, no personal data.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import IO

from sqlalchemy import text
from sqlalchemy.orm import Session

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.course_demand import CourseDemand, demand_from_counts
from larsam_desktop.services.atomic_file import data_folder, write_atomically
from larsam_desktop.services.catalogue import Texts
from larsam_desktop.services.spreadsheet import Column, CsvSheet, Kind, Value, XlsxTable
from larsam_desktop.storage.database import Database

CONTEXT = "CourseDemand"
_CURRENT = """
FROM study_plan p
JOIN study_plan_revision r ON r.plan_id = p.id AND r.number = p.current_revision
JOIN learner l ON l.id = p.learner_id
"""
# SQLite groups by each course's JSON text as stored ({"code", "points", "term"}): one
# text key is a third of the time of extracting code and term from 400,000 courses first;
# the few distinct texts are parsed in Python. A code is in a plan once (plan.py), and a
# learner has one plan, so COUNT(*) counts learners. The course's text is the first key of
# the sort: it tells rows apart at once, where the lärcentrum (a few dozen values) rarely
# does (20 % fewer instructions at 100,000 plans, issue 17).
_SQLITE = f"""
SELECT l.learning_centre_id, c.value, COUNT(*)
{_CURRENT}, json_each(r.content, '$.courses') c
GROUP BY 2, 1
"""
_POSTGRES = f"""
SELECT l.learning_centre_id, c.value ->> 'code', c.value ->> 'term', COUNT(*)
{_CURRENT}CROSS JOIN LATERAL json_array_elements(CAST(r.content AS json) -> 'courses') c
GROUP BY 1, 2, 3
"""


def count_demand(session: Session) -> tuple[list[tuple[str, str, str | None, int]], int]:
    """(course code, term, lärcentrum, learners) for every group, and the plans read."""
    connection = session.connection()
    centres: dict[int | None, str | None] = {None: None}
    for centre_id, name in connection.execute(text("SELECT id, name FROM learning_centre")):
        centres[centre_id] = name
    counts: list[tuple[str, str, str | None, int]] = []
    if connection.dialect.name == "postgresql":
        for centre, code, term, learners in connection.execute(text(_POSTGRES)):
            if code is not None and term is not None:
                counts.append((str(code), str(term), centres.get(centre), int(learners)))
    else:
        for centre, course, learners in connection.execute(text(_SQLITE)):
            data = json.loads(course)
            if isinstance(data, dict) and data.get("code") and data.get("term"):
                counts.append(
                    (str(data["code"]), str(data["term"]), centres.get(centre), int(learners))
                )
    plans = connection.execute(text("SELECT COUNT(*) FROM study_plan")).scalar_one()
    return counts, int(plans)


class CourseDemandService:
    """``names``: a course code's name (the course catalogue); default the code itself."""

    def __init__(
        self, database: Database, names: Callable[[str], str | None] | None = None
    ) -> None:
        self._database = database
        self._names = names or (lambda code: None)

    def demand(self) -> CourseDemand:
        with self._database.unit_of_work(writes=False) as uow:
            counts, plans = count_demand(uow.session)
        names: dict[str, str] = {}
        for code in {code for code, _, _, _ in counts}:
            name = self._names(code)
            if name:
                names[code] = name
        return demand_from_counts(counts, names, plans)

    def export(self, demand: CourseDemand, path: Path, *, language: Language = "sv") -> int:
        """The rows to ``path`` (``.xlsx``, else CSV) with headers in ``language``, written
        completely or not at all, the note that these are internal planning figures first.
        How many rows."""
        texts = Texts(language)
        headers = export_headers(texts)
        note = planning_note(texts)
        rows: list[list[Value]] = [
            [r.course_name, r.course_code, r.term, r.learning_centre or no_centre(texts),
             r.learners]
            for r in demand.rows
        ]  # fmt: skip
        folder = data_folder(self._database)
        if path.suffix.lower() == ".xlsx":
            write_atomically(
                path, lambda out: _write_xlsx(out, note, headers, rows, texts), data_dir=folder
            )
        else:
            buffer = io.StringIO()
            sheet = CsvSheet(buffer)
            sheet.row([note])
            sheet.row(headers)
            sheet.rows(rows)
            write_atomically(path, "\ufeff" + buffer.getvalue(), data_dir=folder)
        return len(rows)


def export_headers(texts: Texts) -> list[str]:
    return [
        texts.translate("CourseDemand", "Course"),
        texts.translate("CourseDemand", "Course code"),
        texts.translate("CourseDemand", "Term"),
        texts.translate("CourseDemand", "Lärcentrum"),
        texts.translate("CourseDemand", "Learners"),
    ]


def planning_note(texts: Texts) -> str:
    return texts.translate(
        "CourseDemand",
        "Internal planning data: learners whose current study plan has the course in the "
        "term, exact counts of this caseload. Not published statistics; no personal data.",
    )


def no_centre(texts: Texts) -> str:
    return texts.translate("CourseDemand", "No lärcentrum")


def _write_xlsx(
    out: IO[bytes],
    note: str,
    headers: list[str],
    rows: list[list[Value]],
    texts: Texts,
) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    kinds = (Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.GENERAL)
    table = XlsxTable(
        book,
        texts.translate("CourseDemand", "Course demand"),
        [Column(h, kind) for h, kind in zip(headers, kinds, strict=True)],
    )
    for row in rows:
        table.row(row)
    table.close()
    about = book.create_sheet(texts.translate("CourseDemand", "About"))
    about.append([note])
    book.save(out)
