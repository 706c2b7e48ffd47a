"""Retention runs (gallring), erasure of one learner on request, and holds.

* ``RetentionService.plan()`` lists what is due under the rules in force; ``run()``
  deletes it in one transaction (only when asked to) and logs the counts — no personal
  data — in the audit log. Learners with a hold are never due. It is the only way audit
  entries are pruned: its keyed entry names the range removed, its end hash and why.
* ``ErasureService.erase()`` deletes one learner's whole record on request (GDPR art. 17),
  refused while a hold stands (archive law, an open matter); logged by internal id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.audit_breaks import PRUNED_FROM, PRUNED_HASH, PRUNED_TO
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.retention import (
    DEFAULTS,
    RecordType,
    RetentionRuleValue,
    cutoff,
    validate_rule,
)
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.storage import caseload_snapshot
from larsam_desktop.storage.crash_points import step
from larsam_desktop.storage.database import Database, UnitOfWork
from larsam_desktop.storage.repositories.audit import AuditRepository, Pruned
from larsam_desktop.storage.repositories.retention import RetentionRepository


@dataclass(frozen=True, slots=True)
class RuleInForce:
    record_type: RecordType
    keep_months: int | None
    decision_reference: str | None
    is_default: bool
    description: str


@dataclass(frozen=True, slots=True)
class RetentionPlan:
    learner_ids: tuple[int, ...]  # due under closed_case or inactive_learner
    by_type: dict[RecordType, int]
    audit_entries: int
    held: int

    @property
    def empty(self) -> bool:
        return not self.learner_ids and not self.audit_entries


@dataclass(frozen=True, slots=True)
class RetentionRun:
    plan: RetentionPlan
    deleted: bool
    rows_deleted: int
    changes: Changes


class RetentionService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def rules(self) -> list[RuleInForce]:
        with self._database.unit_of_work() as uow:
            saved = RetentionRepository(uow.session).rules()
        return [_in_force(kind, saved.get(kind)) for kind in RecordType]

    def save_rule(
        self, record_type: str, keep_months: int | None, decision_reference: str | None
    ) -> RuleInForce:
        rule = validate_rule(record_type, keep_months, decision_reference)
        with self._database.unit_of_work() as uow:
            RetentionRepository(uow.session).save_rule(rule, now=self._clock())
        return _in_force(rule.record_type, rule)

    def plan(self) -> RetentionPlan:
        with self._database.unit_of_work() as uow:
            return self._plan(uow)

    def run(self, *, dry_run: bool = False, actor: str | None = None) -> RetentionRun:
        """Delete what is due in one transaction (nothing when ``dry_run``); logged."""
        with self._database.unit_of_work() as uow:
            plan = self._plan(uow)
            if dry_run or plan.empty:
                return RetentionRun(plan, False, 0, Changes())
            rows = RetentionRepository(uow.session).delete_learners(plan.learner_ids)
            pruned = Pruned(0)
            months = self._months(uow, RecordType.AUDIT_LOG)
            details: dict[str, str | int] = {
                "learners": len(plan.learner_ids),
                "closed_case": plan.by_type.get(RecordType.CLOSED_CASE, 0),
                "inactive_learner": plan.by_type.get(RecordType.INACTIVE_LEARNER, 0),
                "rows": rows,
                "held": plan.held,
            }
            if months is not None:
                cut = self._cutoff_time(months)
                pruned = AuditRepository(uow.session).prune_before(cut)
                if pruned.count:
                    # The only way entries leave the log: this keyed entry names the range
                    # and why, so that any other missing range is reported (issue 13).
                    details.update(
                        {
                            PRUNED_FROM: pruned.first,
                            PRUNED_TO: pruned.last,
                            PRUNED_HASH: pruned.last_hash,
                            "audit_reason": f"older than {months} months",
                            "audit_cutoff": cut.astimezone().date().isoformat(),
                        }
                    )
            details["audit_entries"] = pruned.count
            AuditLog.record(
                uow,
                AuditAction.RETENTION_RUN,
                actor=actor or current_actor(),
                details=details,
                clock=self._clock,
            )
        step("retention.committed")
        caseload_snapshot.discard(self._database)  # it may hold the learners deleted
        return RetentionRun(plan, True, rows + pruned.count, Changes(learners_bulk=True))

    def _plan(self, uow: UnitOfWork) -> RetentionPlan:
        repository = RetentionRepository(uow.session)
        today = local_today(self._clock)
        due: dict[int, RecordType] = {}
        by_type: dict[RecordType, int] = {}
        months = self._months(uow, RecordType.CLOSED_CASE)
        if months is not None:
            closed = repository.closed_cases_before(cutoff(today, months))
            by_type[RecordType.CLOSED_CASE] = len(closed)
            due.update(dict.fromkeys(closed, RecordType.CLOSED_CASE))
        months = self._months(uow, RecordType.INACTIVE_LEARNER)
        if months is not None:
            inactive = [
                i for i in repository.inactive_before(self._cutoff_time(months)) if i not in due
            ]
            by_type[RecordType.INACTIVE_LEARNER] = len(inactive)
            due.update(dict.fromkeys(inactive, RecordType.INACTIVE_LEARNER))
        audit = 0
        months = self._months(uow, RecordType.AUDIT_LOG)
        if months is not None:
            audit = AuditRepository(uow.session).count_before(self._cutoff_time(months))
        return RetentionPlan(tuple(sorted(due)), by_type, audit, repository.held_count())

    @staticmethod
    def _months(uow: UnitOfWork, kind: RecordType) -> int | None:
        saved = RetentionRepository(uow.session).rules().get(kind)
        return saved.keep_months if saved is not None else DEFAULTS[kind].keep_months

    def _cutoff_time(self, months: int) -> datetime:
        day = cutoff(local_today(self._clock), months)
        return datetime.combine(day, time(0)).astimezone(UTC)


def _in_force(kind: RecordType, saved: RetentionRuleValue | None) -> RuleInForce:
    default = DEFAULTS[kind]
    if saved is None:
        return RuleInForce(kind, default.keep_months, None, True, default.description)
    return RuleInForce(
        kind, saved.keep_months, saved.decision_reference, False, default.description
    )


class ErasureService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def erase(self, learner_id: int, *, actor: str | None = None) -> Changes:
        """Delete everything about one learner, unless a hold stands; logged by id."""
        with self._database.unit_of_work() as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            repository = RetentionRepository(uow.session)
            hold = repository.hold_reason(learner_id)
            if hold is not None:
                raise ValidationError(
                    [
                        FieldError(
                            "hold",
                            "held",
                            "A hold stops erasure: {reason}. Lift the hold first.",
                            {"reason": hold},
                        )
                    ]
                )
            rows = repository.delete_learners([learner_id])
            AuditLog.record(
                uow,
                AuditAction.ERASURE,
                actor=actor or current_actor(),
                learner_id=learner_id,
                details={"rows": rows},
                clock=self._clock,
            )
        step("erasure.committed")
        caseload_snapshot.discard(self._database)  # it may hold the erased learner
        return Changes(learners=frozenset({learner_id}), learners_bulk=True)

    def place_hold(self, learner_id: int, reason: str, *, actor: str | None = None) -> Changes:
        text = reason.strip()
        if not text or len(text) > 500:
            raise ValidationError(
                [
                    FieldError(
                        "reason", "required", "Give the reason for the hold (1–500 characters)."
                    )
                ]
            )
        with self._database.unit_of_work() as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            RetentionRepository(uow.session).place_hold(
                learner_id, text, actor or current_actor(), now=self._clock()
            )
        return Changes(learners=frozenset({learner_id}))

    def lift_hold(self, learner_id: int) -> bool:
        with self._database.unit_of_work() as uow:
            return RetentionRepository(uow.session).lift_hold(learner_id)
