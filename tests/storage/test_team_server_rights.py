"""Team mode as the server enforces it, seen through psycopg directly, not the program
(issue 16): what a coach's own login may read and change, and what it may not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import errors as pg_errors
from team_test_server import TeamServer, make_team_server

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamServer]:
    yield from make_team_server(tmp_path_factory.mktemp("team"))


def _count(connection: psycopg.Connection[tuple[object, ...]], sql: str, *args: object) -> int:
    row = connection.execute(sql, args).fetchone()
    assert row is not None
    return int(str(row[0]))


def _note_for_coach_a(server: TeamServer, text: str) -> tuple[int, int]:
    """A contact with a restricted note on a learner coach A is responsible for."""
    with server.connect() as owner:
        learner = _count(owner, "SELECT min(id) FROM learner WHERE coach_id = %s", server.coach_a)
        contact = _count(
            owner,
            "INSERT INTO contact (learner_id, on_date, kind, notes, next_steps, recorded_by, "
            "created_at) VALUES (%s, current_date, 'meeting', '', '', 'test', now()) "
            "RETURNING id",
            learner,
        )
        owner.execute(
            "INSERT INTO restricted_note VALUES (%s, %s, %s, now())", (contact, learner, text)
        )
    return contact, learner


def test_a_coach_reads_only_the_learners_of_their_own_team(server: TeamServer) -> None:
    team_a, team_b = server.team_a[0], server.team_b[0]
    with (
        server.connect() as owner,
        server.connect(server.login_a) as a,
        server.connect(server.login_b) as b,
    ):
        in_a = _count(owner, "SELECT count(*) FROM learner WHERE learning_centre_id = %s", team_a)
        assert in_a > 0
        assert (
            _count(a, "SELECT count(*) FROM learner WHERE learning_centre_id = %s", team_a) == in_a
        )
        assert _count(b, "SELECT count(*) FROM learner WHERE learning_centre_id = %s", team_a) == 0
        assert _count(b, "SELECT count(*) FROM learner WHERE learning_centre_id <> %s", team_b) == 0
        # Their courses follow the learner.
        hidden = _count(
            owner,
            "SELECT count(*) FROM course_record WHERE learner_id IN "
            "(SELECT id FROM learner WHERE learning_centre_id = %s)",
            team_a,
        )
        seen_by_b = _count(
            b,
            "SELECT count(*) FROM course_record WHERE learner_id IN "
            "(SELECT id FROM learner WHERE learning_centre_id = %s)",
            team_a,
        )
        assert hidden > 0 and seen_by_b == 0
        everyone = _count(owner, "SELECT count(*) FROM learner")
        assert _count(a, "SELECT count(*) FROM learner") < everyone


def test_a_coach_cannot_write_a_learner_into_another_team(server: TeamServer) -> None:
    with server.connect(server.login_b) as b:
        changed = b.execute(
            "UPDATE learner SET note = 'x' WHERE learning_centre_id = %s", (server.team_a[0],)
        ).rowcount
        assert changed == 0
        with pytest.raises(pg_errors.InsufficientPrivilege):
            b.execute(
                "UPDATE learner SET learning_centre_id = %s WHERE id = (SELECT min(id) FROM "
                "learner)",
                (server.team_a[0],),
            )


def test_restricted_notes_open_only_for_the_responsible_coach_and_the_reading_is_logged(
    server: TeamServer,
) -> None:
    contact, learner = _note_for_coach_a(server, "hälsa: sekretess")
    with server.connect(server.login_b) as b:
        with pytest.raises(pg_errors.InsufficientPrivilege):
            b.execute("SELECT text FROM restricted_note")
        with pytest.raises(pg_errors.InsufficientPrivilege):
            b.execute("SELECT larsam_team.open_restricted_note(%s)", (contact,))
    with server.connect(server.login_a) as a:
        with pytest.raises(pg_errors.InsufficientPrivilege):
            a.execute("SELECT text FROM restricted_note")  # only through the function
        opened = a.execute("SELECT larsam_team.open_restricted_note(%s)", (contact,)).fetchone()
        assert opened == ("hälsa: sekretess",)
    with server.connect() as owner:
        logged = owner.execute(
            "SELECT who, learner_id FROM larsam_team.change_log WHERE table_name = "
            "'restricted_note' AND operation = 'READ' AND row_key = %s",
            (str(contact),),
        ).fetchall()
    assert logged == [(server.login_a, learner)]


def test_a_protected_learners_address_comes_only_through_the_logging_function(
    server: TeamServer,
) -> None:
    with server.connect() as owner:
        learner = _count(
            owner, "SELECT min(id) FROM learner WHERE learning_centre_id = %s", server.team_a[0]
        )
        owner.execute(
            "UPDATE learner SET protected_identity = 'skyddad_folkbokforing', "
            "street_address = 'Hemliga vägen 1', phone = '070-0000000' WHERE id = %s",
            (learner,),
        )
        stored = owner.execute(
            "SELECT street_address, phone FROM learner WHERE id = %s", (learner,)
        ).fetchone()
        assert stored == (None, None)  # not in the table any list or export reads
    with server.connect(server.login_b) as b:
        with pytest.raises(pg_errors.InsufficientPrivilege):
            b.execute("SELECT * FROM larsam_team.open_protected_contact(%s)", (learner,))
        with pytest.raises(pg_errors.InsufficientPrivilege):
            b.execute("SELECT * FROM larsam_team.protected_contact")
    with server.connect(server.login_a) as a:
        row = a.execute(
            "SELECT street_address, phone FROM larsam_team.open_protected_contact(%s)", (learner,)
        ).fetchone()
        assert row == ("Hemliga vägen 1", "070-0000000")
    with server.connect() as owner:
        who = owner.execute(
            "SELECT who FROM larsam_team.change_log WHERE table_name = 'protected_contact' "
            "AND learner_id = %s",
            (learner,),
        ).fetchall()
    assert who == [(server.login_a,)]


def test_coaches_cannot_change_or_delete_audit_rows_nor_read_the_key(server: TeamServer) -> None:
    with server.connect(server.login_a) as a:
        a.execute("UPDATE learner SET note = 'changed by a' WHERE coach_id = %s", (server.coach_a,))
        for statement in (
            "UPDATE larsam_team.change_log SET who = 'someone'",
            "DELETE FROM larsam_team.change_log",
            "UPDATE audit_entry SET actor = 'someone'",
            "DELETE FROM audit_entry",
            "SELECT secret FROM larsam_team.chain_key",
            "UPDATE larsam_team.chain_head SET seq = 0",
        ):
            with pytest.raises(pg_errors.InsufficientPrivilege):
                a.execute(statement)
        with pytest.raises(pg_errors.InsufficientPrivilege):
            a.execute(
                "INSERT INTO audit_entry (seq, at, actor, action, details, prev_hash, hash) "
                "VALUES (999999, now(), 'someone-else', 'x', '{}', '', '')"
            )
    with server.connect() as owner:
        key = owner.execute("SELECT length(secret) FROM larsam_team.chain_key").fetchone()
        assert key == (32,)  # the owner (administrator) can
        who = owner.execute(
            "SELECT DISTINCT who FROM larsam_team.change_log WHERE table_name = 'learner' "
            "AND operation = 'UPDATE' AND who <> current_user"
        ).fetchall()
        assert who == [(server.login_a,)]
        assert owner.execute("SELECT larsam_team.verify_log()").fetchone() == (None,)


def test_a_rewritten_change_log_entry_is_found(server: TeamServer) -> None:
    with server.connect() as owner:
        seq = _count(owner, "SELECT max(seq) FROM larsam_team.change_log")
        owner.execute("BEGIN")
        owner.execute("UPDATE larsam_team.change_log SET who = 'nobody' WHERE seq = %s", (seq,))
        assert owner.execute("SELECT larsam_team.verify_log()").fetchone() == (seq,)
        owner.execute("ROLLBACK")


def test_a_removed_coach_cannot_log_in_and_the_history_stays(
    server: TeamServer, tmp_path: Path
) -> None:
    login = server.add_coach("gone", server.team_a[1])
    with server.connect(login) as gone:
        gone.execute("UPDATE learner SET note = 'before leaving' WHERE learning_centre_id = %s",
                     (server.team_a[0],))  # fmt: skip
    assert server.cli("team", "remove-coach", login) == 0
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(server.libpq(login)).close()
    with server.connect() as owner:
        kept = _count(owner, "SELECT count(*) FROM larsam_team.change_log WHERE who = %s", login)
    assert kept > 0
