"""Municipalities, learning centres and coaches: the choices a learner record refers to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from larsam_desktop.domain.text import swedish_sort_key
from larsam_desktop.storage.tables import Coach, LearningCentre, Municipality


@dataclass(frozen=True, slots=True)
class Choice:
    """An id and the name a coach sees."""

    key: str | int
    name: str


class ReferenceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def municipalities(self) -> list[Choice]:
        rows = self._session.execute(
            select(Municipality.code, Municipality.name).order_by(Municipality.sort_key)
        )
        return [Choice(code, name) for code, name in rows]

    def learning_centres(self) -> list[Choice]:
        rows = self._session.execute(
            select(LearningCentre.id, LearningCentre.name).order_by(LearningCentre.sort_key)
        )
        return [Choice(i, name) for i, name in rows]

    def coaches(self) -> list[Choice]:
        rows = self._session.execute(
            select(Coach.id, Coach.name).where(Coach.active).order_by(Coach.sort_key)
        )
        return [Choice(i, name) for i, name in rows]

    def municipality_name(self, code: str | None) -> str | None:
        municipality = self._session.get(Municipality, code) if code else None
        return municipality.name if municipality else None

    def learning_centre_name(self, centre_id: int | None) -> str | None:
        centre = self._session.get(LearningCentre, centre_id) if centre_id is not None else None
        return centre.name if centre else None

    def coach_exists(self, coach_id: int) -> bool:
        return self._session.get(Coach, coach_id) is not None

    def upsert_municipality(self, code: str, name: str, county: str) -> None:
        row = self._session.get(Municipality, code)
        if row is None:
            self._session.add(
                Municipality(code=code, name=name, county=county, sort_key=swedish_sort_key(name))
            )
        else:
            row.name, row.county, row.sort_key = name, county, swedish_sort_key(name)

    def ensure_learning_centre(self, name: str, municipality_code: str | None) -> int:
        found = self._session.scalar(select(LearningCentre).where(LearningCentre.name == name))
        if found is None:
            found = LearningCentre(
                name=name, municipality_code=municipality_code, sort_key=swedish_sort_key(name)
            )
            self._session.add(found)
            self._session.flush()
        return found.id

    def ensure_coach(self, name: str) -> int:
        found = self._session.scalar(select(Coach).where(Coach.name == name))
        if found is None:
            found = Coach(name=name, active=True, sort_key=swedish_sort_key(name))
            self._session.add(found)
            self._session.flush()
        return found.id
