from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from larsam_desktop.domain.caseload import CaseloadQuery, SortColumn
from larsam_desktop.domain.learner import LearnerDraft, ProtectedIdentity
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.ui.models.caseload_model import (
    LEARNER_ID_ROLE,
    PAGE_SIZE,
    CaseloadTableModel,
    Column,
)


def test_model_passes_qt_model_tester(
    sqlite_store: OpenedStore, qtmodeltester: ModelTester
) -> None:
    DemoGenerator(sqlite_store.database).generate(450, seed=2)
    service = CaseloadService(sqlite_store.database)
    model = CaseloadTableModel(service.search, service.rows)
    model.set_query(CaseloadQuery())
    qtmodeltester.check(model, force_py=True)
    model.set_query(CaseloadQuery(text="berg"))
    model.sort(Column.COACH, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_lazily_one_page_at_a_time(sqlite_store: OpenedStore) -> None:
    DemoGenerator(sqlite_store.database).generate(1000, seed=2)
    service = CaseloadService(sqlite_store.database)
    fetched: list[int] = []

    def fetch(ids):  # type: ignore[no-untyped-def]
        ids = list(ids)
        fetched.append(len(ids))
        return service.rows(ids)

    model = CaseloadTableModel(service.search, fetch)
    model.set_query(CaseloadQuery())
    assert model.rowCount() == 1000 and fetched == []
    model.data(model.index(0, Column.NAME))
    model.data(model.index(5, Column.COACH))
    assert fetched == [PAGE_SIZE]
    model.data(model.index(999, Column.NAME))
    last_page = 1000 - (999 // PAGE_SIZE) * PAGE_SIZE
    assert fetched == [PAGE_SIZE, last_page]
    model.data(model.index(998, Column.COACH))  # same page: cached
    assert len(fetched) == 2


def test_personnummer_is_masked_until_asked_and_protected_addresses_never_show(
    sqlite_store: OpenedStore,
) -> None:
    learners = LearnerService(sqlite_store.database)
    learners.create(
        LearnerDraft(
            given_name="Åsa",
            family_name="Öberg",
            personnummer="19900101-9802",
            city="Krokom",
            protected_identity=ProtectedIdentity.SEKRETESSMARKERING,
        )
    )
    learners.create(
        LearnerDraft(
            given_name="Eva", family_name="Berg", birth_date=date(1980, 2, 3), city="Östersund"
        )
    )
    service = CaseloadService(sqlite_store.database)
    model = CaseloadTableModel(service.search, service.rows)
    model.set_query(CaseloadQuery(sort=SortColumn.NAME))
    assert [model.data(model.index(r, Column.NAME)) for r in range(2)] == [
        "Berg, Eva",
        "Öberg, Åsa",
    ]
    assert model.data(model.index(1, Column.PERSONNUMMER)) == "19900101-••••"
    assert model.data(model.index(0, Column.PERSONNUMMER)) == "1980-02-03"
    assert model.data(model.index(0, Column.CITY)) == "Östersund"
    assert "Krokom" not in str(model.data(model.index(1, Column.CITY)))
    model.set_show_full_personnummer(True)
    assert model.data(model.index(1, Column.PERSONNUMMER)) == "19900101-9802"
    assert isinstance(model.data(model.index(1, 0), LEARNER_ID_ROLE), int)
