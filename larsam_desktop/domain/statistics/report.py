"""A protected report: what an export holds, and the manifest that travels with it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from larsam_desktop.domain.statistics.aggregate import ExactStatistics, Period
from larsam_desktop.domain.statistics.protection import (
    METHOD,
    ProtectedTable,
    ProtectedTimes,
    protect_all,
    protect_times,
)

MANIFEST_VERSION = 1


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

    def items(self) -> list[tuple[str, str]]:
        """The manifest as (key, value) text pairs, in the order exports write them."""
        return [
            ("manifest_version", str(self.manifest_version)),
            ("method", self.method),
            ("k", str(self.k)),
            ("period_from", self.period_from.isoformat()),
            ("period_to", self.period_to.isoformat()),
            ("tables", ",".join(self.tables)),
            ("app_version", self.app_version),
            ("created_at", self.created_at.strftime("%Y-%m-%dT%H:%M:%SZ")),
            ("source", self.source),
            ("merged_from", str(self.merged_from)),
        ]


@dataclass(frozen=True, slots=True)
class ProtectedReport:
    manifest: Manifest
    tables: tuple[ProtectedTable, ...]
    times: ProtectedTimes
    notes: tuple[str, ...] = field(default=())

    def table(self, name: str) -> ProtectedTable:
        return next(t for t in self.tables if t.table.name == name)


def protect_report(
    exact: ExactStatistics, k: int, *, app_version: str, created_at: datetime
) -> ProtectedReport:
    tables = protect_all(exact.tables, k)
    times = protect_times(exact.times, k)
    return ProtectedReport(
        manifest_for(
            exact.period,
            k,
            [t.table.name for t in tables],
            times.table.name,
            app_version,
            created_at,
        ),
        tuple(tables),
        times,
    )


def manifest_for(
    period: Period,
    k: int,
    tables: Sequence[str],
    times: str,
    app_version: str,
    created_at: datetime,
    merged_from: int = 1,
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
    )
