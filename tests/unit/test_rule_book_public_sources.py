"""Every text of the rule book a person can read cites a public source, never a project file.

Found on a printed study plan: "[9] UHR:s tabell för naturkunskap: … (domain.md)" — a file
name that means nothing to a learner or to the municipality archiving the plan. The check
walks the loaded objects (``load_eligibility_data``, as the program loads them): every text
of the rule book (requirement descriptions, sources in both languages, notes, quotes, route
and programme names, what to gather) and of the catalogue (course names, and the
equivalences' sources, which the engine adds to a verdict's sources).

Fields never shown to a person are left out by name, each with the reason (``INTERNAL``).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue, Course, Equivalence
from larsam_desktop.domain.courses.catalogue_files import (
    COURSES_FILE,
    EQUIVALENCES_FILE,
    parse_catalogue,
)
from larsam_desktop.domain.eligibility.rule_files import FILES, parse_rule_book
from larsam_desktop.domain.eligibility.rules import Rule, RuleBook
from larsam_desktop.paths import resources_dir
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data

# A file name or a folder of this project (`domain.md`, `rules.py`, `requirements.json`,
# `docs/…`, `resources/…`) or one of its issues ("issue 15", "ärende 15"). An address such
# as https://www.kth.se/…/behorighet has none.
PROJECT_FILE = re.compile(
    r"\.(?:md|py|json)\b|\bdocs/|\bresources/|\b(?:issue|ärende) \d+", re.IGNORECASE
)

# (class, field) never shown in the window, on the command line or in a document:
INTERNAL = {
    # Where a route's start date comes from; read by no view (rule book dialog, eligibility
    # panel, plan PDF and `eligibility`/`merit` output show valid_from, never its basis).
    ("Rule", "valid_from_basis"),
    # A catalogue row's provenance for maintainers; the catalogue shows code, name, points.
    ("Course", "source"),
    # An equivalence's note is for maintainers (its source is shown and is checked).
    ("Equivalence", "note"),
}


def visible_texts(value: object, path: str) -> Iterator[tuple[str, str]]:
    """Every text in ``value`` as (where, text), walking dataclasses, mappings and
    sequences; private fields and ``INTERNAL`` ones are skipped."""
    if isinstance(value, str):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        kind = type(value).__name__
        for field in dataclasses.fields(value):
            if field.name.startswith("_") or (kind, field.name) in INTERNAL:
                continue
            yield from visible_texts(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from visible_texts(key, f"{path}[key]")
            yield from visible_texts(item, f"{path}[{key!r}]")
    elif isinstance(value, tuple | list | set | frozenset):
        for index, item in enumerate(value):
            yield from visible_texts(item, f"{path}[{index}]")


def project_file_mentions(book: RuleBook, catalogue: Catalogue) -> list[tuple[str, str]]:
    """(where, text) for every visible text that names a project file."""
    texts = [
        *visible_texts(book, "book"),
        *visible_texts(catalogue.equivalences, "equivalences"),
        *visible_texts(catalogue.courses, "courses"),
    ]
    return [(where, text) for where, text in texts if PROJECT_FILE.search(text)]


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


def _documents() -> dict[str, dict[str, object]]:
    folder = resources_dir() / "rules"
    return {name: json.loads((folder / name).read_text(encoding="utf-8")) for name in FILES}


def _parse(documents: dict[str, dict[str, object]], catalogue: Catalogue) -> RuleBook:
    texts = {name: json.dumps(doc, ensure_ascii=False) for name, doc in documents.items()}
    return parse_rule_book(texts, catalogue)


def _item(
    documents: dict[str, dict[str, object]], file: str, key: str, id_: str
) -> dict[str, object]:
    items = documents[file][key]
    assert isinstance(items, list)
    found = next(item for item in items if item["id"] == id_)
    assert isinstance(found, dict)
    return found


def test_the_shipped_rule_book_names_no_project_file(data: EligibilityData) -> None:
    assert project_file_mentions(data.book, data.catalogue) == []


def test_the_walk_reaches_every_kind_of_visible_text(data: EligibilityData) -> None:
    """Not vacuous: the walk sees sources in both languages, notes, descriptions, names,
    what to gather and the equivalences' sources."""
    places = {re.sub(r"\[[^]]*\]", "", where) for where, _ in visible_texts(data.book, "book")}
    for expected in (
        "book.grundlaggande.routes.requirements.description_sv",
        "book.grundlaggande.routes.notes.sv",
        "book.grundlaggande.routes.gather_sv",
        "book.programmes.rule.name_en",
        "book.programmes.rule.sources",
        "book.programmes.refused.sources",
        "book.programmes.substitutions.description_sv",
        "book.source_texts.sv",
        "book.examens.rule.notes.en",
    ):
        assert expected in places, expected
    assert "book.grundlaggande.routes.valid_from_basis" not in places
    sources = [text for where, text in visible_texts(data.catalogue.equivalences, "eq")
               if where.endswith(".source")]  # fmt: skip
    assert len(sources) == len(data.catalogue.equivalences) > 50


