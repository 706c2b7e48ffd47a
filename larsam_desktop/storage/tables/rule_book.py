"""The rule book (issue 15): eligibility decisions, högskoleprov results, admission cut-offs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from larsam_desktop.storage.tables.base import (
    Base,
    UtcDateTime,
)


# ---- the rule book (issue 15)
class EligibilityDecision(Base):
    """A recorded decision a route rests on: a university's decision on reell kompetens, an
    assessment of foreign upper-secondary education, a passed behörighetsprov, an earlier
    verdict of grundläggande behörighet; each names who decided and the document."""

    __tablename__ = "eligibility_decision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(150))
    document: Mapped[str] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(String(500))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_eligibility_decision_learner", "learner_id", "id"),)


class HogskoleprovResult(Base):
    """A learner's högskoleprov result (issue 15): the score in hundredths (0–200)."""

    __tablename__ = "hogskoleprov_result"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    score_hundredths: Mapped[int] = mapped_column(Integer)
    taken_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_hogskoleprov_result_learner", "learner_id", "id"),)


class AdmissionCutoff(Base):
    """One published cut-off (issue 15): a round's lowest admitted value per group."""

    __tablename__ = "admission_cutoff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    term: Mapped[str] = mapped_column(String(6))
    selection_round: Mapped[int] = mapped_column(Integer)
    university: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(200))
    programme: Mapped[str] = mapped_column(String(200))
    selection_group: Mapped[str] = mapped_column(String(6))
    mark: Mapped[str] = mapped_column(String(16))
    value_hundredths: Mapped[int | None] = mapped_column(Integer)
    admitted: Mapped[int | None] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_admission_cutoff_term", "term", "selection_round"),)
