"""The attacker (``attacker.py``) can fail: a count that the figures do pin is found pinned,
also after earlier solutions were kept for reuse, and a program changed after a solve is
not judged by solutions of the old one."""

from __future__ import annotations

from attacker import Attacker


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
