"""How the student group's cold path reads one target's signatures, rule by rule
(``group_gaps``): for each rule an evaluation checks, which of the signature's tests, which
class of passed courses and which audits its outcome's key is cut from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter

from larsam_desktop.domain.eligibility.results import RouteOutcome
from larsam_desktop.domain.eligibility.rule_memo import RuleMemo
from larsam_desktop.domain.eligibility.rules import (
    GRUNDLAGGANDE,
    FactRequirement,
    Programme,
    Rule,
    RuleBook,
    UnknownTarget,
)

Pick = Callable[[tuple[bool, ...]], object]  # some of a signature's tests, as a key part


def pick(places: list[int]) -> Pick:
    """The tests at ``places`` (one C call: this runs 16 times per signature)."""
    if not places:
        return lambda _tests: ()
    return itemgetter(*places)


@dataclass(frozen=True, slots=True)
class Reads:
    """What one rule's outcome reads of a signature (see the module)."""

    rule: Rule
    programme: Programme | None
    identity: tuple[int, str | None]  # the rule and programme (part of its keys: every
    # target's layout shares the outcomes)
    passed: int  # the class of passed courses it reads (``Layout.classes``)
    tests: Pick  # its fact tests and intyg subjects, picked from the signature's
    # per fact an audit stands in for: the test's place, the examen's id, its class of
    # courses, its fact tests and its place in the points short
    audits: tuple[tuple[int, str, int, Pick, int], ...]
    reads_courses: bool  # False: its outcome depends on its facts alone


@dataclass(frozen=True, slots=True)
class Layout:
    """How the signatures of one target are read, rule by rule."""

    classes: tuple[tuple[frozenset[str], int, int], ...]  # reach, top rank, flag (-1: none)
    routes: tuple[Reads, ...]  # the routes in force, in the book's order (GapEvaluator's)
    advanced: Reads | None  # an advanced-level programme: its grundläggande rule instead
    programme: Reads | None  # None for grundläggande behörighet itself
    no_route: bool  # no route in force: RuleNotInForce, as ``grundlaggande_routes`` says
    course_routes: tuple[int, ...] = ()  # the routes' places whose outcome reads courses
    dated: frozenset[str] = frozenset()  # the courses a rule with a deadline reads
    # per signature tests: the outcomes of the routes that read facts alone (None between)
    by_tests: dict[tuple[bool, ...], list[RouteOutcome | None]] = field(default_factory=dict)


def make_layout(
    book: RuleBook,
    memo: RuleMemo,
    lens: tuple[tuple[FactRequirement, ...], tuple[str, ...]],
    deadline_dates: tuple[date, ...],
    on: date,
    target_id: str,
) -> Layout | None:
    """How ``target_id``'s signatures are read: ``lens`` is the signature's fact tests and
    intyg subjects in order; None when a rule has a deadline the flags do not name."""
    facts, subjects_read = lens
    places: dict[int, int] = {}
    for place, requirement in enumerate(facts):
        places.setdefault(id(requirement), place)
    subject_places = {s: len(facts) + i for i, s in enumerate(subjects_read)}
    dates = {d: i for i, d in enumerate(deadline_dates)}
    classes: dict[tuple[frozenset[str], int, int], int] = {}
    examens = list(book.examens)

    def passed_class(reach: frozenset[str], top: int, flag: int) -> int:
        return classes.setdefault((reach, top, flag), len(classes))

    def reads(rule: Rule, programme: Programme | None) -> Reads | None:
        reach, top, fact_tests, subjects = memo.lens(rule, programme)
        deadline = rule.courses_completed_by
        if deadline is not None and deadline not in dates:
            return None
        flag = -1 if deadline is None else dates[deadline]
        audits = []
        for requirement in rule.requirements:
            if not isinstance(requirement, FactRequirement) or requirement.audit is None:
                continue
            examen = book.examens[requirement.audit]
            e_reach, e_top, e_tests, _subjects = memo.lens(examen.rule, None)
            audits.append((
                places[id(requirement)], requirement.audit,
                passed_class(e_reach, e_top, -1),
                pick([places[id(r)] for r in e_tests]), examens.index(requirement.audit),
            ))  # fmt: skip
        tests = [*(places[id(r)] for r in fact_tests), *(subject_places[s] for s in subjects)]
        identity = (id(rule), programme.id if programme else None)
        return Reads(
            rule, programme, identity, passed_class(reach, top, flag), pick(tests),
            tuple(audits), reads_courses=bool(reach) or bool(audits),
        )  # fmt: skip

    try:
        resolved = book.resolve(target_id)
    except UnknownTarget:
        resolved = None
    programme: Programme | None = None
    if resolved is not None and resolved != GRUNDLAGGANDE:
        programme = book.programme(resolved)
    if resolved is not None and resolved != target_id:
        return None  # an alias: the plain bulk path, as before
    if resolved is None or (programme is not None and not programme.rule.in_force(on)):
        return Layout((), (), None, None, no_route=True)  # UnknownTarget, RuleNotInForce
    in_force = [r for r in book.grundlaggande.routes if r.in_force(on)]
    routes = [reads(route, None) for route in in_force]
    advanced_rule = book.grundlaggande.advanced
    advanced = None
    if programme is not None and programme.advanced and advanced_rule is not None:
        advanced = reads(advanced_rule, None)
        if advanced is None:
            return None
    own = reads(programme.rule, programme) if programme else None
    if any(r is None for r in routes) or (programme is not None and own is None):
        return None
    found = tuple(r for r in routes if r is not None)
    return Layout(
        tuple(classes),
        found,
        advanced,
        own,
        no_route=not in_force and advanced is None,
        course_routes=tuple(i for i, r in enumerate(found) if r.reads_courses),
        dated=frozenset().union(*(reach for reach, _top, flag in classes if flag >= 0)),
    )
