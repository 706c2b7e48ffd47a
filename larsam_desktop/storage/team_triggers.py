"""Team mode's triggers: the learner's lärcentrum kept on each of its rows, the change log,
the guard on ``app_meta`` and the move of a protected identity's contact data.

The functions they run are in ``team_functions``.
"""

from __future__ import annotations

from sqlalchemy import Connection

from larsam_desktop.storage.team_scope import CENTRE_TABLES, LOGGED_TABLES


def stamp_team_centres(connection: Connection) -> None:
    """Add, fill and keep right each learner row's ``team_centre_id`` (expand only: an
    older client never names the column; its inserts are stamped by the trigger)."""
    run = connection.exec_driver_sql
    tables = "{" + ",".join(CENTRE_TABLES) + "}"
    for table in CENTRE_TABLES:
        run(f"ALTER TABLE public.{table} ADD COLUMN IF NOT EXISTS team_centre_id integer")
        run(f"DROP TRIGGER IF EXISTS larsam_team_centre ON public.{table}")
        run(
            f"CREATE TRIGGER larsam_team_centre BEFORE INSERT OR UPDATE ON public.{table}"
            " FOR EACH ROW EXECUTE FUNCTION larsam_team.stamp_centre()"
        )
        # Filled once (and mended on every upgrade), without the change log: not a change.
        run(f"ALTER TABLE public.{table} DISABLE TRIGGER USER")
        run(
            f"UPDATE public.{table} t SET team_centre_id = l.learning_centre_id "
            "FROM public.learner l WHERE l.id = t.learner_id "
            "AND t.team_centre_id IS DISTINCT FROM l.learning_centre_id"
        )
        run(f"ALTER TABLE public.{table} ENABLE TRIGGER USER")
    run("DROP TRIGGER IF EXISTS larsam_team_centre ON public.learner")
    run(
        "CREATE TRIGGER larsam_team_centre AFTER UPDATE OF learning_centre_id ON public.learner"
        " FOR EACH ROW WHEN (OLD.learning_centre_id IS DISTINCT FROM NEW.learning_centre_id)"
        f" EXECUTE FUNCTION larsam_team.follow_centre('{tables}')"
    )


def install_triggers(connection: Connection) -> None:
    """The change log on every personal table, the ``app_meta`` guard, the protected contact."""
    run = connection.exec_driver_sql
    for table in LOGGED_TABLES:
        run(f"DROP TRIGGER IF EXISTS larsam_team_log ON public.{table}")
        run(
            f"CREATE TRIGGER larsam_team_log AFTER INSERT OR UPDATE OR DELETE ON public.{table}"
            " FOR EACH ROW EXECUTE FUNCTION larsam_team.log_change()"
        )
    run("DROP TRIGGER IF EXISTS larsam_team_guard ON public.app_meta")
    run(
        "CREATE TRIGGER larsam_team_guard BEFORE INSERT OR UPDATE OR DELETE ON public.app_meta"
        " FOR EACH ROW EXECUTE FUNCTION larsam_team.guard_app_meta()"
    )
    run("DROP TRIGGER IF EXISTS larsam_team_hide ON public.learner")
    run(
        "CREATE TRIGGER larsam_team_hide BEFORE INSERT OR UPDATE ON public.learner"
        " FOR EACH ROW EXECUTE FUNCTION larsam_team.hide_protected_contact()"
    )
    run("DROP TRIGGER IF EXISTS larsam_team_log ON larsam_team.note_share")
    run(
        "CREATE TRIGGER larsam_team_log AFTER INSERT ON larsam_team.note_share"
        " FOR EACH ROW EXECUTE FUNCTION larsam_team.log_share()"
    )
