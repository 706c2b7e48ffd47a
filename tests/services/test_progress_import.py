"""The university's progress lists: Swedish and English headers, matching by personnummer
(samordningsnummer, dash-less), pathway steps by the pathway's rules, offerings linked by
application code, bad lines by line and field, duplicates, all or nothing, sent again —
on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hostile_files import zip_bomb
from offering_setup import TODAY, clock

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.offerings import OfferingDraft
from larsam_desktop.domain.pathway import Stage, TransitionDraft
from larsam_desktop.domain.university_lists import ProgressEvent
from larsam_desktop.services.audit import AuditAction, AuditFilter, AuditService
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.offerings import OfferingService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.progress_import import ProgressImport
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage import crash_points
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.university import UniversityRepository

ANNA = "19900101-1239"
BO = "198506152340"  # written dash-less in the lists
CAMILLA = "19920371-3459"  # a samordningsnummer (day 11 + 60)
DAVID = "19780202-4567"


def _learner(database: Database, given: str, number: str, *stages: str) -> int:
    learner_id = (
        LearnerService(database, clock=clock)
        .create(LearnerDraft(given_name=given, family_name="Testsson", personnummer=number))
        .learner.id
    )
    pathway = PathwayService(database, clock)
    for index, stage in enumerate(stages):
        on = date(2026, 1 + index, 1)
        pathway.record(learner_id, TransitionDraft(stage, "Karin", on))
    return learner_id


@pytest.fixture
def people(store: OpenedStore) -> dict[str, int]:
    db = store.database
    return {
        "anna": _learner(db, "Anna", ANNA, "komvux", "applied"),
        "bo": _learner(db, "Bo", BO, "applied", "admitted"),
        "camilla": _learner(db, "Camilla", CAMILLA, "applied", "admitted", "studying"),
        "david": _learner(db, "David", DAVID, "applied", "admitted", "studying"),
    }


def _stage(database: Database, learner_id: int) -> Stage | None:
    history = PathwayService(database, clock).timeline(learner_id)
    return history[-1].transition.stage if history else None


def _write(tmp_path: Path, text: str, name: str = "lista.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


SWEDISH = (
    "Personnummer;Status;Datum;Högskolepoäng\n"
    "900101-1239;Registrerad;2026-09-01;\n"
    "8506152340;registrerad;2026-09-01;\n"
    "19920371-3459;Fullföljt;2026-11-30;\n"
    "19780202-4567;Avbrott;2026-11-15;\n"
)


def test_a_swedish_list_moves_each_learner_by_the_pathway_rules(
    store: OpenedStore, people: dict[str, int], tmp_path: Path
) -> None:
    db = store.database
    result = ProgressImport(db, clock).import_file(
        _write(tmp_path, SWEDISH, "Mittuniversitetet HT2026.csv"), actor="Karin"
    )
    assert result.written and not result.bad and result.total == 4
    assert _stage(db, people["anna"]) is Stage.STUDYING  # applied → admitted → studying
    assert _stage(db, people["bo"]) is Stage.STUDYING
    assert _stage(db, people["camilla"]) is Stage.COMPLETED  # matched by samordningsnummer
    assert _stage(db, people["david"]) is Stage.DISCONTINUED
    anna = PathwayService(db, clock).timeline(people["anna"])
    assert [s.transition.stage for s in anna[-2:]] == [Stage.ADMITTED, Stage.STUDYING]
    assert anna[-1].transition.on == date(2026, 9, 1)
    assert anna[-1].transition.reason == "Mittuniversitetet HT2026.csv (2026-09-01)"
    david = PathwayService(db, clock).timeline(people["david"])[-1].transition
    assert david.reason == "Mittuniversitetet HT2026.csv (2026-11-15)"  # the source
    with db.unit_of_work(writes=False) as uow:
        kept = UniversityRepository(uow.session).progress(people["camilla"])
    assert [(e.event, e.on, e.list_name) for e in kept] == [
        ("completed", date(2026, 11, 30), "Mittuniversitetet HT2026.csv")
    ]
    entries = AuditService(db).entries(AuditFilter(action=AuditAction.IMPORT))
    assert entries[-1].details["kind"] == "progress"
    assert entries[-1].details["steps"] == 5


def test_english_headers_credits_and_an_offering_linked_by_code(
    store: OpenedStore, people: dict[str, int], tmp_path: Path
) -> None:
    db = store.database
    offerings = OfferingService(db, load_eligibility_data(), clock)
    offering = offerings.create(
        OfferingDraft(university="Mittuniversitetet", target_id="sjukskoterska",
                      start_term="HT2027", code="MIU-10001")
    ).offering.id  # fmt: skip
    text = (
        "Personal identity number,Event,Date,Credits,Application code,Term\n"
        '19850615-2340,credits,2026-11-01,"22,5",miu-10001,HT2027\n'
    )
    result = ProgressImport(db, clock).import_file(_write(tmp_path, text), actor="Karin")
    assert result.written, result.bad
    assert _stage(db, people["bo"]) is Stage.STUDYING  # credits: the learner studies
    with db.unit_of_work(writes=False) as uow:
        kept = UniversityRepository(uow.session).progress(people["bo"])
    assert [(e.event, e.credits_tenths, e.offering_id) for e in kept] == [
        ("credits", 225, offering)
    ]


def test_bad_lines_are_named_by_line_and_field_and_nothing_is_written(
    store: OpenedStore, people: dict[str, int], tmp_path: Path
) -> None:
    db = store.database
    text = (
        "Personnummer;Status;Datum;Högskolepoäng;Anmälningskod\n"
        "900101-1239;Registrerad;;;\n"  # good on its own
        "900101-1238;Registrerad;;;\n"  # check digit
        "19010101-0000;Avbrott;;;\n"  # not registered? no: birth number 000
        "19880808-6782;Fullföljt;;;\n"  # nobody with this number
        "8506152340;Semester;;;\n"  # unknown status
        "8506152340;Poäng;;;\n"  # credits without a number
        "19780202-4567;Registrerad;2026-13-01;;\n"  # not a date
        "19780202-4567;Fullföljt;;;NOPE-1\n"  # no such offering
        "900101-1239;Registrerad;;;\n"  # repeats line 2
    )
    result = ProgressImport(db, clock).import_file(_write(tmp_path, text), actor="Karin")
    assert not result.written
    by_line = {b.line: b for b in result.bad}
    assert sorted(by_line) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert by_line[3].reasons[0].field == "personnummer"
    assert by_line[3].reasons[0].code == "checksum"
    assert by_line[5].reasons[0].code == "not_registered"
    assert by_line[6].reasons[0].field == "status"
    assert by_line[7].reasons[0].field == "credits"
    assert by_line[8].reasons[0].field == "on_date"
    assert by_line[9].reasons[0].field == "application_code"
    assert by_line[10].duplicate_of == 2
    assert _stage(db, people["anna"]) is Stage.APPLIED  # the good line waited too


def test_a_step_the_pathway_refuses_is_a_bad_line(
    store: OpenedStore, people: dict[str, int], tmp_path: Path
) -> None:
    db = store.database
    text = (
        "Personnummer;Status;Datum\n"
        "8506152340;Registrerad;2025-06-01\n"  # before the learner's last step
        "19900101-1239;Fullföljt;2030-01-01\n"  # in the future
    )
    result = ProgressImport(db, clock).import_file(_write(tmp_path, text), actor="Karin")
    assert not result.written
    assert [(b.line, b.reasons[0].field) for b in result.bad] == [(2, "on"), (3, "on")]


def test_a_list_of_one_kind_without_a_status_column(
    store: OpenedStore, people: dict[str, int], tmp_path: Path
) -> None:
    path = _write(tmp_path, "Personnummer\n900101-1239\n")
    with pytest.raises(ValidationError) as raised:
        ProgressImport(store.database, clock).import_file(path)
    assert raised.value.errors[0].params == {"column": "status"}
    result = ProgressImport(store.database, clock).import_file(
        path, event=ProgressEvent.REGISTERED, actor="Karin"
    )
    assert result.written
    assert _stage(store.database, people["anna"]) is Stage.STUDYING
    assert PathwayService(store.database, clock).timeline(people["anna"])[-1].transition.on == (
        TODAY
    )


def test_a_dry_run_and_a_list_sent_again_change_nothing(
    store: OpenedStore, people: dict[str, int], tmp_path: Path
) -> None:
    db = store.database
    path = _write(tmp_path, SWEDISH)
    dry = ProgressImport(db, clock).import_file(path, dry_run=True, actor="Karin")
    assert not dry.written and dry.steps == 5 and not dry.bad
    assert _stage(db, people["anna"]) is Stage.APPLIED
    ProgressImport(db, clock).import_file(path, actor="Karin")
    again = ProgressImport(db, clock).import_file(path, actor="Karin")
    assert again.written and again.steps == 0 and again.unchanged == 4
    with db.unit_of_work(writes=False) as uow:
        assert len(UniversityRepository(uow.session).progress(people["anna"])) == 1
        assert len(uow.pathway.history(people["anna"])) == 4


def test_an_xlsx_list_is_read_like_a_csv(
    store: OpenedStore, people: dict[str, int], tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Personnummer", "Status", "Datum"])
    sheet.append(["19900101-1239", "Registrerad", date(2026, 9, 1)])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    result = ProgressImport(store.database, clock).import_file(path, actor="Karin")
    assert result.written, result.bad
    assert _stage(store.database, people["anna"]) is Stage.STUDYING


def test_killed_between_the_steps_and_the_lines_nothing_is_kept(
    store: OpenedStore,
    people: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Died(Exception):
        pass

    def die(name: str) -> None:
        if name == "progress-import-steps":
            raise Died

    monkeypatch.setattr(crash_points, "step", die)
    with pytest.raises(Died):
        ProgressImport(store.database, clock).import_file(_write(tmp_path, SWEDISH))
    assert _stage(store.database, people["anna"]) is Stage.APPLIED


def test_a_file_without_the_columns_and_a_zip_bomb_are_refused(
    store: OpenedStore, people: dict[str, int], tmp_path: Path
) -> None:
    service = ProgressImport(store.database, clock)
    with pytest.raises(ValidationError) as no_header:
        service.import_file(_write(tmp_path, "Namn;Kurs\nAda;Ma1\n"))
    assert [(e.field, e.params) for e in no_header.value.errors] == [
        ("mapping", {"column": "personnummer"})
    ]
    with pytest.raises(ValidationError):
        service.import_file(zip_bomb(tmp_path / "bomb.xlsx"))
    assert _stage(store.database, people["anna"]) is Stage.APPLIED
