"""Learner rows: writes keep the derived search and sort columns in step with the data."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, case, func, insert, select, update
from sqlalchemy.orm import Session

from larsam_desktop.domain.caseload import (
    STAGE_RANK,
    TARGET_STANDING_RANK,
    CaseloadQuery,
    CaseloadRow,
    SortColumn,
    TargetStanding,
    caseload_row,
)
from larsam_desktop.domain.caseload_index import IndexEntry
from larsam_desktop.domain.eligibility.target_standing import TargetStanding as Standing
from larsam_desktop.domain.identity import IdentityNumber
from larsam_desktop.domain.learner import (
    Gender,
    PriorEducation,
    ProtectedIdentity,
    StoredLearner,
    ValidLearner,
    search_text,
)
from larsam_desktop.storage.errors import ConcurrentChange
from larsam_desktop.storage.tables import Coach, Learner, LearningCentre, Municipality


class LearnerRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # ---- writes -------------------------------------------------------------------------
    def add(self, learner: ValidLearner, *, now: datetime) -> int:
        row = Learner(created_at=now, updated_at=now)
        self._assign(row, learner, now)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(
        self, learner_id: int, expected_version: int, learner: ValidLearner, *, now: datetime
    ) -> bool:
        """Overwrite a learner; False if it no longer exists. A stale version raises."""
        row = self._session.get(Learner, learner_id)
        if row is None:
            return False
        if row.version != expected_version:
            raise ConcurrentChange()
        self._assign(row, learner, now)
        self._session.flush()
        return True

    def bulk_insert(self, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Fast path for generated data (plain INSERT executemany, no ORM identity map);
        returns the new ids in the order of ``rows``.

        Ids are read back as those above the previous maximum, which holds for the single
        writer that generates demo data (``RETURNING`` per row was 5x slower here).
        """
        if not rows:
            return []
        before = self._session.scalar(select(func.max(Learner.id))) or 0
        self._session.connection().execute(insert(Learner), list(rows))  # Core executemany
        ids = list(
            self._session.scalars(
                select(Learner.id).where(Learner.id > before).order_by(Learner.id)
            )
        )
        if len(ids) != len(rows):
            raise RuntimeError("another program added learners during the bulk insert")
        return ids

    def _assign(self, row: Learner, learner: ValidLearner, now: datetime) -> None:
        municipality = (
            self._session.get(Municipality, learner.home_municipality_code)
            if learner.home_municipality_code
            else None
        )
        centre = (
            self._session.get(LearningCentre, learner.learning_centre_id)
            if learner.learning_centre_id is not None
            else None
        )
        values = storable_values(
            learner,
            municipality_name=municipality.name if municipality else None,
            learning_centre_name=centre.name if centre else None,
        )
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at = now

    def set_standings(self, standings: Sequence[Standing]) -> None:
        """Store derived target standings (no version bump: the learner's data is unchanged)."""
        if not standings:
            return
        statement = (
            update(Learner)
            .where(Learner.id == bindparam("learner_id"))
            .values(
                standing_target=bindparam("target"),
                standing_eligible=bindparam("eligible"),
                standing_on=bindparam("on"),
            )
        )
        self._session.connection().execute(
            statement,
            [
                {
                    "learner_id": s.learner_id,
                    "target": s.target_id,
                    "eligible": s.eligible,
                    "on": s.on if s.target_id else None,
                }
                for s in standings
            ],
        )

    # ---- reads --------------------------------------------------------------------------
    def ids_after(self, after_id: int, limit: int) -> list[int]:
        """The next ``limit`` learner ids above ``after_id``, ascending (for batch work)."""
        statement = select(Learner.id).where(Learner.id > after_id).order_by(Learner.id)
        return list(self._session.scalars(statement.limit(limit)))

    def get(self, learner_id: int) -> StoredLearner | None:
        row = self._session.get(Learner, learner_id)
        return _to_stored(row) if row else None

    def exists(self, learner_id: int) -> bool:
        return self._session.scalar(select(Learner.id).where(Learner.id == learner_id)) is not None

    def id_for_personnummer(self, digits: str) -> int | None:
        return self._session.scalar(select(Learner.id).where(Learner.personnummer == digits))

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(Learner)) or 0

    def search_ids(self, query: CaseloadQuery) -> list[int]:
        """Ids of matching learners in the requested order (SQL does the filtering and sorting)."""
        statement = _apply_order(select(Learner.id).where(*_conditions(query)), query)
        return list(self._session.scalars(statement))

    def search_count(self, query: CaseloadQuery) -> int:
        statement = select(func.count()).select_from(Learner).where(*_conditions(query))
        return self._session.scalar(statement) or 0

    def index_entries(self, learner_ids: Sequence[int] | None = None) -> list[IndexEntry]:
        result = self._session.execute(index_statement(learner_ids))
        return [IndexEntry._make(row) for row in result]

    def index_batches(self, size: int) -> Iterator[list[IndexEntry]]:
        """All index entries, streamed ``size`` at a time (so a load can stop early)."""
        result = self._session.execute(index_statement().execution_options(yield_per=size))
        for partition in result.partitions():
            yield [IndexEntry._make(row) for row in partition]

    def rows(self, ids: Iterable[int]) -> dict[int, CaseloadRow]:
        """The list columns for the given learners, keyed by id."""
        wanted = list(ids)
        if not wanted:
            return {}
        statement = (
            select(
                Learner.id,
                Learner.given_name,
                Learner.family_name,
                Learner.personnummer,
                Learner.birth_date,
                Learner.birth_year,
                Municipality.name,
                LearningCentre.name,
                Coach.name,
                Learner.phone,
                Learner.email,
                Learner.city,
                Learner.protected_identity,
                Learner.updated_at,
                Learner.stage,
                Learner.stage_since,
                Learner.standing_target,
                Learner.standing_eligible,
            )
            .outerjoin(Municipality, Learner.home_municipality_code == Municipality.code)
            .outerjoin(LearningCentre, Learner.learning_centre_id == LearningCentre.id)
            .outerjoin(Coach, Learner.coach_id == Coach.id)
            .where(Learner.id.in_(wanted))
        )
        return {row[0]: caseload_row(*tuple(row)) for row in self._session.execute(statement)}


