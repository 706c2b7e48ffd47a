"""Reading an export's sections back into published tables, for ``stats merge``."""

from __future__ import annotations

from collections.abc import Sequence

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.statistics.merge import PublishedExport, PublishedTable
from larsam_desktop.domain.statistics.protection import SUPPRESSED
from larsam_desktop.domain.statistics.tables import TimeTable
from larsam_desktop.services.stats_export.layout import MANIFEST, TABLE, TIMES

Row = Sequence[object]


def unreadable(source: str, why: str) -> ValidationError:
    return ValidationError(
        [
            FieldError(
                "files",
                "unreadable",
                "{file} is not a LärSam statistics export: {why}.",
                {"file": source, "why": why},
            )
        ]
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
        raise unreadable(source, f"{text!r} is not a count") from None
    if number < 0:
        raise unreadable(source, "a count is negative")
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
            raise unreadable(source, f"section {name or '?'} has no header")
        header = block[header_at]
        body = block[header_at + 1 :]
        if marker == TABLE:
            if not body or body[-1][0] != "Total":
                raise unreadable(source, f"table {name} has no total row")
            width = len(header) - 1
            if any(len(line) != width + 1 for line in body):
                raise unreadable(source, f"table {name} has rows of different lengths")
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
        raise unreadable(source, "no manifest")
    if times is None or not tables:
        raise unreadable(source, "no tables")
    return PublishedExport(source, manifest, tuple(tables), times)
