"""Reference data shipped in ``resources/reference`` (with sources), loaded into the database."""

from __future__ import annotations

import csv
import hashlib
import io
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


#: app_meta key holding the content hash of the reference data last applied.
REFERENCE_HASH_KEY = "reference_data_sha256"
#: Bump when the way the file is applied changes (e.g. the sort key), so it is applied again.
_APPLY_VERSION = b"municipalities-v1\n"


def municipalities_path() -> Path:
    return resources_dir() / "reference" / "municipalities.csv"


def _parse(text: str) -> list[MunicipalityRecord]:
    lines = (line for line in io.StringIO(text, newline="") if not line.startswith("#"))
    return [
        MunicipalityRecord(row["code"], row["name"], row["county"], row["learning_centre"])
        for row in csv.DictReader(lines, delimiter=";")
    ]


def load_municipalities(path: Path | None = None) -> list[MunicipalityRecord]:
    return _parse((path or municipalities_path()).read_bytes().decode("utf-8"))


def ensure_reference_data(uow: UnitOfWork, path: Path | None = None) -> None:
    """Insert or refresh the shipped municipalities and their learning centres.

    Applied only when the shipped file differs from the one applied last (a content hash
    in app_meta, read in one SELECT), so an ordinary open writes nothing.
    """
    content = (path or municipalities_path()).read_bytes()
    digest = hashlib.sha256(_APPLY_VERSION + content).hexdigest()
    if uow.meta.get(REFERENCE_HASH_KEY) == digest:
        return
    records = _parse(content.decode("utf-8"))
    for record in records:
        uow.reference.upsert_municipality(record.code, record.name, record.county)
    uow.session.flush()
    for record in records:
        uow.reference.ensure_learning_centre(record.learning_centre, record.code)
    uow.meta.set(REFERENCE_HASH_KEY, digest)


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
