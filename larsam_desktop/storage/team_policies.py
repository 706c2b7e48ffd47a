"""Team mode's row-level security: what a coach's login sees and may write.

* a learner is visible to the members of the team of its lärcentrum and to its responsible
  coach; every table with a ``learner_id`` follows the learner (through the row's own copy
  of the lärcentrum, ``team_centre_id``: ``team_triggers``);
* the program's audit log: entries about visible learners and the login's own; appended
  only in the login's own name;
* shared restricted notes, the statistics publication register (per team) and the
  server's change log (the login's own entries).
"""

from __future__ import annotations

from sqlalchemy import Connection

from larsam_desktop.storage.team_scope import LEARNER_TABLES, MY_COACH_ID, VISIBLE_LEARNER


def install_policies(connection: Connection, group: str) -> None:
    """Enable row-level security and (re)create the policies for the coach group ``group``."""
    run = connection.exec_driver_sql
    # A row of a learner's is visible when the learner is: its lärcentrum is one of the
    # login's teams (the row's own copy, no look-up), or the login is its responsible
    # coach (the few learners of ix_learner_coach).
    visible = (
        "(team_centre_id = ANY ((SELECT larsam_team.my_centres())::integer[])"
        " OR learner_id IN (SELECT l.id FROM public.learner l"
        " WHERE l.coach_id = (SELECT larsam_team.my_coach())))"
    )
    rules: dict[str, tuple[str, str]] = {
        "learner": (VISIBLE_LEARNER, VISIBLE_LEARNER),
        "restricted_note": (visible, visible),
        "study_plan_revision": (
            "plan_id IN (SELECT p.id FROM public.study_plan p)",
            "plan_id IN (SELECT p.id FROM public.study_plan p)",
        ),
        **dict.fromkeys(LEARNER_TABLES, (visible, visible)),
    }
    for table, (using, check) in rules.items():
        run(f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY")
        run(f"DROP POLICY IF EXISTS larsam_team ON public.{table}")
        run(
            f"CREATE POLICY larsam_team ON public.{table} TO {group} "
            f"USING ({using}) WITH CHECK ({check})"
        )
    # The program's own audit log: a coach reads the entries about visible learners and
    # their own, and appends entries only in their own name.
    run("ALTER TABLE public.audit_entry ENABLE ROW LEVEL SECURITY")
    for name in ("larsam_team", "larsam_team_read", "larsam_team_append"):
        run(f"DROP POLICY IF EXISTS {name} ON public.audit_entry")
    run(
        f"CREATE POLICY larsam_team_read ON public.audit_entry FOR SELECT TO {group} USING ("
        "actor = session_user OR learner_id IS NULL OR "
        "learner_id IN (SELECT l.id FROM public.learner l))"
    )
    run(
        f"CREATE POLICY larsam_team_append ON public.audit_entry FOR INSERT TO {group} "
        "WITH CHECK (actor = session_user)"
    )
    # Shared notes: a coach shares only notes of learners they are responsible for.
    run("ALTER TABLE larsam_team.note_share ENABLE ROW LEVEL SECURITY")
    run("DROP POLICY IF EXISTS larsam_team ON larsam_team.note_share")
    run(
        f"CREATE POLICY larsam_team ON larsam_team.note_share TO {group} USING ("
        "login = session_user OR shared_by = session_user) WITH CHECK (shared_by = session_user"
        " AND contact_id IN (SELECT n.contact_id FROM public.restricted_note n"
        " JOIN public.learner l ON l.id = n.learner_id"
        f" WHERE l.coach_id = {MY_COACH_ID}))"
    )
    # The publication register, per team: each row records whose it is (its default, so
    # an older client's inserts are stamped too); a coach sees, and so freezes figures
    # against, only the publications of exactly their own teams (differencing protection
    # per team); the owner's (NULL) are the owner's.
    run("ALTER TABLE public.statistics_publication ADD COLUMN IF NOT EXISTS teams integer[]")
    run(
        "ALTER TABLE public.statistics_publication ALTER COLUMN teams "
        "SET DEFAULT larsam_team.publication_teams()"
    )
    run("ALTER TABLE public.statistics_publication ENABLE ROW LEVEL SECURITY")
    run("DROP POLICY IF EXISTS larsam_team ON public.statistics_publication")
    mine = "teams = (SELECT larsam_team.publication_teams())"
    run(
        f"CREATE POLICY larsam_team ON public.statistics_publication TO {group} "
        f"USING ({mine}) WITH CHECK ({mine})"
    )
    run("ALTER TABLE larsam_team.change_log ENABLE ROW LEVEL SECURITY")
    run("DROP POLICY IF EXISTS larsam_team ON larsam_team.change_log")
    run(
        f"CREATE POLICY larsam_team ON larsam_team.change_log FOR SELECT TO {group} USING ("
        "who = session_user)"
    )
