"""access-request, erase-learner, hold and retention as a user runs them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from cli_runner import CliResult, run_cli


def run(*args: str, data_dir: Path) -> CliResult:
    return run_cli(*args, data_dir=data_dir)


def _count(data: Path) -> int:
    with sqlite3.connect(data / "larsam.sqlite3") as db:
        return int(db.execute("SELECT count(*) FROM learner").fetchone()[0])


def test_access_request_erasure_hold_and_retention(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", "--learners", "25", data_dir=data).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    made = run("access-request", "--learner", "3", "--out-dir", str(out), data_dir=data)
    assert made.returncode == 0, made.stderr
    json_file = next(out.glob("registerutdrag-3-*.json"))
    assert json.loads(json_file.read_text(encoding="utf-8"))["learner_id"] == 3
    assert next(out.glob("registerutdrag-3-*.pdf")).stat().st_size > 1000
    again = run("export-learner", "4", "--out", str(out), data_dir=data)
    assert again.returncode == 0, again.stderr and next(out.glob("registerutdrag-4-*.json"))

    refused = run("erase-learner", "--learner", "3", data_dir=data)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert (
        run("hold", "place", "--learner", "3", "--reason", "öppet ärende", data_dir=data).returncode
        == 0
    )
    held = run("erase-learner", "--learner", "3", "--yes", data_dir=data)
    assert held.returncode == 1 and "hold" in held.stderr
    assert run("hold", "lift", "--learner", "3", data_dir=data).returncode == 0
    erased = run("erase-learner", "--learner", "3", "--yes", data_dir=data)
    assert erased.returncode == 0 and _count(data) == 24

    shown = run("retention", "show", data_dir=data)
    assert shown.returncode == 0 and "closed_case" in shown.stdout and "24 months" in shown.stdout
    assert (
        run(
            "retention",
            "set",
            "inactive_learner",
            "--months",
            "1",
            "--decision",
            "KS 2026/1",
            data_dir=data,
        ).returncode
        == 0
    )
    dry = run("retention", "run", "--dry-run", data_dir=data)
    assert dry.returncode == 0 and _count(data) == 24
    verified = run("audit", "verify", data_dir=data)
    assert verified.returncode == 0, verified.stderr
    actions = run("audit", "list", "--format", "json", data_dir=data)
    kinds = {entry["action"] for entry in json.loads(actions.stdout)}
    assert {"access_request", "erasure"} <= kinds
