"""The registerutdrag covers every table about a learner, and cannot forget the next one.

* Every table in the mapped metadata with a column referring to the learner (a foreign key to
  ``learner.id``, or a ``learner_id`` column), or referring to such a table by its key, is
  declared in ``access_request_sections``: a section title, or left out with a reason. A
  fake new table shows that the check fails.
* Every column the PDF shows has a field name in Swedish and English.
* Demo data read back with pdftotext in both languages: one learner with a row in every
  such table, each section with its title, the issue-17 values in words.
"""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, func, insert, select

from larsam_desktop.domain.bilingual import LANGUAGES, Language
from larsam_desktop.domain.field_names import FIELD_NAMES, value_name
from larsam_desktop.services.access_request import DERIVED_COLUMNS, AccessRequestService
from larsam_desktop.services.access_request_sections import (
    LEFT_OUT,
    SECTION_TITLES,
    TECHNICAL_COLUMNS,
    learner_tables,
    stale,
    undeclared,
)
from larsam_desktop.services.applicant_import import ApplicantImport
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.eligibility_decisions import DecisionService
from larsam_desktop.services.retention import ErasureService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.tables import Base

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)


def _copy_of_metadata() -> MetaData:
    copy = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(copy)
    return copy


def test_every_table_about_a_learner_is_declared_by_the_registerutdrag() -> None:
    found = {t.table.name for t in learner_tables(Base.metadata)}
    assert {"activity_invitation", "mentor", "university_progress", "hogskoleprov_sitting",
            "non_eligible_applicant", "study_plan_revision", "audit_entry"} <= found  # fmt: skip
    assert undeclared(Base.metadata) == []
    assert stale(Base.metadata) == []
    for table, reason in LEFT_OUT.items():
        assert reason.strip(), table


def test_a_new_table_about_the_learner_fails_the_check_until_it_is_declared() -> None:
    metadata = _copy_of_metadata()
    # A foreign key to the learner under another name, a plain learner_id column, and a
    # table found through one of the learner's tables.
    Table("learner_reward", metadata, Column("id", Integer, primary_key=True),
          Column("awarded_to", ForeignKey("learner.id")))  # fmt: skip
    Table("learner_wish", metadata, Column("id", Integer, primary_key=True),
          Column("learner_id", Integer), Column("wish", String(50)))  # fmt: skip
    Table("mentor_meeting_note", metadata, Column("id", Integer, primary_key=True),
          Column("mentor_id", ForeignKey("mentor.id")))  # fmt: skip
    # and one that is not about a learner
    Table("programme_note", metadata, Column("id", Integer, primary_key=True),
          Column("text", String(50)))  # fmt: skip
    assert sorted(undeclared(metadata)) == ["learner_reward", "learner_wish", "mentor_meeting_note"]
    titles = dict(SECTION_TITLES, learner_reward="Belöningar", learner_wish="Önskemål")
    assert undeclared(metadata, titles) == ["mentor_meeting_note"]
    assert undeclared(metadata, titles, {"mentor_meeting_note": "  "}) == ["mentor_meeting_note"]
    left_out = {"mentor_meeting_note": "the mentor's own notes, not about the learner"}
    assert undeclared(metadata, titles, left_out) == []
    assert stale(metadata, dict(titles, old_table="Gammalt")) == ["old_table"]


def test_every_column_the_pdf_shows_has_a_field_name() -> None:
    missing = [
        f"{about.table.name}.{column.name}"
        for about in learner_tables(Base.metadata)
        for column in about.table.c
        if (about.table.name, column.name) not in TECHNICAL_COLUMNS | DERIVED_COLUMNS
        and column.name not in FIELD_NAMES
    ]
    learner = Base.metadata.tables["learner"]
    missing += [
        f"learner.{c.name}"
        for c in learner.c
        if ("learner", c.name) not in DERIVED_COLUMNS and c.name not in FIELD_NAMES
    ]
    assert missing == []


# --- demo data, read back ------------------------------------------------------------


def _counts(store: OpenedStore, learner_id: int) -> dict[str, int]:
    """Rows of each directly-linked table about the learner."""
    found: dict[str, int] = {}
    with store.database.engine.connect() as connection:
        for about in learner_tables(Base.metadata):
            if about.parent is None:
                count = connection.execute(
                    select(func.count()).select_from(about.table).where(about.column == learner_id)
                ).scalar_one()
                if count:
                    found[about.table.name] = count
    return found


def _copy_a_row(store: OpenedStore, table_name: str, learner_id: int) -> bool:
    """Give the learner a copy of another learner's row of ``table_name``: a new key, and
    references to the learner's other records (a note's contact) pointing to their own."""
    table = Base.metadata.tables[table_name]
    direct = {t.table.name: t for t in learner_tables(Base.metadata) if t.parent is None}
    about = direct[table_name]
    with store.database.engine.begin() as connection:
        source = connection.execute(select(table).where(about.column != learner_id)).mappings()
        first = source.first()
        if first is None:
            return False
        values: dict[str, Any] = dict(first)
        values[about.column.name] = learner_id
        for foreign in table.foreign_keys:
            parent = direct.get(foreign.column.table.name)
            if parent is None or foreign.parent is about.column:
                continue
            taken = select(foreign.parent).where(foreign.parent.is_not(None))
            own = connection.execute(
                select(foreign.column)
                .where(parent.column == learner_id, foreign.column.not_in(taken))
                .limit(1)
            ).scalar()
            if own is None:
                return False
            values[foreign.parent.name] = own
        primary = list(table.primary_key.columns)
        if len(primary) == 1 and not primary[0].foreign_keys:
            values.pop(primary[0].name)
        connection.execute(insert(table).values(**values))
    return True


