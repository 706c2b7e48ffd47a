"""Team mode on a PostgreSQL server: roles, grants, row-level security, server audit.

Installed by the owner (``team init``/``team upgrade``), idempotently, after the schema.
The owner is the role that owns the tables (table owners bypass row-level security: the
administrator sees everything). Coaches log in with their own role, a member of the coach
group ``<database>_coach``, and see through the policies below exactly what the program
shows them:

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
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from larsam_desktop.domain.statistics.protection import DEFAULT_K, MIN_K
from larsam_desktop.storage.team_schema import create_team_tables

# Tables whose rows belong to one learner (column ``learner_id``).
LEARNER_TABLES = (
    "pathway_transition",
    "course_record",
    "learner_profile",
    "contact",
    "follow_up",
    "activity_participant",
    "activity_invitation",
    "exam_booking",
    "study_plan",
    "eligibility_decision",
    "hogskoleprov_result",
    "learner_hold",
    "mentor",
    "university_progress",
    "non_eligible_applicant",
    "hogskoleprov_sitting",
)
# Tables whose policy tests the row's own copy of its learner's lärcentrum
# (``team_centre_id``, a team-mode column kept right by triggers; not in the mapped schema).
CENTRE_TABLES = (*LEARNER_TABLES, "restricted_note")
# Tables the server's change log records.
LOGGED_TABLES = ("learner", *LEARNER_TABLES, "restricted_note", "study_plan_revision")
READ_ONLY_FOR_COACHES = ("alembic_version", "retention_rule")

# The login's teams and coach come from two STABLE functions, each wrapped in a scalar
# sub-select so that PostgreSQL evaluates it once per statement (an InitPlan), not once per
# row, and the test on a row is a plain comparison with an array.
VISIBLE_LEARNER = (
    "(learning_centre_id = ANY ((SELECT larsam_team.my_centres())::integer[])"
    " OR coach_id = (SELECT larsam_team.my_coach()))"
)
# app_meta keys a coach's client may write: markers of what the client computed or
# applied (the rules key of the stored standings, the reference data's hash), never a
# setting. Everything else in app_meta is changed only by the owner role, or through
# ``raise_statistics_k`` (which only raises the disclosure threshold).
COACH_META_KEYS = ("standing_rules_key", "reference_data_sha256")
MY_COACH_ID = (
    "(SELECT c.coach_id FROM larsam_team.coach_login c"
    " WHERE c.login = session_user AND c.removed_at IS NULL)"
)

_FUNCTIONS = r"""
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA larsam_team;

CREATE OR REPLACE FUNCTION larsam_team.append_log(
    p_table text, p_operation text, p_row_key text, p_learner integer)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, larsam_team AS $$
DECLARE
    head record;
    at_ timestamptz := clock_timestamp();
    digest text;
    secret bytea;
BEGIN
    SELECT seq, hash INTO head FROM larsam_team.chain_head WHERE id = 1 FOR UPDATE;
    SELECT k.secret INTO secret FROM larsam_team.chain_key k WHERE k.id = 1;
    digest := encode(larsam_team.hmac(convert_to(concat_ws('|', head.seq + 1,
        to_char(at_ AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), session_user,
        p_table, p_operation, p_row_key, p_learner, head.hash), 'UTF8'),
        secret, 'sha256'), 'hex');
    INSERT INTO larsam_team.change_log VALUES (head.seq + 1, at_, session_user, p_table,
        p_operation, p_row_key, p_learner, head.hash, digest);
    UPDATE larsam_team.chain_head SET seq = head.seq + 1, hash = digest WHERE id = 1;
END $$;

CREATE OR REPLACE FUNCTION larsam_team.log_change() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, larsam_team AS $$
DECLARE
    r jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
    -- A learner's row moved to another lärcentrum re-stamps its rows' team column (the
    -- learner's own change is logged): not a change of personal data.
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME <> 'learner'
        AND r - 'team_centre_id' = to_jsonb(OLD) - 'team_centre_id' THEN
        RETURN NULL;
    END IF;
    PERFORM larsam_team.append_log(TG_TABLE_NAME, TG_OP,
        coalesce(r ->> 'id', r ->> 'contact_id', r ->> 'learner_id'),
        CASE WHEN TG_TABLE_NAME = 'learner' THEN (r ->> 'id')::integer
             ELSE (r ->> 'learner_id')::integer END);
    RETURN NULL;
END $$;

-- The learner's lärcentrum copied onto each of its rows (``team_centre_id``), so that a
-- policy tests a column of the row itself instead of looking the learner up: always
-- recomputed from the learner, so a coach cannot set it.
CREATE OR REPLACE FUNCTION larsam_team.stamp_centre() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, larsam_team AS $$
BEGIN
    NEW.team_centre_id := (SELECT l.learning_centre_id FROM public.learner l
                           WHERE l.id = NEW.learner_id);
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION larsam_team.follow_centre() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, larsam_team AS $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY TG_ARGV[0]::text[] LOOP
        EXECUTE format('UPDATE public.%I SET team_centre_id = $1 WHERE learner_id = $2'
            ' AND team_centre_id IS DISTINCT FROM $1', t)
            USING NEW.learning_centre_id, NEW.id;
    END LOOP;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION larsam_team.verify_log() RETURNS bigint LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, larsam_team AS $$
DECLARE
    e record;
    prev text := repeat('0', 64);
    secret bytea;
BEGIN
    SELECT k.secret INTO secret FROM larsam_team.chain_key k WHERE k.id = 1;
    FOR e IN SELECT * FROM larsam_team.change_log ORDER BY seq LOOP
        IF e.prev_hash <> prev OR e.hash <> encode(larsam_team.hmac(convert_to(concat_ws('|',
            e.seq, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), e.who,
            e.table_name, e.operation, e.row_key, e.learner_id, e.prev_hash), 'UTF8'),
            secret, 'sha256'), 'hex') THEN
            RETURN e.seq;
        END IF;
        prev := e.hash;
    END LOOP;
    IF prev <> (SELECT hash FROM larsam_team.chain_head WHERE id = 1) THEN
        RETURN -1;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION larsam_team.hide_protected_contact() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, larsam_team AS $$
