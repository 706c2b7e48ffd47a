"""Team mode's server functions (PL/pgSQL, ``SECURITY DEFINER``, in ``larsam_team``).

* the change log: ``append_log`` (one entry, chained with an HMAC keyed by a secret only
  the owner can read), ``log_change`` and ``log_share`` (the triggers' functions),
  ``verify_log`` (the first entry whose chain is broken);
* the learner's lärcentrum copied onto its rows: ``stamp_centre``, ``follow_centre``;
* protected identity: ``hide_protected_contact`` moves the address into
  ``larsam_team.protected_contact``; ``open_protected_contact`` reads it (logged);
* who the login is: ``is_owner``, ``my_centres``, ``my_coach``, ``publication_teams``;
* settings: ``guard_app_meta`` (what a coach may write in ``app_meta``),
  ``raise_statistics_k`` (the threshold only goes up);
* restricted notes: ``open_restricted_note`` (logged).
"""

from __future__ import annotations

from sqlalchemy import Connection

from larsam_desktop.domain.statistics.protection import DEFAULT_K, MIN_K
from larsam_desktop.storage.team_scope import COACH_META_KEYS, VISIBLE_LEARNER

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


def install_functions(connection: Connection) -> None:
    """Create or replace every function, and make the change log's secret once."""
    run = connection.exec_driver_sql
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