def _counts_of_everyone(store: OpenedStore) -> dict[int, dict[str, int]]:
    """``_counts`` of every learner at once: one grouped count a table, instead of one
    count a table and learner (300 learners x 20 tables on the server was seconds)."""
    found: dict[int, dict[str, int]] = {}
    with store.database.engine.connect() as connection:
        for about in learner_tables(Base.metadata):
            if about.parent is None:
                rows = connection.execute(
                    select(about.column, func.count())
                    .where(about.column.is_not(None))
                    .group_by(about.column)
                )
                for learner_id, count in rows:
                    found.setdefault(cast(int, learner_id), {})[about.table.name] = int(count)
    return found


def _personnummer(store: OpenedStore, learner_id: int) -> str:
    learner = Base.metadata.tables["learner"]
    with store.database.engine.connect() as connection:
        return str(
            connection.execute(
                select(learner.c.personnummer).where(learner.c.id == learner_id)
            ).scalar_one()
        )


def _fill_in(store: OpenedStore, learner_id: int, tmp_path: Path) -> None:
    """What demo data has for other learners or not at all, for this one: the rows a
    coach or a university list would have stored, through the services where they exist."""
    data = load_eligibility_data()
    have = _counts(store, learner_id)
    if "eligibility_decision" not in have:
        DecisionService(store.database, data, clock=lambda: NOW).record(
            learner_id, "university_decision", date(2026, 6, 1), "Mittuniversitetet", "MIUN 17"
        )
    if "learner_hold" not in have:
        ErasureService(store.database).place_hold(learner_id, "Överklagande", actor="Karin")
    if "non_eligible_applicant" not in have:
        digits = _personnummer(store, learner_id)
        applicants = tmp_path / "ej-behoriga.csv"
        applicants.write_text(
            f"Personnummer;Program;Termin\n{digits};sjukskoterska;HT2026\n", encoding="utf-8"
        )
        result = ApplicantImport(store.database, data).import_file(applicants, actor="Karin")
        assert result.written and not result.bad
    for about in learner_tables(Base.metadata):
        name = about.table.name
        if (
            about.parent is None
            and name != "audit_entry"
            and name not in _counts(store, learner_id)
        ):
            assert _copy_a_row(store, name, learner_id), f"no demo row of {name}: add one here"


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


# The issue-17 values as a reader reads them, by language.
WORDS: dict[Language, tuple[str, ...]] = {
    "sv": ("Svar", "Uppgift", "Källa (lista)", "Provtillfälle", "Från", "Roll", "Tillhör",
           "Utbildningstillfälle", "Inbjuden av", "Sjuksköterskeprogrammet", "Studieplanernas"),
    "en": ("Response", "Reported", "Source (list)", "Sitting", "Starts on", "Role",
           "Affiliation", "Offering", "Invited by", "Nursing", "Versions of the study plans"),
}  # fmt: skip


@pytest.fixture
def richest(store: OpenedStore, tmp_path: Path) -> int:
    DemoGenerator(store.database).generate(300, seed=3)
    learner = Base.metadata.tables["learner"]
    with store.database.engine.connect() as connection:
        ids = list(connection.execute(select(learner.c.id)).scalars())
    wanted = {"activity_invitation", "mentor", "university_progress", "hogskoleprov_sitting"}
    counts = _counts_of_everyone(store)
    chosen = max(ids, key=lambda i: (len(wanted & set(counts.get(i, {}))), len(counts.get(i, {}))))
    assert counts.get(chosen, {}) == _counts(store, chosen)  # the grouped count is the count
    _fill_in(store, chosen, tmp_path)
    return int(chosen)


def test_the_registerutdrag_of_a_demo_learner_has_every_table_in_both_languages(
    store: OpenedStore, richest: int, tmp_path: Path
) -> None:
    service = AccessRequestService(store.database, clock=lambda: NOW)
    (tmp_path / "first").mkdir()
    service.export(richest, tmp_path / "first", actor="Karin")  # an audit entry about them
    expected = set(_counts(store, richest)) | {"learner", "study_plan_revision"}
    assert expected >= {"audit_entry", "activity_invitation", "mentor", "university_progress",
                        "hogskoleprov_sitting", "non_eligible_applicant"}  # fmt: skip
    assert expected == {"learner"} | {t.table.name for t in learner_tables(Base.metadata)}
    for language in LANGUAGES:
        out = tmp_path / language
        out.mkdir()
        files = service.export(richest, out, actor="Karin", language=language)
        data = json.loads(files.json_path.read_text(encoding="utf-8"))
        assert set(data["tables"]) == expected
        text = pdf_text(files.pdf_path)
        flat = " ".join(text.split())
        for table in expected:
            title = " ".join(SECTION_TITLES[table].in_language(language).split())
            assert title in flat, (language, table)
        for word in WORDS[language]:
            assert word in flat, (language, word)
        for rows in data["tables"].values():  # every stored code value in words
            for row in rows:
                for key, value in row.items():
                    named = value_name(key, value, language)
                    if named is not None and not isinstance(value, bool):
                        assert named in flat, (language, key, value)
        keys = {key for rows in data["tables"].values() for row in rows for key in row}
        raw = sorted(k for k in keys if "_" in k and k in text)
        assert raw == [], language
        assert data["tables"]["audit_entry"][0]["prev_hash"] not in text  # JSON only
    swedish = " ".join(pdf_text(next((tmp_path / "sv").glob("*.pdf"))).split())
    assert "Registered (studying)" not in swedish and "Nursing" not in swedish
