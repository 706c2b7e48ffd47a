"""``today``, ``calendar export`` and ``learners export`` as a user runs them (in-process),
a real data folder; the .ics file parsed back with icalendar and vobject, the XLSX with
openpyxl."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, time, timedelta
from pathlib import Path

import icalendar
import openpyxl
import pytest
import vobject
from cli_runner import CliResult, run_cli

from larsam_desktop.domain.activities import ActivityDraft
from larsam_desktop.domain.contacts import ContactDraft, FollowUpDraft
from larsam_desktop.domain.exam_bookings import ExamBookingDraft, ExamPolicy
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.contacts import ContactService, FollowUpService
from larsam_desktop.services.lc_services import ActivityService, ExamBookingService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.preferences import set_current_coach
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import open_store

PERSONNUMMER = "19900101-9802"


def run(*args: str, data_dir: Path) -> CliResult:
    return run_cli(*args, data_dir=data_dir)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Anna's caseload: Åsa (contacted, a follow-up overdue, an exam tomorrow), Bo (never
    contacted); Omar's learner Cecilia; an activity tomorrow."""
    data = tmp_path_factory.mktemp("day") / "data"
    store = open_store(AppPaths(data))
    database = store.database
    today = date.today()
    reference = ReferenceService(database)
    anna = reference.ensure_coach("Anna Berg")
    omar = reference.ensure_coach("Omar Said")
    centre = reference.choices().learning_centres[0].key
    learners = LearnerService(database)
    asa = learners.create(
        LearnerDraft(
            given_name="Åsa", family_name="Öberg", personnummer=PERSONNUMMER, coach_id=anna
        )
    ).learner.id
    learners.create(
        LearnerDraft(given_name="Bo", family_name="Ek", birth_date=date(1990, 2, 2), coach_id=anna)
    )
    learners.create(
        LearnerDraft(
            given_name="Cecilia", family_name="Ny", birth_date=date(1991, 3, 3), coach_id=omar
        )
    )
    ContactService(database).record(
        asa,
        ContactDraft(kind="phone", recorded_by="Anna Berg", notes="Ma 2b", next_steps="Ring CSN"),
        FollowUpDraft("Ring CSN", today - timedelta(days=1), "Anna Berg"),
    )
    FollowUpService(database).add(
        asa, FollowUpDraft("Next month", today + timedelta(days=40), "Anna Berg")
    )
    ActivityService(database).create(
        ActivityDraft(
            kind="information_meeting",
            title="Mittuniversitetet informerar",
            on=today + timedelta(days=1),
            start=time(13, 0),
            duration_minutes=90,
            place="Aulan",
            capacity=30,
        )
    )
    exams = ExamBookingService(database, ExamPolicy(lead_working_days=0))
    room = exams.add_room("Tentasal 1", 4, int(centre))
    exams.book(
        asa,
        ExamBookingDraft(
            university="Mittuniversitetet",
            course="Statistik A",
            exam_date=today + timedelta(days=1),
            start=time(9, 0),
            duration_minutes=240,
            room_id=room,
            proctor="Lena",
        ),
        recorded_by="Anna Berg",
    )
    database.dispose()
    return data


def test_today_as_json_for_a_named_coach(folder: Path) -> None:
    result = run("today", "--coach", "anna berg", "--format", "json", data_dir=folder)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["coach"] == "Anna Berg"
    assert report["follow_ups"]["total"] == 1 and report["follow_ups"]["overdue"] == 1
    assert report["follow_ups"]["rows"][0]["title"] == "Ring CSN"
    assert [r["learner"] for r in report["not_contacted"]["rows"]] == ["Bo Ek"]
    kinds = sorted(r["kind"] for r in report["upcoming"]["rows"])
    assert kinds == ["activity", "exam"]
    assert PERSONNUMMER[:8] not in result.stdout


