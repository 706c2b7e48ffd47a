"""statistics: record keys, publication register, the folder's threshold (issue 12)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Every existing learner gets a random record key (0..255, the cell key method's range) in
this migration; new learners get theirs from the mapped column's default. The folder's
threshold and publication series live in app_meta (``statistics_k``, ``statistics_series``)
and start at their defaults when absent.
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_RANGE = 256  # domain.statistics.cellkey.KEY_RANGE, written out: migrations stay frozen
BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_key", sa.Integer(), nullable=True))
    bind = op.get_bind()
    learner = sa.table("learner", sa.column("id", sa.Integer), sa.column("record_key", sa.Integer))
    ids = [row[0] for row in bind.execute(sa.select(learner.c.id).order_by(learner.c.id))]
    update = (
        sa.update(learner)
        .where(learner.c.id == sa.bindparam("learner_id"))
        .values(record_key=sa.bindparam("key"))
    )
    for start in range(0, len(ids), BATCH):
        bind.execute(
            update,
            [
                {"learner_id": i, "key": secrets.randbelow(KEY_RANGE)}
                for i in ids[start : start + BATCH]
            ],
        )
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.alter_column("record_key", existing_type=sa.Integer(), nullable=False)
    op.create_table(
        "statistics_publication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=150), nullable=False),
        sa.Column("period", sa.String(length=40), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("series", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=200), nullable=False),
        sa.Column("tables", sa.Text(), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("manifest_hash", sa.String(length=64), nullable=False),
        sa.Column("tables_hash", sa.String(length=64), nullable=False),
        sa.Column("recipient_note", sa.String(length=500), nullable=True),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("learners", sa.Integer(), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistics_publication")),
    )
    op.create_index(
        "ix_statistics_publication_period", "statistics_publication", ["period", "created_at"]
    )
    op.create_index(
        "ix_statistics_publication_figures",
        "statistics_publication",
        ["period", "scope", "k", "series"],
    )


def downgrade() -> None:
    op.drop_index("ix_statistics_publication_figures", table_name="statistics_publication")
    op.drop_index("ix_statistics_publication_period", table_name="statistics_publication")
    op.drop_table("statistics_publication")
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.drop_column("record_key")
