"""The attacker (``attacker.py``) can fail: a count that the figures do pin is found pinned,
also after earlier solutions were kept for reuse, and a program changed after a solve is
not judged by solutions of the old one; the team attacks (``test_team_attack.py``) find
the learner when the figures are exact."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from attacker import Attacker
from test_attacker import Person
from test_team_attack import adjacent_attack, overlapping_attack

from larsam_desktop.domain.statistics.facts import MAIN_LINE


def test_a_count_the_figures_pin_is_found_pinned() -> None:
    attacker = Attacker(k=5)
    a, b, c = attacker.var(), attacker.var(), attacker.var()
    attacker.constrain({a: 1, b: 1, c: 1}, 9, 9)  # a published total
    attacker.bound(b, 4, 4)  # published exactly
    attacker.bound(c, 0, 6)
    assert attacker.feasible()
    assert not attacker.pinned({a: 1}, 3)  # c is free: a is anything in 0..5
    assert not attacker.pinned({c: 1}, 2)
    attacker.bound(c, 2, 2)  # now c is published too
    assert attacker.pinned({a: 1}, 3)  # 9 - 4 - 2, whatever was solved before
    assert attacker.pinned({a: 1, c: 1}, 5)


def test_kept_solutions_never_make_a_pinned_count_look_free() -> None:
    attacker = Attacker(k=5)
    a, b = attacker.var(), attacker.var()
    attacker.constrain({a: 1, b: 1}, 7, 7)
    attacker.bound(b, 0, 10)
    assert not attacker.pinned({b: 1}, 4)  # solved: solutions with b = 0 and b = 7 kept
    attacker.constrain({b: 1}, 4, 4)
    assert attacker.pinned({a: 1}, 3)
    assert attacker.pinned({b: 1}, 4)


def _same(n: int) -> list[Person]:
    """``n`` learners alike but for their record keys."""
    base = Person(
        start=date(2025, 3, 1),
        steps=(date(2025, 3, 1), date(2025, 5, 1), *([None] * (len(MAIN_LINE) - 2))),
        municipality="Sundsvall",
        learning_centre="Lärcentrum A",
        gender="woman",
        birth_year=1995,
        foreign_born=False,
        prior_education="grundskola",
        record_key=0,
    )
    return [replace(base, record_key=(7 + 31 * i) % 256) for i in range(n)]


def test_the_team_attacks_find_the_learner_when_figures_are_exact() -> None:
    """Two teams' exports that differ by one learner, read as exact figures (no noise):
    the attacks pin the learner's group (adjacent) and the one-learner group behind
    the exports (overlapping), so ``test_team_attack`` can fail."""
    team_b = _same(10)
    extra = replace(team_b[0], record_key=200)  # one more learner alike
    exact = adjacent_attack(team_b, extra, exact=True)
    assert ("learner", "furthest_stage_by_municipality", "Sundsvall") in exact
    assert ("learner", "furthest_stage_by_gender", "Women") in exact
    leaks = overlapping_attack([extra], [], team_b, exact=True)
    assert any(leak[0] == "part" and leak[-1] == 1 for leak in leaks), leaks
