"""The one line a printed study plan says about competitiveness (Swedish or English).

``Konkurrenskraftig förra omgången? BII 15,30 mot 16,85 (HT2025, Mittuniversitetet); HP 1,15
mot 1,05 (HT2025, Mittuniversitetet)`` — or the meritvärde alone when no cut-offs are
imported for the plan's goal.
"""

from __future__ import annotations

from larsam_desktop.domain.cutoffs import CutoffMark
from larsam_desktop.domain.merit.competitive import Comparison
from larsam_desktop.domain.merit.values import swedish
from larsam_desktop.services.merit import MeritStanding

_WORDS = {
    "sv": {
        "competitive": "Konkurrenskraftig förra omgången? {parts}.",
        "against": "{group} {learner} mot {cutoff} ({term}, {university})",
        "all": "alla behöriga antogs",
        "none": "ingen antogs",
        "merit": "Meritvärde: {groups}.",
        "hp": "högskoleprov {score}",
    },
    "en": {
        "competitive": "Competitive last round? {parts}.",
        "against": "{group} {learner} against {cutoff} ({term}, {university})",
        "all": "all eligible admitted",
        "none": "none admitted",
        "merit": "Meritvärde: {groups}.",
        "hp": "högskoleprov {score}",
    },
}


def plan_line(standing: MeritStanding, language: str) -> str:
    """The line for the plan, or "" when there is nothing to say (no graded courses)."""
    words = _WORDS.get(language, _WORDS["en"])
    if standing.comparisons:
        parts = "; ".join(_comparison(c, words) for c in standing.comparisons)
        return words["competitive"].format(parts=parts)
    groups = [f"{g.group} {swedish(g.meritvarde)}" for g in standing.merit.groups]
    if standing.hp is not None:
        groups.append(words["hp"].format(score=swedish(standing.hp.score)))
    return words["merit"].format(groups=", ".join(groups)) if groups else ""


def _comparison(c: Comparison, words: dict[str, str]) -> str:
    row = c.row
    if row.mark is CutoffMark.ALL_ADMITTED:
        cutoff = words["all"]
    elif row.mark is CutoffMark.NONE_ADMITTED or row.value is None:
        cutoff = words["none"]
    else:
        cutoff = swedish(row.value)
    return words["against"].format(
        group=c.group,
        learner=swedish(c.learner),
        cutoff=cutoff,
        term=row.term,
        university=row.university,
    )
