"""Reading the shipped data files (catalogue, rules): CSV with comments, and one error type.

The caller passes the text or the folder in (the domain does not know where ``resources/``
is); a problem in a file is reported with the file name and the line or item it is in.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from larsam_desktop.domain.errors import UserError


class DataFileError(UserError, ValueError):
    """A shipped data file is malformed: names the file and where in it (a packaging fault
    in the window; a mistake in a rules folder given to the command line)."""

    default_template = "{file}, {where}: {problem}"

    def __init__(self, file: str, where: str, problem: str) -> None:
        self.file = file
        self.where = where
        self.problem = problem
        super().__init__(file=file, where=where, problem=problem)


def csv_rows(text: str, file: str, columns: set[str]) -> list[tuple[int, dict[str, str]]]:
    """``;``-separated rows after ``#`` comment lines and a header naming ``columns``."""
    lines = text.splitlines()
    start = 0
    while start < len(lines) and (lines[start].startswith("#") or not lines[start].strip()):
        start += 1
    if start == len(lines):
        raise DataFileError(file, "header", "the file has no header row")
    reader = csv.reader(io.StringIO("\n".join(lines[start:])), delimiter=";")
    header = [name.strip() for name in next(reader)]
    missing = columns - set(header)
    if missing:
        raise DataFileError(file, "header", f"missing columns: {', '.join(sorted(missing))}")
    rows: list[tuple[int, dict[str, str]]] = []
    for offset, values in enumerate(reader, start=start + 2):
        if not values or (len(values) == 1 and not values[0].strip()):
            continue
        if len(values) != len(header):
            raise DataFileError(
                file, f"line {offset}", f"{len(values)} fields where {len(header)} are expected"
            )
        rows.append((offset, {k: v.strip() for k, v in zip(header, values, strict=True)}))
    return rows


def parse_iso_date(text: str, file: str, where: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DataFileError(file, where, f"{text!r} is not a date (YYYY-MM-DD)") from None