def storable_values(
    learner: ValidLearner, *, municipality_name: str | None, learning_centre_name: str | None
) -> dict[str, Any]:
    """Column values for a learner, derived columns included (shared by ORM and bulk paths)."""
    digits = learner.identity.digits if learner.identity else None
    return {
        "given_name": learner.given_name,
        "family_name": learner.family_name,
        "personnummer": digits,
        "birth_date": learner.birth_date,
        "birth_year": learner.birth_year,
        "phone": learner.phone,
        "email": learner.email,
        "street_address": learner.street_address,
        "postal_code": learner.postal_code,
        "city": learner.city,
        "home_municipality_code": learner.home_municipality_code,
        "learning_centre_id": learner.learning_centre_id,
        "coach_id": learner.coach_id,
        "gender": learner.gender.value,
        "foreign_born": learner.foreign_born,
        "arrival_year": learner.arrival_year,
        "prior_education": learner.prior_education.value,
        "first_generation": learner.first_generation,
        "protected_identity": learner.protected_identity.value,
        "note": learner.note,
        "search_text": search_text(
            learner.given_name, learner.family_name, digits, municipality_name, learning_centre_name
        ),
        "name_sort": learner.name_sort_key,
    }


def _conditions(query: CaseloadQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Learner.search_text.contains(term, autoescape=True) for term in query.terms
    ]
    if query.coach_id is not None:
        conditions.append(Learner.coach_id == query.coach_id)
    if query.learning_centre_id is not None:
        conditions.append(Learner.learning_centre_id == query.learning_centre_id)
    if query.municipality_code is not None:
        conditions.append(Learner.home_municipality_code == query.municipality_code)
    if query.stage is not None:
        conditions.append(Learner.stage == query.stage)
    if query.target_standing is not None:
        conditions.append(_target_standing() == query.target_standing.value)
    return conditions


