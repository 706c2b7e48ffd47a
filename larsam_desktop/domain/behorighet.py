"""When a learner reached grundläggande and särskild behörighet: the one rule.

Two sources say a learner is eligible: the coach records the pathway stage by hand
(``Stage.GRUNDLAGGANDE`` / ``Stage.SARSKILD`` with a date), and the program evaluates the
learner's grades against their target programme (``learner.standing_eligible`` with the
date it was evaluated, ``standing_on``; the caseload shows it as "Eligible: …"). A learner
has reached the stage when either says so, on the earlier of the two dates. Eligibility
for a target programme includes grundläggande behörighet, so an eligible standing counts
for both stages.

The caseload's "Eligible" column is the standing half of this rule; the dashboard and every
statistics export use ``reached_on`` through ``services.statistics.read_facts``, so a
learner whom a grade made eligible is eligible in all three. The standing's date is the
day it was last evaluated: for the statistics it means "eligible on that day at the
latest", which may be later than the day the deciding grade was registered.
"""

from __future__ import annotations

from datetime import date


def reached_on(
    recorded: date | None,
    standing_eligible: bool | None,
    standing_on: date | None,
    *,
    until: date | None = None,
) -> date | None:
    """The first day the stage counts as reached, or None; nothing after ``until`` counts."""
    evaluated = standing_on if standing_eligible else None
    if until is not None:
        recorded = recorded if recorded is not None and recorded <= until else None
        evaluated = evaluated if evaluated is not None and evaluated <= until else None
    if recorded is None:
        return evaluated
    if evaluated is None:
        return recorded
    return min(recorded, evaluated)
