"""Team mode through the program (issue 16): each coach's own login, the server deciding.

Two coaches in different teams see different caseloads; a shared restricted note opens
for the coach it was shared with and the opening is logged; every audit entry names the
login that made the change; the coach's client works across the compatibility window and
never migrates; each failure is one calm message.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from team_test_server import TeamServer, make_team_server

from larsam_desktop.domain.contacts import ContactDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.contacts import ContactService
from larsam_desktop.services.store import open_store
from larsam_desktop.storage import team_schema
from larsam_desktop.storage.schema import head_revision
from larsam_desktop.storage.server_errors import PermissionMissing
from larsam_desktop.storage.team_mode import ServerSchemaMismatch

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamServer]:
    yield from make_team_server(tmp_path_factory.mktemp("team"))


def _caseload(server: TeamServer, login: str, capsys: pytest.CaptureFixture[str]) -> set[str]:
    capsys.readouterr()
    assert server.cli("learners", "list", "--format", "csv", login=login) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    return {f"{row['id']}@{row['learning_centre']}" for row in rows}


def test_two_coaches_in_different_teams_see_different_caseloads(
    server: TeamServer, capsys: pytest.CaptureFixture[str]
) -> None:
    seen_a = _caseload(server, server.login_a, capsys)
    seen_b = _caseload(server, server.login_b, capsys)
    assert seen_a and seen_b and not seen_a & seen_b
    assert {row.split("@")[1] for row in seen_a} == {server.team_a[1]}
    assert {row.split("@")[1] for row in seen_b} == {server.team_b[1]}


def test_a_shared_note_opens_for_the_coach_it_was_shared_with_and_is_logged(
    server: TeamServer, tmp_path: Path
) -> None:
    colleague = server.add_coach("c", server.team_a[1])  # same team, not responsible
    as_a = open_store(AppPaths(tmp_path / "a"), server.url(server.login_a))
    as_c = open_store(AppPaths(tmp_path / "c"), server.url(colleague))
    try:
        learner = _learner_of_coach_a(server)
        recorded = ContactService(as_a.database).record(
            learner,
            ContactDraft(
                kind="in_person", recorded_by="Coach A", restricted_note="familj: skilsmässa"
            ),
        )
        contact = recorded.contact.id
        with pytest.raises(PermissionMissing):  # the colleague sees the flag, not the text
            ContactService(as_c.database).open_restricted_note(contact)
        assert server.cli("team", "share-note", str(contact), "--with", colleague) == 0
        assert ContactService(as_c.database).open_restricted_note(contact) == "familj: skilsmässa"
    finally:
        as_a.database.dispose()
        as_c.database.dispose()
    with server.connect() as owner:
        share = owner.execute(
            "SELECT who, row_key FROM larsam_team.change_log WHERE table_name = 'note_share'"
        ).fetchall()
        reads = owner.execute(
            "SELECT who FROM larsam_team.change_log WHERE table_name = 'restricted_note' "
            "AND operation = 'READ' AND row_key = %s",
            (str(contact),),
        ).fetchall()
        opened = owner.execute(
            "SELECT actor FROM audit_entry WHERE action = 'open_restricted_notes' "
            "AND learner_id = %s",
            (learner,),
        ).fetchall()
    assert share == [(server.owner_login, f"{contact}:{colleague}")]
    assert reads == [(colleague,)]
    assert opened == [(colleague,)]


def _learner_of_coach_a(server: TeamServer) -> int:
    with server.connect() as owner:
        row = owner.execute(
            "SELECT min(id) FROM learner WHERE coach_id = %s", (server.coach_a,)
        ).fetchone()
    assert row is not None
    return int(str(row[0]))


def test_who_in_every_audit_entry_is_the_login_that_made_the_change(
    server: TeamServer, tmp_path: Path
) -> None:
    learner = _learner_of_coach_a(server)
    as_a = open_store(AppPaths(tmp_path / "a"), server.url(server.login_a))
    try:
        contacts = ContactService(as_a.database)
        recorded = contacts.record(
            learner, ContactDraft(kind="phone", recorded_by="Karin", restricted_note="mående")
        )
        # The name typed in the window is not the one the audit keeps: the login is.
        assert contacts.open_restricted_note(recorded.contact.id, opened_by="Karin") == "mående"
    finally:
        as_a.database.dispose()
    with server.connect() as owner:
        logged = owner.execute(
            "SELECT DISTINCT who FROM larsam_team.change_log WHERE table_name IN "
            "('contact', 'restricted_note') AND row_key = %s",
            (str(recorded.contact.id),),
        ).fetchall()
        entry = owner.execute(
            "SELECT actor FROM audit_entry WHERE details LIKE %s",
            (f'%"contact_id":{recorded.contact.id}%',),
        ).fetchall()
        actors = {r[0] for r in owner.execute("SELECT DISTINCT actor FROM audit_entry")}
        logins = {r[0] for r in owner.execute("SELECT login FROM larsam_team.coach_login")}
        who = {r[0] for r in owner.execute("SELECT DISTINCT who FROM larsam_team.change_log")}
    assert logged == [(server.login_a,)]
    assert entry == [(server.login_a,)]
    assert actors <= logins | {server.owner_login}
    assert who <= logins | {server.owner_login}


def _set_server(server: TeamServer, revision: str, oldest_client: str) -> None:
    with server.connect() as owner:
        owner.execute("UPDATE alembic_version SET version_num = %s", (revision,))
        owner.execute(
            "UPDATE larsam_team.setting SET value = %s WHERE key = 'oldest_client'",
            (oldest_client,),
        )


def _server_revision(server: TeamServer) -> str:
    with server.connect() as owner:
        row = owner.execute("SELECT version_num FROM alembic_version").fetchone()
    assert row is not None
    return str(row[0])


@pytest.fixture
def head_again(server: TeamServer) -> Iterator[None]:
    yield
    # Back to the schema the server really has (head), not an older stamp: a migration
    # after that stamp would run again on a schema that already has it.
    _set_server(server, head_revision(), team_schema.OLDEST_CLIENT)


def test_an_older_client_works_against_a_newer_expanded_server_without_migrating(
    server: TeamServer, tmp_path: Path, head_again: None
) -> None:
    head = head_revision()
    newer = f"{int(head) + 1:04d}"
    _set_server(server, newer, oldest_client=head)  # a newer release that only expanded
    opened = open_store(AppPaths(tmp_path / "a"), server.url(server.login_a))
    opened.database.dispose()
    assert opened.schema.revision == newer
    assert _server_revision(server) == newer


def test_an_older_client_against_a_contracted_server_says_which_versions(
    server: TeamServer, tmp_path: Path, head_again: None
) -> None:
    head = head_revision()
    contracted = f"{int(head) + 2:04d}"
    _set_server(server, contracted, oldest_client=contracted)
    with pytest.raises(ServerSchemaMismatch) as raised:
        open_store(AppPaths(tmp_path / "a"), server.url(server.login_a))
    assert contracted in raised.value.message and head in raised.value.message
    assert _server_revision(server) == contracted


def test_a_newer_client_against_an_older_server_works_or_says_why_never_migrating(
    server: TeamServer, tmp_path: Path, head_again: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_server(server, "0012", oldest_client="0012")
    with pytest.raises(ServerSchemaMismatch) as raised:
        open_store(AppPaths(tmp_path / "a"), server.url(server.login_a))
    assert "0012" in raised.value.message and "team upgrade" in raised.value.message
    assert _server_revision(server) == "0012"  # the coach's client did not migrate
    monkeypatch.setattr(team_schema, "OLDEST_SERVER", "0012")  # a client that still can
    opened = open_store(AppPaths(tmp_path / "a"), server.url(server.login_a))
    opened.database.dispose()
    assert opened.schema.revision == "0012"
    assert _server_revision(server) == "0012"


def _downgrade_for_real(server: TeamServer, revision: str) -> None:
    """The server's schema taken back to ``revision`` by Alembic, as the owner."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from larsam_desktop.storage.schema import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["database_is_sqlite"] = False
    engine = create_engine(server.owner_url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_only_the_owner_migrates(server: TeamServer, head_again: None) -> None:
    _downgrade_for_real(server, "0013")  # a server of the previous release
    assert server.cli("team", "upgrade", login=server.login_a) == 1  # refused, calmly
    assert _server_revision(server) == "0013"
    assert server.cli("team", "upgrade") == 0
    assert _server_revision(server) == head_revision()


def test_failures_are_one_calm_message_each(
    server: TeamServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bare = f"{server.name}_bare"
    server.roles.append(bare)
    with server.connect() as owner:
        owner.execute(f'CREATE ROLE "{bare}" LOGIN')
        owner.execute(f'GRANT CONNECT ON DATABASE "{server.name}" TO "{bare}"')
    data = ["--data-dir", str(tmp_path / "d")]
    from larsam_desktop.cli.main import main

    cases = {
        "mysql://someone@db/larsam": "must begin with postgresql://",
        server.url(bare): "may not use LärSam's data",
        "postgresql+psycopg://postgres@127.0.0.1:1/x?connect_timeout=2": "cannot be reached",
        server.url(server.login_a) + "?sslmode=require": "secure (TLS) connection",
    }
    for url, expected in cases.items():
        capsys.readouterr()
        assert main([*data, "--database-url", url, "learners", "list"]) == 1
        err = capsys.readouterr().err
        assert expected in err and "Traceback" not in err
        assert "not-a-real-password" not in err


def test_a_removed_coachs_client_is_told_calmly(
    server: TeamServer, capsys: pytest.CaptureFixture[str]
) -> None:
    login = server.add_coach("left", server.team_b[1])
    assert server.cli("team", "remove-coach", login) == 0
    capsys.readouterr()
    assert server.cli("learners", "list", login=login) == 1
    assert "refused the login" in capsys.readouterr().err
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(server.libpq(login)).close()


def test_team_backup_is_checked_and_restores_the_server(
    server: TeamServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "team.dump"
    capsys.readouterr()
    assert server.cli("team", "backup", "--out", str(dump)) == 0
    assert "checked" in capsys.readouterr().out and dump.stat().st_size > 0
    with server.connect() as owner:
        before = owner.execute("SELECT count(*) FROM learner").fetchone()
        owner.execute("DELETE FROM learner WHERE id = (SELECT min(id) FROM learner)")
    assert server.cli("team", "restore", str(dump)) == 0
    with server.connect() as owner:
        assert owner.execute("SELECT count(*) FROM learner").fetchone() == before
    with server.connect(server.login_b) as b:  # the policies came back with the data
        row = b.execute(
            "SELECT count(*) FROM learner WHERE learning_centre_id <> %s", (server.team_b[0],)
        ).fetchone()
    assert row == (0,)
    broken = tmp_path / "broken.dump"
    broken.write_bytes(b"PGDMP not really")
    capsys.readouterr()
    assert server.cli("team", "restore", str(broken)) == 1
    assert "did not succeed" in capsys.readouterr().err
