"""Regional demand: learners aiming at each programme, per municipality and per term in
which they can be eligible (issue 17), as a count table for the protected demand report.

Each learner with a target programme counts once, in the row of their programme and home
municipality and in the column of the first term they can be eligible:

* **Eligible now**: the evaluated standing says the learner meets the target (the same
  standing the caseload shows, ``domain.behorighet``);
* a **term**: the term after the last course of the learner's current study plan towards
  that target (the plan's courses done, the learner can apply for the next term); a plan
  finished already without an eligible standing counts for the first term after the period.
  Without such a plan, the student group's gap logic (``domain.offering_gap``): the
  shortest gap at half pace, studied from the term after the period;
* **Later**: beyond the last term listed; **No plan yet**: no plan towards the target and
  no gap that studying can close (a requirement only a fact or decision meets).

The columns depend only on the period (the first ``TERMS_AHEAD`` terms after it), so two
lärcentra's exports of the same period have the same columns and ``stats merge`` adds them.
Rows are every (programme, municipality) pair of the folder's programmes and municipalities,
learners in it or not, so that a row does not appear only when someone is in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from larsam_desktop.domain.bilingual import Bilingual
from larsam_desktop.domain.statistics.aggregate import Period, counts_and_keys, stage_and_key
from larsam_desktop.domain.statistics.facts import term_from_code, term_of, term_sort_key
from larsam_desktop.domain.statistics.protection import protect_all, protect_times
from larsam_desktop.domain.statistics.report import TOTALS_NOTE, ProtectedReport, manifest_for
from larsam_desktop.domain.statistics.tables import CountTable, TimeTable

TERMS_AHEAD = 4
ELIGIBLE_NOW = "Eligible now"
LATER = "Later"
NO_PLAN = "No plan yet"
POPULATION = "demand"
ROW_DIMENSION = "Programme – municipality"
COLUMN_DIMENSION = "Can be eligible"
TABLE = "demand_by_programme_and_municipality"
TITLE = "Learners aiming at a programme, by programme, home municipality and first term eligible"
SEPARATOR = " – "


def term_code(term: str) -> int:
    year, autumn = term_sort_key(term)
    return year * 2 + autumn


def columns_after(last_term: str) -> tuple[str, ...]:
    """The columns of a report whose period ends in ``last_term``."""
    first = term_code(last_term) + 1
    terms = tuple(term_from_code(code) for code in range(first, first + TERMS_AHEAD))
    return (ELIGIBLE_NOW, *terms, LATER, NO_PLAN)


def bucket(eligible_now: bool, plan_last_term: str | None, last_term: str) -> int:
    """The column index of one learner (see the module's rules)."""
    if eligible_now:
        return 0
    if plan_last_term is None:
        return TERMS_AHEAD + 2
    ahead = term_code(plan_last_term) + 1 - term_code(last_term)
    return min(max(ahead, 1), TERMS_AHEAD + 1)


@dataclass(frozen=True, slots=True)
class DemandFacts:
    """One entry per learner with a target (nothing identifying; the key is never shown)."""

    programme: Sequence[str]
    municipality: Sequence[str]
    column: Sequence[int]  # bucket()
    record_key: Sequence[int]


def row_label(programme: str, municipality: str) -> str:
    return f"{programme}{SEPARATOR}{municipality}"


def demand_table(
    facts: DemandFacts,
    last_term: str,
    programmes: Sequence[str] = (),
    municipalities: Sequence[str] = (),
) -> CountTable:
    """The exact table (with cell keys) for a period ending in ``last_term``; rows are every
    pair of ``programmes`` (and those in ``facts``) and ``municipalities`` (likewise)."""
    columns = columns_after(last_term)
    labels = [row_label(p, m) for p, m in zip(facts.programme, facts.municipality, strict=True)]
    counts, keys = counts_and_keys(labels, stage_and_key(list(facts.column), facts.record_key))
    all_programmes = sorted(set(programmes) | set(facts.programme))
    all_municipalities = sorted(set(municipalities) | set(facts.municipality))
    rows = [row_label(p, m) for p in all_programmes for m in all_municipalities]
    return CountTable.from_cells(
        name=TABLE,
        title=TITLE,
        population=POPULATION,
        row_dimension=ROW_DIMENSION,
        column_dimension=COLUMN_DIMENSION,
        rows=rows,
        columns=columns,
        cells=[[counts[(r, c)] for c in range(len(columns))] for r in rows],
        keys=[[keys.get((r, c), 0) for c in range(len(columns))] for r in rows],
    )


# The report has no time table; an empty one keeps the export's layout (and merge) as is.
NO_TIMES = TimeTable("no_time_table", "No time table in this report", "Group", (), ("-",), (), ())


def protect_demand(
    tables: Sequence[CountTable],
    period: Period,
    k: int,
    *,
    app_version: str,
    created_at: datetime,
    series: int = 1,
) -> ProtectedReport:
    """The demand table and the throughput tables protected as one system (the same
    disclosure control as the statistics: ``protection.protect_all`` and the cell keys),
    with a manifest of the method; ``stats merge`` adds such reports from lärcentra."""
    protected = protect_all(tables, k)
    manifest = manifest_for(
        period,
        k,
        [t.name for t in tables],
        NO_TIMES.name,
        app_version,
        created_at,
        series=series,
    )
    report = ProtectedReport(
        manifest, tuple(protected), protect_times(NO_TIMES, k), notes=(TOTALS_NOTE, DEMAND_NOTE)
    )
    return report.sealed()


def last_term(period: Period) -> str:
    return term_of(period.end)


# Labels of the demand and throughput tables (registered in labels.py), Swedish first.
DEMAND_LABELS: tuple[tuple[str, Bilingual], ...] = (
    (ELIGIBLE_NOW, Bilingual("Behörig nu", ELIGIBLE_NOW)),
    (LATER, Bilingual("Senare", LATER)),
    (NO_PLAN, Bilingual("Ingen studieplan än", NO_PLAN)),
    (ROW_DIMENSION, Bilingual("Program – kommun", ROW_DIMENSION)),
    (COLUMN_DIMENSION, Bilingual("Kan bli behörig", COLUMN_DIMENSION)),
    (
        TITLE,
        Bilingual(
            "Deltagare som siktar mot ett program, efter program, hemkommun och första "
            "termin med behörighet",
            TITLE,
        ),
    ),
)
DEMAND_SHEET_NAMES: dict[str, Bilingual] = {
    TABLE: Bilingual("Efterfrågan, program, kommun", "Demand, programme, municipality"),
}
DEMAND_NOTE = (
    "Regional demand: learners with a target programme, counted once each, by the first term "
    "they can be eligible (evaluated standing, else the current study plan). Planning data "
    "for decentralised programmes, protected like the statistics."
)
DEMAND_NOTES: dict[str, Bilingual] = {
    DEMAND_NOTE: Bilingual(
        "Regional efterfrågan: deltagare med ett målprogram, var och en räknad en gång, efter "
        "första termin de kan bli behöriga (bedömd behörighet, annars den aktuella "
        "studieplanen). Planeringsunderlag för decentraliserade utbildningar, skyddat som "
        "statistiken.",
        DEMAND_NOTE,
    ),
}
