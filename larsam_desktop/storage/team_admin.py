"""The administrator's operations in team mode: coaches, teams, shared notes.

Run by the owner role (``team`` commands). Passwords are sent to the server only as a
SCRAM-SHA-256 verifier computed here, so no statement log of the server ever holds one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, text

from larsam_desktop.domain.errors import NotFound
from larsam_desktop.domain.text import swedish_sort_key
from larsam_desktop.storage.errors import StorageError

SCRAM_ITERATIONS = 4096


class TeamRefused(StorageError):
    """An administration step that cannot be done as asked."""


@dataclass(frozen=True, slots=True)
class Team:
    centre_id: int
    name: str
    logins: tuple[str, ...]


def scram_verifier(password: str, *, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 7677)."""
    salt = salt or secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, SCRAM_ITERATIONS)
    client_key = hmac.digest(salted, b"Client Key", "sha256")
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.digest(salted, b"Server Key", "sha256")

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode()

    return f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def one_time_password() -> str:
    return secrets.token_urlsafe(12)


def add_coach(
    connection: Connection, *, name: str, login: str, teams: list[str], password: str
) -> int:
    """Create (or re-enable) ``login`` as coach ``name`` in ``teams``; returns the coach id."""
    group = _setting(connection, "coach_group")
    centres = [_centre_id(connection, team) for team in teams]
    q_login = _quote(connection, login)
    verifier = _literal(connection, scram_verifier(password))
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}
    ).first()
    if exists is None:
        connection.exec_driver_sql(f"CREATE ROLE {q_login} LOGIN PASSWORD {verifier}")
    else:
        connection.exec_driver_sql(f"ALTER ROLE {q_login} LOGIN PASSWORD {verifier}")
    connection.exec_driver_sql(f"GRANT {_quote(connection, group)} TO {q_login}")
    coach_id = connection.execute(
        text("SELECT id FROM coach WHERE name = :n"), {"n": name}
    ).scalar_one_or_none()
    if coach_id is None:
        coach_id = connection.execute(
            text("INSERT INTO coach (name, active, sort_key) VALUES (:n, true, :k) RETURNING id"),
            {"n": name, "k": swedish_sort_key(name)},
        ).scalar_one()
    connection.execute(
        text(
            "INSERT INTO larsam_team.coach_login (login, coach_id) VALUES (:l, :c) "
            "ON CONFLICT (login) DO UPDATE SET coach_id = EXCLUDED.coach_id, removed_at = NULL"
        ),
        {"l": login, "c": coach_id},
    )
    for centre in centres:
        connection.execute(
            text("INSERT INTO larsam_team.member VALUES (:l, :c) ON CONFLICT DO NOTHING"),
            {"l": login, "c": centre},
        )
    return int(coach_id)


def remove_coach(connection: Connection, login: str) -> None:
    """The login can no longer log in and loses its teams; its history stays."""
    found = connection.execute(
        text("SELECT 1 FROM larsam_team.coach_login WHERE login = :l"), {"l": login}
    ).first()
    if found is None:
        raise NotFound("coach login", login)
    q_login = _quote(connection, login)
    group = _quote(connection, _setting(connection, "coach_group"))
    connection.exec_driver_sql(f"ALTER ROLE {q_login} NOLOGIN PASSWORD NULL")
    connection.exec_driver_sql(f"REVOKE {group} FROM {q_login}")
    connection.execute(
        text("UPDATE larsam_team.coach_login SET removed_at = now() WHERE login = :l"),
        {"l": login},
    )
    connection.execute(text("DELETE FROM larsam_team.member WHERE login = :l"), {"l": login})
    connection.execute(
        text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :l"),
        {"l": login},
    )


def teams(connection: Connection) -> list[Team]:
    rows = connection.execute(
        text(
            "SELECT c.id, c.name, coalesce(array_agg(m.login ORDER BY m.login) "
            "FILTER (WHERE m.login IS NOT NULL), '{}') FROM learning_centre c "
            "LEFT JOIN larsam_team.member m ON m.learning_centre_id = c.id "
            "GROUP BY c.id, c.name, c.sort_key ORDER BY c.sort_key"
        )
    ).all()
    return [Team(int(r[0]), str(r[1]), tuple(r[2])) for r in rows]


def share_note(connection: Connection, *, contact_id: int, login: str) -> None:
    """Let ``login`` open the restricted note of contact ``contact_id`` (logged)."""
    found = connection.execute(
        text("SELECT 1 FROM restricted_note WHERE contact_id = :c"), {"c": contact_id}
    ).first()
    if found is None:
        raise NotFound("restricted note", contact_id)
    known = connection.execute(
        text("SELECT 1 FROM larsam_team.coach_login WHERE login = :l AND removed_at IS NULL"),
        {"l": login},
    ).first()
    if known is None:
        raise NotFound("coach login", login)
    connection.execute(
        text("INSERT INTO larsam_team.note_share (contact_id, login) VALUES (:c, :l)"),
        {"c": contact_id, "l": login},
    )


def verify_log(connection: Connection) -> int | None:
    """The first broken entry of the server's change log (-1: its head), or None."""
    value = connection.execute(text("SELECT larsam_team.verify_log()")).scalar_one()
    return None if value is None else int(value)


def _centre_id(connection: Connection, name: str) -> int:
    found = connection.execute(
        text("SELECT id FROM learning_centre WHERE name = :n"), {"n": name}
    ).scalar_one_or_none()
    if found is None:
        raise TeamRefused(
            "There is no lärcentrum named {name}; 'team teams' lists them.", name=name
        )
    return int(found)


def _setting(connection: Connection, key: str) -> str:
    value = connection.execute(
        text("SELECT value FROM larsam_team.setting WHERE key = :k"), {"k": key}
    ).scalar_one_or_none()
    if value is None:
        raise TeamRefused("Team mode is not set up on this server; run 'team init' first.")
    return str(value)


def _quote(connection: Connection, name: str) -> str:
    return str(connection.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one())


def _literal(connection: Connection, value: str) -> str:
    return str(connection.execute(text("SELECT quote_literal(:v)"), {"v": value}).scalar_one())
