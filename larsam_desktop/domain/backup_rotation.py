"""Which automatic backups to keep: the newest of each recent day, week and month.

A grandfather-father-son scheme (as in Anki and most backup tools): with the defaults, a
coach can go back to any of the last 7 days that had a backup, to one backup of each of
the last 4 weeks and to one of each of the last 12 months. Safety copies made before a
migration or a restore are kept by count. Pure: no files are touched here.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime

from larsam_desktop.domain.errors import FieldError, ValidationError


@dataclass(frozen=True, slots=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    safety_copies: int = 5  # before-upgrade and before-restore copies

    def validated(self) -> RotationPolicy:
        problems = [
            FieldError(name, "range", "Keep between {low} and {high}.", {"low": low, "high": high})
            for name, value, low, high in (
                ("daily", self.daily, 1, 366),
                ("weekly", self.weekly, 0, 520),
                ("monthly", self.monthly, 0, 1200),
                ("safety_copies", self.safety_copies, 1, 100),
            )
            if not low <= value <= high
        ]
        if problems:
            raise ValidationError(problems)
        return self


@dataclass(frozen=True, slots=True)
class BackupStamp:
    """What rotation needs to know about one backup."""

    name: str
    created_at: datetime
    automatic: bool  # False: a safety copy (before an upgrade or a restore)


def _newest_per(
    stamps: list[BackupStamp], key: Callable[[datetime], Hashable], count: int
) -> set[str]:
    kept: set[str] = set()
    seen: set[Hashable] = set()
    for stamp in stamps:  # newest first
        period = key(stamp.created_at)
        if period in seen:
            continue
        if len(seen) == count:
            break
        seen.add(period)
        kept.add(stamp.name)
    return kept


def backups_to_keep(backups: Iterable[BackupStamp], policy: RotationPolicy) -> set[str]:
    """The names to keep; the newest backup of either kind is always kept."""
    ordered = sorted(backups, key=lambda b: (b.created_at, b.name), reverse=True)
    automatic = [b for b in ordered if b.automatic]
    safety = [b for b in ordered if not b.automatic]
    keep = _newest_per(automatic, lambda at: at.date(), policy.daily)
    keep |= _newest_per(automatic, lambda at: at.isocalendar()[:2], policy.weekly)
    keep |= _newest_per(automatic, lambda at: (at.year, at.month), policy.monthly)
    keep |= {b.name for b in safety[: policy.safety_copies]}
    if ordered:
        keep.add(ordered[0].name)
    return keep
