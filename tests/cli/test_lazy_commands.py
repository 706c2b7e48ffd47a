"""cli/main.py imports only the chosen command's module; ``--help`` still lists every
command, and the command-to-module table names every command a module registers."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from larsam_desktop.cli import main as cli_main


def _registered(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    importlib.import_module(f"larsam_desktop.cli.{module}").register(commands)
    return set(commands.choices)


def test_every_command_name_leads_to_its_module() -> None:
    for module in cli_main.COMMANDS:
        for name in _registered(module):
            assert cli_main.COMMAND_MODULES.get(name, name) == module, (name, module)
    for name, module in cli_main.COMMAND_MODULES.items():
        assert name in _registered(module), (name, module)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["stats", "export", "--format", "csv"], ["stats"]),
        (["--data-dir", "stats", "today", "--coach", "x"], ["coach_day"]),  # a value, skipped
        (["--data-dir=/tmp/x", "import", "file.csv"], ["importing"]),
        (["--passphrase-file", "p", "retention", "show"], ["rights"]),
        ([], list(cli_main.COMMANDS)),
        (["--help"], list(cli_main.COMMANDS)),
        (["no-such-command"], list(cli_main.COMMANDS)),
        (["coach_day"], list(cli_main.COMMANDS)),  # a module's name is not a command
    ],
)
def test_the_chosen_module(argv: list[str], expected: list[str]) -> None:
    assert cli_main.chosen_modules(cli_main._global_parser(), argv) == expected


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main(["--help"]) == 0
    listed = capsys.readouterr().out
    for module in cli_main.COMMANDS:
        for name in _registered(module):
            assert name in listed


def test_an_unknown_command_names_every_choice(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main(["statz"]) == 2
    error = capsys.readouterr().err
    assert "invalid choice" in error and "'stats'" in error and "'today'" in error


def test_a_stats_export_imports_no_other_command() -> None:
    probe = (
        "import sys; from larsam_desktop.cli.main import parse; "
        "parse(['stats', 'export', '--format', 'csv', '--out', 'x.csv']); "
        "print(sorted(m for m in sys.modules if m.startswith('larsam_desktop.cli.')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = done.stdout
    assert "larsam_desktop.cli.stats" in loaded
    for other in ("learners", "eligibility", "plan", "coach_day", "rights", "offerings"):
        assert f"larsam_desktop.cli.{other}'" not in loaded
