"""Team mode's roles and privileges: the coach group, the settings that name the roles, and
what the coach group may do on the database, its schemas, tables and functions.

Coaches log in with their own role, a member of the coach group; the owner owns the tables
(and so bypasses row-level security, ``team_policies``).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from larsam_desktop.storage.team_scope import READ_ONLY_FOR_COACHES

# The functions a coach calls; every other one in ``larsam_team`` runs only inside them or
# in a trigger.
COACH_FUNCTIONS = (
    "open_restricted_note(integer)",
    "open_protected_contact(integer)",
    "my_centres()",
    "my_coach()",
    "publication_teams()",
    "raise_statistics_k(integer)",
)


def create_roles(
    connection: Connection, *, coach_group: str, quoted_group: str, owner: str
) -> None:
    """The coach group (a role without login) if missing; both names in the settings."""
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": coach_group}
    ).first()
    if exists is None:
        connection.exec_driver_sql(f"CREATE ROLE {quoted_group} NOLOGIN")
    for key, value in (("coach_group", coach_group), ("owner_role", owner)):
        connection.execute(
            text(
                "INSERT INTO larsam_team.setting VALUES (:k, :v) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
            ),
            {"k": key, "v": value},
        )


def grant(connection: Connection, group: str, owner: str) -> None:
    """Privileges of the coach group ``group`` (both names quoted)."""
    run = connection.exec_driver_sql
    database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
    run(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC')
    run(f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO {group}')
    run("REVOKE ALL ON SCHEMA public, larsam_team FROM PUBLIC")
    run("REVOKE ALL ON ALL TABLES IN SCHEMA larsam_team FROM PUBLIC")
    run("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA larsam_team FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA public, larsam_team TO {group}")
    run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {group}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {group}")
    for table in READ_ONLY_FOR_COACHES:
        run(f"REVOKE INSERT, UPDATE, DELETE ON public.{table} FROM {group}")
    run(f"REVOKE DELETE ON public.app_meta FROM {group}")  # and a trigger guards the rest
    run(f"REVOKE UPDATE, DELETE ON public.audit_entry FROM {group}")
    run(f"REVOKE SELECT ON public.restricted_note FROM {group}")
    run(f"GRANT SELECT (contact_id, learner_id, created_at) ON public.restricted_note TO {group}")
    run(
        "GRANT SELECT ON larsam_team.member, larsam_team.coach_login, larsam_team.setting "
        f"TO {group}"
    )
    run(f"GRANT SELECT, INSERT ON larsam_team.note_share TO {group}")
    run(f"GRANT SELECT ON larsam_team.change_log TO {group}")
    for function in COACH_FUNCTIONS:
        run(f"GRANT EXECUTE ON FUNCTION larsam_team.{function} TO {group}")
    run(
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {group}"
    )


def quote(connection: Connection, name: str) -> str:
    """``name`` as a PostgreSQL identifier (quoted when it must be)."""
    quoted: str = connection.exec_driver_sql("SELECT quote_ident(%(n)s)", {"n": name}).scalar_one()
    return quoted
