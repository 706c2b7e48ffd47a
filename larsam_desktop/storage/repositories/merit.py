"""Högskoleprov results per learner and the imported admission cut-offs (issue 15)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from larsam_desktop.domain.cutoffs import CutoffMark, CutoffRow, term_key
from larsam_desktop.domain.merit.hogskoleprov import HpResult, StoredHpResult
from larsam_desktop.storage.tables import AdmissionCutoff, HogskoleprovResult

_HUNDRED = Decimal(100)


def _hundredths(value: Decimal) -> int:
    return int((value * _HUNDRED).to_integral_value())


def _decimal(hundredths: int) -> Decimal:
    return (Decimal(hundredths) / _HUNDRED).quantize(Decimal("0.01"))


class HpRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, learner_id: int, result: HpResult, *, now: datetime) -> StoredHpResult:
        row = HogskoleprovResult(
            learner_id=learner_id,
            score_hundredths=_hundredths(result.score),
            taken_on=result.taken_on,
            recorded_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return _stored_hp(row)

    def for_learner(self, learner_id: int) -> list[StoredHpResult]:
        rows = self._session.scalars(
            select(HogskoleprovResult)
            .where(HogskoleprovResult.learner_id == learner_id)
            .order_by(HogskoleprovResult.taken_on, HogskoleprovResult.id)
        )
        return [_stored_hp(row) for row in rows]

    def get(self, result_id: int) -> StoredHpResult | None:
        row = self._session.get(HogskoleprovResult, result_id)
        return _stored_hp(row) if row is not None else None

    def remove(self, result_id: int) -> None:
        self._session.execute(delete(HogskoleprovResult).where(HogskoleprovResult.id == result_id))


class CutoffRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def replace_rounds(self, rows: Sequence[CutoffRow], *, now: datetime) -> int:
        """Store ``rows``; the rounds (term, urval) they come from replace what was stored
        for those rounds, so importing the same file again changes nothing. Returns how many
        earlier rows were replaced."""
        rounds = {(row.term, row.round) for row in rows}
        table = AdmissionCutoff
        removed = 0
        if rounds:
            condition = or_(
                *(and_(table.term == term, table.selection_round == r) for term, r in rounds)
            )
            result = self._session.execute(delete(table).where(condition))
            removed = int(getattr(result, "rowcount", 0) or 0)
        self._session.add_all(_row(row, now) for row in rows)
        self._session.flush()
        return removed

    def all(self) -> list[CutoffRow]:
        """Every stored row, oldest round first (VT2025 before HT2025)."""
        table = AdmissionCutoff
        rows = [_cutoff(row) for row in self._session.scalars(select(table).order_by(table.id))]
        return sorted(rows, key=lambda r: (term_key(r.term), r.round, r.university, r.programme))


def _row(row: CutoffRow, now: datetime) -> AdmissionCutoff:
    return AdmissionCutoff(
        term=row.term,
        selection_round=row.round,
        university=row.university,
        code=row.code,
        programme=row.programme,
        selection_group=row.group,
        mark=row.mark.value,
        value_hundredths=_hundredths(row.value) if row.value is not None else None,
        admitted=row.admitted,
        imported_at=now,
    )


def _cutoff(row: AdmissionCutoff) -> CutoffRow:
    return CutoffRow(
        term=row.term,
        round=row.selection_round,
        university=row.university,
        code=row.code,
        programme=row.programme,
        group=row.selection_group,
        mark=CutoffMark(row.mark),
        value=_decimal(row.value_hundredths) if row.value_hundredths is not None else None,
        admitted=row.admitted,
    )


def _stored_hp(row: HogskoleprovResult) -> StoredHpResult:
    return StoredHpResult(
        id=row.id,
        learner_id=row.learner_id,
        result=HpResult(_decimal(row.score_hundredths), row.taken_on),
    )
