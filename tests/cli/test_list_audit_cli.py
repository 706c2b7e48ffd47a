"""Lists of learners that leave the program through the command line are logged as the other
exports are: ``group --offering ID`` (text, JSON, CSV), the outreach list of ``import
applicants`` (dry run or not), ``learners list`` and ``today`` — action ``export``, the
current coach as who, the kind of list, its format and how many learners it names;
``audit verify`` still passes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli
from offering_setup import ELIGIBLE, GAP_500, add_learner

from larsam_desktop.domain.audit import AuditAction, AuditEntry
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditFilter, AuditService
from larsam_desktop.services.preferences import set_current_coach
from larsam_desktop.services.store import open_store

COACH = "Karin Ek"
OFFERINGS = (
    "Lärosäte;Program;Starttermin;Studieform;Studietakt\n"
    "Mittuniversitetet;Sjuksköterskeprogrammet;HT2040;campus;100\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store = open_store(AppPaths(data))
    try:
        add_learner(store.database, "Elin", ELIGIBLE)
        add_learner(store.database, "Nils", GAP_500)
    finally:
        store.database.dispose()
    set_current_coach(AppPaths(data), COACH)
    return data


def _exports(folder: Path) -> list[AuditEntry]:
    store = open_store(AppPaths(folder))
    try:
        entries = AuditService(store.database).entries(AuditFilter(action=AuditAction.EXPORT))
    finally:
        store.database.dispose()
    return list(reversed(entries))  # oldest first


def _verified(folder: Path) -> None:
    checked = run_cli("audit", "verify", data_dir=folder)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_every_student_group_printed_is_logged_with_the_coach_and_count(
    folder: Path, tmp_path: Path
) -> None:
    offerings = tmp_path / "utbud.csv"
    offerings.write_text(OFFERINGS, encoding="utf-8")
    assert run_cli("offerings", "import", str(offerings), data_dir=folder).returncode == 0
    listed = json.loads(run_cli("offerings", "list", "--format", "json", data_dir=folder).stdout)
    offering = listed[0]["id"]
    assert _exports(folder) == []  # neither the import nor the offerings list names learners
    for list_format in ("text", "json", "csv"):
        done = run_cli("group", "--offering", str(offering), "--format", list_format,
                       data_dir=folder)  # fmt: skip
        assert done.returncode == 0, done.stderr
    only_eligible = run_cli("group", "--offering", str(offering), "--category", "eligible",
                            "--format", "csv", data_dir=folder)  # fmt: skip
    assert only_eligible.returncode == 0, only_eligible.stderr
    entries = _exports(folder)
    assert [(e.actor, e.learner_id) for e in entries] == [(COACH, None)] * 4
    assert [dict(e.details) for e in entries] == [
        {"kind": "student_group", "format": "text", "rows": 2, "offering": offering},
        {"kind": "student_group", "format": "json", "rows": 2, "offering": offering},
        {"kind": "student_group", "format": "csv", "rows": 2, "offering": offering},
        {"kind": "student_group", "format": "csv", "rows": 1, "offering": offering},
    ]
    readable = run_cli("audit", "list", "--action", "export", "--language", "sv",
                       data_dir=folder)  # fmt: skip
    assert "Studentgrupp för ett utbildningstillfälle" in readable.stdout
    _verified(folder)


def test_an_unknown_offering_prints_nothing_and_logs_nothing(folder: Path) -> None:
    done = run_cli("group", "--offering", "999", "--language", "en", data_dir=folder)
    assert done.returncode == 1 and done.stdout == ""
    assert _exports(folder) == []


def test_every_outreach_list_printed_is_logged_dry_run_or_not(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "ej-behoriga.csv"
    path.write_text(
        "Personnummer;Program;Termin;Förnamn;Efternamn\n"
        "19920371-3459;socionom;HT2026;Camilla;Nyström\n"
        "19850615-2340;sjukskoterska;HT2026;Bo;Ek\n",
        "utf-8",
    )
    dry = run_cli("import", "applicants", str(path), "--dry-run", "--format", "json",
                  data_dir=folder)  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    done = run_cli("import", "applicants", str(path), "--format", "csv", data_dir=folder)
    assert done.returncode == 0, done.stderr
    entries = _exports(folder)
    assert [(e.actor, dict(e.details)) for e in entries] == [
        (COACH, {"kind": "outreach", "format": "json", "rows": 2}),
        (COACH, {"kind": "outreach", "format": "csv", "rows": 2}),
    ]
    bad = tmp_path / "trasig.csv"
    bad.write_text("Personnummer;Program;Termin\n19920371-3450;socionom;HT2026\n", "utf-8")
    refused = run_cli("import", "applicants", str(bad), data_dir=folder)
    assert refused.returncode == 1 and refused.stdout == ""
    assert len(_exports(folder)) == 2  # a refused list is not printed and not logged
    readable = run_cli("audit", "list", "--action", "export", "--language", "en",
                       data_dir=folder)  # fmt: skip
    assert "Outreach list (not eligible)" in readable.stdout
    _verified(folder)


def test_every_caseload_and_day_printed_is_logged(folder: Path) -> None:
    from larsam_desktop.services.reference_data import ReferenceService

    store = open_store(AppPaths(folder))
    try:
        ReferenceService(store.database).ensure_coach(COACH)
    finally:
        store.database.dispose()
    listed = run_cli("learners", "list", "--format", "json", data_dir=folder)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 2
    full = run_cli("learners", "list", "--search", "Elin", "--show-personnummer", data_dir=folder)
    assert full.returncode == 0, full.stderr
    day = run_cli("today", "--format", "json", data_dir=folder)
    assert day.returncode == 0, day.stderr
    assert [(e.actor, dict(e.details)) for e in _exports(folder)] == [
        (COACH, {"kind": "caseload", "format": "json", "rows": 2, "personnummer": 0}),
        (COACH, {"kind": "caseload", "format": "text", "rows": 1, "personnummer": 1}),
        (COACH, {"kind": "today", "format": "json", "rows": 0}),
    ]
    _verified(folder)
