"""``larsam-desktop plan pdf`` as a user runs it (in-process): real files, both databases."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.print_settings import PrintSettings, save_print_settings
from larsam_desktop.services.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))
from cli_runner import CliResult, run_cli
from plan_setup import DRAFT, add_learner


@pytest.fixture
def database_url(fresh_database_url: str | None) -> str | None:
    """A fresh store's database (tests/conftest.py), not an empty one migrated by the first
    command: these tests are about plans; creating a database is tests/storage's."""
    return fresh_database_url


def run(*args: str, paths: AppPaths, database_url: str | None) -> CliResult:
    return run_cli(*args, data_dir=paths.data_dir, database_url=database_url)


@pytest.fixture
def learners(paths: AppPaths, database_url: str | None) -> tuple[int, int, int]:
    """Two learners with a plan (Åsa Öberg, Bo Ek) and one without (Ali Hassan)."""
    store = open_store(paths, database_url)
    try:
        plans = PlanService(store.database, load_eligibility_data())
        first = add_learner(store.database)
        second = add_learner(store.database, "Bo", "Ek", "19121212-1212")
        third = add_learner(store.database, "Ali", "Hassan", "")
        for learner in (first, second):
            plans.save(learner, DRAFT, author="karin", expected_revision=None)
    finally:
        store.database.dispose()
    save_print_settings(paths, PrintSettings("Lärcentrum Östersund", "Rådhusgatan 44", ""))
    return first, second, third


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_one_learners_plan(
    learners: tuple[int, int, int], paths: AppPaths, database_url: str | None, tmp_path: Path
) -> None:
    target = tmp_path / "plan.pdf"
    result = run(
        "plan", "pdf", "--learner", "19900101-9802", "--out", str(target),
        paths=paths, database_url=database_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = text_of(target)
    assert "Åsa Öberg" in text and "Lärcentrum Östersund" in text
    assert "19900101-••••" in text and "9802" not in text
    english = tmp_path / "plan-en.pdf"
    result = run(
        "plan", "pdf", "--learner", str(learners[0]), "--out", str(english), "--language", "en",
        "--show-personnummer", paths=paths, database_url=database_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Individual study plan" in text_of(english)
    assert "19900101-9802" in text_of(english)


def test_all_matching_learners_one_file_each(
    learners: tuple[int, int, int], paths: AppPaths, database_url: str | None, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = run(
        "plan", "pdf", "--all", "--out-dir", str(out), paths=paths, database_url=database_url
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [f"studieplan-{learners[0]}-Åsa-Öberg.pdf", f"studieplan-{learners[1]}-Bo-Ek.pdf"]
    )
    assert "2 plans written; 1 matching learners have no plan" in result.stdout
    searched = tmp_path / "searched"
    searched.mkdir()
    result = run(
        "plan", "pdf", "--all", "--search", "bo ek", "--out-dir", str(searched),
        paths=paths, database_url=database_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [p.name for p in searched.iterdir()] == [f"studieplan-{learners[1]}-Bo-Ek.pdf"]


def test_a_missing_out_dir_is_created(
    learners: tuple[int, int, int], paths: AppPaths, database_url: str | None, tmp_path: Path
) -> None:
    out = tmp_path / "Studieplaner" / "HT2026"
    result = run(
        "plan", "pdf", "--all", "--search", "bo ek", "--out-dir", str(out),
        paths=paths, database_url=database_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [p.name for p in out.iterdir()] == [f"studieplan-{learners[1]}-Bo-Ek.pdf"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--learner", "999", "--out", "{tmp}/x.pdf"), "No learner with that id"),
        (("--learner", "19121212-1212", "--out", "{tmp}/missing/x.pdf"), "cannot write"),
        (("--learner", "{third}", "--out", "{tmp}/x.pdf"), "has no study plan"),
        (("--all", "--out-dir", "{file}"), "is not a folder"),
        (("--all", "--search", "nobody", "--out-dir", "{tmp}/new/plans"), "has a study plan"),
        (("--all", "--search", "nobody", "--out-dir", "{tmp}"), "has a study plan"),
        (("--learner", "1"), "--learner needs --out"),
    ],
)
def test_failures_exit_non_zero_with_one_line_and_leave_no_file(
    learners: tuple[int, int, int],
    paths: AppPaths,
    database_url: str | None,
    tmp_path: Path,
    args: tuple[str, ...],
    message: str,
) -> None:
    out = tmp_path / "files"
    out.mkdir()
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("not a folder")
    filled = [a.format(tmp=out, third=learners[2], file=a_file) for a in args]
    result = run("plan", "pdf", *filled, paths=paths, database_url=database_url)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert list(out.rglob("*")) == []
