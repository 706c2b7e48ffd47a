"""Kill every operation after every one of its steps, and at random moments (issue 13).

Each operation (backup, start-up backup with rotation, restore, migration, retention run,
erasure, import, plan batch, caseload and statistics exports) runs once with
``LARSAM_TEST_STEP_LOG`` to learn its steps, then once per step in a fresh copy of a small
data folder with ``LARSAM_TEST_DIE_AFTER`` set: the process ends with ``os._exit`` right
after that step. Then the next start must recover: ``check`` and ``audit verify`` pass,
every learner that was there is there (an operation that deletes did all or nothing), every
backup the manifest lists verifies, no half-written output sits at its final name, and the
operation run again succeeds.

The random trials SIGKILL a mix of the same operations at random moments, 80 times (200
with ``LARSAM_TEST_DEPTH=deep``), on one data folder that carries on from what each kill
left; nothing a command reported is lost. Children are forked from a warm process
(fork_runner.py), so a kill costs milliseconds rather than an interpreter start.

A step an operation repeats (the plan batch writes each file in the same two steps) is
killed at its first, second and last time in the quick depth (``make test``), at every
time in the deep one (tests/depth.py): the repetitions between run the same code on
another file.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from cli_runner import run_cli
from depth import deep, rounds

from larsam_desktop.domain.backup_rotation import RotationPolicy
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.backups import BackupService, save_policy
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.backup_set import BackupSet
from larsam_desktop.storage.crash_points import DIE_AFTER_ENV, STEP_LOG_ENV
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.revision import HEAD_REVISION
from larsam_desktop.storage.schema import alembic_config

pytestmark = [
    pytest.mark.crash,
    pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL are POSIX"),
]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))
from plan_setup import DRAFT as PLAN  # noqa: E402

RUNNER = Path(__file__).with_name("fork_runner.py")
LEARNERS = 12
RANDOM_TRIALS = rounds(80, 200)
CHECK_EVERY = 40  # random trials between two full checks (check, audit verify at the end)
OLD_SCHEMA = "0007"


class Runner:
    """The warm forking process (fork_runner.py) and its one-line protocol."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.count = 0
        env = {k: v for k, v in os.environ.items() if k not in (DIE_AFTER_ENV, STEP_LOG_ENV)}
        self.process = subprocess.Popen(
            [sys.executable, str(RUNNER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )

    def run(
        self, argv: list[str], *, env: dict[str, str] | None = None, kill_after: float | None = None
    ) -> tuple[int, bool, str]:
        """Exit code, whether it was killed, and what it printed (flushed before the end)."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.count += 1
        out = self.scratch / f"child{self.count}.out"
        request = {"argv": argv, "env": env or {}, "out": str(out), "kill_after": kill_after}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        assert not answer["hung"], f"{argv} hung: {self.errors()}"
        printed = out.read_text(encoding="utf-8") if out.exists() else ""
        return int(answer["code"]), bool(answer["killed"]), printed

    def errors(self) -> str:
        """What the last child wrote on stderr."""
        return (self.scratch / f"child{self.count}.out.err").read_text(encoding="utf-8")

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(30)
        self.process.stdout.close()


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runner]:
    started = Runner(tmp_path_factory.mktemp("children"))
    yield started
    started.close()


def _at(moment: datetime) -> datetime:
    return moment


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """12 demo learners (3 of them inactive since 2020, due under a 12-month rule), three
    old automatic backups that rotation removes, and a manual backup to restore."""
    paths = AppPaths(tmp_path_factory.mktemp("template") / "data")
    store = open_store(paths)
    DemoGenerator(store.database).generate(LEARNERS, seed=3)
    plans = PlanService(store.database, load_eligibility_data())
    for learner in (1, 2, 3):  # demo data may have drafted a plan already: saved over it
        existing = plans.revisions(learner)
        current = existing[-1].number if existing else None
        plans.save(learner, PLAN, author="karin", expected_revision=current, reason="test")
    save_policy(store.database, RotationPolicy(daily=1, weekly=0, monthly=0, safety_copies=1))
    now = datetime.now(UTC)
    for days in (30, 20, 10):
        then = now - timedelta(days=days)
        BackupService(paths, store.database, clock=partial(_at, then)).start_backup_if_due()
    BackupService(paths, store.database).create()
    store.database.dispose()
    assert (
        run_cli(
            "retention", "set", "inactive_learner", "--months", "12", data_dir=paths.data_dir
        ).returncode
        == 0
    )
    with closing(sqlite3.connect(paths.database)) as db, db:
        db.execute("UPDATE learner SET updated_at = '2020-01-01 00:00:00' WHERE id > 9")
    return paths.data_dir


@pytest.fixture(scope="module")
def old_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose database is at an older schema revision (migration)."""
    paths = AppPaths(tmp_path_factory.mktemp("old") / "data")
    paths.ensure()
    database = Database.for_file(paths.database)
    from alembic import command

    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, OLD_SCHEMA)
    database.dispose()
    return paths.data_dir


@dataclass(frozen=True)
class Operation:
    argv: tuple[str, ...]  # {data}, {out} and {backup} are filled in
    deletes: frozenset[int] = frozenset()  # learner ids it removes, all or none
    adds: int = 0  # learners it adds, all or none
    output: str = ""  # file (or folder) it writes outside the data folder
    old_schema: bool = False


OPERATIONS = {
    "backup": Operation(("backup", "create")),
    "start-backup-rotation": Operation(("@start-backup", "{data}")),
    "restore": Operation(("backup", "restore", "{backup}")),
    "migration": Operation(("check",), old_schema=True),
    "retention": Operation(("retention", "run"), deletes=frozenset({10, 11, 12})),
    "erasure": Operation(("erase-learner", "--learner", "4", "--yes"), deletes=frozenset({4})),
    "import": Operation(("import", "learners", "{csv}"), adds=2),
    "plan-batch": Operation(("plan", "pdf", "--all", "--out-dir", "{out}"), output="plans"),
    "caseload-export": Operation(("learners", "export", "--out", "{out}"), output="caseload.csv"),
    "stats-export": Operation(
        ("stats", "export", "--format", "csv", "--out", "{out}"), output="stats.csv"
    ),
}


def _argv(operation: Operation, data: Path, scratch: Path) -> list[str]:
    out = scratch / operation.output if operation.output else scratch
    if operation.output == "plans":
        out.mkdir(exist_ok=True)
    source = scratch / "import.csv"
    source.write_text(
        "Förnamn,Efternamn,Födelsedatum\nAmina,Steg,1990-01-01\nHassan,Steg,1991-02-02\n",
        encoding="utf-8",
    )
    backups = BackupSet(AppPaths(data).backups).entries()
    manual = next((b.file for b in backups if b.kind == "manual"), "")
    values = {
        "data": str(data),
        "out": str(out),
        "csv": str(source),
        "backup": str(AppPaths(data).backups / manual),
    }
    argv = [part.format(**values) for part in operation.argv]
    return argv if argv[0].startswith("@") else ["--data-dir", str(data), *argv]


def _ids(data: Path) -> set[int]:
    with closing(sqlite3.connect(AppPaths(data).database)) as db:
        return {row[0] for row in db.execute("SELECT id FROM learner")}


def _learn_steps(runner: Runner, operation: Operation, source: Path, scratch: Path) -> list[str]:
    data = scratch / "learn"
    shutil.copytree(source, data)
    log = scratch / "steps.log"
    code, killed, _ = runner.run(_argv(operation, data, scratch), env={STEP_LOG_ENV: str(log)})
    assert (code, killed) == (0, False), runner.errors()
    seen: Counter[str] = Counter()
    steps = []
    for name in log.read_text(encoding="utf-8").split():
        seen[name] += 1
        steps.append(f"{name}#{seen[name]}")
    return steps


def _steps_to_kill(steps: list[str]) -> list[str]:
    """Every step in the deep depth; in the quick one a repeated step's first, second and
    last time (``name#1``, ``name#2``, ``name#N``) and every step done once."""
    if deep():
        return steps
    times = Counter(step.rsplit("#", 1)[0] for step in steps)
    kept = []
    for step in steps:
        name, number = step.rsplit("#", 1)
        if int(number) in (1, 2, times[name]):
            kept.append(step)
    return kept


def _assert_recovered(data: Path, before: set[int], operation: Operation, step: str) -> None:
    checked = run_cli("check", data_dir=data)
    assert checked.returncode == 0 and "healthy" in checked.stdout, (step, checked.stderr)
    verified = run_cli("audit", "verify", data_dir=data)
    assert verified.returncode == 0, (step, verified.stdout, verified.stderr)
    after = _ids(data)
    kept = before - operation.deletes
    assert after in (before, kept) or (
        operation.adds and len(after - before) == operation.adds and before <= after
    ), (step, sorted(before ^ after))
    backups = BackupSet(AppPaths(data).backups)
    for info in backups.entries():
        assert backups.verify(AppPaths(data).backups / info.file).ok, (step, info.file)


def _assert_output_whole(path: Path, step: str) -> None:
    """What sits at an output's final name is complete; nothing else is left there."""
    files = sorted(path.iterdir()) if path.is_dir() else [path] if path.exists() else []
    hidden = [p.name for p in path.parent.glob(f".{path.name}.*")]
    assert not hidden, (step, hidden)  # a killed write's temporary, cleared by the next start
    for file in files:
        assert not file.name.startswith("."), (step, file.name)  # a temporary at its name
        data = file.read_bytes()
        if file.suffix == ".pdf":
            assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), (step, file)
        else:
            rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
            assert rows and data.endswith(b"\n"), (step, file)


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_killed_after_every_step_the_next_start_recovers(
    name: str, runner: Runner, template: Path, old_template: Path, tmp_path: Path
) -> None:
    operation = OPERATIONS[name]
    source = old_template if operation.old_schema else template
    steps = _learn_steps(runner, operation, source, tmp_path)
    assert steps, f"{name} reached no crash point"
    for number, step in enumerate(_steps_to_kill(steps)):
        scratch = tmp_path / f"kill{number}"
        scratch.mkdir()
        data = scratch / "data"
        shutil.copytree(source, data)
        before = _ids(data)
        code, killed, _ = runner.run(_argv(operation, data, scratch), env={DIE_AFTER_ENV: step})
        assert killed, f"{name}: did not die after {step} (exit {code})"
        _assert_recovered(data, before, operation, step)
        if operation.output:
            _assert_output_whole(scratch / operation.output, step)
        if operation.old_schema:
            with closing(sqlite3.connect(AppPaths(data).database)) as db:
                assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (
                    HEAD_REVISION,
                )
        if operation.deletes - _ids(data):
            continue  # it did delete: nothing is left to do again
        again = runner.run(_argv(operation, data, scratch))
        assert again[:2] == (0, False), (step, runner.errors())
        if operation.output:
            _assert_output_whole(scratch / operation.output, step)


