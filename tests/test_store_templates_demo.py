"""``fill_with_demo`` (tests/store_templates.py): a copied demo is the generated one.

Tests that need demo data on a fresh store copy it from the first generation in the
process; here a copy is compared, table by table and row by row (and the sequences), with
a generation of its own on the same backend (but for what a generation draws at random:
the record keys and the caseload token, drawn again for a copy), and a store that is not
fresh is refused.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from store_templates import _demo_templates, fill_with_demo, reset_postgres_rows, seed_sqlite

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.store import OpenedStore, open_store
from larsam_desktop.storage.tables import Base

NOON = datetime(2026, 11, 28, 12, tzinfo=UTC)


def clock() -> datetime:
    return NOON


def dump(store: OpenedStore) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    with store.database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows = [dict(row) for row in connection.execute(select(table)).mappings()]
            for row in rows:  # what every generation draws at random (store_templates.py)
                if table.name == "learner":
                    assert 0 <= row.pop("record_key") <= 255
                if table.name == "app_meta" and row["key"] == "caseload_generation":
                    row["value"] = "drawn"
            found[table.name] = sorted(repr(sorted(row.items())) for row in rows)
        if not store.database.is_sqlite:  # SQLite's next keys follow from the rows
            found["sequences"] = sorted(
                repr(tuple(row))
                for row in connection.execute(
                    text(
                        "SELECT sequencename, last_value FROM pg_sequences "
                        "WHERE schemaname = 'public'"
                    )
                )
            )
    return found


def _start_from_nothing(url: str) -> None:
    """An empty server database: the store opened on it migrates and seeds it afresh."""
    from sqlalchemy import create_engine

    from larsam_desktop.storage.audit_anchor import forget_server_anchor

    forget_server_anchor(url)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


def test_a_copied_demo_equals_a_generated_one(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    def fresh() -> OpenedStore:
        if backend == "sqlite":
            paths = AppPaths(tmp_path / f"data-{len(opened)}")
            seed_sqlite(paths)
            store = open_store(paths)
        else:
            for earlier in opened:
                earlier.database.dispose()
            if not reset_postgres_rows(url, fingerprint):
                _start_from_nothing(url)  # an earlier test changed the schema, as the fixture does
            store = open_store(AppPaths(tmp_path / f"data-{len(opened)}"), url)
        opened.append(store)
        return store

    opened: list[OpenedStore] = []
    if backend != "sqlite":
        url = request.getfixturevalue("database_url_with_fresh_rows")
        fingerprint = request.getfixturevalue("postgres_fingerprint")
    try:
        fill_with_demo(fresh(), 30, seed=4, clock=clock)  # generated, or copied already
        assert [key for key in _demo_templates if key[1:] == (30, 4, NOON.isoformat())]
        copy = fresh()
        fill_with_demo(copy, 30, seed=4, clock=clock)  # copied now, whatever came before
        copied = dump(copy)
        generated_store = fresh()
        DemoGenerator(generated_store.database, clock=clock).generate(30, seed=4)
        generated = dump(generated_store)
    finally:
        for store in opened:
            store.database.dispose()
    assert len(generated["learner"]) == 30
    assert copied == generated


def test_a_store_with_learners_is_refused(store: OpenedStore) -> None:
    DemoGenerator(store.database, clock=clock).generate(3, seed=1)
    with pytest.raises(ValueError, match="fresh, empty store"):
        fill_with_demo(store, 3, seed=1, clock=clock)
