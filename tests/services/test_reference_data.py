"""The shipped reference data is applied when its file changes, and costs one SELECT when not."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, func, select

from larsam_desktop.services.reference_data import (
    REFERENCE_HASH_KEY,
    ensure_reference_data,
    load_municipalities,
    municipalities_path,
)
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.tables import LearningCentre, Municipality


@contextmanager
def _statements(store: OpenedStore) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement.split(None, 1)[0].upper())

    engine = store.database.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_an_unchanged_file_is_read_with_one_select_and_nothing_written(
    store: OpenedStore,
) -> None:
    with store.database.unit_of_work() as uow:
        assert uow.meta.get(REFERENCE_HASH_KEY)  # the opening applied and remembered it
    with _statements(store) as seen, store.database.unit_of_work() as uow:
        ensure_reference_data(uow)
    work = [s for s in seen if s not in {"BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"}]
    assert work == ["SELECT"]


def test_a_changed_file_is_applied_and_remembered(store: OpenedStore, tmp_path: Path) -> None:
    shipped = municipalities_path().read_text(encoding="utf-8")
    changed = tmp_path / "municipalities.csv"
    first = load_municipalities()[0]
    changed.write_text(
        shipped.replace(f"{first.code};{first.name};", f"{first.code};{first.name} (ny);", 1)
        + "9999;Provkommun;Provlän;Provcentrum\n",
        encoding="utf-8",
    )
    with store.database.unit_of_work() as uow:
        before = uow.meta.get(REFERENCE_HASH_KEY)
        ensure_reference_data(uow, changed)
    with store.database.unit_of_work() as uow:
        assert uow.reference.municipality_name(first.code) == f"{first.name} (ny)"
        assert uow.reference.municipality_name("9999") == "Provkommun"
        centres = uow.session.scalar(
            select(func.count())
            .select_from(LearningCentre)
            .where(LearningCentre.name == "Provcentrum")
        )
        assert centres == 1
        after = uow.meta.get(REFERENCE_HASH_KEY)
        assert after and after != before
    with _statements(store) as seen, store.database.unit_of_work() as uow:
        ensure_reference_data(uow, changed)  # now unchanged: nothing written
    assert not [s for s in seen if s in {"INSERT", "UPDATE", "DELETE"}]
    with store.database.unit_of_work() as uow:
        ensure_reference_data(uow)  # the shipped file again: applied back
    with store.database.unit_of_work() as uow:
        assert uow.reference.municipality_name(first.code) == first.name
        total = uow.session.scalar(select(func.count()).select_from(Municipality))
        assert total == len(load_municipalities()) + 1  # an extra row is never deleted
