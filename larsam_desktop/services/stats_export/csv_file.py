"""CSV for Swedish Excel: UTF-8 with a byte-order mark, ``;`` between fields, decimal comma.

Excel in a Swedish locale opens such a file with a double click and shows å, ä, ö (without
the BOM it guesses a legacy code page; with ``,`` it puts everything in one column, because
the comma is the decimal sign there). LibreOffice and Python read it as well.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from larsam_desktop.domain.statistics.merge import PublishedExport
from larsam_desktop.domain.statistics.report import ProtectedReport
from larsam_desktop.services.stats_export.layout import LEGEND, Cell, sections
from larsam_desktop.services.stats_export.reading import parse_export

ENCODING = "utf-8-sig"
DELIMITER = ";"


def _text(value: Cell) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def render_csv(report: ProtectedReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    for section in sections(report):
        writer.writerow([section.marker] + ([section.name] if section.name != "manifest" else []))
        writer.writerows(section.meta)
        if section.header:
            writer.writerow(section.header)
            writer.writerows([_text(v) for v in row] for row in section.rows)
        writer.writerow([])
    writer.writerow(["note", LEGEND])
    for note in report.notes:
        writer.writerow(["note", note])
    return buffer.getvalue()


def write_csv(report: ProtectedReport, path: Path) -> None:
    path.write_text(render_csv(report), encoding=ENCODING, newline="")


def read_csv(path: Path) -> PublishedExport:
    text = path.read_text(encoding=ENCODING)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=DELIMITER))
    return parse_export(rows, path.name)
