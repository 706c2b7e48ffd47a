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
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def all(self) -> list[StatisticsPublication]:
        """Newest first."""
        statement = select(StatisticsPublication).order_by(
            StatisticsPublication.created_at.desc(), StatisticsPublication.id.desc()
        )
        return list(self._session.scalars(statement))
