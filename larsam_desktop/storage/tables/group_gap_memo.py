"""The student group's gaps kept between starts (issue 17: a group over 100,000 learners
≤ 2 s, the first build of a day included).

One row per distinct gap signature the group has evaluated: a digest of the signature (what
a gap reads of a transcript: fact tests, passed courses in the rules' reach, points short;
``domain.group_gaps``) and the gap it gives. No learner id, no name, no course pattern in
clear: only a 128-bit digest and the answer, which anyone can work out from the rule book
for a signature they already know. ``memo_key`` names the rule book, the catalogue, the date
boundaries passed and the code that computes gaps, so a change to any of them makes the
rows unused (and the next save deletes them). Emptied by every erasure and retention run
(``RetentionRepository.delete_learners``); written only on a local SQLite file (team mode
keeps the memo in memory: a shared table any coach could write wrong gaps into would be
trusted by every coach's group).
"""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from larsam_desktop.storage.tables.base import Base


class GroupGapMemoRow(Base):
    __tablename__ = "group_gap_memo"
    memo_key: Mapped[str] = mapped_column(String(32), primary_key=True)
    target_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    signature: Mapped[str] = mapped_column(String(32), primary_key=True)  # hex digest
    eligible: Mapped[bool] = mapped_column(Boolean)
    points: Mapped[int] = mapped_column(Integer)
    codes: Mapped[str] = mapped_column(String(2000))  # the gap's courses, ";" between
    studyable: Mapped[bool] = mapped_column(Boolean)