def test_a_killed_export_leaves_no_hidden_file_once_the_program_starts_again(
    runner: Runner, template: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(template, data)
    chosen = tmp_path / "chosen"  # the coach's folder, outside the data folder
    chosen.mkdir()
    argv = ["--data-dir", str(data), "learners", "export", "--out", str(chosen / "list.csv")]
    env = {DIE_AFTER_ENV: "caseload-export.written-temporary"}
    code, killed, _ = runner.run(argv, env=env)
    assert killed, code
    left = [path.name for path in chosen.iterdir()]
    assert len(left) == 1 and left[0].startswith(".list.csv."), left  # whole, not renamed
    assert run_cli("learners", "list", data_dir=data).returncode == 0  # the next start
    assert list(chosen.iterdir()) == []


def _names(data: Path) -> set[str]:
    with closing(sqlite3.connect(AppPaths(data).database)) as db:
        return {row[0] for row in db.execute("SELECT given_name FROM learner")}


def test_random_sigkills_over_all_operations_lose_nothing_reported(
    runner: Runner, template: Path, tmp_path: Path
) -> None:
    rng = random.Random(20261203)
    data = tmp_path / "data"
    shutil.copytree(template, data)
    paths = AppPaths(data)
    restorable = paths.backups / next(
        b.file for b in BackupSet(paths.backups).entries() if b.kind == "manual"
    )
    with closing(sqlite3.connect(restorable)) as db:
        restored_names = {row[0] for row in db.execute("SELECT given_name FROM learner")}
    expected = _names(data)
    kinds = ["import", "import", "backup", "start-backup", "restore", "plans", "export", "stats"]
    killed_count = Counter[str]()
    history: list[tuple[int, str, bool, int]] = []
    for trial in range(RANDOM_TRIALS):
        kind = rng.choice(kinds)
        scratch = tmp_path / f"t{trial}"
        scratch.mkdir()
        name = f"Slump{trial}"
        if kind == "import":
            source = scratch / "in.csv"
            source.write_text(
                f"Förnamn,Efternamn,Födelsedatum\n{name},Dödad,1990-01-01\n", encoding="utf-8"
            )
            argv = ["--data-dir", str(data), "import", "learners", str(source)]
        elif kind == "start-backup":
            argv = ["@start-backup", str(data)]
        else:
            argv = [
                "--data-dir",
                str(data),
                *{
                    "backup": ["backup", "create"],
                    "restore": ["backup", "restore", str(restorable)],
                    "plans": ["plan", "pdf", "--all", "--out-dir", str(scratch)],
                    "export": ["learners", "export", "--out", str(scratch / "c.csv")],
                    "stats": [
                        "stats",
                        "export",
                        "--format",
                        "csv",
                        "--out",
                        str(scratch / "s.csv"),
                    ],
                }[kind],
            ]
        before = _names(data)
        code, killed, printed = runner.run(argv, kill_after=rng.uniform(0.0, 0.3))
        killed_count[kind] += killed
        if not killed:
            assert code == 0, (
                trial,
                kind,
                (runner.scratch / f"child{runner.count}.out.err").read_text(),
            )
        with closing(sqlite3.connect(paths.database)) as db:
            assert db.execute("PRAGMA quick_check").fetchone() == ("ok",), trial
        now = _names(data)
        if kind == "restore":
            assert now in (before, restored_names), (
                f"trial {trial}: a restore is all or nothing (killed {killed}, exit {code}): "
                f"new {sorted(now - before)}, gone {sorted(before - now)}, not restored "
                f"{sorted(restored_names ^ now)}; {runner.errors()}"
            )
            expected = set(now if killed else restored_names)
        elif kind == "import" and "imported:" in printed:
            expected.add(name)
        missing = expected - now
        assert not missing, f"trial {trial} ({kind}): reported but lost: {sorted(missing)}"
        history.append((trial, kind, killed, code))
        if trial % CHECK_EVERY == CHECK_EVERY - 1:
            assert run_cli("check", data_dir=data).returncode == 0, trial
    assert sum(killed_count.values()) >= RANDOM_TRIALS // 3, killed_count  # kills did land
    checked = run_cli("check", data_dir=data)
    assert checked.returncode == 0 and "healthy" in checked.stdout, checked.stderr
    verified = run_cli("audit", "verify", data_dir=data)
    assert verified.returncode == 0, f"{verified.stdout}{verified.stderr}{history[-6:]}"
    backups = BackupSet(paths.backups)
    for info in backups.entries():
        assert backups.verify(paths.backups / info.file).ok, info.file
