"""The cell key method: consistent perturbation of published counts.

Every learner has a permanent random *record key* in ``0..KEY_RANGE-1`` (stored with the
learner, never exported or shown). The *cell key* of a group of learners is the sum of
their record keys modulo ``KEY_RANGE``; it depends only on who is in the group, so the same
group gets the same cell key, and hence the same published figure, in every table and
every export. A published count is its true count plus the noise the perturbation table
gives for the cell key. The difference between two exports is then noise plus whatever
changed, never a learner for certain.

The perturbation table (``PTABLE``): for every count of at least k (smaller counts are
hidden, zeros are published as 0 without noise) the noise is

    -2 with probability 1/16, -1 with 1/4, 0 with 3/8, +1 with 1/4, +2 with 1/16

(maximum noise D = 2, variance V = 1, mean 0). With k >= 5 no published count is 0 or
negative. A published count may be below k (at least k - 2); the true count is at least k.
Cell keys are spread over the noise values by ``KEY_RANGE`` buckets exactly in those
proportions (16, 64, 96, 64, 16 of 256), as the ONS and ABS tables do with their 256 keys.

Evaluated and not used: the ``cell-key-perturbation`` package (ONS, 3.1.0) applies the
same method to a pandas DataFrame of microdata with a 2 MB table; it needs pandas at run
time (start-up, size of the frozen build) and suppresses after perturbing, while the
tables here are built column by column and suppressed before perturbation (so linked
tables are suppressed as one system on the true counts).
"""

from __future__ import annotations

from collections.abc import Iterable

KEY_RANGE = 256
MAX_NOISE = 2
VARIANCE = 1.0
PTABLE_ID = "larsam-ptable-1 (D=2, V=1, 256 keys, n-independent for n >= k)"
# (noise, number of the 256 cell keys that get it)
_BUCKETS = ((-2, 16), (-1, 64), (0, 96), (1, 64), (2, 16))


def _table() -> tuple[int, ...]:
    noise: list[int] = []
    for value, share in _BUCKETS:
        noise.extend([value] * share)
    # Spread each value over the keys (a fixed interleaving, part of PTABLE_ID): a record
    # key is uniform, so the order does not change the probabilities; it only keeps
    # neighbouring keys from sharing a value.
    return tuple(noise[(i * 167) % KEY_RANGE] for i in range(KEY_RANGE))


PTABLE: tuple[int, ...] = _table()


def cell_key(record_keys: Iterable[int]) -> int:
    return sum(record_keys) % KEY_RANGE


def noise(key: int) -> int:
    return PTABLE[key % KEY_RANGE]


def perturbed(count: int, key: int) -> int:
    """The published value of a count that is published at all (0 stays 0)."""
    if count == 0:
        return 0
    return count + PTABLE[key % KEY_RANGE]


def parameters() -> list[tuple[str, str]]:
    """The method's parameters as manifest lines."""
    return [
        ("perturbation", "cell key method"),
        ("ptable", PTABLE_ID),
        ("max_noise", str(MAX_NOISE)),
        ("variance", f"{VARIANCE:g}"),
    ]
