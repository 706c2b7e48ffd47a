"""Engine set-up and the one place sessions are created: ``Database.unit_of_work()``."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from larsam_desktop.storage import errors, server_timeouts, write_lock

if TYPE_CHECKING:  # imported where used: a command pays only for the ones it needs
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

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000
WRITES_OPTION = "larsam_writes"  # execution option: this transaction writes (BEGIN IMMEDIATE)


class DatabaseEncryptedMeanwhile(errors.StorageError):
    default_template = (
        "The data folder was encrypted by another LärSam program meanwhile; nothing was "
        "saved. Open it again with its passphrase."
    )


@dataclass(slots=True)
class UnitOfWork:
    """One transaction and the repositories that work inside it."""

    session: Session

    @property
    def learners(self) -> LearnerRepository:
        from larsam_desktop.storage.repositories.learners import LearnerRepository

        return LearnerRepository(self.session)

    @property
    def pathway(self) -> PathwayRepository:
        from larsam_desktop.storage.repositories.pathway import PathwayRepository

        return PathwayRepository(self.session)

    @property
    def courses(self) -> CourseRecordRepository:
        from larsam_desktop.storage.repositories.courses import CourseRecordRepository

        return CourseRecordRepository(self.session)

    @property
    def profiles(self) -> LearnerProfileRepository:
        from larsam_desktop.storage.repositories.profiles import LearnerProfileRepository

        return LearnerProfileRepository(self.session)

    @property
    def plans(self) -> PlanRepository:
        from larsam_desktop.storage.repositories.plans import PlanRepository

        return PlanRepository(self.session)

    @property
    def reference(self) -> ReferenceRepository:
        from larsam_desktop.storage.repositories.reference import ReferenceRepository

        return ReferenceRepository(self.session)

    @property
    def meta(self) -> MetaRepository:
        from larsam_desktop.storage.repositories.meta import MetaRepository

        return MetaRepository(self.session)

    # the coach's day (issue 5)
    @property
    def contacts(self) -> ContactRepository:
        from larsam_desktop.storage.repositories.contacts import ContactRepository

        return ContactRepository(self.session)

    @property
    def follow_ups(self) -> FollowUpRepository:
        from larsam_desktop.storage.repositories.contacts import FollowUpRepository

        return FollowUpRepository(self.session)

    @property
    def activities(self) -> ActivityRepository:
        from larsam_desktop.storage.repositories.lc_services import ActivityRepository

        return ActivityRepository(self.session)

    @property
    def exams(self) -> ExamRepository:
        from larsam_desktop.storage.repositories.lc_services import ExamRepository

        return ExamRepository(self.session)

    @property
    def today(self) -> TodayRepository:
        from larsam_desktop.storage.repositories.today import TodayRepository

        return TodayRepository(self.session)


class Database:
    """An open database: a local SQLite file or a shared PostgreSQL server."""

    def __init__(self, url: str | URL, *, echo: bool = False) -> None:
        self.url = make_url(url)
        kwargs: dict[str, Any] = {"echo": echo}
        self.server_timeouts: server_timeouts.ServerTimeouts | None = None
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
            engine_url = self.url
            if self.url.get_driver_name() == "pysqlcipher":
                # SQLAlchemy gives SQLCipher a SingletonThreadPool, whose dispose() — and its
                # sixth thread — closes connections other threads are still using (a crash in
                # the C library). A QueuePool hands each thread its own checked-out
                # connection, as for plain SQLite files.
                from sqlalchemy.pool import QueuePool

                kwargs["poolclass"] = QueuePool
                kwargs["connect_args"]["check_same_thread"] = False
        else:
            engine_url, self.server_timeouts = server_timeouts.split_url(self.url)
            # The stall guard pings pooled connections itself, with a deadline.
            kwargs["pool_pre_ping"] = self.server_timeouts.stall_timeout_s <= 0
            kwargs["connect_args"] = self.server_timeouts.connect_args(engine_url)
        self.engine: Engine = create_engine(engine_url, **kwargs)
        if self.is_sqlite:
            if self.url.get_driver_name() == "pysqlcipher" and self.file_path and self.url.password:
                _key_once_per_process(self.engine, self.file_path, self.url.password)
            _configure_sqlite(self.engine)
            if self.file_path is not None:
                _follow_replacements(self.engine, self.file_path, self.url.get_driver_name())
        elif self.server_timeouts is not None:
            server_timeouts.install_stall_guard(self.engine, self.server_timeouts)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _refuse_writes_when_read_only)

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
    def unit_of_work(self, *, writes: bool = True) -> Iterator[UnitOfWork]:
        """Begin a transaction; commit when the block ends, roll back if it raises.

        A unit of work that ``writes`` (the default) holds the data folder's shared write
        lock (``storage.write_lock``) and, on SQLite, begins with ``BEGIN IMMEDIATE``: it
        takes SQLite's write lock at once, waiting up to the busy timeout, so a read
        followed by a write never fails because another connection committed in between.
        ``writes=False`` begins a plain deferred transaction and refuses to flush changes.

        Known environment errors (locked, read-only, disk full, server gone) surface as
        ``StorageError`` subclasses; anything else propagates unchanged.
        """
        folder = self.file_path.parent if writes and self.file_path is not None else None
        # Inside another writing unit of work of this thread, BEGIN IMMEDIATE would wait for
        # the outer one's lock until the busy timeout: a nested one begins deferred.
        immediate = writes and not _writing_in_this_thread(self.file_path)
        with ExitStack() as stack:
            if folder is not None:
                stack.enter_context(write_lock.shared(folder))
                stack.enter_context(_writing(self.file_path))
            session = self._sessions(execution_options={WRITES_OPTION: immediate})
            session.info["read_only"] = not writes
            try:
                if folder is not None and immediate:
                    session.connection()  # BEGIN IMMEDIATE now, inside the shared lock
                yield UnitOfWork(session)
                session.commit()
            except (SQLAlchemyError, sqlite3.Error) as exc:
                session.rollback()
                known = self._known(exc)
                if known is not None:
                    raise known from exc
                raise
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    def _known(self, exc: BaseException) -> errors.StorageError | None:
        known = server_timeouts.translate(exc, self.server_timeouts) or errors.translate(exc)
        if isinstance(known, errors.DatabaseLocked) and _other_writers_here(self.file_path):
            return write_lock.HeldByThisProgram()
        return known

    def dispose(self) -> None:
        self.engine.dispose()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin
        # (SQLAlchemy docs: "Serializable isolation / Savepoints / Transactional DDL").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        except UnicodeDecodeError as exc:  # garbage where SQLite keeps text: damage
            raise sqlite3.DatabaseError("database disk image is malformed") from exc
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        writes = connection.get_execution_options().get(WRITES_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _key_once_per_process(engine: Engine, path: Path, passphrase: str) -> None:
    """Key each new SQLCipher connection with the raw key for the file's salt, derived once
    per process (``storage.encryption.raw_key``), before anything reads the file: the
    dialect's ``PRAGMA key`` with the passphrase would derive it again (~0.5 s) on every
    connection. Key derivation and cipher settings stay SQLCipher's own."""
    from larsam_desktop.storage.encryption import file_key, quote

    @event.listens_for(engine, "connect")
    def _key(dbapi_connection: Any, _record: object) -> None:
        key = file_key(path, passphrase)
        if key != passphrase:
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA key = {quote(key)}")
            cursor.close()


