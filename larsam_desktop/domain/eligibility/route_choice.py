"""Which route to grundläggande behörighet a result is shown through.

``choose_route``: the first route met, else the open one with the fewest points to study,
else the first. A programme may ask something of one route only (``only_with_routes``:
Engelska 6 of an avgångsbetyg, not of a passed behörighetsprov); ``choose_for_programme``
then looks past the route shown to another met route whose programme outcome is met, so
that passing one more course — which can make an earlier route met — never takes
eligibility away. The evaluator, the bulk gap (``rule_memo``) and the student group's
cold path (``domain.group_gaps``) all choose through these.
"""

from __future__ import annotations

from collections.abc import Callable

from larsam_desktop.domain.eligibility.results import RouteOutcome
from larsam_desktop.domain.eligibility.rules import Programme


def route_bound(programme: Programme) -> bool:
    """Whether some requirement of the programme applies only with some routes."""
    return any(r.only_with_routes for r in programme.rule.requirements)


def choose_for_programme(
    chosen: RouteOutcome,
    own: RouteOutcome,
    routes: tuple[RouteOutcome, ...],
    own_for: Callable[[str], RouteOutcome],
) -> tuple[RouteOutcome, RouteOutcome]:
    """The route a programme's result is shown through, with the programme's own outcome.

    ``choose_route``'s route, unless the programme asks something of it that another met
    route does not ask (Engelska 6 of an avgångsbetyg, not of a passed behörighetsprov):
    then the first met route whose programme outcome is met. So passing one more course,
    which can make an earlier route met, never takes eligibility away."""
    if own.met or not chosen.met:
        return chosen, own
    for other in routes:
        if other.met and other.route.id != chosen.route.id:
            candidate = own_for(other.route.id)
            if candidate.met:
                return other, candidate
    return chosen, own


def choose_route(outcomes: tuple[RouteOutcome, ...]) -> RouteOutcome:
    """The route shown: the first met, else the open one with the fewest points to study,
    else the first."""
    met = [o for o in outcomes if o.met]
    if met:
        return met[0]
    open_routes = [o for o in outcomes if o.open]
    if open_routes:
        return min(open_routes, key=lambda o: o.plan.points)
    return outcomes[0]
