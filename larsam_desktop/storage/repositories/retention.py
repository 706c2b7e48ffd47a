"""Retention rules, holds, and deleting a learner's whole record (retention and erasure).

Deletion is generic over the mapped tables, like the access request: rows of tables that
point to a learner's rows go first, then every table with a ``learner_id``, then the
learner — so tables added by later features are deleted too, with or without a cascade.
The audit log keeps its entries (learner named by internal id only).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import ColumnElement, delete, func, or_, select
from sqlalchemy.orm import Session

from larsam_desktop.domain.retention import RecordType, RetentionRuleValue
from larsam_desktop.storage.repositories import group_gap_memo
from larsam_desktop.storage.tables import Base, Learner, LearnerHold, RetentionRule

CLOSED_STAGES = ("completed", "discontinued")
KEEP_TABLES = {"audit_entry", "audit_head"}
BATCH = 500


class RetentionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # ---- rules --------------------------------------------------------------------------
    def rules(self) -> dict[RecordType, RetentionRuleValue]:
        found: dict[RecordType, RetentionRuleValue] = {}
        for row in self._session.scalars(select(RetentionRule)):
            try:
                kind = RecordType(row.record_type)
            except ValueError:
                continue
            found[kind] = RetentionRuleValue(kind, row.keep_months, row.decision_reference)
        return found

    def save_rule(self, rule: RetentionRuleValue, *, now: datetime) -> None:
        row = self._session.get(RetentionRule, str(rule.record_type))
        if row is None:
            row = RetentionRule(record_type=str(rule.record_type), updated_at=now)
            self._session.add(row)
        row.keep_months = rule.keep_months
        row.decision_reference = rule.decision_reference
        row.updated_at = now

    # ---- holds --------------------------------------------------------------------------
    def place_hold(self, learner_id: int, reason: str, placed_by: str, *, now: datetime) -> None:
        row = self._session.get(LearnerHold, learner_id)
        if row is None:
            self._session.add(
                LearnerHold(
                    learner_id=learner_id, reason=reason, placed_by=placed_by, placed_at=now
                )
            )
        else:
            row.reason, row.placed_by, row.placed_at = reason, placed_by, now

    def lift_hold(self, learner_id: int) -> bool:
        row = self._session.get(LearnerHold, learner_id)
        if row is None:
            return False
        self._session.delete(row)
        return True

    def hold_reason(self, learner_id: int) -> str | None:
        row = self._session.get(LearnerHold, learner_id)
        return row.reason if row else None

    # ---- what is due --------------------------------------------------------------------
    def closed_cases_before(self, cutoff: date) -> list[int]:
        query = (
            select(Learner.id)
            .where(Learner.stage.in_(CLOSED_STAGES), Learner.stage_since < cutoff)
            .where(~Learner.id.in_(select(LearnerHold.learner_id)))
            .order_by(Learner.id)
        )
        return list(self._session.scalars(query))

    def inactive_before(self, cutoff: datetime) -> list[int]:
        query = (
            select(Learner.id)
            .where(Learner.updated_at < cutoff)
            .where(~Learner.id.in_(select(LearnerHold.learner_id)))
            .order_by(Learner.id)
        )
        return list(self._session.scalars(query))

    def held_count(self) -> int:
        return len(list(self._session.scalars(select(LearnerHold.learner_id))))

    # ---- deleting -----------------------------------------------------------------------
    def delete_learners(self, ids: Sequence[int]) -> int:
        """Delete the learners and every row that belongs to them; returns rows deleted."""
        total = 0
        for start in range(0, len(ids), BATCH):
            total += self._delete_batch(list(ids[start : start + BATCH]))
        # The student group's kept gaps were made from their transcripts too (local files
        # only: a server keeps none, and may be older than the table).
        if ids and self._session.get_bind().dialect.name == "sqlite":
            group_gap_memo.forget(self._session)
        return total

    def _delete_batch(self, ids: list[int]) -> int:
        learner = Base.metadata.tables["learner"]
        conditions: dict[str, ColumnElement[bool]] = {"learner": learner.c.id.in_(ids)}
        ordered = [t for t in Base.metadata.sorted_tables if t.name not in KEEP_TABLES]
        # Parents come before children in sorted_tables: each table that points to a row
        # owned by these learners is owned too, through any chain of foreign keys.
        for table in ordered:
            if table.name == "learner":
                continue
            reasons = [
                foreign.parent.in_(
                    select(foreign.column).where(conditions[foreign.column.table.name])
                )
                for foreign in table.foreign_keys
                if foreign.column.table.name in conditions
            ]
            if reasons:
                conditions[table.name] = or_(*reasons)
        total = 0
        for table in reversed(ordered):  # children first
            condition = conditions.get(table.name)
            if condition is None:
                continue
            count = self._session.scalar(select(func.count()).select_from(table).where(condition))
            if count:
                self._session.execute(delete(table).where(condition))
                total += int(count)
        return total
