"""Högskoleprov results, cut-off import and a learner's standing, stored on SQLite and
PostgreSQL: the published layout (CSV and XLSX), a damaged file refused whole (every bad
line named, nothing stored), a round imported again replacing itself."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from larsam_desktop.domain.courses.records import CourseRecordDraft
from larsam_desktop.domain.errors import NotFound, ValidationError
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.cutoff_import import CutoffImporter
from larsam_desktop.services.eligibility import EligibilityService
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.learners import LearnerNotFound, LearnerService
from larsam_desktop.services.merit import MeritService
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.services.store import OpenedStore

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
FIXTURE = Path(__file__).parents[1] / "fixtures" / "cutoffs" / "antagningsstatistik_ht2025.csv"


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


def add_learner(store: OpenedStore) -> int:
    draft = LearnerDraft(given_name="Fatima", family_name="Ali", birth_date=date(1990, 3, 2))
    return LearnerService(store.database, clock=clock).create(draft).learner.id


def test_hogskoleprov_results_are_stored_and_the_best_valid_counts(
    store: OpenedStore, data: EligibilityData
) -> None:
    learner = add_learner(store)
    service = MeritService(store.database, data, clock)
    first, changes = service.record_hp(learner, "1,05", date(2023, 4, 1))
    assert changes.learners == {learner}
    service.record_hp(learner, "1.15", date(2024, 10, 20))
    results = service.hp_results(learner)
    assert [r.result.score for r in results] == [Decimal("1.05"), Decimal("1.15")]
    transcript = EligibilityService(store.database, data, clock).transcript(learner)
    standing = service.standing(transcript, None, [r.result for r in results], [])
    assert standing.hp is not None and standing.hp.score == Decimal("1.15")
    service.remove_hp(first.id)
    assert len(service.hp_results(learner)) == 1
    with pytest.raises(NotFound):
        service.remove_hp(first.id)
    with pytest.raises(ValidationError):
        service.record_hp(learner, "2,5", date(2024, 1, 1))
    with pytest.raises(LearnerNotFound):
        service.record_hp(learner + 999, "1,0", date(2024, 1, 1))


def test_the_published_layout_is_imported_and_a_second_import_replaces_it(
    store: OpenedStore, data: EligibilityData
) -> None:
    importer = CutoffImporter(store.database, clock)
    first = importer.import_file(FIXTURE)
    assert (first.rows, first.rounds, first.replaced) == (
        7,
        ("HT2025 urval 2", "VT2025 urval 2"),
        0,
    )
    again = importer.import_file(FIXTURE)
    assert again.replaced == 7
    rows = MeritService(store.database, data, clock).cutoffs()
    assert len(rows) == 7
    assert rows[0].term == "VT2025"  # oldest round first
    bii = next(
        r
        for r in rows
        if r.group == "BII" and r.university == "Mittuniversitetet" and r.term == "HT2025"
    )
    assert bii.value == Decimal("16.85") and bii.code == "MIU-12345" and bii.admitted == 20


def test_an_xlsx_in_the_same_layout_is_read(
    store: OpenedStore, data: EligibilityData, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Antagningsstatistik VT2026, urval 1"])
    sheet.append([])
    sheet.append(["Termin", "Urval", "Lärosäte", "Program/kurs", "Urvalsgrupp", "Antagningspoäng"])
    sheet.append(["VT2026", 1, "Mittuniversitetet", "Socionomprogrammet", "BI", 16.85])
    sheet.append(["VT2026", 1, "Mittuniversitetet", "Socionomprogrammet", "HP", 0.9])
    path = tmp_path / "statistik.xlsx"
    workbook.save(path)
    result = CutoffImporter(store.database, clock).import_file(path)
    assert result.rows == 2
    values = [r.value for r in MeritService(store.database, data, clock).cutoffs()]
    assert values == [Decimal("16.85"), Decimal("0.90")]


def test_a_damaged_file_is_refused_whole_with_its_lines_named(
    store: OpenedStore, data: EligibilityData, tmp_path: Path
) -> None:
    importer = CutoffImporter(store.database, clock)
    importer.import_file(FIXTURE)
    text = FIXTURE.read_text(encoding="utf-8").splitlines()
    text[4] = text[4].replace("15,70", "15,7x")  # line 5
    text[7] = text[7].replace("HT2025", "HT20")  # line 8
    text.append("HT2025;2;Mittuniversitetet;MIU-9;Socionomprogrammet;HP;3,10;1")  # line 12
    damaged = tmp_path / "damaged.csv"
    damaged.write_text("\r\n".join(text), encoding="cp1252")
    with pytest.raises(ValidationError) as caught:
        importer.import_file(damaged)
    assert sorted(e.params["line"] for e in caught.value.errors) == [5, 8, 12]
    rows = MeritService(store.database, data, clock).cutoffs()
    assert len(rows) == 7 and all(r.university != "" for r in rows)  # as before: untouched
    assert {r.value for r in rows if r.group == "BI"} == {Decimal("15.70"), None}


def test_a_learners_standing_against_the_targets_last_round(
    store: OpenedStore, data: EligibilityData
) -> None:
    learner = add_learner(store)
    courses = CourseRecordService(store.database, data, clock)
    grades = {
        "SVESVE01": "C", "SVESVE02": "C", "SVESVE03": "B", "ENGENG05": "B", "ENGENG06": "B",
        "MATMAT01b": "C", "MATMAT02b": "C", "SAMSAM01b": "B", "NAKNAK01b": "C",
        "NAKNAK02": "C", "HISHIS01b": "C", "RELREL01": "C",
    }  # fmt: skip
    for code, grade in grades.items():
        provider = "komvux" if code == "MATMAT02b" else "upper_secondary"  # needed for Ma 2
        courses.add(learner, CourseRecordDraft(code=code, grade=grade, provider=provider))
    profiles = ProfileService(store.database, data, clock)
    profiles.set_qualifications(learner, {"examen": "hogskoleforberedande"})
    profiles.set_target(learner, "sjukskoterska")
    CutoffImporter(store.database, clock).import_file(FIXTURE)
    service = MeritService(store.database, data, clock)
    service.record_hp(learner, "1,15", date(2024, 10, 20))
    transcript = EligibilityService(store.database, data, clock).transcript(learner)
    standing = service.standing(
        transcript,
        "sjukskoterska",
        [r.result for r in service.hp_results(learner)],
        service.cutoffs(),
        on=date(2026, 12, 3),
    )
    assert [g.group for g in standing.merit.groups] == ["BII"]  # Ma 2 was completed
    bii = standing.merit.groups[0]
    points = {code: data.catalogue.points(code) for code in grades}
    value = {"B": Decimal("17.5"), "C": Decimal("15")}
    weighted = sum(value[g] * points[c] for c, g in grades.items()) / sum(points.values())
    assert bii.meritvarde == weighted.quantize(Decimal("0.01"))
    assert bii.meritpoang == 0  # Ma 2 is required for the programme: no meritpoäng
    by_key = {(c.group, c.row.university): c for c in standing.comparisons}
    assert set(by_key) == {
        ("BII", "Mittuniversitetet"),
        ("BII", "Umeå universitet"),
        ("HP", "Mittuniversitetet"),
    }  # not BI: the learner is not in it
    assert by_key[("BII", "Mittuniversitetet")].competitive is False  # below 16,85
    assert by_key[("HP", "Mittuniversitetet")].competitive is True  # 1,15 against 1,05
    assert standing.term == "HT2025"
    assert standing.what_if_for is not None
    assert standing.what_if_for.row.value == Decimal("16.85")
    assert standing.what_ifs, "Engelska 7 at komvux: its grade and 1,0 meritpoäng"
    best = standing.what_ifs[0]
    assert best.code == "ENGENG07" and not best.retake and best.points == 100
    assert best.value >= Decimal("16.85")
    assert all(option.value >= Decimal("16.85") for option in standing.what_ifs)


def test_hostile_statistics_files_are_refused_before_they_cost_much(
    sqlite_store: OpenedStore, tmp_path: Path
) -> None:
    from hostile_files import zip_bomb

    importer = CutoffImporter(sqlite_store.database, clock)
    with pytest.raises(ValidationError) as caught:
        importer.import_file(zip_bomb(tmp_path / "bomb.xlsx"))
    assert caught.value.errors[0].field == "file"
    unclosed = tmp_path / "unclosed.csv"
    header = "Termin;Lärosäte;Program/kurs;Urvalsgrupp;Antagningspoäng\n"
    row = 'HT2025;Mittuniversitetet;"Sjuksköterskeprogrammet;BI;15,70\n'
    unclosed.write_text(header + row + "HT2025;Umeå universitet;Läkarprogrammet;BI;21,00\n")
    with pytest.raises(ValidationError) as quote:
        importer.import_file(unclosed)
    assert quote.value.errors[0].code == "unclosed_quote"
    assert quote.value.errors[0].params["line"] == 2
    with pytest.raises(ValidationError) as missing:
        importer.import_file(tmp_path / "nothing.csv")
    assert missing.value.errors[0].code == "unreadable"
    assert MeritService(sqlite_store.database, load_eligibility_data(), clock).cutoffs() == []


def test_the_registerutdrag_and_erasure_include_the_results(
    store: OpenedStore, data: EligibilityData
) -> None:
    from sqlalchemy import func, select

    from larsam_desktop.services.access_request import collect
    from larsam_desktop.services.retention import ErasureService
    from larsam_desktop.storage.tables import HogskoleprovResult

    learner = add_learner(store)
    MeritService(store.database, data, clock).record_hp(learner, "0,95", date(2022, 4, 2))
    with store.database.unit_of_work() as uow:
        record = collect(uow, learner, include_protected=False, now=NOW)
    (section,) = [s for s in record.sections if s.table == "hogskoleprov_result"]
    assert section.rows[0]["score_hundredths"] == 95
    ErasureService(store.database, clock).erase(learner)
    with store.database.unit_of_work() as uow:
        left = uow.session.scalar(select(func.count()).select_from(HogskoleprovResult))
    assert left == 0  # erased with the learner