def test_today_uses_the_current_coach_from_the_preferences(folder: Path, tmp_path: Path) -> None:
    result = run("today", data_dir=folder)
    assert result.returncode == 1
    assert "no current coach" in result.stderr and "--coach" in result.stderr
    set_current_coach(AppPaths(folder), "Omar Said")
    try:
        result = run("today", data_dir=folder)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Today ") and "for Omar Said" in result.stdout
        assert "Cecilia Ny" in result.stdout and "Bo Ek" not in result.stdout
        assert "Not contacted in 6 weeks: 1" in result.stdout
        # --coach overrides the preference.
        result = run("today", "--coach", "Anna Berg", data_dir=folder)
        assert "OVERDUE Ring CSN – Åsa Öberg" in result.stdout
    finally:
        set_current_coach(AppPaths(folder), None)


def test_an_unknown_coach_is_refused_with_a_clear_message(folder: Path) -> None:
    result = run("today", "--coach", "Nobody", data_dir=folder)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "No coach named 'Nobody'" in result.stderr and "Anna Berg" in result.stderr


def test_calendar_export_parses_back_with_two_libraries(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "anna.ics"
    arguments = ("calendar", "export", "--out", str(out), "--coach", "Anna Berg", "--full-names")
    result = run(*arguments, data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "Wrote 4 events (2 follow-ups, 1 activities, 1 exams)" in result.stdout
    raw = out.read_bytes()
    parsed = icalendar.Calendar.from_ical(raw)
    events = {str(e["summary"]): e for e in parsed.walk("VEVENT")}
    assert set(events) == {
        "Follow-up: Ring CSN – Åsa Öberg",
        "Follow-up: Next month – Åsa Öberg",
        "Mittuniversitetet informerar",
        "Exam: Statistik A – Åsa Öberg",
    }
    exam = events["Exam: Statistik A – Åsa Öberg"]
    start = exam.decoded("dtstart")
    assert (start.hour, start.minute, str(start.tzinfo)) == (9, 0, "Europe/Stockholm")
    assert exam.decoded("dtend") - start == timedelta(hours=4)
    assert str(exam["location"]) == "Tentasal 1"
    due = events["Follow-up: Ring CSN – Åsa Öberg"].decoded("dtstart")
    assert due == date.today() - timedelta(days=1)
    assert len(parsed.walk("VTIMEZONE")) == 1
    uids = [str(e["uid"]) for e in parsed.walk("VEVENT")]
    assert len(set(uids)) == 4

    second = vobject.readOne(raw.decode("utf-8"))
    summaries = sorted(event.summary.value for event in second.vevent_list)
    assert summaries == sorted(events)
    assert PERSONNUMMER[:8] not in raw.decode("utf-8")


def test_calendar_export_failures_leave_no_file(folder: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "x.ics"
    result = run(
        "calendar", "export", "--out", str(missing), "--coach", "Anna Berg", data_dir=folder
    )
    assert result.returncode == 1 and "does not exist" in result.stderr
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run(
            "calendar",
            "export",
            "--out",
            str(locked / "x.ics"),
            "--coach",
            "Anna Berg",
            data_dir=folder,
        )
        if result.returncode == 0:  # running as root: permissions do not stop us
            assert (locked / "x.ics").exists()
        else:
            assert "Cannot write" in result.stderr
            assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)
    result = run(
        "calendar", "export", "--out", str(tmp_path / "y.ics"), "--coach", "Nobody", data_dir=folder
    )
    assert result.returncode == 1 and not (tmp_path / "y.ics").exists()
    result = run(
        "calendar", "export", "--out", str(tmp_path), "--coach", "Anna Berg", data_dir=folder
    )
    assert result.returncode == 1 and "is a folder" in result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith((".part", ".partial"))] == []


def test_caseload_export_has_personnummer_only_when_chosen(folder: Path, tmp_path: Path) -> None:
    plain = tmp_path / "caseload.csv"
    result = run("learners", "export", "--out", str(plain), data_dir=folder)
    assert result.returncode == 0, result.stderr
    text = plain.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert [r["Given name"] for r in rows] == ["Bo", "Cecilia", "Åsa"]
    assert "Personnummer" not in rows[0]
    assert rows[2]["Last contact"] == date.today().isoformat()
    assert "9802" not in text

    chosen = tmp_path / "with-number.xlsx"
    result = run(
        "learners",
        "export",
        "--out",
        str(chosen),
        "--columns",
        "given_name,personnummer,coach",
        "--search",
        "åsa",
        data_dir=folder,
    )
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(chosen, read_only=True).active
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        ["Given name", "Personnummer", "Coach"],
        ["Åsa", PERSONNUMMER, "Anna Berg"],
    ]


