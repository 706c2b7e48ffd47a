"""Two real processes race on one data folder; nothing a command reported is ever lost.

Each race runs two ``race_worker.py`` processes (forked from the test) through 10 trials,
40 with ``LARSAM_TEST_DEPTH=deep`` (issue 13): restore vs
import, encrypt vs import, two imports, migration vs write. A trial counts what the
commands reported (exit code 0) and then reads the files: every reported learner is in
the database, or — for a restore — in the ``before-restore`` copy it kept.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from functools import partial
from pathlib import Path

import pytest
import race_worker
from cli_runner import forked, wait_forked
from depth import rounds

from larsam_desktop.paths import AppPaths
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.revision import HEAD_REVISION
from larsam_desktop.storage.schema import alembic_config

pytestmark = [
    pytest.mark.race,
    pytest.mark.skipif(os.name != "posix", reason="the write lock's races are tested on POSIX"),
]
TRIALS = rounds(10, 40)  # folders raced per test (tests/depth.py: 40 with LARSAM_TEST_DEPTH=deep)
IMPORT_BATCHES = 20  # what race_worker.py's import-a and import-b each import into one folder
PASSPHRASE = "race-test passphrase 2026"


def _race(tmp_path: Path, roles: tuple[str, str], folders: list[Path]) -> list[str]:
    """Both sides at once, each in a forked copy of this process (tests/cli_runner.py): two
    real processes with their own locks, connections and files, without two interpreter
    starts (≈ 1.5 s of CPU each)."""
    report = tmp_path / "report.txt"
    report.touch()
    env = {**os.environ, "LARSAM_PASSPHRASE": ""}
    children = []
    with Path(os.devnull).open("w") as null:
        for role in roles:
            with (tmp_path / f"{role}.stderr").open("w") as stderr:
                call = partial(race_worker.main, role, report, folders)
                pid = forked(call, env=env, out=null.fileno(), err=stderr.fileno())
            children.append((role, pid))
    for role, pid in children:
        code = wait_forked(pid, 240, [role])
        assert code == 0, f"{role}: " + (tmp_path / f"{role}.stderr").read_text()[-3000:]
    return report.read_text(encoding="utf-8").splitlines()


def _said(tmp_path: Path) -> str:
    """What the workers' commands printed on stderr (the reason a command failed)."""
    return "".join(p.read_text()[-2000:] for p in sorted(tmp_path.glob("*.stderr")))


def _names(path: Path, passphrase: str | None = None) -> set[str]:
    if passphrase is None:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    else:
        from larsam_desktop.storage import encryption

        connection = encryption.connect(path, passphrase, read_only=True)
    with closing(connection):
        return {row[0] for row in connection.execute("SELECT given_name FROM learner")}


def _reported(lines: Iterable[str]) -> dict[str, list[set[str]]]:
    batches: dict[str, list[set[str]]] = {}
    for line in lines:
        kind, folder, *names = line.split()
        if kind == "imported":
            batches.setdefault(folder, []).append(set(names))
    return batches


def _folders(tmp_path: Path, count: int = TRIALS) -> list[Path]:
    return [tmp_path / f"trial{n:02d}" for n in range(count)]


def test_restore_racing_an_import_loses_nothing_reported(tmp_path: Path) -> None:
    folders = _folders(tmp_path)
    lines = _race(tmp_path, ("import", "restore"), folders)
    done = sum(line.startswith("restore ") and line.endswith(" 0") for line in lines)
    assert done == TRIALS, _said(tmp_path)
    reported = _reported(lines)
    for folder in folders:
        paths = AppPaths(folder)
        kept = [_names(p) for p in paths.backups.glob("before-restore-*.sqlite3")]
        assert len(kept) == 1, folder.name  # one restore, one copy of what was there
        present = _names(paths.database) | kept[0]
        for batch in reported[folder.name]:
            assert batch <= present, f"{folder.name}: reported but lost: {batch - present}"


def test_encrypt_racing_an_import_loses_nothing_reported(tmp_path: Path) -> None:
    folders = _folders(tmp_path)
    lines = _race(tmp_path, ("import", "encrypt"), folders)
    done = sum(line.startswith("encrypt ") and line.endswith(" 0") for line in lines)
    assert done == TRIALS, _said(tmp_path)
    reported = _reported(lines)
    for folder in folders:
        present = _names(AppPaths(folder).database, PASSPHRASE)
        for batch in reported[folder.name]:
            assert batch <= present, f"{folder.name}: reported but lost: {batch - present}"


def test_two_imports_at_once_lose_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    lines = _race(tmp_path, ("import-a", "import-b"), [folder])
    batches = _reported(lines)[folder.name]
    assert len(batches) == 2 * IMPORT_BATCHES, _said(tmp_path)  # each of the imports succeeded
    present = _names(AppPaths(folder).database)
    assert set().union(*batches) == present


def test_a_migration_racing_a_writer_loses_nothing(tmp_path: Path) -> None:
    template = tmp_path / "template"
    template.mkdir()
    old = Database.for_file(template / "larsam.sqlite3")
    from alembic import command

    config = alembic_config(old)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
    old.dispose()
    folders = _folders(tmp_path)
    for folder in folders:
        shutil.copytree(template, folder)
    lines = _race(tmp_path, ("migrate", "writer"), folders)
    done = sum(line.startswith("migrated ") and line.endswith(" 0") for line in lines)
    assert done == TRIALS, _said(tmp_path)
    reported = _reported(lines)
    assert len(reported) == TRIALS, _said(tmp_path)  # every writer's import succeeded
    for folder in folders:
        paths = AppPaths(folder)
        with closing(sqlite3.connect(paths.database)) as db:
            assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (HEAD_REVISION,)
            ]
        assert len(list(paths.backups.glob("before-upgrade-*.sqlite3"))) == 1, folder.name
        present = _names(paths.database)
        for batch in reported[folder.name]:
            assert batch <= present, f"{folder.name}: reported but lost: {batch - present}"


@pytest.mark.postgres
def test_two_programs_creating_the_schema_on_a_server_at_once(
    postgres_server_url: str | None,
) -> None:
    """The advisory lock: the second waits, re-reads the revision and finds it current."""
    if postgres_server_url is None:
        pytest.skip("LARSAM_TEST_DATABASE_URL is not set: no PostgreSQL server for this run")
    import threading

    from sqlalchemy import text

    from larsam_desktop.storage.schema import SchemaAction, prepare_schema

    admin = Database(postgres_server_url)
    with admin.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    admin.dispose()
    results: list[object] = []
    barrier = threading.Barrier(2)

    def start() -> None:
        database = Database(postgres_server_url)
        try:
            barrier.wait(30)
            results.append(prepare_schema(database, backups_dir=None).action)
        except Exception as exc:
            results.append(exc)
        finally:
            database.dispose()

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(map(str, results)) == [str(SchemaAction.CREATED), str(SchemaAction.CURRENT)]
