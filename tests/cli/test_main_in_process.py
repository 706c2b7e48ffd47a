"""``cli.main.main(argv)`` can run many commands in one process and leaves nothing behind."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from cli_runner import run_cli

from larsam_desktop import __version__
from larsam_desktop.cli.main import main
from larsam_desktop.storage import crash_points


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def test_version_help_and_usage_errors_return_their_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"larsam-desktop {__version__}"
    assert main(["--help"]) == 0
    assert "COMMAND" in capsys.readouterr().out
    assert main(["learners", "list", "--format", "xml"]) == 2
    assert "invalid choice" in capsys.readouterr().err
    assert main([]) == 2  # the window is app.main's business
    assert "usage:" in capsys.readouterr().err


def test_repeated_runs_leave_no_handler_umask_or_level_behind(tmp_path: Path) -> None:
    root = logging.getLogger()
    handlers, level, umask = list(root.handlers), root.level, _umask()
    for _ in range(3):
        result = run_cli("check", data_dir=tmp_path / "data")
        assert result.returncode == 0, result.stderr
    assert root.handlers == handlers
    assert root.level == level
    assert _umask() == umask
    assert (tmp_path / "data" / "logs" / "larsam.log").exists()
    assert oct((tmp_path / "data" / "larsam.sqlite3").stat().st_mode & 0o777) == "0o600"


def test_the_environment_is_read_afresh_on_every_call(tmp_path: Path) -> None:
    for name in ("one", "two"):
        folder = tmp_path / name
        result = run_cli("check", env={"LARSAM_DATA_DIR": str(folder)})
        assert result.returncode == 0, result.stderr
        assert str(folder / "larsam.sqlite3") in result.stdout
    assert "LARSAM_DATA_DIR" not in os.environ


def test_crash_point_counts_start_at_zero_for_each_command(tmp_path: Path) -> None:
    crash_points._reached["earlier.step"] = 3
    assert run_cli("check", data_dir=tmp_path / "data").returncode == 0
    assert "earlier.step" not in crash_points._reached


def test_an_unreadable_passphrase_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    result = run_cli("--passphrase-file", str(missing), "check", data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"larsam-desktop: error: cannot read {missing}: it does not exist"
    )


def test_the_runner_refuses_to_kill_the_test_process(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="real one"):
        run_cli("check", env={crash_points.DIE_AFTER_ENV: "x"}, data_dir=tmp_path)