BEGIN
    IF NEW.protected_identity <> 'none' AND (NEW.street_address IS NOT NULL
        OR NEW.postal_code IS NOT NULL OR NEW.city IS NOT NULL OR NEW.phone IS NOT NULL
        OR NEW.email IS NOT NULL) THEN
        INSERT INTO larsam_team.protected_contact AS p VALUES (NEW.id, NEW.street_address,
            NEW.postal_code, NEW.city, NEW.phone, NEW.email)
        ON CONFLICT (learner_id) DO UPDATE SET
            street_address = coalesce(EXCLUDED.street_address, p.street_address),
            postal_code = coalesce(EXCLUDED.postal_code, p.postal_code),
            city = coalesce(EXCLUDED.city, p.city), phone = coalesce(EXCLUDED.phone, p.phone),
            email = coalesce(EXCLUDED.email, p.email);
        NEW.street_address := NULL; NEW.postal_code := NULL; NEW.city := NULL;
        NEW.phone := NULL; NEW.email := NULL;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION larsam_team.is_owner() RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, larsam_team AS $$
    SELECT pg_has_role(session_user, (SELECT value FROM larsam_team.setting
                                      WHERE key = 'owner_role'), 'USAGE')
$$;

CREATE OR REPLACE FUNCTION larsam_team.my_centres() RETURNS integer[] LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, larsam_team AS $$
    SELECT coalesce(array_agg(m.learning_centre_id ORDER BY m.learning_centre_id), '{}')
    FROM larsam_team.member m WHERE m.login = session_user
$$;

CREATE OR REPLACE FUNCTION larsam_team.my_coach() RETURNS integer LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, larsam_team AS $$
    SELECT c.coach_id FROM larsam_team.coach_login c
    WHERE c.login = session_user AND c.removed_at IS NULL
$$;

