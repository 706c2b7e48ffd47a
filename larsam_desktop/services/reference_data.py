"""Reference data shipped in ``resources/reference`` (with sources), loaded into the database."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from larsam_desktop.paths import resources_dir
from larsam_desktop.storage.database import Database, UnitOfWork
from larsam_desktop.storage.repositories.reference import Choice


@dataclass(frozen=True, slots=True)
class MunicipalityRecord:
    code: str
    name: str
    county: str
    learning_centre: str


@dataclass(frozen=True, slots=True)
class ReferenceChoices:
    municipalities: list[Choice]
    learning_centres: list[Choice]
    coaches: list[Choice]


def load_municipalities(path: Path | None = None) -> list[MunicipalityRecord]:
    path = path or resources_dir() / "reference" / "municipalities.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return [
            MunicipalityRecord(row["code"], row["name"], row["county"], row["learning_centre"])
            for row in csv.DictReader(lines, delimiter=";")
        ]


def ensure_reference_data(uow: UnitOfWork) -> None:
    """Insert or refresh the shipped municipalities and their learning centres (idempotent)."""
    for record in load_municipalities():
        uow.reference.upsert_municipality(record.code, record.name, record.county)
    uow.session.flush()
    for record in load_municipalities():
        uow.reference.ensure_learning_centre(record.learning_centre, record.code)


class ReferenceService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def choices(self) -> ReferenceChoices:
        with self._database.unit_of_work() as uow:
            return ReferenceChoices(
                municipalities=uow.reference.municipalities(),
                learning_centres=uow.reference.learning_centres(),
                coaches=uow.reference.coaches(),
            )

    def ensure_coach(self, name: str) -> int:
        with self._database.unit_of_work() as uow:
            return uow.reference.ensure_coach(name.strip())
