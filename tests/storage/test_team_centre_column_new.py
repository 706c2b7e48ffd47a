"""The rows of a learner carry a copy of its lärcentrum (``team_centre_id``, issue 16) so
that the policies need no look-up of the learner: the copy follows the learner when it
moves, a coach cannot set it, and the change log does not count the copying."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from team_test_server import TeamServer, make_team_server

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamServer]:
    yield from make_team_server(tmp_path_factory.mktemp("team"))


def _one(connection: psycopg.Connection[tuple[object, ...]], sql: str, *args: object) -> int:
    row = connection.execute(sql, args).fetchone()
    assert row is not None
    return int(str(row[0]))


def test_the_copy_follows_the_learner_and_the_policies_follow_the_copy(
    server: TeamServer,
) -> None:
    team_a, team_b = server.team_a[0], server.team_b[0]
    with server.connect() as owner:
        learner = _one(
            owner,
            "SELECT min(l.id) FROM learner l WHERE l.learning_centre_id = %s AND "
            "l.coach_id IS DISTINCT FROM %s AND EXISTS (SELECT 1 FROM course_record r "
            "WHERE r.learner_id = l.id)",
            team_a,
            server.coach_a,
        )
        records = _one(owner, "SELECT count(*) FROM course_record WHERE learner_id = %s", learner)
        assert records > 0
        # Every row was stamped when team mode was installed (after the demo's inserts).
        assert _one(
            owner,
            "SELECT count(*) FROM course_record r JOIN learner l ON l.id = r.learner_id "
            "WHERE r.team_centre_id IS DISTINCT FROM l.learning_centre_id",
        ) == 0  # fmt: skip
        logged = _one(owner, "SELECT count(*) FROM larsam_team.change_log")
    query = "SELECT count(*) FROM course_record WHERE learner_id = %s"
    with server.connect(server.login_a) as a, server.connect(server.login_b) as b:
        assert (_one(a, query, learner), _one(b, query, learner)) == (records, 0)
        # A coach cannot stamp a row into another team: the trigger recomputes it.
        a.execute(
            "UPDATE course_record SET team_centre_id = %s WHERE learner_id = %s",
            (team_b, learner),
        )
        assert _one(b, query, learner) == 0
    with server.connect() as owner:
        owner.execute("UPDATE learner SET learning_centre_id = %s WHERE id = %s", (team_b, learner))
        moved = _one(
            owner,
            "SELECT count(*) FROM course_record WHERE learner_id = %s AND team_centre_id = %s",
            learner,
            team_b,
        )
        assert moved == records
        # Logged: coach A's no-op updates of the rows and the learner's move, not the copying.
        new = owner.execute(
            "SELECT table_name, operation, who FROM larsam_team.change_log WHERE seq > %s",
            (logged,),
        ).fetchall()
    assert ("learner", "UPDATE", server.owner_login) in new
    assert sum(1 for t, _op, who in new if t == "course_record" and who != server.login_a) == 0
    with server.connect(server.login_a) as a, server.connect(server.login_b) as b:
        assert (_one(a, query, learner), _one(b, query, learner)) == (0, records)
        # A row the coach adds is stamped by the server (the program never names the column).
        inserted = b.execute(
            "INSERT INTO contact (learner_id, on_date, kind, notes, next_steps, recorded_by, "
            "created_at) VALUES (%s, current_date, 'meeting', '', '', 'b', now()) "
            "RETURNING team_centre_id",
            (learner,),
        ).fetchone()
    assert inserted == (team_b,)