def test_caseload_export_refuses_bad_input(folder: Path, tmp_path: Path) -> None:
    result = run(
        "learners", "export", "--out", str(tmp_path / "x.csv"), "--columns", "nope", data_dir=folder
    )
    assert result.returncode == 1 and "Unknown column(s): nope" in result.stderr
    result = run("learners", "export", "--out", str(tmp_path / "x.txt"), data_dir=folder)
    assert result.returncode == 1 and "--format" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_calendar_export_in_swedish(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "anna.ics"
    arguments = ("calendar", "export", "--out", str(out), "--coach", "Anna Berg", "--full-names")
    result = run(*arguments, "--language", "sv", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "Skrev 4 händelser (2 uppföljningar, 1 aktiviteter, 1 prov)" in result.stdout
    parsed = icalendar.Calendar.from_ical(out.read_bytes())
    events = {str(e["summary"]): e for e in parsed.walk("VEVENT")}
    assert set(events) == {
        "Uppföljning: Ring CSN – Åsa Öberg",
        "Uppföljning: Next month – Åsa Öberg",
        "Mittuniversitetet informerar",
        "Prov: Statistik A – Åsa Öberg",
    }
    categories = {str(name): [str(c) for c in e["categories"].cats] for name, e in events.items()}
    assert categories["Prov: Statistik A – Åsa Öberg"] == ["Prov"]
    assert categories["Mittuniversitetet informerar"] == ["Informationsmöte"]
    assert categories["Uppföljning: Ring CSN – Åsa Öberg"] == ["Uppföljning"]
    description = str(events["Prov: Statistik A – Åsa Öberg"]["description"])
    assert "Tentamensvakt: Lena" in description
    text = out.read_bytes().decode("utf-8")
    assert not any(word in text for word in ("Follow-up", "Exam", "Proctor", "information_meeting"))


def test_caseload_export_headers_and_stages_in_both_languages(folder: Path, tmp_path: Path) -> None:
    columns = "family_name,given_name,birth_year,coach,stage,last_contact_on,email"
    swedish = tmp_path / "deltagare.csv"
    arguments = ("learners", "export", "--columns", columns, "--search", "åsa")
    result = run(*arguments, "--out", str(swedish), "--language", "sv", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "Skrev 1 deltagare till" in result.stdout
    rows = list(csv.reader(io.StringIO(swedish.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Efternamn",
        "Förnamn",
        "Födelseår",
        "Coach",
        "Steg",
        "Senaste kontakt",
        "E-post",
    ]
    assert rows[1][:2] == ["Öberg", "Åsa"] and rows[1][3] == "Anna Berg"

    english = tmp_path / "caseload.xlsx"
    result = run(*arguments, "--out", str(english), "--language", "en", data_dir=folder)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(english, read_only=True)
    assert book.sheetnames == ["Caseload"]
    sheet = book.active
    assert next(list(r) for r in sheet.iter_rows(values_only=True)) == [
        "Family name",
        "Given name",
        "Birth year",
        "Coach",
        "Stage",
        "Last contact",
        "E-mail",
    ]
    swedish_book = tmp_path / "deltagare.xlsx"
    run(*arguments, "--out", str(swedish_book), "--language", "sv", data_dir=folder)
    assert openpyxl.load_workbook(swedish_book, read_only=True).sheetnames == ["Deltagare"]
