"""``larsam-desktop plan draft`` in-process, and ``plan pdf`` on a fresh demo folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.services.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))
from cli_runner import CliResult, run_cli
from plan_setup import add_learner


@pytest.fixture
def database_url(fresh_database_url: str | None) -> str | None:
    """A fresh store's database (tests/conftest.py), not an empty one migrated by the first
    command: these tests are about plans; creating a database is tests/storage's."""
    return fresh_database_url


def run(*args: str, paths: AppPaths, database_url: str | None) -> CliResult:
    return run_cli(*args, data_dir=paths.data_dir, database_url=database_url)


@pytest.fixture
def learner(paths: AppPaths, database_url: str | None) -> int:
    """Åsa Öberg: a yrkesexamen, Svenska 1–2 passed, aiming at sjuksköterska HT2027."""
    store = open_store(paths, database_url)
    try:
        return add_learner(store.database)
    finally:
        store.database.dispose()


def plans_of(paths: AppPaths, database_url: str | None, learner: int) -> list[object]:
    store = open_store(paths, database_url)
    try:
        return list(PlanService(store.database, load_eligibility_data()).revisions(learner))
    finally:
        store.database.dispose()


def test_a_plan_is_drafted_from_the_gap_as_the_window_adds_missing_courses(
    learner: int, paths: AppPaths, database_url: str | None
) -> None:
    result = run(
        "plan", "draft", "--learner", "19900101-9802", "--pace", "half", "--language", "en",
        paths=paths, database_url=database_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Study plan revision 1 for learner" in result.stdout
    assert "Nursing HT2027" in result.stdout  # the programme's English name beside
    assert "Pace: 50 %" in result.stdout
    assert "SVESVE03" in result.stdout  # Svenska 3: the one Swedish course still missing
    store = open_store(paths, database_url)
    try:
        data = load_eligibility_data()
        plans = PlanService(store.database, data)
        (revision,) = plans.revisions(learner)
        content = revision.content
        assert (content.target_id, str(content.target_term), content.pace) == (
            "sjukskoterska", "HT2027", 10,
        )  # fmt: skip
        # Exactly what "Add the missing courses" gives on an empty plan with that goal.
        empty = type(content)(
            target_id=content.target_id, target_term=content.target_term, pace=10,
            coach=content.coach,
        )  # fmt: skip
        assert plans.add_missing(learner, empty).courses == content.courses
        assert content.courses and plans.check(learner, content).missing_codes == ()
    finally:
        store.database.dispose()


def test_target_and_start_become_the_learners_one_target(
    learner: int, paths: AppPaths, database_url: str | None
) -> None:
    result = run(
        "plan", "draft", "--learner", str(learner), "--target", "socionom", "--start", "vt 2028",
        "--language", "sv", paths=paths, database_url=database_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Socionomprogrammet VT2028" in result.stdout
    store = open_store(paths, database_url)
    try:
        choice = ProfileService(store.database, load_eligibility_data()).target(learner)
        assert choice is not None and (choice.target_id, choice.start_term) == (
            "socionom", "VT2028",
        )  # fmt: skip
    finally:
        store.database.dispose()
    again = run("plan", "draft", "--learner", str(learner), "--language", "sv",
                paths=paths, database_url=database_url)  # fmt: skip
    assert again.returncode == 0 and "Socionomprogrammet VT2028" in again.stdout
    assert "version 1" in again.stdout  # an unprinted plan is updated in place


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("--learner", "999999"), "No learner"),
        (("--learner", "19900101-9802", "--target", "astronaut"), "target: "),
        (("--learner", "19900101-9802", "--start", "HT27"), "start term: "),
        (("--learner", "19900101-9802", "--pace", "slow"), "pace: "),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    learner: int,
    paths: AppPaths,
    database_url: str | None,
    args: tuple[str, ...],
    field: str,
) -> None:
    result = run("plan", "draft", *args, "--language", "en", paths=paths, database_url=database_url)
    assert result.returncode == 1
    assert field in result.stderr and result.stderr.count("\n") == 1
    assert result.stdout == ""
    assert plans_of(paths, database_url, learner) == []
    store = open_store(paths, database_url)
    try:  # the learner's target is untouched too
        choice = ProfileService(store.database, load_eligibility_data()).target(learner)
        assert choice is not None and choice.target_id == "sjukskoterska"
    finally:
        store.database.dispose()


def test_a_learner_without_a_target_needs_one(paths: AppPaths, database_url: str | None) -> None:
    store = open_store(paths, database_url)
    try:
        learner = add_learner(store.database, "Bo", "Ek", "19121212-1212")
        ProfileService(store.database, load_eligibility_data()).set_target(learner, "")
    finally:
        store.database.dispose()
    result = run("plan", "draft", "--learner", str(learner), "--language", "en",
                 paths=paths, database_url=database_url)  # fmt: skip
    assert result.returncode == 1 and "target: Choose a target" in result.stderr
    assert plans_of(paths, database_url, learner) == []


def test_a_fresh_demo_folder_has_plans_that_print(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "demo")
    made = run_cli("demo", "--learners", "60", "--seed", "3", data_dir=paths.data_dir)
    assert made.returncode == 0, made.stderr
    store = open_store(paths)
    try:
        with store.database.unit_of_work() as uow:
            ids = list(range(1, 61))  # a fresh SQLite file numbers them from 1
            with_plans = uow.plans.learners_with_plans(ids)
            targets = {i: uow.profiles.target(i) for i in with_plans}
        assert len(with_plans) >= 10
        assert all(choice is not None for choice in targets.values())  # plans aim at targets
        plans = PlanService(store.database, load_eligibility_data())
        some = sorted(with_plans)[0]
        revision = plans.revision(some)
        choice = targets[some]
        assert choice is not None and revision.content.target_id == choice.target_id
        assert revision.content.coach  # the learner's coach is named
    finally:
        store.database.dispose()
    out = tmp_path / "plan.pdf"
    printed = run_cli("plan", "pdf", "--learner", str(some), "--out", str(out),
                      "--language", "sv", data_dir=paths.data_dir)  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Individuell studieplan" in text and "Planerade kurser" in text


@pytest.mark.parametrize(
    ("locale", "heading", "line"),
    [
        ("sv_SE.UTF-8", "Individuell studieplan", "Studieplan version 1"),
        ("en_GB.UTF-8", "Individual study plan", "Study plan revision 1"),
    ],
)
def test_the_language_follows_the_locale_by_default(
    learner: int,
    paths: AppPaths,
    database_url: str | None,
    tmp_path: Path,
    locale: str,
    heading: str,
    line: str,
) -> None:
    env = {"LARSAM_LANGUAGE": None, "LC_ALL": locale}
    where = {"data_dir": paths.data_dir, "database_url": database_url, "env": env}
    drafted = run_cli("plan", "draft", "--learner", str(learner), **where)
    assert drafted.returncode == 0, drafted.stderr
    if locale.startswith("en"):  # the Swedish catalogue gets these texts from the lead's merge
        assert line in drafted.stdout
    out = tmp_path / "plan.pdf"
    printed = run_cli("plan", "pdf", "--learner", str(learner), "--out", str(out), **where)
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert heading in text
