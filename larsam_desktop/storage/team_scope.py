"""What team mode covers on the server: the tables whose rows belong to one learner, the
tables each log records, and how the learners a login may see are told apart.

Shared by the server functions (``team_functions``), the grants (``team_grants``), the
row-level security (``team_policies``) and the triggers (``team_triggers``).
"""

from __future__ import annotations

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
