"""Audit entries for lists of learners that leave the program through the command line.

A student group (``group --offering ID``), the outreach list of applicants who were not
eligible (``import applicants``), the caseload (``learners list``) and the coach's day
(``today``) name learners, so each one handed out is logged as the other exports are
(``learners export``, plan PDFs): action ``export``, the current coach as who, what kind of
list, its format and how many rows it has (and, for the caseload, whether personnummer
were printed in full). The entry is committed
before the list is written: a list that leaves the program is never unlogged (one whose
writing then fails is logged all the same). Course demand (``courses demand``) counts
learners per course and term and names none: it is not logged.
"""

from __future__ import annotations

from enum import StrEnum

from larsam_desktop.domain.audit import AuditAction, AuditEntry
from larsam_desktop.services.audit import AuditService
from larsam_desktop.services.clock import Clock, utc_now
from larsam_desktop.storage.database import Database


class ListKind(StrEnum):
    STUDENT_GROUP = "student_group"
    OUTREACH = "outreach"  # applicants who were not eligible, with their shortest path
    CASELOAD = "caseload"  # learners list
    TODAY = "today"  # the coach's day: follow-ups, quiet and stuck learners, what is ahead


def record_list(
    database: Database,
    kind: ListKind,
    *,
    rows: int,
    list_format: str,
    actor: str,
    offering: int | None = None,
    personnummer: bool | None = None,
    clock: Clock = utc_now,
) -> AuditEntry:
    """Log one list handed out: ``rows`` rows naming learners, in ``list_format``."""
    details: dict[str, str | int] = {"kind": kind.value, "format": list_format, "rows": rows}
    if offering is not None:
        details["offering"] = offering
    if personnummer is not None:
        details["personnummer"] = int(personnummer)
    return AuditService(database, clock).record(AuditAction.EXPORT, actor=actor, details=details)
