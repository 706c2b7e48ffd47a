"""recorded university decisions and assessments for the rule book's routes (issue 15)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03

``eligibility_decision`` holds the decisions a route to grundläggande behörighet rests on
(a university's decision on reell kompetens, an assessment of foreign upper-secondary
education, a passed behörighetsprov, an earlier verdict), each with who decided and the
document. ``learner_profile`` gains the facts of the older routes: the slutbetyg's issue
year and programme points (the 90 % rule before 2010), the avgångsbetyg's linje years, the
subjects of a partial folkhögskola intyg, and a degree's hp (the advanced level). Existing
rows get nulls: nothing is known of them yet.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PROFILE_COLUMNS = (
    ("slutbetyg_issued_year", sa.Integer()),
    ("slutbetyg_programme_points", sa.Integer()),
    ("avgangsbetyg_years", sa.Integer()),
    ("folkhogskola_subjects", sa.String(200)),
    ("degree_hp", sa.Float()),
)


def upgrade() -> None:
    with op.batch_alter_table("learner_profile", schema=None) as batch_op:
        for name, type_ in _PROFILE_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))
    op.create_table(
        "eligibility_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(150), nullable=False),
        sa.Column("document", sa.String(300), nullable=False),
        sa.Column("note", sa.String(500), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
            name=op.f("fk_eligibility_decision_learner_id_learner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eligibility_decision")),
    )
    op.create_index("ix_eligibility_decision_learner", "eligibility_decision", ["learner_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_eligibility_decision_learner", table_name="eligibility_decision")
    op.drop_table("eligibility_decision")
    with op.batch_alter_table("learner_profile", schema=None) as batch_op:
        for name, _type in reversed(_PROFILE_COLUMNS):
            batch_op.drop_column(name)
