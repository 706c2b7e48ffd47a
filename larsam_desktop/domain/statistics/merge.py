"""Combining published exports from several lärcentra into one regional report.

Only published figures are used: a cell is known in the sum when it is known in every
input (a row missing from an input counts 0 there); a cell hidden in any input stays
hidden. Suppression is then applied again to the combined figures, so the regional report
meets the same rules. Hidden cells cannot be added up — that is the point of hiding them —
so the merge publishes exactly what an export of the union would publish only where no
input hid a contributing cell; elsewhere it hides more, never less. Quartiles cannot be
combined from quartiles and are not published in a merged report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.statistics.aggregate import BREAKDOWNS, Period
from larsam_desktop.domain.statistics.facts import term_sort_key
from larsam_desktop.domain.statistics.protection import protect_all, protect_times
from larsam_desktop.domain.statistics.report import (
    MANIFEST_VERSION,
    TOTALS_NOTE,
    ProtectedReport,
    manifest_for,
)
from larsam_desktop.domain.statistics.tables import CountTable, TimeTable

_TERM_DIMENSIONS = ("Start term", "Term")
_ORDERS = {f"furthest_stage_{b.name}": b.order for b in BREAKDOWNS}


@dataclass(frozen=True, slots=True)
class PublishedTable:
    """A table as an export shows it: None where it shows ".."."""

    name: str
    title: str
    population: str
    row_dimension: str
    column_dimension: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: tuple[tuple[int | None, ...], ...]  # extended grid, as in CountTable


@dataclass(frozen=True, slots=True)
class PublishedExport:
    """What a reader recovers from an export file: its manifest items and its tables."""

    source: str  # the file name, for messages
    manifest: dict[str, str]
    tables: tuple[PublishedTable, ...]
    times: TimeTable


def published_tables(report: ProtectedReport) -> tuple[PublishedTable, ...]:
    return tuple(
        PublishedTable(
            p.table.name,
            p.table.title,
            p.table.population,
            p.table.row_dimension,
            p.table.column_dimension,
            p.table.rows,
            p.table.columns,
            tuple(
                tuple(p.published(r, c) for c in range(p.table.shape[1]))
                for r in range(p.table.shape[0])
            ),
        )
        for p in report.tables
    )


def _refuse(code: str, template: str, **params: str | int) -> ValidationError:
    return ValidationError([FieldError("files", code, template, params)])


def check_compatible(exports: Sequence[PublishedExport]) -> None:
    """Same manifest version, method and k in every file; otherwise a clear refusal."""
    if len(exports) < 1:
        raise _refuse("no_files", "Give at least one export to merge.")
    first = exports[0]
    for export in exports:
        version = export.manifest.get("manifest_version", "")
        if version != str(MANIFEST_VERSION):
            raise _refuse(
                "manifest_version",
                "{file}: manifest version {found} cannot be merged "
                "(this program reads {expected}).",
                file=export.source,
                found=version or "missing",
                expected=MANIFEST_VERSION,
            )
        if (
            export.manifest.get("period"),
            export.manifest.get("period_from"),
            export.manifest.get("period_to"),
        ) != (
            first.manifest.get("period"),
            first.manifest.get("period_from"),
            first.manifest.get("period_to"),
        ):
            raise _refuse(
                "different_period",
                "{file} covers {found}, {first_file} covers {expected}; make every export "
                "for the same period.",
                file=export.source,
                found=_period_text(export),
                first_file=first.source,
                expected=_period_text(first),
            )
        for key in ("method", "perturbation", "ptable", "max_noise", "variance", "k"):
            if export.manifest.get(key) != first.manifest.get(key):
                raise _refuse(
                    f"different_{key}",
                    "{file} was made with {key} {found}, {first_file} with {expected}; "
                    "exports are only merged when method, parameters and threshold are the same.",
                    file=export.source,
                    key=key,
                    found=export.manifest.get(key, "?"),
                    first_file=first.source,
                    expected=first.manifest.get(key, "?"),
                )


def _period_text(export: PublishedExport) -> str:
    name = export.manifest.get("period", "")
    dates = f"{export.manifest.get('period_from', '?')} – {export.manifest.get('period_to', '?')}"
    return f"{name} ({dates})" if name else dates


def _merge_table(tables: Sequence[PublishedTable]) -> CountTable:
    first = tables[0]
    seen: list[str] = []
    for table in tables:
        seen.extend(row for row in table.rows if row not in seen)
    if first.row_dimension in _TERM_DIMENSIONS:
        rows = sorted(seen, key=term_sort_key)
    else:
        order = _ORDERS.get(first.name, ())
        rows = [row for row in dict.fromkeys(order) if row in seen]
        rows += sorted(set(seen) - set(order))
    columns = first.columns
    grid: list[list[int | None]] = [[0] * (len(columns) + 1) for _ in range(len(rows) + 1)]
    for table in tables:
        if table.columns != columns:
            raise _refuse(
                "different_columns",
                "Table {table} has different columns in two files.",
                table=table.name,
            )
        positions = [rows.index(row) for row in table.rows] + [len(rows)]
        for r, target in enumerate(positions):
            for c in range(len(columns) + 1):
                value = table.values[r][c]
                current = grid[target][c]
                grid[target][c] = None if value is None or current is None else current + value
    return CountTable(
        first.name,
        first.title,
        first.population,
        first.row_dimension,
        first.column_dimension,
        tuple(rows),
        columns,
        tuple(tuple(row) for row in grid),
    )


def merge_exports(
    exports: Sequence[PublishedExport], *, app_version: str, created_at: datetime
) -> ProtectedReport:
    """One regional report from several exports, protected again with the same k."""
    check_compatible(exports)
    k = int(exports[0].manifest["k"])
    names = [t.name for t in exports[0].tables]
    for export in exports[1:]:
        if [t.name for t in export.tables] != names:
            raise _refuse(
                "different_tables",
                "{file} does not hold the same tables as {first_file}.",
                file=export.source,
                first_file=exports[0].source,
            )
    merged = [
        _merge_table([next(t for t in e.tables if t.name == name) for e in exports])
        for name in names
    ]
    tables = protect_all(merged, k)
    first_times = exports[0].times
    times = TimeTable(
        first_times.name,
        first_times.title,
        first_times.row_dimension,
        first_times.rows,
        first_times.milestones,
        tuple(tuple(None for _ in first_times.milestones) for _ in first_times.rows),
        tuple(tuple(0 for _ in first_times.milestones) for _ in first_times.rows),
    )
    period = Period(
        min(_date(e, "period_from") for e in exports),
        max(_date(e, "period_to") for e in exports),
        exports[0].manifest.get("period", ""),
    )
    manifest = manifest_for(
        period, k, names, times.name, app_version, created_at, merged_from=len(exports)
    )
    report = ProtectedReport(
        manifest,
        tuple(tables),
        protect_times(times, k),
        notes=(
            TOTALS_NOTE,
            "Regional report merged from exports: every figure is the sum of the published "
            "(perturbed) figures of the inputs; a figure hidden in any input stays hidden, "
            "and suppression was applied again to the combined figures.",
            "Quartiles of time to a milestone cannot be combined from exports and are not shown.",
        ),
    )
    return report.sealed()


def _date(export: PublishedExport, key: str) -> date:
    try:
        return date.fromisoformat(export.manifest[key])
    except (KeyError, ValueError):
        raise _refuse(
            "manifest_incomplete",
            "{file}: the manifest has no valid {key}.",
            file=export.source,
            key=key,
        ) from None
