"""``larsam-desktop team …`` prints its text in the command's language (issue 14):
``--language sv|en``, else the locale; the teams' data stays as stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runner import run_cli
from team_test_server import TeamServer, make_team_server

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamServer]:
    yield from make_team_server(tmp_path_factory.mktemp("team-language"), learners=40)


def _team(server: TeamServer, *args: str, env: dict[str, str | None] | None = None) -> str:
    done = run_cli("team", *args, data_dir=server.data_dir, database_url=server.owner_url, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_verify_log_speaks_the_chosen_language(server: TeamServer) -> None:
    swedish = _team(server, "verify-log", "--language", "sv")
    english = _team(server, "verify-log", "--language", "en")
    assert swedish.strip() == "serverns ändringslogg är obruten"
    assert english.strip() == "the server's change log is intact"


def test_without_the_option_the_locale_decides(server: TeamServer) -> None:
    env: dict[str, str | None] = {"LARSAM_LANGUAGE": "sv", "LANG": "sv_SE.UTF-8"}
    assert _team(server, "verify-log", env=env).strip() == "serverns ändringslogg är obruten"
    env = {"LARSAM_LANGUAGE": "en", "LANG": "en_GB.UTF-8"}
    assert _team(server, "verify-log", env=env).strip() == "the server's change log is intact"


def test_teams_lists_the_same_data_in_either_language(server: TeamServer) -> None:
    swedish = _team(server, "teams", "--language", "sv")
    assert swedish == _team(server, "teams", "--language", "en")
    assert server.team_a[1] in swedish and server.login_a in swedish


def test_an_unreadable_password_file_is_told_in_swedish(server: TeamServer, tmp_path: Path) -> None:
    done = run_cli(
        "team", "add-coach", "Coach X", "--login", f"{server.name}_x", "--team",
        server.team_a[1], "--password-file", str(tmp_path / "missing.pw"), "--language", "sv",
        data_dir=server.data_dir, database_url=server.owner_url,
    )  # fmt: skip
    assert done.returncode == 1
    assert "lösenordsfilen kan inte läsas" in done.stderr
