"""A protected report: what an export holds, and the manifest that travels with it."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from larsam_desktop.domain.statistics import cellkey
from larsam_desktop.domain.statistics.aggregate import ExactStatistics, Period
from larsam_desktop.domain.statistics.protection import (
    METHOD,
    ProtectedTable,
    ProtectedTimes,
    protect_all,
    protect_times,
)

MANIFEST_VERSION = 2
TOTALS_NOTE = (
    "Counts are perturbed (cell key method): each published figure is its true count plus "
    "a noise of at most 2, the same for the same group of learners in every table and "
    "export. Perturbed totals need not add up to the sum of their cells; do not work out "
    "one figure from others."
)


@dataclass(frozen=True, slots=True)
class Manifest:
    """Method, k, period, tables, app version and when it was made (UTC, to the second)."""

    manifest_version: int
    method: str
    k: int
    period_from: date
    period_to: date
    tables: tuple[str, ...]
    app_version: str
    created_at: datetime
    source: str = "LärSam Desktop"
    merged_from: int = 1
    period: str = ""  # the fixed period as written: HT2025, 2025, 2024/25, VT2024–HT2025
    series: int = 1  # the folder's publication series (a new one each time k is raised)
    tables_hash: str = ""  # SHA-256 of every published figure (tables_digest)

    def items(self) -> list[tuple[str, str]]:
        """The manifest as (key, value) text pairs, in the order exports write them."""
        return [
            ("manifest_version", str(self.manifest_version)),
            ("method", self.method),
            *cellkey.parameters(),
            ("totals", "perturbed on their own: they need not add up to their cells"),
            ("k", str(self.k)),
            ("series", str(self.series)),
            ("period", self.period),
            ("period_from", self.period_from.isoformat()),
            ("period_to", self.period_to.isoformat()),
            ("tables", ",".join(self.tables)),
            ("app_version", self.app_version),
            ("created_at", self.created_at.strftime("%Y-%m-%dT%H:%M:%SZ")),
            ("source", self.source),
            ("merged_from", str(self.merged_from)),
            ("tables_hash", self.tables_hash),
        ]

    @property
    def digest(self) -> str:
        """SHA-256 of the manifest lines: what the publication register records."""
        text = "\n".join(f"{key}={value}" for key, value in self.items())
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ProtectedReport:
    manifest: Manifest
    tables: tuple[ProtectedTable, ...]
    times: ProtectedTimes
    notes: tuple[str, ...] = field(default=())

    def table(self, name: str) -> ProtectedTable:
        return next(t for t in self.tables if t.table.name == name)

    def sealed(self) -> ProtectedReport:
        """The same report with ``tables_hash`` filled in."""
        digest = tables_digest(self.tables, self.times)
        return replace(self, manifest=replace(self.manifest, tables_hash=digest))


def tables_digest(tables: Sequence[ProtectedTable], times: ProtectedTimes) -> str:
    """SHA-256 over every published figure, in order: equal exactly when two exports show
    the same tables (whatever their format or the time they were made)."""
    digest = hashlib.sha256()
    for protected in tables:
        t = protected.table
        digest.update(f"[{t.name}]{t.rows!r}{t.columns!r}".encode())
        for r in range(t.shape[0]):
            digest.update(repr([protected.published(r, c) for c in range(t.shape[1])]).encode())
    for r in range(len(times.table.rows)):
        cells = [times.published(r, m) for m in range(len(times.table.milestones))]
        digest.update(
            repr([None if q is None else [round(v, 1) for v in q] for q in cells]).encode()
        )
    return digest.hexdigest()


def protect_report(
    exact: ExactStatistics, k: int, *, app_version: str, created_at: datetime, series: int = 1
) -> ProtectedReport:
    tables = protect_all(exact.tables, k)
    times = protect_times(exact.times, k)
    report = ProtectedReport(
        manifest_for(
            exact.period,
            k,
            [t.table.name for t in tables],
            times.table.name,
            app_version,
            created_at,
            series=series,
        ),
        tuple(tables),
        times,
        notes=(TOTALS_NOTE,),
    )
    return report.sealed()


def manifest_for(
    period: Period,
    k: int,
    tables: Sequence[str],
    times: str,
    app_version: str,
    created_at: datetime,
    merged_from: int = 1,
    series: int = 1,
) -> Manifest:
    return Manifest(
        MANIFEST_VERSION,
        METHOD,
        k,
        period.start,
        period.end,
        (*tables, times),
        app_version,
        created_at.replace(microsecond=0),
        merged_from=merged_from,
        source="LärSam Desktop" if merged_from == 1 else "LärSam Desktop regional merge",
        period=period.label,
        series=series,
    )
