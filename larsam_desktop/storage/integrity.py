"""Integrity checks: SQLite's own page-level checks plus foreign keys; a ping on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from larsam_desktop.storage.database import Database


def integrity_problems(database: Database, *, quick: bool = False) -> list[str]:
    """Return SQLite's complaints (empty when healthy). ``quick`` skips index content checks."""
    with database.engine.connect() as connection:
        if not database.is_sqlite:
            connection.execute(text("SELECT 1"))
            return []
        pragma = "quick_check" if quick else "integrity_check"
        rows = [row[0] for row in connection.exec_driver_sql(f"PRAGMA {pragma}")]
        problems = [] if rows == ["ok"] else rows
        for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"row {rowid} of {table} refers to a missing {parent}")
        return problems
