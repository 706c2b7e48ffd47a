"""Reading the rule book from ``resources/rules/*.json`` (format: README in that folder).

Every course code must be a Gy11 course in the catalogue (older and Gy25 courses reach
requirements through the equivalence table), every key must be known, every fact name and
examen reference must exist: a typo in a rule file fails loudly, naming the file and item.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from larsam_desktop.domain.bilingual import Bilingual
from larsam_desktop.domain.courses.catalogue import Catalogue, CourseSystem
from larsam_desktop.domain.courses.grades import Grade, GradeScale, parse_grade
from larsam_desktop.domain.courses.transcript import (
    DERIVED_FACTS,
    FACTS,
    INTYG_SUBJECTS,
    FactValue,
)
from larsam_desktop.domain.data_files import DataFileError
from larsam_desktop.domain.eligibility.rule_nodes import Node
from larsam_desktop.domain.eligibility.rules import (
    GRUNDLAGGANDE,
    Basis,
    CourseRequirement,
    ExamenRule,
    FactRequirement,
    FactTest,
    Grundlaggande,
    Programme,
    Refusal,
    Requirement,
    Rule,
    RuleBook,
    Substitution,
    UnlistedRequirement,
)

FILES = ("requirements.json", "grundlaggande.json", "examen.json", "programmes.json")


def load_rule_book(folder: Path, catalogue: Catalogue) -> RuleBook:
    """Read the rule book from ``folder`` (``resources/rules``)."""
    return parse_rule_book(
        {name: (folder / name).read_text(encoding="utf-8") for name in FILES}, catalogue
    )


def parse_rule_book(texts: Mapping[str, str], catalogue: Catalogue) -> RuleBook:
    documents = {name: _json(texts[name], name) for name in FILES}
    source_texts: dict[str, Bilingual] = {}
    for name, document in documents.items():
        _bilingual_sources(document, name, source_texts)
    reader = _Reader(catalogue)
    shared = documents["requirements.json"]
    reader.load_shared(Node(shared, "requirements.json", "the file"))
    examens = reader.examens(Node(documents["examen.json"], "examen.json", "the file"))
    book = RuleBook(
        grundlaggande=reader.grundlaggande(
            Node(documents["grundlaggande.json"], "grundlaggande.json", "the file")
        ),
        programmes=reader.programmes(
            Node(documents["programmes.json"], "programmes.json", "the file")
        ),
        examens=examens,
        source_texts=source_texts,
    )
    _check_targets(book)
    for file, where, examen_id in reader.audits:
        if examen_id not in examens:
            raise DataFileError(file, where, f"audit names unknown examen {examen_id!r}")
    return book


def _bilingual_sources(value: object, file: str, found: dict[str, Bilingual]) -> None:
    """Sources written ``{"sv": …, "en": …}`` (a title with notes in English beside) become
    their English text in the rules, the Swedish kept in ``found``; plain strings (titles
    and addresses as published) are the same in both languages."""
    if isinstance(value, list):
        for item in value:
            _bilingual_sources(item, file, found)
    if not isinstance(value, dict):
        return
    for key, item in value.items():
        if key == "sources" and isinstance(item, list):
            for index, source in enumerate(item):
                if isinstance(source, dict):
                    sv, en = source.get("sv"), source.get("en")
                    if set(source) != {"sv", "en"} or not isinstance(sv, str) or not sv \
                            or not isinstance(en, str) or not en:  # fmt: skip
                        raise DataFileError(
                            file, str(en or sv or source), "a source needs a Swedish 'sv' and an "
                            "English 'en'"
                        )  # fmt: skip
                    item[index] = en
                    found[en] = Bilingual(sv, en)
        else:
            _bilingual_sources(item, file, found)


def _json(text: str, file: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataFileError(file, f"line {exc.lineno}", exc.msg) from None


class _Reader:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.shared: dict[str, Requirement] = {}
        self.audits: list[tuple[str, str, str]] = []
        self._defaults: Basis | None = None

    def load_shared(self, node: Node) -> None:
        node.get("about")
        for index, item in enumerate(node.items("requirements")):
            requirement = self.requirement(Node(item, node.file, f"requirement {index + 1}"))
            if requirement.id in self.shared:
                raise node.error(f"requirement id {requirement.id!r} is repeated")
            self.shared[requirement.id] = requirement
        node.done()

    def requirements(self, node: Node) -> tuple[Requirement, ...]:
        found: list[Requirement] = []
        for index, item in enumerate(node.items("requirements")):
            if isinstance(item, str):
                if item not in self.shared:
                    raise node.error(f"unknown requirement {item!r}")
                found.append(self.shared[item])
            else:
                where = f"{node.where}, requirement {index + 1}"
                found.append(self.requirement(Node(item, node.file, where)))
        ids = [r.id for r in found]
        if len(set(ids)) != len(ids):
            raise node.error("a requirement id is repeated")
        return tuple(found)

    def requirement(self, node: Node) -> Requirement:
        id_, description = node.text("id"), node.text("description")
        node.where = f"{node.where} ({id_})"
        basis = node.basis()
        valid_from, sources = basis.valid_from, basis.sources
        description_sv = node.optional_text("description_sv")
        only = node.texts("only_with_routes")
        requirement: Requirement
        if node.has("any_of"):
            subject = node.get("intyg_subject")
            if subject is not None and subject not in INTYG_SUBJECTS:
                raise node.error(f"intyg_subject must be one of {', '.join(INTYG_SUBJECTS)}")
            requirement = CourseRequirement(
                id=id_,
                description=description,
                any_of=self.course_sets(node),
                min_grade=self.min_grade(node),
                valid_from=valid_from,
                sources=sources,
                basis=basis,
                description_sv=description_sv,
                intyg_subject=str(subject) if subject else None,
                only_with_routes=only,
            )
        elif node.has("fact"):
            requirement = self.fact(node, id_, description, valid_from, sources)
            requirement = dataclasses.replace(
                requirement, basis=basis, description_sv=description_sv, only_with_routes=only
            )
        elif node.has("unlisted_points"):
            requirement = UnlistedRequirement(
                id_,
                description,
                node.integer("unlisted_points"),
                valid_from,
                sources,
                basis,
                description_sv,
                only,
            )
        else:
            raise node.error("a requirement needs any_of, fact or unlisted_points")
        node.done()
        return requirement

    def course_sets(self, node: Node) -> tuple[tuple[str, ...], ...]:
        sets: list[tuple[str, ...]] = []
        for item in node.items("any_of"):
            if not isinstance(item, list) or not item:
                raise node.error("any_of must hold non-empty lists of course codes")
            sets.append(tuple(self.gy11_code(node, code) for code in item))
        return tuple(sets)

    def gy11_code(self, node: Node, code: object) -> str:
        if not isinstance(code, str) or code not in self.catalogue:
            raise node.error(f"unknown course code {code!r}")
        if self.catalogue.get(code).system is not CourseSystem.GY11:
            raise node.error(f"{code} is not a Gy11 course (use the equivalence table)")
        return code

    def known_code(self, node: Node, code: str) -> str:
        """Any catalogue course (a substitution may name an older course: Naturkunskap A)."""
        if code not in self.catalogue:
            raise node.error(f"unknown course code {code!r}")
        return code

    def min_grade(self, node: Node) -> Grade:
        text = node.text("min_grade", "E")
        grade = parse_grade(text)
        if grade is None or grade.scale is not GradeScale.A_TO_F or not grade.passes:
            raise node.error(f"min_grade must be one of A–E, not {text!r}")
        return grade

    def fact(
        self,
        node: Node,
        id_: str,
        description: str,
        valid_from: date | None,
        sources: tuple[str, ...],
    ) -> FactRequirement:
        fact = node.text("fact")
        if fact not in (*FACTS, *DERIVED_FACTS):
            known = ", ".join((*FACTS, *DERIVED_FACTS))
            raise node.error(f"unknown fact {fact!r}; facts are {known}")
        tests = [test for test in FactTest if node.has(test.value)]
        if len(tests) != 1:
            raise node.error(
                "a fact requirement needs exactly one of equals, at_least, at_most, present"
            )
        value = node.get(tests[0].value)
        if not isinstance(value, str | int | float | bool):
            raise node.error(f"{tests[0].value} must be text, a number or true/false")
        audit = node.get("audit")
        if audit is not None:
            if not isinstance(audit, str):
                raise node.error("audit must name an examen")
            self.audits.append((node.file, node.where, audit))
        fact_value: FactValue = value
        return FactRequirement(
            id_, description, fact, tests[0], fact_value, audit, valid_from, sources
        )

    def rule(self, node: Node, defaults: Node | None = None) -> Rule:
        def inherited_text(key: str) -> str:
            return node.text(key, defaults.text(key) if defaults else None)

        basis = node.basis(self.default_basis(defaults) if defaults else None)
        if basis.valid_from is None:
            raise node.error("valid_from is required")
        return Rule(
            id=node.text("id"),
            name=node.text("name"),
            valid_from=basis.valid_from,
            valid_from_basis=inherited_text("valid_from_basis"),
            sources=basis.sources,
            requirements=self.requirements(node),
            notes=node.bilinguals("notes"),
            courses_completed_by=node.date("courses_completed_by"),
            basis=basis,
            name_en=node.optional_text("name_en"),
            gather=node.texts("gather"),
            gather_sv=node.texts("gather_sv"),
        )

    def default_basis(self, defaults: Node) -> Basis:
        if self._defaults is None:
            self._defaults = defaults.basis()
        return self._defaults

    def grundlaggande(self, node: Node) -> Grundlaggande:
        if node.text("id") != GRUNDLAGGANDE:
            raise node.error(f"the id must be {GRUNDLAGGANDE!r}")
        routes = []
        for index, item in enumerate(node.items("routes")):
            route_node = Node(item, node.file, f"route {index + 1}")
            routes.append(self.rule(route_node))
            route_node.done()
        advanced = None
        if node.has("advanced"):
            advanced_node = Node(node.get("advanced"), node.file, "advanced")
            advanced = self.rule(advanced_node)
            advanced_node.done()
        result = Grundlaggande(
            name=node.text("name"),
            sources=node.texts("sources"),
            notes=node.bilinguals("notes"),
            routes=tuple(routes),
            advanced=advanced,
            name_en=node.optional_text("name_en"),
        )
        node.done()
        return result

    def examens(self, node: Node) -> dict[str, ExamenRule]:
        node.get("about")
        found: dict[str, ExamenRule] = {}
        for index, item in enumerate(node.items("examens")):
            examen_node = Node(item, node.file, f"examen {index + 1}")
            examen = ExamenRule(
                rule=self.rule(examen_node),
                total_points=examen_node.integer("total_points"),
                passed_points=examen_node.integer("passed_points"),
            )
            examen_node.done()
            found[examen.rule.id] = examen
        node.done()
        return found

    def programmes(self, node: Node) -> tuple[Programme, ...]:
        node.get("about")
        defaults = Node(node.get("defaults"), node.file, "defaults")
        found: list[Programme] = []
        for index, item in enumerate(node.items("programmes")):
            item_node = Node(item, node.file, f"programme {index + 1}")
            programme = Programme(
                rule=self.rule(item_node, defaults),
                old_code=item_node.text("old_code") if item_node.has("old_code") else None,
                aliases=item_node.texts("aliases"),
                substitutions=self.substitutions(item_node),
                verified=item_node.flag("verified", True),
                refused=self.refusals(item_node),
                advanced=item_node.flag("advanced", False),
            )
            item_node.done()
            found.append(programme)
        defaults.done()
        node.done()
        return tuple(found)

    def substitutions(self, node: Node) -> tuple[Substitution, ...]:
        if not node.has("substitutions"):
            return ()
        found: list[Substitution] = []
        for index, item in enumerate(node.items("substitutions")):
            sub = Node(item, node.file, f"{node.where}, substitution {index + 1}")
            by = sub.texts("by")
            found.append(
                Substitution(
                    id=sub.text("id"),
                    description=sub.text("description"),
                    replaces=self.gy11_code(sub, sub.text("replaces")),
                    by=tuple(self.known_code(sub, code) for code in by),
                    sources=sub.texts("sources"),
                    description_sv=sub.text("description_sv"),
                )
            )
            if not by or not found[-1].sources:
                raise sub.error("a substitution needs courses (by) and sources")
            sub.done()
        return tuple(found)

    def refusals(self, node: Node) -> tuple[Refusal, ...]:
        if not node.has("refused"):
            return ()
        found: list[Refusal] = []
        for index, item in enumerate(node.items("refused")):
            sub = Node(item, node.file, f"{node.where}, refused {index + 1}")
            code = sub.text("code")
            if code not in self.catalogue or not self.catalogue.equivalences_from(code):
                raise sub.error(f"{code!r} starts no equivalence in the catalogue")
            found.append(
                Refusal(
                    code,
                    sub.text("description"),
                    sub.texts("sources"),
                    description_sv=sub.text("description_sv"),
                )
            )
            if not found[-1].sources:
                raise sub.error("a refusal needs sources")
            sub.done()
        return tuple(found)


def _check_targets(book: RuleBook) -> None:
    seen: set[str] = set()
    for name in (*book.target_ids, *(a for p in book.programmes for a in p.aliases)):
        key = name.casefold()
        if key in seen:
            raise DataFileError("programmes.json", name, "the target id or alias is repeated")
        seen.add(key)
