"""Caseload search and order: SQL and the in-memory index must agree, on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from larsam_desktop.domain.caseload import CaseloadQuery, SortColumn
from larsam_desktop.domain.learner import LearnerDraft, ProtectedIdentity
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import OpenedStore

PEOPLE = [
    ("Anna", "Zetterlund", "19900101-9802", "2380"),
    ("Åsa", "Åberg", None, "2281"),
    ("Örjan", "Öberg", None, "2380"),
    ("Ärla", "Ärlig", None, "2281"),
    ("Anna", "Andersson", None, "2184"),
    ("Eva", "Eklund", None, None),
]


@pytest.fixture
def caseload(store: OpenedStore) -> CaseloadService:
    learners = LearnerService(store.database)
    for given, family, pnr, municipality in PEOPLE:
        learners.create(
            LearnerDraft(
                given_name=given,
                family_name=family,
                personnummer=pnr or "",
                birth_date=date(1985, 3, 4),
                home_municipality_code=municipality,
            )
        )
    return CaseloadService(store.database)


def names(service: CaseloadService, query: CaseloadQuery) -> list[str]:
    ids = service.search(query)
    assert service.load_index().search(query) == ids  # the GUI's index says the same
    rows = service.rows(ids)
    return [rows[i].family_name for i in ids]


def test_swedish_order_on_both_databases(caseload: CaseloadService) -> None:
    assert names(caseload, CaseloadQuery()) == [
        "Andersson",
        "Eklund",
        "Zetterlund",
        "Åberg",
        "Ärlig",
        "Öberg",
    ]
    assert names(caseload, CaseloadQuery(descending=True)) == [
        "Öberg",
        "Ärlig",
        "Åberg",
        "Zetterlund",
        "Eklund",
        "Andersson",
    ]


def test_every_word_must_match(caseload: CaseloadService) -> None:
    assert names(caseload, CaseloadQuery(text="anna")) == ["Andersson", "Zetterlund"]
    assert names(caseload, CaseloadQuery(text="anna östersund")) == ["Zetterlund"]
    assert names(caseload, CaseloadQuery(text="anna nobody")) == []


def test_search_folds_case_but_keeps_swedish_letters(caseload: CaseloadService) -> None:
    assert names(caseload, CaseloadQuery(text="ÖSTERSUND")) == ["Zetterlund", "Öberg"]
    assert names(caseload, CaseloadQuery(text="örjan")) == ["Öberg"]
    assert names(caseload, CaseloadQuery(text="åberg")) == ["Åberg"]
    assert names(caseload, CaseloadQuery(text="sundsvall ä")) == ["Ärlig"]


@pytest.mark.parametrize(
    "written", ["199001019802", "19900101-9802", "900101-9802", "9001019802", "900101", "19900101"]
)
def test_personnummer_in_any_written_form(caseload: CaseloadService, written: str) -> None:
    assert names(caseload, CaseloadQuery(text=written)) == ["Zetterlund"]


def test_like_wildcards_in_the_search_are_literal(caseload: CaseloadService) -> None:
    assert names(caseload, CaseloadQuery(text="%")) == []
    assert names(caseload, CaseloadQuery(text="_")) == []


def test_filters(caseload: CaseloadService) -> None:
    assert names(caseload, CaseloadQuery(municipality_code="2380")) == ["Zetterlund", "Öberg"]
    assert names(caseload, CaseloadQuery(municipality_code="2380", text="anna")) == ["Zetterlund"]


def test_rows_hide_the_address_of_protected_learners(store: OpenedStore) -> None:
    learners = LearnerService(store.database)
    base = LearnerDraft(
        given_name="Eva",
        family_name="Lind",
        birth_date=date(1980, 1, 1),
        phone="070-1740605",
        email="eva@example.org",
        street_address="Storgatan 1",
        city="Östersund",
    )
    open_id = learners.create(base).learner.id
    hidden_id = learners.create(
        replace(base, protected_identity=ProtectedIdentity.SKYDDAD_FOLKBOKFORING)
    ).learner.id
    rows = CaseloadService(store.database).rows([open_id, hidden_id])
    assert rows[open_id].city == "Östersund" and rows[open_id].phone == "070-1740605"
    assert (rows[hidden_id].city, rows[hidden_id].phone, rows[hidden_id].email) == (
        None,
        None,
        None,
    )


def test_sql_and_index_agree_on_every_order_over_demo_data(store: OpenedStore) -> None:
    DemoGenerator(store.database).generate(400, seed=7)
    service = CaseloadService(store.database)
    index = service.load_index()
    for column in SortColumn:
        for descending in (False, True):
            for text in ("", "a", "berg", "lärcentrum", "19"):
                query = CaseloadQuery(text=text, sort=column, descending=descending)
                assert index.search(query) == service.search(query), query


def test_the_learning_centre_name_is_searchable(store: OpenedStore) -> None:
    learners = LearnerService(store.database)
    with store.database.unit_of_work() as uow:
        centre = uow.reference.ensure_learning_centre("Campus Kramfors", "2282")
    learners.create(
        LearnerDraft(
            given_name="Nils",
            family_name="Holm",
            birth_date=date(1970, 1, 1),
            learning_centre_id=centre,
        )
    )
    service = CaseloadService(store.database)
    assert len(service.search(CaseloadQuery(text="campus kramfors"))) == 1
    assert service.load_index().search(CaseloadQuery(text="KRAMFORS")) == service.search(
        CaseloadQuery(text="kramfors")
    )


def test_list_returns_rows_in_order(caseload: CaseloadService) -> None:
    rows = caseload.list(CaseloadQuery(text="anna"))
    assert [r.family_name for r in rows] == ["Andersson", "Zetterlund"]
    assert rows[1].identity_text() == "19900101-••••"
    assert rows[1].identity_text(show_full=True) == "19900101-9802"
    assert rows[0].identity_text() == "1985-03-04"  # no number: the birth date
