"""Reading an export's sections back into published tables, for ``stats merge``."""

from __future__ import annotations

from collections.abc import Sequence

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.statistics.merge import PublishedExport, PublishedTable
from larsam_desktop.domain.statistics.protection import SUPPRESSED
from larsam_desktop.domain.statistics.tables import TimeTable
from larsam_desktop.services.stats_export.layout import MANIFEST, TABLE, TIMES

Row = Sequence[object]


def _refused(error: FieldError) -> ValidationError:
    return ValidationError([error])


# Each refusal is a whole sentence of the catalogue (field ``files``): the template stays a
# literal at the ``FieldError`` call so that packaging/dynamic_messages.py collects it.


def unreadable(source: str, why: str) -> ValidationError:
    """Deprecated: ``why`` is an English fragment inside the sentence (still called by
    ``csv_file`` and ``xlsx_file``); use the sentences below."""
    return _refused(
        FieldError(
            "files",
            "unreadable",
            "{file} is not a LärSam statistics export: {why}.",
            {"file": source, "why": why},
        )
    )


def not_an_export(source: str) -> ValidationError:
    return _refused(
        FieldError(
            "files", "unreadable", "{file} is not a LärSam statistics export.", {"file": source}
        )
    )


def refused_spreadsheet(source: str, refusal: ValidationError) -> ValidationError:
    """An export whose spreadsheet the hostile-input checks refused: both sentences, each
    translated on its own (never the refusal's English inside this one)."""
    return ValidationError([*not_an_export(source).errors, *refusal.errors])


def not_utf8(source: str) -> ValidationError:
    return _refused(
        FieldError(
            "files",
            "unreadable",
            "{file} is not a LärSam statistics export: it is not UTF-8 text.",
            {"file": source},
        )
    )


def not_a_workbook(source: str) -> ValidationError:
    return _refused(
        FieldError(
            "files",
            "unreadable",
            "{file} is not a LärSam statistics export: it is not an XLSX workbook.",
            {"file": source},
        )
    )


def too_large(source: str, limit_mb: int) -> ValidationError:
    return _refused(
        FieldError(
            "files",
            "unreadable",
            "{file} is not a LärSam statistics export: it is larger than {limit} MB.",
            {"file": source, "limit": limit_mb},
        )
    )


def line_unreadable(source: str, line: int) -> ValidationError:
    return _refused(
        FieldError(
            "files",
            "unreadable",
            "{file} is not a LärSam statistics export: line {line} cannot be read.",
            {"file": source, "line": line},
        )
    )


def _not_a_count(source: str, text: str) -> ValidationError:
    return _refused(
        FieldError(
            "files",
            "unreadable",
            "{file} is not a LärSam statistics export: {value} is not a count.",
            {"file": source, "value": repr(text[:40])},
        )
    )


def _negative(source: str) -> ValidationError:
    return _refused(
        FieldError(
            "files",
            "unreadable",
            "{file} is not a LärSam statistics export: a count is negative.",
            {"file": source},
        )
    )


def _no_header(source: str, section: str) -> ValidationError:
    return _refused(
        FieldError(
            "files",
            "unreadable",
            "{file} is not a LärSam statistics export: the section {section} has no header.",
            {"file": source, "section": section[:80]},
        )
    )


def _no_total(source: str, table: str) -> ValidationError:
    return _refused(
        FieldError(
            "files",
            "unreadable",
            "{file} is not a LärSam statistics export: the table {table} has no total row.",
            {"file": source, "table": table[:80]},
        )
    )


def _uneven(source: str, table: str) -> ValidationError:
    return _refused(
        FieldError(
            "files",
            "unreadable",
            "{file} is not a LärSam statistics export: the table {table} has rows of "
            "different lengths.",
            {"file": source, "table": table[:80]},
        )
    )


def _no_manifest(source: str) -> ValidationError:
    return _refused(
        FieldError(
            "files",
            "unreadable",
            "{file} is not a LärSam statistics export: it has no manifest.",
            {"file": source},
        )
    )


def _no_tables(source: str) -> ValidationError:
    return _refused(
        FieldError(
            "files",
            "unreadable",
            "{file} is not a LärSam statistics export: it has no tables.",
            {"file": source},
        )
    )


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _count(value: object, source: str) -> int | None:
    text = _text(value)
    if text == SUPPRESSED:
        return None
    try:
        number = int(text)
    except ValueError:
        raise _not_a_count(source, text) from None
    if number < 0:
        raise _negative(source)
    return number


def _split(rows: Sequence[Row]) -> list[list[list[str]]]:
    blocks: list[list[list[str]]] = []
    current: list[list[str]] | None = None
    for row in rows:
        cells = [_text(c) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            current = None
            continue
        if cells[0] in (MANIFEST, TABLE, TIMES):
            current = [cells]
            blocks.append(current)
        elif current is not None:
            current.append(cells)
    return blocks


def parse_export(rows: Sequence[Row], source: str) -> PublishedExport:
    """An export from its rows of cells (CSV lines or worksheet rows, in order)."""
    manifest: dict[str, str] = {}
    tables: list[PublishedTable] = []
    times: TimeTable | None = None
    for block in _split(rows):
        marker = block[0][0]
        if marker == MANIFEST:
            manifest.update({line[0]: line[1] if len(line) > 1 else "" for line in block[1:]})
            continue
        name = block[0][1] if len(block[0]) > 1 else ""
        meta = {line[0]: line[1] for line in block[1:] if len(line) == 2}
        header_at = next((i for i, line in enumerate(block[1:], 1) if len(line) > 2), None)
        if header_at is None or not name:
            raise _no_header(source, name or "?")
        header = block[header_at]
        body = block[header_at + 1 :]
        if marker == TABLE:
            if not body or body[-1][0] != "Total":
                raise _no_total(source, name)
            width = len(header) - 1
            if any(len(line) != width + 1 for line in body):
                raise _uneven(source, name)
            tables.append(
                PublishedTable(
                    name,
                    meta.get("title", name),
                    meta.get("population", name),
                    header[0],
                    meta.get("columns", ""),
                    tuple(line[0] for line in body[:-1]),
                    tuple(header[1:-1]),
                    tuple(tuple(_count(v, source) for v in line[1:]) for line in body),
                )
            )
        else:
            milestones = tuple(meta.get("milestones", "").split("|"))
            groups = tuple(line[0] for line in body)
            times = TimeTable(
                name,
                meta.get("title", name),
                header[0],
                groups,
                milestones,
                tuple(tuple(None for _ in milestones) for _ in groups),
                tuple(tuple(0 for _ in milestones) for _ in groups),
            )
    if not manifest:
        raise _no_manifest(source)
    if times is None or not tables:
        raise _no_tables(source)
    return PublishedExport(source, manifest, tuple(tables), times)