def _follow_replacements(engine: Engine, path: Path, driver: str) -> None:
    """A pooled connection to a file that a restore or encryption replaced is not reused.

    Each connection remembers the identity (device, inode) of the file it opened; at
    checkout a changed identity makes the pool open the new file instead, so no commit
    lands in a renamed-away file, where it would be lost.
    """

    @event.listens_for(engine, "connect")
    def _remember(_dbapi_connection: object, record: Any) -> None:
        record.info["larsam_file"] = _identity(path)

    @event.listens_for(engine, "checkout")
    def _check(_dbapi_connection: object, record: Any, _proxy: object) -> None:
        from sqlalchemy.exc import DisconnectionError

        now = _identity(path)
        if now is None or record.info.get("larsam_file") in (None, now):
            return
        log.info("the database file was replaced meanwhile; reconnecting")
        if driver == "pysqlite" and _encrypted(path.parent):
            raise DatabaseEncryptedMeanwhile()
        raise DisconnectionError("the database file was replaced")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def _encrypted(data_dir: Path) -> bool:
    from larsam_desktop.storage.encryption import is_encrypted_folder

    return is_encrypted_folder(data_dir)


def _refuse_writes_when_read_only(session: Session, _context: object, _instances: object) -> None:
    if session.info.get("read_only") and (session.new or session.dirty or session.deleted):
        raise RuntimeError("a unit of work opened with writes=False tried to save changes")


# Writing units of work open in this process, per database file: a busy database while
# another thread here is writing is this program's own doing, not another program's.
_active_writers: dict[Path, int] = {}
_active_guard = threading.Lock()


_this_thread = threading.local()  # .files: the files this thread is writing to now


@contextmanager
def _writing(path: Path | None) -> Iterator[None]:
    key = Path(str(path))
    mine: dict[Path, int] = _this_thread.__dict__.setdefault("files", {})
    mine[key] = mine.get(key, 0) + 1
    with _active_guard:
        _active_writers[key] = _active_writers.get(key, 0) + 1
    try:
        yield
    finally:
        with _active_guard:
            _active_writers[key] -= 1
            if not _active_writers[key]:
                del _active_writers[key]
        mine[key] -= 1
        if not mine[key]:
            del mine[key]


def _writing_in_this_thread(path: Path | None) -> bool:
    files: dict[Path, int] = _this_thread.__dict__.get("files", {})
    return path is not None and Path(str(path)) in files


def _other_writers_here(path: Path | None) -> bool:
    if path is None:
        return False
    with _active_guard:
        return _active_writers.get(Path(str(path)), 0) > 1
