"""How deep the probabilistic tests go: quick by default (``make test``, CI), deep on demand.

``LARSAM_TEST_DEPTH=deep make test`` (or with ``pytest``) runs more race trials
(tests/storage/test_races.py) and more hypothesis cohorts in the slowest attacker test
(tests/unit/domain/statistics/test_attacker.py). The quick numbers are the same tests with
fewer rounds: each round can still fail on its own, a rare interleaving or cohort is just
less likely to come up in one run (docs/performance.md, "The test suite").
"""

from __future__ import annotations

import os

DEPTH_ENV = "LARSAM_TEST_DEPTH"


def deep() -> bool:
    return os.environ.get(DEPTH_ENV, "").strip().lower() == "deep"


def rounds(quick: int, deep_rounds: int) -> int:
    """``quick`` rounds by default, ``deep_rounds`` with ``LARSAM_TEST_DEPTH=deep``."""
    return deep_rounds if deep() else quick
