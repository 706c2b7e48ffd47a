"""How deep the probabilistic tests go: quick by default (``make test``, CI), deep on demand.

``LARSAM_TEST_DEPTH=deep make test`` (or with ``pytest``) runs more race trials
(tests/storage/test_races.py: 40 folders raced a test, 10 quick), more hypothesis cohorts in
the slowest attacker test (tests/unit/domain/statistics/test_attacker.py), the whole
generated caseload of tests/services/test_bulk_equivalence.py, and in
tests/storage/test_fault_injection.py 200 random kills (80 quick) and a kill after every
repetition of a repeated step (quick: its first, second and last). The quick numbers are
the same tests with fewer rounds: each round can still fail on its own, a rare interleaving
or cohort is just less likely to come up in one run (docs/performance.md, "The test suite").
"""

from __future__ import annotations

import os

DEPTH_ENV = "LARSAM_TEST_DEPTH"


def deep() -> bool:
    return os.environ.get(DEPTH_ENV, "").strip().lower() == "deep"


def rounds(quick: int, deep_rounds: int) -> int:
    """``quick`` rounds by default, ``deep_rounds`` with ``LARSAM_TEST_DEPTH=deep``."""
    return deep_rounds if deep() else quick
