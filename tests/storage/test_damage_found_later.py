"""Damage met after the start-up check passed (issue 13): a text column holding bytes that
are not UTF-8, in a data page the quick check reads without decoding. A command reading it
ends with one calm line naming the restore command, exit 1, no traceback and no text of
the damaged row; the window's unit of work raises the same calm ``DamagedContent``."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from cli_runner import run_cli

from larsam_desktop.domain.caseload import CaseloadQuery
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.errors import DamagedContent

DAMAGED = "UPDATE learner SET given_name = CAST(X'C328' || X'4D61727961' AS TEXT) WHERE id = 2"


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store = open_store(AppPaths(data))
    DemoGenerator(store.database).generate(5, seed=1)
    store.database.dispose()
    assert run_cli("backup", "create", data_dir=data).returncode == 0
    with closing(sqlite3.connect(AppPaths(data).database)) as db:  # a raw write, as damage
        db.execute(DAMAGED)
        db.commit()
    return data


@pytest.mark.parametrize("argv", [("learners", "list"), ("learners", "export", "--out", "x.csv")])
def test_a_command_reading_a_damaged_row_names_the_restore_command(
    damaged: Path, argv: tuple[str, ...]
) -> None:
    args = [str(damaged.parent / a) if a == "x.csv" else a for a in argv]
    result = run_cli(*args, data_dir=damaged)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "a stored text is damaged" in line and "Traceback" not in line
    assert "larsam-desktop backup restore " in line and "/backups/manual-" in line
    assert "Marya" not in line  # never the damaged row's text
    assert AppPaths(damaged).database.is_file()  # one bad row: the file stays where it is
    assert not (damaged.parent / "x.csv").exists()


def test_the_windows_unit_of_work_raises_the_calm_error(damaged: Path) -> None:
    store = open_store(AppPaths(damaged))
    try:
        with pytest.raises(DamagedContent) as raised:
            CaseloadService(store.database).list(CaseloadQuery())
        assert "Marya" not in raised.value.message
    finally:
        store.database.dispose()
