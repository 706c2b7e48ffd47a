"""The data folder's statistics threshold and its publication register.

**One threshold per data folder.** k is chosen once (``DEFAULT_K`` until someone raises it,
never below ``MIN_K``) and can only be raised. Exports at two thresholds of the same data
would pin hidden cells between them, so raising k starts a new publication *series*
(numbered in every manifest) and is written to the audit log; k is never lowered. An
export asked for with another k than the folder's is refused: ``--k`` must equal it.

**The register.** Every export that leaves the program (period, k, series, tables, the
manifest's and the tables' SHA-256, when, who, an optional note about the recipient) is
stored in the same transaction as the export's audit entry, with its published figures:
a publication is final (``domain.statistics.frozen``), so the same period, scope, k and
series exported again gives the same figures even after an edit. Only ended periods are
exported, so that a publication is never frozen half-way through its term.

**Per team on a shared server** (issue 16): the server stamps each publication with the
publishing login's teams (``larsam_team.publication_teams``) and row-level security shows
a coach only the publications of exactly their own teams, so the register they read, and
the first publication an export is frozen against, are their teams'. The threshold is
shared by every team: a coach raises it only through the server's function.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.errors import UserError
from larsam_desktop.domain.statistics.frozen import figures_json
from larsam_desktop.domain.statistics.periods import StatsPeriod
from larsam_desktop.domain.statistics.protection import DEFAULT_K, METHOD, validate_k
from larsam_desktop.domain.statistics.report import ProtectedReport
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.clock import Clock, utc_now
from larsam_desktop.services.statistics import StatisticsFilter
from larsam_desktop.storage import team_mode
from larsam_desktop.storage.database import Database, UnitOfWork
from larsam_desktop.storage.repositories.publications import PublicationRepository

K_KEY = "statistics_k"
SERIES_KEY = "statistics_series"
MAX_NOTE = 500


class ThresholdRefused(UserError):
    default_template = "The threshold cannot be changed that way."


@dataclass(frozen=True, slots=True)
class Threshold:
    k: int
    series: int


@dataclass(frozen=True, slots=True)
class Publication:
    id: int
    created_at: datetime
    actor: str
    period: str
    period_from: date
    period_to: date
    k: int
    series: int
    tables: tuple[str, ...]
    format: str
    manifest_hash: str
    tables_hash: str
    recipient_note: str | None


def current_threshold(uow: UnitOfWork) -> Threshold:
    k = uow.meta.get(K_KEY)
    series = uow.meta.get(SERIES_KEY)
    return Threshold(int(k) if k else DEFAULT_K, int(series) if series else 1)


def check_requested_k(threshold: Threshold, requested: int | None) -> int:
    """The k an export uses: the folder's; a different ``requested`` k is refused."""
    if requested is None or requested == threshold.k:
        return threshold.k
    validate_k(requested)
    if requested < threshold.k:
        raise ThresholdRefused(
            "This data folder publishes with k = {k}; a lower threshold is never used "
            "(exports at two thresholds would reveal hidden figures).",
            k=threshold.k,
        )
    raise ThresholdRefused(
        "This data folder publishes with k = {k}. To publish with k = {requested} from now "
        "on, raise the threshold first (larsam-desktop stats threshold --raise {requested}); "
        "that starts a new publication series.",
        k=threshold.k,
        requested=requested,
    )


class PeriodNotEnded(UserError):
    default_template = (
        "{period} has not ended yet (it ends on {end}); statistics are published for ended "
        "periods only. The dashboard shows the figures so far."
    )


def check_ended(period: StatsPeriod, today: date) -> None:
    if period.end >= today:
        raise PeriodNotEnded(period=period.name, end=period.end.isoformat())


def scope_of(where: StatisticsFilter) -> str:
    """Which learners an export covers, as the register keys it."""
    parts = []
    if where.learning_centre_id is not None:
        parts.append(f"centre:{where.learning_centre_id}")
    if where.coach_id is not None:
        parts.append(f"coach:{where.coach_id}")
    return ",".join(parts) or "all"


@dataclass(frozen=True, slots=True)
class FirstPublication:
    figures: str
    learners: int


def first_publication(
    uow: UnitOfWork, *, period: str, scope: str, threshold: Threshold
) -> FirstPublication | None:
    row = PublicationRepository(uow.session).first(
        period=period, scope=scope, k=threshold.k, series=threshold.series, method=METHOD
    )
    return None if row is None else FirstPublication(row.figures, row.learners)


def record_publication(
    uow: UnitOfWork,
    report: ProtectedReport,
    fmt: str,
    *,
    actor: str,
    note: str | None,
    scope: str,
    learners: int,
    clock: Clock = utc_now,
) -> int:
    manifest = report.manifest
    clean = (note or "").strip()[:MAX_NOTE] or None
    return PublicationRepository(
        uow.session
    ).add(
        created_at=clock(),
        actor=team_mode.audit_actor(uow.session, actor),  # on a server: the login
        period=manifest.period,
        period_from=manifest.period_from,
        period_to=manifest.period_to,
        k=manifest.k,
        series=manifest.series,
        method=manifest.method[:200],
        tables=manifest.tables,
        format=fmt,
        manifest_hash=manifest.digest,
        tables_hash=manifest.tables_hash,
        recipient_note=clean,
        scope=scope,
        learners=learners,
        figures=figures_json(report),
    )


class StatisticsRegister:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def threshold(self) -> Threshold:
        with self._database.unit_of_work(writes=False) as uow:
            return current_threshold(uow)

    def raise_threshold(self, k: int, *, actor: str | None = None) -> Threshold:
        """Raise the folder's k (a new publication series); lower or equal is refused."""
        validate_k(k)
        with self._database.unit_of_work() as uow:
            now = current_threshold(uow)
            if k <= now.k:
                raise ThresholdRefused(
                    "The threshold is k = {k} and can only be raised (asked for {requested}).",
                    k=now.k,
                    requested=k,
                )
            raised = Threshold(k, now.series + 1)
            # On a team server a coach's login may not write the shared settings: the
            # server's function raises k (and only raises it) with the new series.
            series = team_mode.raise_statistics_k(uow.session, raised.k)
            if series is not None:
                raised = Threshold(k, series)
            else:
                uow.meta.set(K_KEY, str(raised.k))
                uow.meta.set(SERIES_KEY, str(raised.series))
            AuditLog.record(
                uow,
                AuditAction.STATISTICS_THRESHOLD,
                actor=actor or current_actor(),
                details={"k_before": now.k, "k": raised.k, "series": raised.series},
                clock=self._clock,
            )
            return raised

    def publications(self) -> list[Publication]:
        with self._database.unit_of_work(writes=False) as uow:
            return [
                Publication(
                    row.id,
                    row.created_at,
                    row.actor,
                    row.period,
                    row.period_from,
                    row.period_to,
                    row.k,
                    row.series,
                    tuple(row.tables.split(",")) if row.tables else (),
                    row.format,
                    row.manifest_hash,
                    row.tables_hash,
                    row.recipient_note,
                )
                for row in PublicationRepository(uow.session).all()
            ]
