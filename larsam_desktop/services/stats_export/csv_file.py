"""CSV for Swedish Excel: UTF-8 with a byte-order mark, ``;`` between fields, decimal comma.

Excel in a Swedish locale opens such a file with a double click and shows å, ä, ö (without
the BOM it guesses a legacy code page; with ``,`` it puts everything in one column, because
the comma is the decimal sign there). LibreOffice and Python read it as well.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.statistics.labels import canonical
from larsam_desktop.domain.statistics.merge import PublishedExport
from larsam_desktop.domain.statistics.report import ProtectedReport
from larsam_desktop.services.spreadsheet import CsvSheet, restore
from larsam_desktop.services.stats_export.layout import legend, notes, sections
from larsam_desktop.services.stats_export.reading import line_unreadable, parse_export, too_large

ENCODING = "utf-8-sig"
DELIMITER = ";"
MAX_INPUT_BYTES = 20_000_000


def render_csv(report: ProtectedReport, language: Language = "en") -> str:
    buffer = io.StringIO()
    # The shared writer: a label that begins like a formula is neutralised; numbers stay
    # numbers (floats with one decimal and a decimal comma).
    writer = CsvSheet(buffer, delimiter=DELIMITER, decimal_comma=True, float_format=".1f")
    for section in sections(report, language):
        writer.row([section.marker] + ([section.name] if section.name != "manifest" else []))
        writer.rows(section.meta)
        if section.header:
            writer.row(section.header)
            writer.rows(section.rows)
        writer.row([])
    writer.row(["note", legend(language)])
    for note in notes(report, language):
        writer.row(["note", note])
    return buffer.getvalue()


def write_csv(report: ProtectedReport, path: Path, language: Language = "en") -> None:
    path.write_text(render_csv(report, language), encoding=ENCODING, newline="")


def neutral(cell: object) -> object:
    """A cell read back with its labels language-neutral again (``labels.canonical``; the
    milestones line joins several with ``|``), so exports in either language merge."""
    if not isinstance(cell, str):
        return cell
    if "|" in cell:
        return "|".join(canonical(part) for part in cell.split("|"))
    return canonical(cell)


def read_csv(path: Path) -> PublishedExport:
    # An input to ``stats merge`` may come from anywhere: an export is kilobytes.
    if path.stat().st_size > MAX_INPUT_BYTES:
        raise too_large(path.name, MAX_INPUT_BYTES // 1_000_000)
    text = path.read_text(encoding=ENCODING)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=DELIMITER)
    try:
        rows = [[neutral(restore(cell)) for cell in row] for row in reader]
    except csv.Error:  # a field over the csv module's limit, a NUL byte …
        raise line_unreadable(path.name, reader.line_num) from None
    return parse_export(rows, path.name)
