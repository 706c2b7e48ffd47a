"""The shipped rule files, and how a malformed one is refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.data_files import DataFileError
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.rule_files import FILES, parse_rule_book
from larsam_desktop.domain.eligibility.rules import CourseRequirement, FactRequirement, RuleBook
from larsam_desktop.paths import resources_dir


def shipped() -> dict[str, Any]:
    folder = resources_dir() / "rules"
    return {name: json.loads((folder / name).read_text(encoding="utf-8")) for name in FILES}


def test_every_rule_has_sources_and_a_valid_from_date(book: RuleBook) -> None:
    rules = [
        *book.grundlaggande.routes,
        *(p.rule for p in book.programmes),
        *(e.rule for e in book.examens.values()),
    ]
    for rule in rules:
        assert rule.sources, rule.id
        assert date(1960, 1, 1) < rule.valid_from <= date(2026, 1, 1), rule.id
        assert rule.valid_from_basis, rule.id
    assert book.grundlaggande.sources


def test_the_routes_of_domain_md_are_all_there(book: RuleBook) -> None:
    routes = {route.id: route for route in book.grundlaggande.routes}
    assert set(routes) == {
        "hogskoleforberedande-examen",
        "yrkesexamen-gy11",
        "yrkesexamen-gy25",
        "komvux-slutbetyg",
        "komvux-efter-2025",
        "folkhogskola",
        "folkhogskola-komvux",
        "slutbetyg-fore-2010",
        "slutbetyg-fore-2010-efter-2025",
        "avgangsbetyg-3-4-arig",
        "avgangsbetyg-fore-2025",
        "avgangsbetyg-efter-2025",
        "utlandsk-gymnasieutbildning",
        "behorighetsprov",
        "reell-kompetens",
        "tidigare-behorighet",
    }
    assert routes["reell-kompetens"].requirements[0].id == "hogskolans-beslut-reell-kompetens"
    assert routes["avgangsbetyg-3-4-arig"].basis.standing == "unverified"
    assert book.grundlaggande.advanced is not None
    assert routes["yrkesexamen-gy25"].valid_from == date(2025, 7, 1)
    assert routes["komvux-efter-2025"].valid_from == date(2025, 7, 1)
    assert routes["komvux-slutbetyg"].courses_completed_by == date(2025, 6, 30)


def test_the_teacher_minimum_grade_is_only_proposed(book: RuleBook) -> None:
    """SOU 2024:81 proposed it; no enacted text or date was found (domain.md)."""
    gated = {
        p.id: r
        for p in book.programmes
        for r in p.rule.requirements
        if isinstance(r, CourseRequirement) and r.id.startswith("svenska-3-lagst")
    }
    assert {r.basis.standing for r in gated.values()} == {"proposed"}
    assert all(r.valid_from is None for r in gated.values())
    assert gated["forskollarare"].min_grade == "D"
    teachers = {p for p in gated if p.startswith(("grundlarare", "amneslarare"))}
    assert teachers == {p.id for p in book.programmes if p.id.startswith(("grundl", "amnesl"))}
    assert {gated[p].min_grade for p in teachers} == {"C"}


def test_every_rule_has_a_standing_and_in_force_rules_name_a_source(book: RuleBook) -> None:
    rules = [*book.grundlaggande.routes, *(p.rule for p in book.programmes)]
    for rule in rules:
        for requirement in rule.requirements:
            basis = requirement.basis
            if basis.standing == "in_force" and not basis.sources:
                assert rule.sources, (rule.id, requirement.id)
            assert requirement.description_sv or requirement.id in UNTRANSLATED, requirement.id


UNTRANSLATED: set[str] = set()


def test_fact_requirements_name_examens_that_exist(book: RuleBook) -> None:
    audits = {
        r.audit
        for route in book.grundlaggande.routes
        for r in route.requirements
        if isinstance(r, FactRequirement) and r.audit
    }
    assert audits == set(book.examens) == {"hogskoleforberedande", "yrkesexamen"}
    assert book.examens["hogskoleforberedande"].total_points == 2400
    assert book.examens["yrkesexamen"].passed_points == 2250


def _mutations() -> list[tuple[str, Callable[[dict[str, Any]], None], str]]:
    def shared(docs: dict[str, Any]) -> list[dict[str, Any]]:
        requirements: list[dict[str, Any]] = docs["requirements.json"]["requirements"]
        return requirements

    def programme(docs: dict[str, Any]) -> dict[str, Any]:
        first: dict[str, Any] = docs["programmes.json"]["programmes"][0]
        return first

    return [
        ("unknown key", lambda d: shared(d)[0].update(anyof=[]), "unknown key 'anyof'"),
        ("unknown code", lambda d: shared(d)[0].update(any_of=[["SVESVE09"]]), "SVESVE09"),
        ("old code", lambda d: shared(d)[0].update(any_of=[["SV1201"]]), "not a Gy11 course"),
        ("empty set", lambda d: shared(d)[0].update(any_of=[[]]), "non-empty lists"),
        ("bad grade", lambda d: shared(d)[0].update(min_grade="F"), "min_grade"),
        ("old grade", lambda d: shared(d)[0].update(min_grade="VG"), "min_grade"),
        ("bad date", lambda d: shared(d)[0].update(valid_from="2026-13-01"), "not a date"),
        ("repeated id", lambda d: shared(d).append(dict(shared(d)[0])), "repeated"),
        ("no kind", lambda d: shared(d).append({"id": "x", "description": "x"}), "needs any_of"),
        (
            "unknown fact",
            lambda d: shared(d).append(
                {"id": "x", "description": "x", "fact": "shoe_size", "at_least": 3}
            ),
            "unknown fact",
        ),
        (
            "two tests",
            lambda d: shared(d).append(
                {"id": "x", "description": "x", "fact": "examen", "equals": "a", "present": True}
            ),
            "exactly one",
        ),
        (
            "unknown audit",
            lambda d: shared(d).append(
                {"id": "x", "description": "x", "fact": "examen", "equals": "a", "audit": "b"}
            ),
            "unknown examen",
        ),
        ("unknown reference", lambda d: programme(d)["requirements"].append("nope"), "nope"),
        ("repeated alias", lambda d: programme(d)["aliases"].append("A13"), "repeated"),
        ("empty requirements", lambda d: programme(d).update(requirements=[]), "non-empty"),
        (
            "substitution code",
            lambda d: programme(d)["substitutions"][0].update(by=["MEDMED09"]),
            "MEDMED09",
        ),
        (
            "wrong grundlaggande id",
            lambda d: d["grundlaggande.json"].update(id="gb"),
            "grundlaggande",
        ),
        (
            "no valid_from",
            lambda d: d["grundlaggande.json"]["routes"][0].pop("valid_from"),
            "valid_from",
        ),
        (
            "bad points",
            lambda d: d["examen.json"]["examens"][0].update(total_points=-1),
            "positive",
        ),
        ("not an object", lambda d: shared(d).append(["x"]), "expected a JSON object"),
        ("empty text", lambda d: shared(d)[0].update(description=""), "non-empty text"),
        ("sources not text", lambda d: shared(d)[0].update(sources=[1]), "list of text"),
        ("date not text", lambda d: shared(d)[0].update(valid_from=20260701), "must be a date"),
        ("flag not bool", lambda d: programme(d).update(verified="no"), "true or false"),
        (
            "repeated in a rule",
            lambda d: programme(d)["requirements"].append("matematik-2"),
            "repeated",
        ),
        (
            "fact value",
            lambda d: shared(d).append(
                {"id": "x", "description": "x", "fact": "examen", "equals": [1]}
            ),
            "must be text, a number",
        ),
        (
            "audit not text",
            lambda d: shared(d).append(
                {"id": "x", "description": "x", "fact": "examen", "equals": "a", "audit": 3}
            ),
            "audit must name an examen",
        ),
        (
            "substitution without sources",
            lambda d: programme(d)["substitutions"][0].pop("sources"),
            "needs courses",
        ),
        # Swedish first, English beside: a note needs both, a substitution its Swedish text.
        (
            "note in one language",
            lambda d: d["grundlaggande.json"]["notes"].append("Only English here."),
            "needs a Swedish 'sv' and an English 'en'",
        ),
        (
            "note without English",
            lambda d: d["grundlaggande.json"]["notes"].append({"sv": "Bara svenska."}),
            "needs a Swedish 'sv' and an English 'en'",
        ),
        (
            "substitution without Swedish",
            lambda d: programme(d)["substitutions"][0].pop("description_sv"),
            "description_sv",
        ),
    ]


@pytest.mark.parametrize(
    ("mutate", "problem"), [m[1:] for m in _mutations()], ids=[m[0] for m in _mutations()]
)
def test_malformed_rules_are_refused(
    catalogue: Catalogue, mutate: Callable[[dict[str, Any]], None], problem: str
) -> None:
    docs = shipped()
    mutate(docs)
    texts = {name: json.dumps(doc, ensure_ascii=False) for name, doc in docs.items()}
    with pytest.raises(DataFileError, match=problem):
        parse_rule_book(texts, catalogue)


def test_a_json_syntax_error_names_the_file_and_line(catalogue: Catalogue) -> None:
    texts = {name: json.dumps(doc) for name, doc in shipped().items()}
    texts["programmes.json"] = '{\n  "programmes": [\n  oops'
    with pytest.raises(DataFileError, match=r"programmes.json, line 3"):
        parse_rule_book(texts, catalogue)


def _book(catalogue: Catalogue, mutate: Callable[[dict[str, Any]], None]) -> RuleBook:
    docs = shipped()
    mutate(docs)
    texts = {name: json.dumps(doc, ensure_ascii=False) for name, doc in docs.items()}
    return parse_rule_book(texts, catalogue)


def test_an_old_code_of_one_programme_needs_no_alias(catalogue: Catalogue) -> None:
    def drop_alias(docs: dict[str, Any]) -> None:
        jurist = next(p for p in docs["programmes.json"]["programmes"] if p["id"] == "jurist")
        jurist.pop("aliases")

    assert _book(catalogue, drop_alias).resolve("a1") == "jurist"


def test_grundlaggande_is_valid_from_its_earliest_route(book: RuleBook) -> None:
    assert book.grundlaggande.valid_from() == date(1970, 7, 1)  # the linjegymnasium


def test_an_examen_may_hold_facts_and_dated_requirements(catalogue: Catalogue, make: Any) -> None:
    def extend(docs: dict[str, Any]) -> None:
        later = {
            "id": "later",
            "description": "x",
            "any_of": [["MATMAT05"]],
            "valid_from": "2030-01-01",
        }
        docs["examen.json"]["examens"][0]["requirements"] += ["examen-180-hp", later]
        docs["grundlaggande.json"]["routes"][0]["requirements"].append("komvuxarbete-yrkes")

    book = _book(catalogue, extend)
    evaluator = Evaluator(book, catalogue, make(degree_hp=180), on=date(2026, 11, 28))
    audit = evaluator.audit("hogskoleforberedande")
    met = {r.id: r.met for r in audit.requirements}
    assert met["examen-180-hp"] is True and "later" not in met
    route = evaluator.grundlaggande_routes()[0]
    assert [r.id for r in route.results] == ["examen-hogskoleforberedande", "komvuxarbete-yrkes"]
    assert route.results[1].options[0].points == 100


def test_with_no_open_route_the_first_route_in_force_is_shown(
    book: RuleBook, catalogue: Catalogue, make: Any
) -> None:
    # In 2005 only the slutbetyg route is in force, and without a slutbetyg it is not open.
    result = Evaluator(book, catalogue, make(), on=date(2005, 1, 1)).evaluate("grundlaggande")
    assert result.route == "komvux-slutbetyg" and not result.eligible
    assert result.points_missing == 400  # Sv 1, Sv 2, En 5, Ma 1; the slutbetyg itself is a fact


def test_person_read_texts_are_swedish_first_with_english_beside(book: RuleBook) -> None:
    """Names, notes and requirement texts exist in both languages (issue 14)."""
    gb = book.grundlaggande
    rules = [*gb.routes, *([gb.advanced] if gb.advanced else [])]
    rules += [p.rule for p in book.programmes] + [e.rule for e in book.examens.values()]
    for rule in rules:
        assert rule.name and rule.name_en, rule.id
        for note in rule.notes:
            assert note.sv and note.en and note.sv != note.en, (rule.id, note)
        for requirement in rule.requirements:
            assert requirement.description_sv, (rule.id, requirement.id)
    assert all(note.sv != note.en for note in gb.notes)
    for programme in book.programmes:
        for item in (*programme.substitutions, *programme.refused):
            assert item.description_sv and item.description_sv != item.description
    names = [book.title(t).sv for t in book.target_ids]
    assert len(set(names)) == len(names)  # names alone tell the targets apart (no ids shown)
    assert book.title("kpu").sv == "Kompletterande pedagogisk utbildning (KPU, avancerad nivå)"


def test_sources_have_their_swedish_beside(book: RuleBook) -> None:
    from larsam_desktop.domain.eligibility.rule_book_view import rule_entries

    english = next(s for s in book.source_texts if ", read 2026-12-03" in s)
    assert ", läst 2026-12-03" in book.source(english, "sv")
    assert book.source(english, "en") == english
    assert book.source("UHRFS 2024:7", "sv") == "UHRFS 2024:7"  # a title stays as published
    swedish = {s for e in rule_entries(book, "sv") for s in e.sources}
    assert not [s for s in swedish if ", read " in s or "programme pages" in s]
