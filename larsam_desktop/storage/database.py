"""Engine set-up and the one place sessions are created: ``Database.unit_of_work()``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from larsam_desktop.storage import errors
from larsam_desktop.storage.repositories.contacts import ContactRepository, FollowUpRepository
from larsam_desktop.storage.repositories.courses import CourseRecordRepository
from larsam_desktop.storage.repositories.lc_services import ActivityRepository, ExamRepository
from larsam_desktop.storage.repositories.learners import LearnerRepository
from larsam_desktop.storage.repositories.meta import MetaRepository
from larsam_desktop.storage.repositories.pathway import PathwayRepository
from larsam_desktop.storage.repositories.plans import PlanRepository
from larsam_desktop.storage.repositories.profiles import LearnerProfileRepository
from larsam_desktop.storage.repositories.reference import ReferenceRepository
from larsam_desktop.storage.repositories.today import TodayRepository

BUSY_TIMEOUT_MS = 5000


@dataclass(slots=True)
class UnitOfWork:
    """One transaction and the repositories that work inside it."""

    session: Session

    @property
    def learners(self) -> LearnerRepository:
        return LearnerRepository(self.session)

    @property
    def pathway(self) -> PathwayRepository:
        return PathwayRepository(self.session)

    @property
    def courses(self) -> CourseRecordRepository:
        return CourseRecordRepository(self.session)

    @property
    def profiles(self) -> LearnerProfileRepository:
        return LearnerProfileRepository(self.session)

    @property
    def plans(self) -> PlanRepository:
        return PlanRepository(self.session)

    @property
    def reference(self) -> ReferenceRepository:
        return ReferenceRepository(self.session)

    @property
    def meta(self) -> MetaRepository:
        return MetaRepository(self.session)

    # the coach's day (issue 5)
    @property
    def contacts(self) -> ContactRepository:
        return ContactRepository(self.session)

    @property
    def follow_ups(self) -> FollowUpRepository:
        return FollowUpRepository(self.session)

    @property
    def activities(self) -> ActivityRepository:
        return ActivityRepository(self.session)

    @property
    def exams(self) -> ExamRepository:
        return ExamRepository(self.session)

    @property
    def today(self) -> TodayRepository:
        return TodayRepository(self.session)


class Database:
    """An open database: a local SQLite file or a shared PostgreSQL server."""

    def __init__(self, url: str | URL, *, echo: bool = False) -> None:
        self.url = make_url(url)
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def for_file(cls, path: Path) -> Database:
        return cls(URL.create("sqlite+pysqlite", database=str(path)))

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def file_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def describe(self) -> str:
        """Where the data lives, without a password."""
        return (
            str(self.file_path) if self.file_path else self.url.render_as_string(hide_password=True)
        )

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """Begin a transaction; commit when the block ends, roll back if it raises.

        Known environment errors (locked, read-only, disk full, server gone) surface as
        ``StorageError`` subclasses; anything else propagates unchanged.
        """
        session = self._sessions()
        try:
            yield UnitOfWork(session)
            session.commit()
        except (SQLAlchemyError, sqlite3.Error) as exc:
            session.rollback()
            known = errors.translate(exc)
            if known is not None:
                raise known from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin
        # (SQLAlchemy docs: "Serializable isolation / Savepoints / Transactional DDL").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")