BAD = "UHR:s tabell för naturkunskap (domain.md)"


@pytest.mark.parametrize(
    ("place", "where"),
    [
        ("requirement description_sv", "description_sv"),
        ("route note", "notes"),
        ("programme name_en", "name_en"),
        ("refusal source (plain)", "refused"),
        ("programme source (Swedish side)", "source_texts"),
    ],
)
def test_a_rule_naming_a_project_file_is_found(
    data: EligibilityData, place: str, where: str
) -> None:
    documents = _documents()
    if place == "requirement description_sv":
        _item(documents, "requirements.json", "requirements", "svenska-1")["description_sv"] = BAD
    elif place == "route note":
        route = _item(documents, "grundlaggande.json", "routes", "komvux-slutbetyg")
        route["notes"] = [{"sv": BAD, "en": "the UHR table (see requirements.json)"}]
    elif place == "programme name_en":
        _item(documents, "programmes.json", "programmes", "jurist")["name_en"] = "Law (docs/x)"
    elif place == "refusal source (plain)":
        programme = _item(documents, "programmes.json", "programmes", "civilingenjor")
        refused = programme["refused"]
        assert isinstance(refused, list)
        refused[0]["sources"] = [BAD]
    else:
        programme = _item(documents, "programmes.json", "programmes", "socionom")
        programme["sources"] = [{"sv": BAD, "en": "UHR's naturkunskap table"}]
    found = project_file_mentions(_parse(documents, data.catalogue), data.catalogue)
    assert found, place
    assert all(where in path for path, _ in found), found


def test_an_equivalence_source_naming_a_project_file_is_found(data: EligibilityData) -> None:
    folder = resources_dir() / "catalogue"
    courses = (folder / COURSES_FILE).read_text(encoding="utf-8")
    rows = (folder / EQUIVALENCES_FILE).read_text(encoding="utf-8").splitlines()
    index = next(i for i, row in enumerate(rows) if row.startswith("NK1202;"))
    rows[index] = "NK1202;NAKNAK02;;yes;the equivalence table in resources/catalogue"
    catalogue = parse_catalogue(courses, "\n".join(rows))
    found = project_file_mentions(data.book, catalogue)
    assert [text for _, text in found] == ["the equivalence table in resources/catalogue"]


@pytest.mark.parametrize(
    "text",
    [
        "domain.md",
        "see rules.py",
        "requirements.json",
        "docs/architecture",
        "resources/rules",
        "(issue 15 lists the block)",
        "ärende 15 listar blocket",
    ],
)
def test_the_pattern_knows_project_files(text: str) -> None:
    assert PROJECT_FILE.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "https://www.kth.se/student/kurser/program/TBTMS/20191/behorighet",
        "uhr.se/syv: Komplettera för särskild behörighet",
        "förordning 2011:1108 om vuxenutbildning 4 kap. 15 §",
        "Matematik 3b/3c",
    ],
)
def test_the_pattern_lets_public_citations_pass(text: str) -> None:
    assert not PROJECT_FILE.search(text)


def test_the_internal_fields_exist() -> None:
    """Each exemption names a field that exists (a stale name would hide a typo)."""
    classes: dict[str, Any] = {"Rule": Rule, "Course": Course, "Equivalence": Equivalence}
    for kind, name in INTERNAL:
        assert name in {f.name for f in dataclasses.fields(classes[kind])}, (kind, name)
