"""Team mode on a PostgreSQL server: roles, grants, row-level security, server audit.

Installed by the owner (``team init``/``team upgrade``), idempotently, after the schema.
The owner is the role that owns the tables (table owners bypass row-level security: the
administrator sees everything). Coaches log in with their own role, a member of the coach
group ``<database>_coach``, and see through the policies (``team_policies``) exactly what
the program shows them:

* a learner is visible to the members of the team of its lärcentrum
  (``learner.learning_centre_id``) and to its responsible coach (``learner.coach_id``);
  every table with a ``learner_id`` follows the learner;
* a restricted note's text is readable only through ``larsam_team.open_restricted_note``
  (logged), by the responsible coach or a login it was shared with;
* a protected-identity learner's address and contact data are moved by a trigger into
  ``larsam_team.protected_contact`` and read only through ``open_protected_contact``
  (logged);
* every insert, update and delete on a personal table is written by a trigger into
  ``larsam_team.change_log`` with ``session_user``, chained with an HMAC keyed by a secret
  only the owner can read; coaches cannot update or delete audit rows of either log.

The parts ``install`` runs: ``team_schema`` (the ``larsam_team`` tables),
``team_grants`` (the coach group and its privileges), ``team_functions`` (the server
functions), ``team_triggers`` (the lärcentrum on each row; the change log) and
``team_policies`` (row-level security); ``team_scope`` names the tables they cover.
"""

from __future__ import annotations

from sqlalchemy import Connection

from larsam_desktop.storage.team_functions import install_functions
from larsam_desktop.storage.team_grants import create_roles, grant, quote
from larsam_desktop.storage.team_policies import install_policies
from larsam_desktop.storage.team_schema import create_team_tables
from larsam_desktop.storage.team_triggers import install_triggers, stamp_team_centres


def install(connection: Connection, *, coach_group: str, owner: str) -> None:
    """Create or refresh everything team mode needs; safe to run again (``team upgrade``)."""
    q_group, q_owner = quote(connection, coach_group), quote(connection, owner)
    create_team_tables(connection)
    create_roles(connection, coach_group=coach_group, quoted_group=q_group, owner=owner)
    install_functions(connection)
    grant(connection, q_group, q_owner)
    stamp_team_centres(connection)
    install_policies(connection, q_group)
    install_triggers(connection)
