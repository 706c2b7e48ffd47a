"""Study plans (issue 4) and published statistics (issue 12)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from larsam_desktop.storage.tables.base import (
    Base,
    UtcDateTime,
)


# ---- study plans (issue 4)
class StudyPlanRow(Base):
    """At most one individual study plan per learner; its content lives in its revisions."""

    __tablename__ = "study_plan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), unique=True
    )
    current_revision: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class StudyPlanRevisionRow(Base):
    """One revision: the whole content as JSON text (a snapshot, never changed once locked)."""

    __tablename__ = "study_plan_revision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("study_plan.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(150))
    reason: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_study_plan_revision_plan", "plan_id", "number", unique=True),)


# ---- statistics (issue 12)
class StatisticsPublication(Base):
    """One export that left the program: the publication register."""

    __tablename__ = "statistics_publication"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(150))
    period: Mapped[str] = mapped_column(String(40))
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    k: Mapped[int] = mapped_column(Integer)
    series: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(200))
    tables: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(8))
    manifest_hash: Mapped[str] = mapped_column(String(64))
    tables_hash: Mapped[str] = mapped_column(String(64))
    recipient_note: Mapped[str | None] = mapped_column(String(500))
    # Which learners ("all", "centre:3", "coach:5"), how many (exact, never published),
    # and every published figure as JSON: a publication is final, exporting the same
    # period, scope, k and series again writes these figures (services.statistics_register).
    scope: Mapped[str] = mapped_column(String(40))
    learners: Mapped[int] = mapped_column(Integer)
    figures: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_statistics_publication_period", "period", "created_at"),
        Index("ix_statistics_publication_figures", "period", "scope", "k", "series"),
    )