-- Whose a statistics publication is: the publishing login's lärcentrum ids, sorted, and,
-- when that login is responsible for learners outside those teams, minus its coach id
-- (those learners are in its exports too). NULL for the owner (everyone's learners).
CREATE OR REPLACE FUNCTION larsam_team.publication_teams() RETURNS integer[] LANGUAGE sql
STABLE SECURITY DEFINER SET search_path = pg_catalog, larsam_team AS $$
    SELECT CASE WHEN larsam_team.is_owner() THEN NULL ELSE
        larsam_team.my_centres() || CASE WHEN EXISTS (SELECT 1 FROM public.learner l
            WHERE l.coach_id = larsam_team.my_coach()
            AND NOT l.learning_centre_id = ANY (larsam_team.my_centres()))
        THEN ARRAY[-larsam_team.my_coach()] ELSE '{}'::integer[] END END
$$;

-- app_meta holds settings shared by every coach (the statistics threshold k among them):
-- a coach's login may write only the markers in @META_KEYS@; the owner role, and the
-- SECURITY DEFINER functions below (current_user is then the owner), anything.
CREATE OR REPLACE FUNCTION larsam_team.guard_app_meta() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, larsam_team AS $$
BEGIN
    IF pg_has_role(current_user, (SELECT s.value FROM larsam_team.setting s
                                  WHERE s.key = 'owner_role'), 'USAGE') THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'INSERT' AND NEW.key IN (@META_KEYS@) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.key = OLD.key AND NEW.key IN (@META_KEYS@) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'permission denied for table app_meta'
        USING ERRCODE = '42501',
        DETAIL = 'The setting ' || CASE WHEN TG_OP = 'DELETE' THEN OLD.key ELSE NEW.key END
            || ' is changed by the administrator only.';
END $$;

-- The only way a coach changes the statistics threshold: up, never down, and always with
-- a new publication series (exports at two thresholds would pin hidden cells).
CREATE OR REPLACE FUNCTION larsam_team.raise_statistics_k(p_k integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, larsam_team AS $$
DECLARE
    old_k integer;
    old_series integer;
BEGIN
    LOCK TABLE public.app_meta IN SHARE ROW EXCLUSIVE MODE;
    SELECT coalesce(max(value::integer), @DEFAULT_K@) INTO old_k FROM public.app_meta
        WHERE key = 'statistics_k';
    SELECT coalesce(max(value::integer), 1) INTO old_series FROM public.app_meta
        WHERE key = 'statistics_series';
    IF p_k IS NULL OR p_k < @MIN_K@ OR p_k <= old_k THEN
        RAISE EXCEPTION 'the statistics threshold k = % can only be raised', old_k
            USING ERRCODE = '23514';
    END IF;
    INSERT INTO public.app_meta AS a VALUES ('statistics_k', p_k::text), ('statistics_series',
        (old_series + 1)::text) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    RETURN old_series + 1;
END $$;

CREATE OR REPLACE FUNCTION larsam_team.open_protected_contact(p_learner integer)
RETURNS TABLE (street_address text, postal_code text, city text, phone text, email text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, larsam_team AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.learner WHERE id = p_learner
                   AND (@VISIBLE@ OR larsam_team.is_owner())) THEN
        RAISE EXCEPTION 'permission denied for the address of learner %', p_learner
            USING ERRCODE = '42501';
    END IF;
    PERFORM larsam_team.append_log('protected_contact', 'READ', p_learner::text, p_learner);
    RETURN QUERY SELECT p.street_address, p.postal_code, p.city, p.phone, p.email
        FROM larsam_team.protected_contact p WHERE p.learner_id = p_learner;
END $$;

CREATE OR REPLACE FUNCTION larsam_team.open_restricted_note(p_contact integer)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, larsam_team AS $$
DECLARE
    note record;
BEGIN
    SELECT n.text, n.learner_id INTO note FROM public.restricted_note n
        JOIN public.learner l ON l.id = n.learner_id
        WHERE n.contact_id = p_contact AND (
            l.coach_id IN (SELECT c.coach_id FROM larsam_team.coach_login c
                           WHERE c.login = session_user AND c.removed_at IS NULL)
            OR EXISTS (SELECT 1 FROM larsam_team.note_share s
                       WHERE s.contact_id = p_contact AND s.login = session_user)
            OR larsam_team.is_owner());
    IF NOT FOUND THEN
        RAISE EXCEPTION 'permission denied for restricted note %', p_contact
            USING ERRCODE = '42501';
    END IF;
    PERFORM larsam_team.append_log('restricted_note', 'READ', p_contact::text,
        note.learner_id);
    RETURN note.text;
END $$;

CREATE OR REPLACE FUNCTION larsam_team.log_share() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, larsam_team AS $$
BEGIN
    PERFORM larsam_team.append_log('note_share', TG_OP, NEW.contact_id::text || ':' ||
        NEW.login, (SELECT n.learner_id FROM public.restricted_note n
                    WHERE n.contact_id = NEW.contact_id));
    RETURN NULL;
END $$;
"""


def install(connection: Connection, *, coach_group: str, owner: str) -> None:
    """Create or refresh everything team mode needs; safe to run again (``team upgrade``)."""
    q_group, q_owner = _quote(connection, coach_group), _quote(connection, owner)
    create_team_tables(connection)
    run = connection.exec_driver_sql
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": coach_group}
    ).first()
    if exists is None:
        run(f"CREATE ROLE {q_group} NOLOGIN")
    for key, value in (("coach_group", coach_group), ("owner_role", owner)):
        connection.execute(
            text(
                "INSERT INTO larsam_team.setting VALUES (:k, :v) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
            ),
            {"k": key, "v": value},
        )
    functions = (
        _FUNCTIONS.replace("@VISIBLE@", VISIBLE_LEARNER)
        .replace("@META_KEYS@", ", ".join(f"'{key}'" for key in COACH_META_KEYS))
        .replace("@DEFAULT_K@", str(DEFAULT_K))
        .replace("@MIN_K@", str(MIN_K))
    )
    run(functions.replace("%", "%%"))
    # The chain's secret: made once, on the server, readable by the owner only.
    run(
        "INSERT INTO larsam_team.chain_key VALUES (1, larsam_team.gen_random_bytes(32)) "
        "ON CONFLICT DO NOTHING"
    )
    _grant(connection, q_group, q_owner)
    _team_centres(connection)
    _policies(connection, q_group)
    _triggers(connection)


def _grant(connection: Connection, group: str, owner: str) -> None:
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
    for function in (
        "open_restricted_note(integer)",
        "open_protected_contact(integer)",
        "my_centres()",
        "my_coach()",
        "publication_teams()",
        "raise_statistics_k(integer)",
    ):
        run(f"GRANT EXECUTE ON FUNCTION larsam_team.{function} TO {group}")
    run(
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {group}"
    )


def _team_centres(connection: Connection) -> None:
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


def _policies(connection: Connection, group: str) -> None:
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


def _triggers(connection: Connection) -> None:
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


def _quote(connection: Connection, name: str) -> str:
    quoted: str = connection.exec_driver_sql("SELECT quote_ident(%(n)s)", {"n": name}).scalar_one()
    return quoted
