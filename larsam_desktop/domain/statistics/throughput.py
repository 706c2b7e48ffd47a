"""Throughput (genomströmning): learners who started university studies in the period, by
what became of them — still studying, completed, discontinued — per offering and per
target group (issue 17), as count tables of the protected demand report.

A learner *started* when the pathway records Studying (or Completed) or a university
progress list records them registered; the first such date is the start. *Completed*: the
pathway's Completed stage or a progress list's completed line; else *Discontinued*: a
discontinued step or line after the start; else *Studying*. Everything is as of the end
of the period.

Every table counts the same learners with the same columns (one population, one column
dimension), so the column totals are one figure in all of them and are protected together;
an offering table has a row for learners with no offering recorded, so its totals are
those of the others too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from larsam_desktop.domain.bilingual import Bilingual
from larsam_desktop.domain.pathway import STAGE_TITLES, Stage
from larsam_desktop.domain.statistics.aggregate import (
    BREAKDOWNS,
    counts_and_keys,
    stage_and_key,
)
from larsam_desktop.domain.statistics.tables import CountTable

STUDYING, COMPLETED, DISCONTINUED = 0, 1, 2
OUTCOMES = tuple(STAGE_TITLES[s].en for s in (Stage.STUDYING, Stage.COMPLETED, Stage.DISCONTINUED))
POPULATION = "throughput"
COLUMN_DIMENSION = "Outcome"
NO_OFFERING = "No offering recorded"
OFFERING_DIMENSION = "Offering"


@dataclass(frozen=True, slots=True)
class ThroughputFacts:
    """One entry per learner who started (nothing identifying)."""

    outcome: Sequence[int]  # STUDYING, COMPLETED or DISCONTINUED
    offering: Sequence[str]  # the offering's label, or NO_OFFERING
    prior_education: Sequence[str]  # the statistics' group labels (aggregate.BREAKDOWNS)
    foreign_born: Sequence[str]
    first_generation: Sequence[str]
    record_key: Sequence[int]


# (table name, row dimension, facts attribute, statistics breakdown giving the row order)
_GROUPS = (
    ("throughput_by_prior_education", "Prior education", "prior_education", "by_prior_education"),
    ("throughput_by_foreign_born", "Foreign-born", "foreign_born", "by_foreign_born"),
    (
        "throughput_by_first_generation",
        "First generation in higher education",
        "first_generation",
        "by_first_generation",
    ),
)
TABLE_NAMES = ("throughput_by_offering", *(name for name, _, _, _ in _GROUPS))


def _table(
    name: str,
    dimension: str,
    groups: Sequence[str],
    rows: Sequence[str],
    facts: ThroughputFacts,
    title: str,
) -> CountTable:
    counts, keys = counts_and_keys(groups, stage_and_key(list(facts.outcome), facts.record_key))
    present = list(rows) + sorted(set(groups) - set(rows))
    return CountTable.from_cells(
        name=name,
        title=title,
        population=POPULATION,
        row_dimension=dimension,
        column_dimension=COLUMN_DIMENSION,
        rows=present,
        columns=OUTCOMES,
        cells=[[counts[(g, s)] for s in range(len(OUTCOMES))] for g in present],
        keys=[[keys.get((g, s), 0) for s in range(len(OUTCOMES))] for g in present],
    )


def throughput_tables(facts: ThroughputFacts, offerings: Sequence[str] = ()) -> list[CountTable]:
    """Exact tables (with cell keys): per offering (``offerings``: every offering of the
    period, learners or not, then ``NO_OFFERING``) and per target group."""
    orders = {b.name: b.order for b in BREAKDOWNS}
    tables = [
        _table(
            "throughput_by_offering",
            OFFERING_DIMENSION,
            facts.offering,
            [*sorted(set(offerings) - {NO_OFFERING}), NO_OFFERING],
            facts,
            TITLES["throughput_by_offering"],
        )
    ]
    for name, dimension, attribute, breakdown in _GROUPS:
        tables.append(
            _table(
                name,
                dimension,
                getattr(facts, attribute),
                orders[breakdown],
                facts,
                TITLES[name],
            )
        )
    return tables


TITLES = {
    "throughput_by_offering": "Learners who started university studies, by offering and outcome",
    "throughput_by_prior_education": (
        "Learners who started university studies, by prior education and outcome"
    ),
    "throughput_by_foreign_born": (
        "Learners who started university studies, by foreign-born and outcome"
    ),
    "throughput_by_first_generation": (
        "Learners who started university studies, by first generation and outcome"
    ),
}
_SV_TITLES = {
    "throughput_by_offering": (
        "Deltagare som börjat studera på högskolan, efter utbildning och utfall"
    ),
    "throughput_by_prior_education": (
        "Deltagare som börjat studera på högskolan, efter tidigare utbildning och utfall"
    ),
    "throughput_by_foreign_born": (
        "Deltagare som börjat studera på högskolan, efter utrikes född och utfall"
    ),
    "throughput_by_first_generation": (
        "Deltagare som börjat studera på högskolan, efter första generationen och utfall"
    ),
}
THROUGHPUT_LABELS: tuple[tuple[str, Bilingual], ...] = (
    # Studying and Completed are the stages' titles, labelled already.
    (OUTCOMES[DISCONTINUED], STAGE_TITLES[Stage.DISCONTINUED]),
    (COLUMN_DIMENSION, Bilingual("Utfall", COLUMN_DIMENSION)),
    (OFFERING_DIMENSION, Bilingual("Utbildning", OFFERING_DIMENSION)),
    (NO_OFFERING, Bilingual("Ingen utbildning angiven", NO_OFFERING)),
    *((TITLES[name], Bilingual(_SV_TITLES[name], TITLES[name])) for name in TITLES),
)
THROUGHPUT_SHEET_NAMES: dict[str, Bilingual] = {
    "throughput_by_offering": Bilingual("Genomströmning, utbildning", "Throughput, offering"),
    "throughput_by_prior_education": Bilingual(
        "Genomströmning, tidigare utb.", "Throughput, prior education"
    ),
    "throughput_by_foreign_born": Bilingual(
        "Genomströmning, utrikes född", "Throughput, foreign-born"
    ),
    "throughput_by_first_generation": Bilingual(
        "Genomströmning, första gen.", "Throughput, first generation"
    ),
}
