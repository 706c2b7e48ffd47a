"""The command line as a user runs it, on a real data folder: in-process through
``cli.main.main(argv)``, and a few times as a real process (the console script, exit codes)."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import run_cli as run

from larsam_desktop import __version__
from larsam_desktop.storage.revision import HEAD_REVISION


def run_process(
    *args: str,
    data_dir: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "larsam_desktop"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "data"
    result = run("demo", "--learners", "300", "--seed", "5", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "Added 300 demo learners" in result.stdout
    return folder


def test_version() -> None:
    result = run_process("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"larsam-desktop {__version__}"


def test_the_console_script_runs_a_command_and_exits_with_its_code(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "larsam-desktop"  # `make venv` installs it
    ran = subprocess.run(
        [str(script), "--data-dir", str(tmp_path / "data"), "check"],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("healthy:")
    refused = subprocess.run(
        [str(script), "--data-dir", str(tmp_path / "data"), "eligibility", "--learner", "999",
         "--target", "lakare"],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )  # fmt: skip
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("larsam-desktop: error: No learner")


def test_check_on_a_fresh_folder_creates_a_healthy_database(tmp_path: Path) -> None:
    result = run("check", data_dir=tmp_path / "new")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"healthy: schema {HEAD_REVISION} (current)")
    assert (tmp_path / "new" / "larsam.sqlite3").exists()


def test_the_data_folder_can_come_from_the_environment(tmp_path: Path) -> None:
    result = run("check", env={"LARSAM_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / "env" / "larsam.sqlite3") in result.stdout


def test_check_reports_a_damaged_file_in_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "larsam.sqlite3").write_bytes(b"garbage" * 1000)
    result = run_process("check", data_dir=folder)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "damaged" in result.stderr or "failed its check" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_refuses_a_newer_schema(tmp_path: Path) -> None:
    folder = tmp_path / "newer"
    assert run("check", data_dir=folder).returncode == 0
    with sqlite3.connect(folder / "larsam.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    result = run("check", data_dir=folder)
    assert result.returncode == 1
    assert "newer version" in result.stderr


def test_list_as_json_masks_personnummer_by_default(demo_dir: Path) -> None:
    result = run("learners", "list", "--format", "json", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    learners = json.loads(result.stdout)
    assert len(learners) == 300
    assert all(isinstance(item["id"], int) for item in learners)
    with_number = [item for item in learners if item["personnummer"]]
    assert with_number and all(item["personnummer"].endswith("-••••") for item in with_number)
    full = json.loads(
        run("learners", "list", "--format", "json", "--show-personnummer", data_dir=demo_dir).stdout
    )
    shown = [item["personnummer"] for item in full if item["personnummer"]]
    assert all(len(p) == 13 and p[8] == "-" and p[9:].isdigit() for p in shown)


def test_list_search_matches_the_gui_semantics(demo_dir: Path) -> None:
    everyone = json.loads(run("learners", "list", "--format", "json", data_dir=demo_dir).stdout)
    target = next(item for item in everyone if item["municipality"] == "Östersund")
    words = f"{target['given_name'].upper()} östersund"
    found = json.loads(
        run("learners", "list", "--search", words, "--format", "json", data_dir=demo_dir).stdout
    )
    assert target["id"] in [item["id"] for item in found]
    assert all(item["municipality"] == "Östersund" for item in found)
    assert all(
        item["given_name"].lower() == target["given_name"].lower()
        or target["given_name"].lower() in item["family_name"].lower()
        for item in found
    )


def test_list_search_by_personnummer_forms(demo_dir: Path) -> None:
    full = json.loads(
        run("learners", "list", "--format", "json", "--show-personnummer", data_dir=demo_dir).stdout
    )
    target = next(item for item in full if item["personnummer"])
    digits = target["personnummer"].replace("-", "")
    for form in (digits, target["personnummer"], f"{digits[2:8]}-{digits[8:]}"):
        found = json.loads(
            run("learners", "list", "--search", form, "--format", "json", data_dir=demo_dir).stdout
        )
        assert [item["id"] for item in found] == [target["id"]], form


def test_list_as_csv_and_text(demo_dir: Path) -> None:
    result = run("learners", "list", "--format", "csv", "--search", "lärcentrum", data_dir=demo_dir)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0].keys() >= {"id", "family_name", "personnummer", "municipality"}
    text = run("learners", "list", "--search", "zzzz-nobody", data_dir=demo_dir)
    assert text.returncode == 0 and text.stdout.strip().endswith("0 learners")


def test_demo_refuses_a_database_with_real_learners(tmp_path: Path) -> None:
    from larsam_desktop.domain.learner import LearnerDraft
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.learners import LearnerService
    from larsam_desktop.services.store import open_store

    folder = tmp_path / "real"
    store = open_store(AppPaths(folder))
    LearnerService(store.database).create(
        LearnerDraft(given_name="Riktig", family_name="Person", personnummer="19900101-9802")
    )
    store.database.dispose()
    result = run("demo", "--learners", "5", data_dir=folder)
    assert result.returncode == 1
    assert "real learners" in result.stderr
    assert "1 learner," in run("check", data_dir=folder).stdout


def test_unknown_arguments_exit_with_usage() -> None:
    result = run_process("learners", "list", "--format", "xml")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_list_filters_by_stage_and_target_standing(demo_dir: Path) -> None:
    def listed(*args: str) -> list[dict[str, object]]:
        result = run("learners", "list", "--format", "json", *args, data_dir=demo_dir)
        assert result.returncode == 0, result.stderr
        records: list[dict[str, object]] = json.loads(result.stdout)
        return records

    everyone = listed()
    eligible = listed("--target-standing", "eligible")
    assert eligible and len(eligible) < len(everyone)
    assert {r["target_standing"] for r in eligible} == {"eligible"}
    assert all(r["target"] for r in eligible)
    no_target = listed("--target-standing", "no_target")
    assert {r["target"] for r in no_target} == {None}
    komvux = listed("--stage", "komvux", "--sort", "target")
    assert komvux and {r["stage"] for r in komvux} == {"komvux"}
    ranks = ["eligible", "not_eligible", "unknown", "no_target"]
    order = [ranks.index(str(r["target_standing"])) for r in komvux]
    assert order == sorted(order)
