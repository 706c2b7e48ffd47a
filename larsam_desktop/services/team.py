"""Team mode's use cases for a municipality's IT (``larsam-desktop team …``).

Every operation runs as the owner role on the shared server; ``init`` and ``upgrade``
bring the schema to this program's head first (only the owner migrates), then install or
refresh roles, grants, policies and triggers (storage.team_install).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.store import OpenedStore, open_store
from larsam_desktop.storage import errors, team_admin, team_install
from larsam_desktop.storage.errors import StorageError
from larsam_desktop.storage.schema import SchemaResult
from larsam_desktop.storage.server_timeouts import split_url
from larsam_desktop.storage.team_admin import Team, TeamRefused
from larsam_desktop.storage.team_mode import team_login


class TeamToolMissing(StorageError):
    default_template = (
        "The PostgreSQL client tools ({tool}) are not installed; install postgresql-client."
    )


class TeamBackupFailed(StorageError):
    default_template = "The server's {what} did not succeed: {reason}"


@dataclass(frozen=True, slots=True)
class InitResult:
    schema: SchemaResult
    coach_group: str
    owner: str


class TeamService:
    """Administration of one shared server, as its owner."""

    def __init__(self, store: OpenedStore) -> None:
        self._database = store.database
        self._schema = store.schema

    @classmethod
    def open(cls, paths: AppPaths, database_url: str | None) -> TeamService:
        if not database_url:
            raise TeamRefused(
                "Team mode needs a PostgreSQL server: give --database-url, "
                "$LARSAM_DATABASE_URL or a connection profile."
            )
        return cls(open_store(paths, database_url))

    def close(self) -> None:
        self._database.dispose()

    def init(self) -> InitResult:
        """Install (or refresh) team mode; the caller's login becomes the owner role."""
        with self._owner() as connection:
            owner = str(connection.exec_driver_sql("SELECT current_user").scalar_one())
            database = str(connection.exec_driver_sql("SELECT current_database()").scalar_one())
            group = f"{database}_coach"
            team_install.install(connection, coach_group=group, owner=owner)
        return InitResult(self._schema, group, owner)

    def upgrade(self) -> InitResult:
        """The schema was brought to this program's head when opened; refresh the rest."""
        return self.init()

    def add_coach(
        self, *, name: str, login: str, teams: list[str], password: str | None
    ) -> str | None:
        """Add the coach; returns the one-time password made when none was given."""
        made = None if password else team_admin.one_time_password()
        with self._owner() as connection:
            team_admin.add_coach(
                connection, name=name, login=login, teams=teams, password=password or str(made)
            )
        return made

    def remove_coach(self, login: str) -> None:
        with self._owner() as connection:
            team_admin.remove_coach(connection, login)

    def teams(self) -> list[Team]:
        with self._owner() as connection:
            return team_admin.teams(connection)

    def share_note(self, *, contact_id: int, login: str) -> None:
        with self._owner() as connection:
            team_admin.share_note(connection, contact_id=contact_id, login=login)

    def verify_log(self) -> int | None:
        with self._owner() as connection:
            return team_admin.verify_log(connection)

    def backup(self, out: Path) -> int:
        """pg_dump in custom format to ``out``, checked with ``pg_restore --list``; returns
        the number of entries the dump lists."""
        partial = out.with_name(out.name + ".partial")
        self._tool("pg_dump", "--format=custom", "--file", str(partial), what="backup")
        entries = self._listed(partial)
        partial.replace(out)
        return entries

    def restore(self, dump: Path) -> int:
        """Restore ``dump`` into this database in one transaction (after checking it)."""
        entries = self._listed(dump)
        self._database.dispose()  # no pooled connection of ours holds a lock
        self._tool(
            "pg_restore",
            "--clean",
            "--if-exists",
            "--single-transaction",
            str(dump),
            what="restore",
            dbname_flag=True,
        )
        return entries

    @contextmanager
    def _owner(self) -> Iterator[Connection]:
        try:
            with self._database.engine.begin() as connection:
                found = team_login(connection)
                if found is not None and not found.is_owner:
                    raise TeamRefused(
                        "Only the owner role may administer team mode; {login} is a coach.",
                        login=found.login,
                    )
                yield connection
        except SQLAlchemyError as exc:
            known = errors.translate(exc)
            if known is None:
                raise
            raise known from exc

    def _listed(self, dump: Path) -> int:
        result = self._run(["pg_restore", "--list", str(dump)], what="backup check")
        return sum(1 for line in result.splitlines() if line and not line.startswith(";"))

    def _tool(self, tool: str, *args: str, what: str, dbname_flag: bool = False) -> str:
        command = [tool, *args]
        if dbname_flag:
            command[1:1] = ["--dbname", str(self._libpq_env()["PGDATABASE"])]
        return self._run(command, what=what)

    def _run(self, command: list[str], *, what: str) -> str:
        if shutil.which(command[0]) is None:
            raise TeamToolMissing(tool=command[0])
        env = {**os.environ, **self._libpq_env()}
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            last = done.stderr.strip().splitlines() or ["exit code " + str(done.returncode)]
            raise TeamBackupFailed(what=what, reason=last[-1][:200])
        return done.stdout

    def _libpq_env(self) -> dict[str, str]:
        """The server as libpq's environment: the password never on a command line."""
        url: URL = split_url(self._database.url)[0]
        env = {
            "PGHOST": url.host or "",
            "PGPORT": str(url.port or 5432),
            "PGUSER": url.username or "",
            "PGDATABASE": url.database or "",
        }
        if url.password:
            env["PGPASSWORD"] = str(url.password)
        for key, name in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
            value = url.query.get(key)
            if value:
                env[name] = str(value)
        return {k: v for k, v in env.items() if v}
