"""The publication register: one row per statistics export that left the program."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from larsam_desktop.storage.tables import StatisticsPublication


class PublicationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        *,
        created_at: datetime,
        actor: str,
        period: str,
        period_from: date,
        period_to: date,
        k: int,
        series: int,
        method: str,
        tables: Sequence[str],
        format: str,
        manifest_hash: str,
        tables_hash: str,
        recipient_note: str | None,
        scope: str,
        learners: int,
        figures: str,
    ) -> int:
        row = StatisticsPublication(
            created_at=created_at,
            actor=actor,
            period=period,
            period_from=period_from,
            period_to=period_to,
            k=k,
            series=series,
            method=method,
            tables=",".join(tables),
            format=format,
            manifest_hash=manifest_hash,
            tables_hash=tables_hash,
            recipient_note=recipient_note,
            scope=scope,
            learners=learners,
            figures=figures,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def first(
        self, *, period: str, scope: str, k: int, series: int, method: str
    ) -> StatisticsPublication | None:
        """The first publication of these figures, if any."""
        p = StatisticsPublication
        statement = (
            select(p)
            .where(
                p.period == period,
                p.scope == scope,
                p.k == k,
                p.series == series,
                p.method == method,
            )
            .order_by(p.id)
            .limit(1)
        )
        return self._session.scalars(statement).first()

    def all(self) -> list[StatisticsPublication]:
        """Newest first."""
        statement = select(StatisticsPublication).order_by(
            StatisticsPublication.created_at.desc(), StatisticsPublication.id.desc()
        )
        return list(self._session.scalars(statement))
