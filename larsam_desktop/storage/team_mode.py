"""The client's side of team mode: who this login is on the server, and what it may do.

A database is in team mode when the schema ``larsam_team`` has its settings (``team
init``). There a coach's client never migrates: it works against the server's schema when
the two are within each other's compatibility window (``team_schema.OLDEST_CLIENT`` on
the server, ``OLDEST_SERVER`` here), and otherwise says which version the server has and
which it needs. The administrator (a member of the owner role) migrates, as before.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from larsam_desktop.storage import team_schema
from larsam_desktop.storage.errors import StorageError
from larsam_desktop.storage.server_errors import PermissionMissing

if TYPE_CHECKING:
    from larsam_desktop.storage.database import Database


class ServerSchemaMismatch(StorageError):
    """The server's schema and this program's are too far apart to work together."""


class TeamSchemaMissing(StorageError):
    default_template = (
        "The server has no LärSam database yet. Ask your administrator to run "
        "'larsam-desktop team init'."
    )


@dataclass(frozen=True, slots=True)
class TeamLogin:
    """This connection's login in team mode."""

    login: str
    is_owner: bool
    coach_group: str
    oldest_client: str


_cache: weakref.WeakKeyDictionary[Engine, TeamLogin | None] = weakref.WeakKeyDictionary()


def team_login(connection: Connection) -> TeamLogin | None:
    """Team mode's facts about this login, or None (SQLite, or a server without team mode)."""
    if connection.dialect.name != "postgresql":
        return None
    try:
        installed = connection.execute(
            text("SELECT to_regclass('larsam_team.setting') IS NOT NULL")
        ).scalar_one()
        if not installed:
            return None
        rows = connection.execute(text("SELECT key, value FROM larsam_team.setting"))
        settings = {str(key): str(value) for key, value in rows}
        if "owner_role" not in settings:
            return None  # schema 0013 without ``team init``: not team mode yet
        login, is_owner = connection.execute(
            text("SELECT session_user, pg_has_role(session_user, :owner, 'USAGE')"),
            {"owner": settings["owner_role"]},
        ).one()
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":
            raise PermissionMissing(
                "Your login may not use LärSam's data on this server. Ask your administrator "
                "to add you with 'larsam-desktop team add-coach'."
            ) from exc
        raise
    return TeamLogin(
        login=str(login),
        is_owner=bool(is_owner),
        coach_group=settings.get("coach_group", ""),
        oldest_client=settings.get("oldest_client", team_schema.OLDEST_CLIENT),
    )


def cached_team_login(session: Session) -> TeamLogin | None:
    """``team_login`` for the session's engine, asked once per engine."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine.dialect.name != "postgresql":
        return None
    if engine not in _cache:
        _cache[engine] = team_login(session.connection())
    return _cache[engine]


def audit_actor(session: Session, actor: str) -> str:
    """Who an audit entry names: in team mode always the server login (for a coach the
    server refuses any other name); elsewhere the ``actor`` the caller gave."""
    found = cached_team_login(session)
    return found.login if found is not None else actor


def guard_schema(database: Database, current: str | None, head: str) -> str | None:
    """For a coach in team mode: the revision to work against without migrating, or an
    error saying why not. None when this login may migrate (not team mode, or the owner)."""
    if database.is_sqlite:
        return None
    with database.engine.connect() as connection:
        found = team_login(connection)
    if found is None or found.is_owner:
        return None
    if current is None:
        raise TeamSchemaMissing()
    if current == head:
        return current
    if current < team_schema.OLDEST_SERVER:
        raise ServerSchemaMismatch(
            "The server has LärSam schema {server}; this program needs {needed} or newer. "
            "Ask your administrator to run 'larsam-desktop team upgrade'.",
            server=current,
            needed=team_schema.OLDEST_SERVER,
        )
    if head < found.oldest_client:
        raise ServerSchemaMismatch(
            "The server has LärSam schema {server}, which needs a program of schema {needed} "
            "or newer; this one has {client}. Install the newer LärSam Desktop.",
            server=current,
            needed=found.oldest_client,
            client=head,
        )
    return current


def coach_in_team_mode(session: Session) -> bool:
    """Whether this session is a coach's on a team-mode server."""
    found = cached_team_login(session)
    return found is not None and not found.is_owner


def read_restricted_note(session: Session, contact_id: int) -> str | None:
    """A restricted note read through the server's function, which logs the reading and
    refuses a coach who is neither responsible nor shared with."""
    value = session.execute(
        text("SELECT larsam_team.open_restricted_note(:id)"), {"id": contact_id}
    ).scalar_one()
    return None if value is None else str(value)


def open_protected_contact(session: Session, learner_id: int) -> dict[str, str | None]:
    """A protected-identity learner's address and contact data, logged by the server."""
    row = session.execute(
        text("SELECT * FROM larsam_team.open_protected_contact(:id)"), {"id": learner_id}
    ).first()
    fields = ("street_address", "postal_code", "city", "phone", "email")
    return dict.fromkeys(fields) if row is None else dict(zip(fields, row, strict=True))


def raise_statistics_k(session: Session, k: int) -> int | None:
    """For a coach in team mode, raise the shared threshold through the server's function
    (a coach may not write ``app_meta``'s settings); returns the new publication series.

    None when this is not a coach on a team-mode server, or the server's team mode
    predates the function: then the caller writes ``app_meta`` itself, as before."""
    if not coach_in_team_mode(session):
        return None
    present = session.execute(
        text("SELECT to_regprocedure('larsam_team.raise_statistics_k(integer)') IS NOT NULL")
    ).scalar_one()
    if not present:
        return None
    series = session.execute(
        text("SELECT larsam_team.raise_statistics_k(:k)"), {"k": k}
    ).scalar_one()
    from larsam_desktop.storage.tables import AppMeta

    for row in [o for o in session.identity_map.values() if isinstance(o, AppMeta)]:
        session.expire(row)  # written by the server: read again when next asked
    return int(series)
