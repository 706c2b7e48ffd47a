"""The declarative base and the column types every table shares."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import (
    DateTime,
    MetaData,
    String,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_record_key() -> int:
    """A learner's statistics record key: uniform in 0..255 (cellkey.KEY_RANGE)."""
    return secrets.randbelow(256)


# Sort keys are compared code point by code point (see domain.text.swedish_sort_key):
# SQLite's default BINARY collation does that; PostgreSQL needs "C".
SortKey = String(300).with_variant(String(300, collation="C"), "postgresql")
SearchText = String(700).with_variant(String(700, collation="C"), "postgresql")


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both backends (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return value

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        from datetime import UTC

        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