def _apply_order(statement: Select[Any], query: CaseloadQuery) -> Select[Any]:
    def direction(column: Any) -> Any:
        ordered = column.desc() if query.descending else column.asc()
        return ordered.nulls_last()

    tie_breakers = (Learner.name_sort.asc(), Learner.id.asc())
    match query.sort:
        case SortColumn.NAME:
            key = Learner.name_sort.desc() if query.descending else Learner.name_sort.asc()
            id_order = Learner.id.desc() if query.descending else Learner.id.asc()
            return statement.order_by(key, id_order)
        case SortColumn.PERSONNUMMER:
            return statement.order_by(
                direction(Learner.personnummer), direction(Learner.birth_date), *tie_breakers
            )
        case SortColumn.MUNICIPALITY:
            statement = statement.outerjoin(
                Municipality, Learner.home_municipality_code == Municipality.code
            )
            return statement.order_by(direction(Municipality.sort_key), *tie_breakers)
        case SortColumn.LEARNING_CENTRE:
            statement = statement.outerjoin(
                LearningCentre, Learner.learning_centre_id == LearningCentre.id
            )
            return statement.order_by(direction(LearningCentre.sort_key), *tie_breakers)
        case SortColumn.COACH:
            statement = statement.outerjoin(Coach, Learner.coach_id == Coach.id)
            return statement.order_by(direction(Coach.sort_key), *tie_breakers)
        case SortColumn.CITY:
            # A protected learner's city is never shown, so it must not steer the order either.
            visible_city = case(
                (Learner.protected_identity == ProtectedIdentity.NONE.value, Learner.city),
                else_=None,
            )
            return statement.order_by(direction(visible_city), *tie_breakers)
        case SortColumn.STAGE:
            return statement.order_by(direction(_stage_rank()), *tie_breakers)
        case SortColumn.IN_STAGE:
            return statement.order_by(direction(Learner.stage_since), *tie_breakers)
        case SortColumn.TARGET:
            return statement.order_by(direction(_target_rank()), *tie_breakers)
        case SortColumn.UPDATED:
            return statement.order_by(direction(Learner.updated_at), *tie_breakers)


def _to_stored(row: Learner) -> StoredLearner:
    return StoredLearner(
        id=row.id,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        data=ValidLearner(
            given_name=row.given_name,
            family_name=row.family_name,
            identity=IdentityNumber(row.personnummer) if row.personnummer else None,
            birth_date=row.birth_date,
            birth_year=row.birth_year,
            phone=row.phone,
            email=row.email,
            street_address=row.street_address,
            postal_code=row.postal_code,
            city=row.city,
            home_municipality_code=row.home_municipality_code,
            learning_centre_id=row.learning_centre_id,
            coach_id=row.coach_id,
            gender=Gender(row.gender),
            foreign_born=row.foreign_born,
            arrival_year=row.arrival_year,
            prior_education=PriorEducation(row.prior_education),
            first_generation=row.first_generation,
            protected_identity=ProtectedIdentity(row.protected_identity),
            note=row.note,
        ),
    )


def index_statement(learner_ids: Sequence[int] | None = None) -> Select[*tuple[Any, ...]]:
    """The columns ``CaseloadIndex`` needs, for every learner or the given ones."""
    statement: Select[*tuple[Any, ...]] = (
        select(
            Learner.id,
            Learner.search_text,
            Learner.name_sort,
            Learner.coach_id,
            Learner.learning_centre_id,
            Learner.home_municipality_code,
            Learner.personnummer,
            Learner.birth_date,
            Municipality.sort_key,
            LearningCentre.sort_key,
            Coach.sort_key,
            _visible_city(),
            Learner.updated_at,
            Learner.stage,
            _stage_rank(),
            Learner.stage_since,
            _target_standing(),
            _target_rank(),
        )
        .outerjoin(Municipality, Learner.home_municipality_code == Municipality.code)
        .outerjoin(LearningCentre, Learner.learning_centre_id == LearningCentre.id)
        .outerjoin(Coach, Learner.coach_id == Coach.id)
    )
    if learner_ids is not None:
        statement = statement.where(Learner.id.in_(list(learner_ids)))
    return statement


def _stage_rank() -> ColumnElement[int | None]:
    """The stage's place on the path (None without a stage), as ``STAGE_RANK`` says."""
    return case(STAGE_RANK, value=Learner.stage, else_=None)


def _target_standing() -> ColumnElement[str]:
    """``TargetStanding`` of the learner, as its value (the index keeps the same text)."""
    return case(
        (Learner.standing_target.is_(None), TargetStanding.NO_TARGET.value),
        (Learner.standing_eligible.is_(None), TargetStanding.UNKNOWN.value),
        (Learner.standing_eligible.is_(True), TargetStanding.ELIGIBLE.value),
        else_=TargetStanding.NOT_ELIGIBLE.value,
    )


def _target_rank() -> ColumnElement[int]:
    return case(TARGET_STANDING_RANK, value=_target_standing())


def _visible_city() -> ColumnElement[str | None]:
    return case(
        (Learner.protected_identity == ProtectedIdentity.NONE.value, Learner.city), else_=None
    )
