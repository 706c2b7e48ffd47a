"""``larsam-desktop eligibility`` as a user runs it: in-process (cli.main.main), files on disk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_runner import CliResult, run_cli

KEYS = {"target", "eligible", "requirements", "missing", "points_missing", "sources"}
REQUIREMENT_KEYS = {"id", "description", "met", "satisfied_by", "options"}


def run(*args: str, data_dir: Path, stdin: str | None = None) -> CliResult:
    return run_cli("eligibility", *args, data_dir=data_dir, stdin=stdin)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def write(tmp_path: Path, content: Any, name: str = "transcript.json") -> Path:
    path = tmp_path / name
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


NURSE = {
    "courses": [
        {"code": "SVESVE01", "grade": "C"},
        {"code": "SVESVE02", "grade": "D"},
        {"code": "SVESVE03", "grade": "E"},
        {"code": "ENGENG05", "grade": "B"},
        {"code": "ENGENG06", "grade": "C"},
        {"code": "MATMAT01a", "grade": "E"},
        {"code": "MATMAT02a", "status": "planned"},
        {"code": "MEDMED01", "grade": "A"},
        {"code": "VÅRVÅR01", "grade": "B"},
        {"code": "VÅRVÅR02", "grade": "C"},
        {"code": "SH1201", "grade": "G"},
    ],
    "examen": "yrkesexamen",
}


def test_json_output_has_the_documented_shape(tmp_path: Path, folder: Path) -> None:
    result = run(
        "--transcript", str(write(tmp_path, NURSE)), "--target", "sjukskoterska", data_dir=folder
    )
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert set(output) >= KEYS  # stable keys; the rule book added route, warnings, ...
    assert output["target"] == "sjukskoterska"
    assert output["eligible"] is False
    assert all(set(r) >= REQUIREMENT_KEYS for r in output["requirements"])
    assert output["missing"] == [r for r in output["requirements"] if not r["met"]]
    (missing,) = output["missing"]
    assert missing["id"] == "matematik-2"
    assert missing["options"] == [["MATMAT02a"], ["MATMAT02b"], ["MATMAT02c"]]
    assert output["points_missing"] == 100
    nk = next(r for r in output["requirements"] if r["id"].startswith("naturkunskap-2"))
    assert nk["met"] and nk["satisfied_by"] == ["MEDMED01", "VÅRVÅR01", "VÅRVÅR02"]
    ssk = "uppdaterade-ersattningskrav-for-naturkunskap-2-till-ssk"  # uhr.se/syv, Block I + II
    assert any(ssk in source for source in output["sources"])
    assert any(r["id"].startswith("grundlaggande.yrkesexamen") for r in output["requirements"])


def test_what_if_and_aliases(tmp_path: Path, folder: Path) -> None:
    path = str(write(tmp_path, NURSE))
    result = run("--transcript", path, "--target", "A14", "--what-if", data_dir=folder)
    output = json.loads(result.stdout)
    assert output["target"] == "sjukskoterska" and output["eligible"] is True
    assert output["missing"] == [] and output["points_missing"] == 0


def test_the_evaluation_date_selects_the_rules(tmp_path: Path, folder: Path) -> None:
    path = str(
        write(
            tmp_path,
            {
                "courses": [
                    {"code": "NAKNAK01b", "grade": "E"},
                    {"code": "SAMSAM01b", "grade": "E"},
                    {"code": "SVESVE03", "grade": "E"},
                ],
                "examen": "hogskoleforberedande",
            },
        )
    )
    before = json.loads(
        run(
            "--transcript", path, "--target", "forskollarare", "--on", "2026-06-30", data_dir=folder
        ).stdout
    )
    after = json.loads(
        run(
            "--transcript", path, "--target", "forskollarare", "--on", "2026-07-01", data_dir=folder
        ).stdout
    )
    # The Svenska 3 minimum grade is only proposed (SOU 2024:81): a warning, never a "no".
    assert before["eligible"] is True and after["eligible"] is True
    assert [(w["rule_id"], w["standing"], w["met"]) for w in after["warnings"]] == [
        ("svenska-3-lagst-d", "proposed", False)
    ]


def test_text_output_says_met_and_missing_in_words(tmp_path: Path, folder: Path) -> None:
    result = run(
        "--transcript",
        str(write(tmp_path, NURSE)),
        "--target",
        "sjukskoterska",
        "--format",
        "text",
        data_dir=folder,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "NOT eligible" in lines[0]
    assert any(line.lstrip().startswith("MISSING  Matematik 2a") for line in lines)
    assert any("study MATMAT02a (100 points)" in line for line in lines)
    assert lines[-1].startswith("Sources: ")


def test_the_transcript_can_come_from_stdin(folder: Path) -> None:
    result = run(
        "--transcript",
        "-",
        "--target",
        "grundlaggande",
        data_dir=folder,
        stdin='{"courses": [], "folkhogskola_intyg": true}',
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["eligible"] is True


def test_list_targets(folder: Path) -> None:
    result = run("--list-targets", data_dir=folder)
    assert result.returncode == 0, result.stderr
    targets = {t["id"]: t for t in json.loads(result.stdout)}
    for target in (
        "grundlaggande",
        "sjukskoterska",
        "amneslarare-filosofi",
        "kpu",
        "hogskoleingenjor",
    ):
        assert targets[target]["sources"], target
    assert targets["sjukskoterska"]["aliases"] == ["A14"]
    assert targets["hogskoleingenjor"]["verified"] is False
    text = run("--list-targets", "--format", "text", data_dir=folder).stdout
    assert "Sjuksköterskeprogrammet (A14)" in text and "[unverified]" in text


@pytest.mark.parametrize(
    ("content", "target", "message"),
    [
        ({"courses": []}, "tandtekniker", "unknown target 'tandtekniker'; see --list-targets"),
        ({"courses": []}, "A6c", "old code of several programmes"),
        (
            {"courses": [{"code": "MATMAT2b", "grade": "E"}]},
            "lakare",
            "Unknown course code MATMAT2b; did you mean MATMAT02b",
        ),
        (
            {"courses": [{"code": "SVESVE01", "grade": "H"}]},
            "lakare",
            "courses[0].grade: H is not a grade",
        ),
        ('{"courses": [', "lakare", "is not valid JSON"),
        ({"courses": [], "examen": "gymnasie"}, "lakare", "examen: examen must be"),
    ],
)
def test_bad_input_exits_non_zero_naming_the_problem(
    tmp_path: Path, folder: Path, content: Any, target: str, message: str
) -> None:
    result = run("--transcript", str(write(tmp_path, content)), "--target", target, data_dir=folder)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_missing_file_and_missing_arguments(tmp_path: Path, folder: Path) -> None:
    missing = run(
        "--transcript", str(tmp_path / "nope.json"), "--target", "lakare", data_dir=folder
    )
    assert missing.returncode == 1 and "cannot read the transcript" in missing.stderr
    bare = run("--target", "lakare", data_dir=folder)
    assert bare.returncode == 1 and "--transcript FILE" in bare.stderr
    bad_date = run("--list-targets", "--on", "2026-02-30", data_dir=folder)
    assert bad_date.returncode == 2 and "is not a date" in bad_date.stderr


def test_a_target_before_its_rules_apply(tmp_path: Path, folder: Path) -> None:
    result = run(
        "--transcript",
        str(write(tmp_path, {"courses": []})),
        "--target",
        "lakare",
        "--on",
        "2021-01-01",
        data_dir=folder,
    )
    assert result.returncode == 1 and "apply from 2022-01-01" in result.stderr


def _stored_nurse(folder: Path) -> int:
    """A learner in the data folder with the NURSE transcript as course records."""
    from larsam_desktop.domain.courses.records import CourseRecordDraft
    from larsam_desktop.domain.learner import LearnerDraft
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.courses import CourseRecordService
    from larsam_desktop.services.eligibility_data import load_eligibility_data
    from larsam_desktop.services.learners import LearnerService
    from larsam_desktop.services.profiles import ProfileService
    from larsam_desktop.services.store import open_store

    data = load_eligibility_data()
    store = open_store(AppPaths(folder))
    try:
        learner = LearnerService(store.database).create(
            LearnerDraft(given_name="Åsa", family_name="Öberg", personnummer="19900101-9802")
        )
        learner_id = learner.learner.id
        courses = CourseRecordService(store.database, data)
        for course in NURSE["courses"]:
            courses.add(learner_id, CourseRecordDraft(**course))  # type: ignore[arg-type]
        ProfileService(store.database, data).set_qualifications(
            learner_id, {"examen": NURSE["examen"]}
        )
    finally:
        store.database.dispose()
    return learner_id


@pytest.mark.parametrize("form", ["json", "text"])
def test_a_stored_learner_gives_the_same_output_as_their_transcript(
    tmp_path: Path, folder: Path, form: str
) -> None:
    learner_id = _stored_nurse(folder)
    common = ("--target", "A14", "--on", "2026-09-01", "--format", form)
    from_file = run("--transcript", str(write(tmp_path, NURSE)), *common, data_dir=folder)
    assert from_file.returncode == 0, from_file.stderr
    for learner in (str(learner_id), "900101-9802", "199001019802"):
        stored = run("--learner", learner, *common, data_dir=folder)
        assert stored.returncode == 0, stored.stderr
        assert stored.stdout == from_file.stdout


def test_an_unknown_learner_exits_non_zero(folder: Path) -> None:
    for learner in ("4711", "19900101-9810"):
        result = run("--learner", learner, "--target", "lakare", data_dir=folder)
        assert result.returncode == 1
        assert "No learner with" in result.stderr
        assert "Traceback" not in result.stderr and result.stdout == ""
    both = run("--learner", "1", "--transcript", "x.json", "--target", "lakare", data_dir=folder)
    assert both.returncode == 1 and "not both" in both.stderr


def test_everyone_against_one_target_and_the_refresh(folder: Path) -> None:
    nurse = _stored_nurse(folder)
    from larsam_desktop.domain.learner import LearnerDraft
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.learners import LearnerService
    from larsam_desktop.services.store import open_store

    store = open_store(AppPaths(folder))
    try:
        other = LearnerService(store.database).create(
            LearnerDraft(given_name="Bo", family_name="Ek", personnummer="19121212-1212")
        )
    finally:
        store.database.dispose()
    with_planned = run("--all", "--target", "A14", "--on", "2026-09-01", data_dir=folder)
    assert with_planned.returncode == 0, with_planned.stderr
    summary = json.loads(with_planned.stdout)
    # Ma 2a is only planned: nobody is eligible for nursing yet.
    assert summary == {
        "target": "sjukskoterska",
        "on": "2026-09-01",
        "learners": 2,
        "eligible": 0,
        "eligible_ids": [],
    }
    basic = run("--all", "--target", "grundlaggande", "--format", "text", data_dir=folder)
    assert basic.returncode == 0, basic.stderr
    assert basic.stdout.startswith("1 of 2 learners are eligible for Grundläggande behörighet")
    assert basic.stdout.splitlines()[1] == f"Ids: {nurse}"  # not the other learner
    assert other.learner.id != nurse
    refresh = run("--refresh", data_dir=folder)
    assert refresh.returncode == 0, refresh.stderr
    assert refresh.stdout == "2 learners checked: 0 have a target, 0 of them are eligible for it.\n"
    wrong = run("--all", "--target", "A99", data_dir=folder)
    assert wrong.returncode == 1 and "unknown target" in wrong.stderr
    mixed = run("--all", "--learner", "1", "--target", "A14", data_dir=folder)
    assert mixed.returncode == 1 and "--all with --target" in mixed.stderr


def test_text_output_in_the_chosen_language(tmp_path: Path) -> None:
    """Requirement texts and names from the rule book's own Swedish or English."""
    transcript = tmp_path / "t.json"
    transcript.write_text('{"courses": [{"code": "SVESVE01", "grade": "C"}]}', encoding="utf-8")
    args = ("eligibility", "--transcript", str(transcript), "--target", "forskollarare",
            "--format", "text", "--on", "2026-11-28")  # fmt: skip
    swedish = run_cli(*args, "--language", "sv", data_dir=tmp_path / "data")
    assert swedish.returncode == 0, swedish.stderr
    assert swedish.stdout.startswith("Förskollärarprogrammet (forskollarare)")
    assert (
        "Naturkunskap 1b (eller 1a1 + 1a2, eller Biologi 1 + Kemi 1 + Fysik 1a)" in swedish.stdout
    )
    english = run_cli(*args, "--language", "en", data_dir=tmp_path / "data")
    assert english.stdout.startswith(
        "Preschool teacher (forskollarare) on 2026-11-28: NOT eligible"
    )
    assert "Naturkunskap 1b (or 1a1 + 1a2, or Biologi 1 + Kemi 1 + Fysik 1a)" in english.stdout
    bad = run_cli(*args, "--language", "de", data_dir=tmp_path / "data")
    assert bad.returncode == 2 and "'de' is not sv or en" in bad.stderr
