"""A team-mode database of its own on the test server (issue 16), with two coaches.

The database and every role are named ``larsam_k_<worker>_<random>…`` and dropped afterwards
(roles are cluster-wide; each pytest-xdist worker, ``gw0``, ``gw1``…, names its own). Learners
come from the demo generator, run by the owner; coach A's team is the lärcentrum with the
most learners, coach B's the next.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from larsam_desktop.cli.main import main

POSTGRES_ENV = "LARSAM_TEST_DATABASE_URL"
PASSWORD = "not-a-real-password"


@dataclass
class TeamServer:
    name: str
    owner_url: str  # SQLAlchemy address of the owner (the test server's superuser)
    data_dir: Path
    team_a: tuple[int, str]
    team_b: tuple[int, str]
    login_a: str
    login_b: str
    coach_a: int = 0
    roles: list[str] = field(default_factory=list)

    @property
    def owner_login(self) -> str:
        return str(make_url(self.owner_url).username)

    def url(self, login: str) -> str:
        return (
            make_url(self.owner_url)
            .set(username=login, password=PASSWORD)
            .render_as_string(hide_password=False)
        )

    def libpq(self, login: str | None = None) -> str:
        url = make_url(self.owner_url).set(drivername="postgresql")
        if login is not None:
            url = url.set(username=login, password=PASSWORD)
        return url.render_as_string(hide_password=False)

    def connect(self, login: str | None = None) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.libpq(login), autocommit=True)

    def cli(self, *argv: str, login: str | None = None) -> int:
        url = self.owner_url if login is None else self.url(login)
        return main(["--data-dir", str(self.data_dir), "--database-url", url, *argv])

    def add_coach(self, suffix: str, team: str, *, name: str | None = None) -> str:
        login = f"{self.name}_{suffix}"
        self.roles.append(login)
        password_file = self.data_dir.parent / f"{suffix}.pw"
        password_file.write_text(PASSWORD, encoding="utf-8")
        code = self.cli(
            "team", "add-coach", name or f"Coach {suffix.upper()}", "--login", login,
            "--team", team, "--password-file", str(password_file),
        )  # fmt: skip
        assert code == 0
        return login


def server_base() -> str:
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server for this run")
    return base


def make_team_server(tmp: Path, learners: int = 120) -> Iterator[TeamServer]:
    base = make_url(server_base())
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"larsam_k_{worker}_{uuid.uuid4().hex[:8]}"
    admin_libpq = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin_libpq, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    owner_url = base.set(database=name).render_as_string(hide_password=False)
    server = TeamServer(name, owner_url, tmp / "data", (0, ""), (0, ""), "", "")
    server.roles.append(f"{name}_coach")
    try:
        assert server.cli("team", "init") == 0
        assert server.cli("demo", "--learners", str(learners)) == 0
        with server.connect() as owner:
            top = owner.execute(
                "SELECT c.id, c.name FROM learner l JOIN learning_centre c "
                "ON c.id = l.learning_centre_id GROUP BY c.id, c.name "
                "ORDER BY count(*) DESC, c.id LIMIT 2"
            ).fetchall()
        server.team_a = (int(str(top[0][0])), str(top[0][1]))
        server.team_b = (int(str(top[1][0])), str(top[1][1]))
        server.login_a = server.add_coach("a", server.team_a[1])
        server.login_b = server.add_coach("b", server.team_b[1])
        with server.connect() as owner:
            found = owner.execute(
                "SELECT coach_id FROM larsam_team.coach_login WHERE login = %s",
                (server.login_a,),
            ).fetchone()
            assert found is not None
            server.coach_a = int(str(found[0]))
            # Coach A is responsible for some of the team's learners.
            owner.execute(
                "UPDATE learner SET coach_id = %s WHERE id IN (SELECT id FROM learner "
                "WHERE learning_centre_id = %s ORDER BY id LIMIT 5)",
                (server.coach_a, server.team_a[0]),
            )
        yield server
    finally:
        with psycopg.connect(admin_libpq, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            for role in server.roles:
                admin.execute(f'DROP ROLE IF EXISTS "{role}"')
