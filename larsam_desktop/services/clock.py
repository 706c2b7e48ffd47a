"""Today and now, injectable so that date rules are testable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_today(clock: Clock = utc_now) -> date:
    return clock().astimezone().date()
