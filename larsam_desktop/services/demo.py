"""Synthetic learners for trying the app and for benchmarks.

Names follow SCB's common-name lists, places are the region's municipalities and learning
centres, and personnummer come only from Skatteverket's published test numbers
(``resources/demo``). A database that receives demo data is marked as a demo database; one
that already holds real learners is refused.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from larsam_desktop.domain.errors import UserError
from larsam_desktop.domain.identity import IdentityNumber
from larsam_desktop.domain.learner import (
    Gender,
    PriorEducation,
    ProtectedIdentity,
    ValidLearner,
)
from larsam_desktop.paths import resources_dir
from larsam_desktop.services.cancellation import CancelCheck, Cancelled
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.demo_day import add_coach_day
from larsam_desktop.services.demo_offerings import add_offerings
from larsam_desktop.services.demo_pathway import demo_path
from larsam_desktop.services.demo_studies import DemoStudies, StudiesSampler
from larsam_desktop.services.demo_university import add_university
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.plans import FIRST_REASON
from larsam_desktop.services.reference_data import ensure_reference_data, load_municipalities
from larsam_desktop.services.target_standing import TargetStandings
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.learners import storable_values

CHUNK = 5000
MAX_LEARNERS = 1_000_000
COACHES_PER_CENTRE = 2
ProgressCallback = Callable[[int, int], None]  # (done, total)


class DemoRefused(UserError):
    """Demo data would mix with real learners, or the request makes no sense."""


class DemoCancelled(Cancelled):
    """The user cancelled the demo data; nothing was written."""


@dataclass(frozen=True, slots=True)
class DemoResult:
    learners: int
    with_personnummer: int
    coaches: int
    changes: Changes


@dataclass(frozen=True, slots=True)
class _Names:
    given_women: list[str]
    given_men: list[str]
    given_women_foreign: list[str]
    given_men_foreign: list[str]
    family: list[str]
    family_foreign: list[str]
    streets: list[str]


@cache
def _names() -> _Names:
    data = json.loads((resources_dir() / "demo" / "names.json").read_text(encoding="utf-8"))
    return _Names(**data)


def _test_numbers(filename: str) -> list[str]:
    path = resources_dir() / "demo" / filename
    lines = path.read_text(encoding="ascii").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _zipf_weights(count: int) -> list[float]:
    # Common names are much commoner than rare ones; rank weights give a plausible spread.
    return [1 / (rank + 1) ** 0.8 for rank in range(count)]


class DemoGenerator:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def generate(
        self,
        count: int,
        *,
        seed: int = 1,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> DemoResult:
        """Add ``count`` synthetic learners in one transaction (all or nothing)."""
        if not 1 <= count <= MAX_LEARNERS:
            raise DemoRefused(
                "The number of learners must be between 1 and {max}.", max=f"{MAX_LEARNERS:,}"
            )
        rng = random.Random(seed)
        today = local_today(self._clock)
        now = self._clock()
        with self._database.unit_of_work() as uow:
            if uow.learners.count() > 0 and not uow.meta.is_demo():
                raise DemoRefused(
                    "This database holds real learners; demo data is never mixed with them. "
                    "Use an empty data folder (--data-dir) for demo data."
                )
            uow.meta.mark_demo()
            ensure_reference_data(uow)
            municipalities = load_municipalities()
            centres = {
                record.code: (
                    uow.reference.ensure_learning_centre(record.learning_centre, record.code),
                    record.learning_centre,
                )
                for record in municipalities
            }
            coach_names = self._coach_names(rng, len(municipalities) * COACHES_PER_CENTRE)
            coach_names_by_id: dict[int, str] = {}
            coaches: dict[str, list[int]] = {}
            for record in municipalities:
                for _ in range(COACHES_PER_CENTRE):
                    name = coach_names.pop()
                    coach_id = uow.reference.ensure_coach(name)
                    coach_names_by_id[coach_id] = name
                    coaches.setdefault(record.code, []).append(coach_id)
            sampler = _LearnerSampler(rng, today, municipalities_weights(municipalities))
            studies_sampler = StudiesSampler(load_eligibility_data(), today)
            TargetStandings.invalidate(uow)  # standings are computed after the insert
            done = 0
            with_number = 0
            batch: list[dict[str, Any]] = []
            paths: list[list[dict[str, Any]]] = []
            studies: list[DemoStudies] = []
            for learner in sampler.learners(count, centres, coaches):
                values = storable_values(
                    learner,
                    municipality_name=sampler.municipality_names[
                        learner.home_municipality_code or ""
                    ],
                    learning_centre_name=centres[learner.home_municipality_code or ""][1],
                )
                coach = coach_names_by_id.get(learner.coach_id or 0, "Demo")
                steps = demo_path(
                    rng, today, centres[learner.home_municipality_code or ""][1], coach
                )
                values.update(
                    version=1,
                    created_at=now,
                    updated_at=now,
                    stage=steps[-1]["stage"] if steps else None,
                    stage_since=steps[-1]["on_date"] if steps else None,
                )
                with_number += learner.identity is not None
                batch.append(values)
                paths.append(steps)
                studies.append(studies_sampler.studies(rng, steps, coach))
                if len(batch) == CHUNK:
                    done += self._flush(
                        uow, batch, paths, studies, now, done, count, progress, cancelled
                    )
            done += self._flush(uow, batch, paths, studies, now, done, count, progress, cancelled)
            # The coach's day (issue 5): contacts, follow-ups, activities, exam bookings.
            add_coach_day(uow, learners=done, seed=seed, today=today, now=now, cancelled=cancelled)
            add_offerings(
                uow,
                seed=seed,
                today=today,
                now=now,
                targets=frozenset(studies_sampler.data.book.target_ids),
            )  # programme offerings, meetings and invitations (issue 17)
            add_university(uow, seed=seed, today=today, now=now)  # mentors, HP, progress lists
            coach_count = sum(len(ids) for ids in coaches.values())
        # Standings are derived data: computed after the commit, from what was committed.
        TargetStandings(studies_sampler.data, self._clock).refresh_all(self._database)
        return DemoResult(
            done, with_number, coach_count, Changes(learners_bulk=True, reference=True)
        )

    @staticmethod
    def _flush(
        uow: Any,
        batch: list[dict[str, Any]],
        paths: list[list[dict[str, Any]]],
        studies: list[DemoStudies],
        now: datetime,
        done: int,
        total: int,
        progress: ProgressCallback | None,
        cancelled: CancelCheck | None,
    ) -> int:
        if cancelled is not None and cancelled():
            raise DemoCancelled()
        ids = uow.learners.bulk_insert(batch)
        uow.pathway.bulk_insert(
            [
                {**step, "learner_id": learner_id, "created_at": now}
                for learner_id, steps in zip(ids, paths, strict=True)
                for step in steps
            ]
        )
        uow.courses.bulk_insert(
            [
                {**course, "learner_id": learner_id, "created_at": now, "updated_at": now}
                for learner_id, learner_studies in zip(ids, studies, strict=True)
                for course in learner_studies.courses
            ]
        )
        uow.profiles.bulk_insert(
            [
                {**learner_studies.profile, "learner_id": learner_id, "updated_at": now}
                for learner_id, learner_studies in zip(ids, studies, strict=True)
                if learner_studies.profile is not None
            ]
        )
        uow.plans.bulk_insert(
            [
                (learner_id, learner_studies.plan)
                for learner_id, learner_studies in zip(ids, studies, strict=True)
                if learner_studies.plan is not None
            ],
            author="demo",
            reason=FIRST_REASON,
            now=now,
        )
        flushed = len(batch)
        batch.clear()
        paths.clear()
        studies.clear()
        if progress is not None:
            progress(done + flushed, total)
        return flushed

    @staticmethod
    def _coach_names(rng: random.Random, count: int) -> list[str]:
        """Distinct "given family" names for the demo coaches."""
        names = _names()
        chosen: set[str] = set()
        while len(chosen) < count:
            given = rng.choice(names.given_women + names.given_men)
            chosen.add(f"{given} {rng.choice(names.family)}")
        return sorted(chosen)


def municipalities_weights(records: list[Any]) -> dict[str, tuple[str, float]]:
    populations = {  # domain.md, rounded: drives where demo learners live
        "2303": 5.1,
        "2305": 6.0,
        "2309": 15.7,
        "2313": 11.0,
        "2321": 12.7,
        "2326": 7.1,
        "2361": 10.2,
        "2380": 65.0,
        "2260": 9.1,
        "2262": 17.5,
        "2280": 24.7,
        "2281": 99.2,
        "2282": 17.6,
        "2283": 18.5,
        "2284": 55.5,
        "2121": 11.3,
        "2132": 9.3,
        "2161": 18.4,
        "2182": 24.4,
        "2183": 26.2,
        "2184": 37.5,
    }
    return {r.code: (r.name, populations.get(r.code, 10.0)) for r in records}


class _LearnerSampler:
    """Draws plausible learners: ages skewed young, ~60 % women, a large foreign-born share."""

    def __init__(
        self, rng: random.Random, today: date, municipalities: dict[str, tuple[str, float]]
    ) -> None:
        self._rng = rng
        self._today = today
        self._codes = list(municipalities)
        self._code_weights = [weight for _, weight in municipalities.values()]
        self.municipality_names = {code: name for code, (name, _) in municipalities.items()}
        names = _names()
        self._names = names
        self._weights = {
            key: _zipf_weights(len(getattr(names, key)))
            for key in (
                "given_women",
                "given_men",
                "given_women_foreign",
                "given_men_foreign",
                "family",
                "family_foreign",
            )
        }
        numbers = _test_numbers("test-personnummer.txt")
        rng.shuffle(numbers)
        self._personnummer = iter(numbers)
        coordination = _test_numbers("test-samordningsnummer.txt")
        rng.shuffle(coordination)
        self._samordningsnummer = iter(coordination)

    def _pick(self, key: str) -> str:
        options: list[str] = getattr(self._names, key)
        return self._rng.choices(options, self._weights[key])[0]

    def learners(
        self, count: int, centres: dict[str, tuple[int, str]], coaches: dict[str, list[int]]
    ) -> Iterator[ValidLearner]:
        rng = self._rng
        for _ in range(count):
            code = rng.choices(self._codes, self._code_weights)[0]
            woman = rng.random() < 0.6
            foreign = rng.random() < 0.4
            gender = (
                Gender.NOT_STATED if rng.random() < 0.02 else Gender.WOMAN if woman else Gender.MAN
            )
            if foreign:
                given = self._pick("given_women_foreign" if woman else "given_men_foreign")
                family = self._pick("family_foreign" if rng.random() < 0.8 else "family")
                while family == given:  # "Ali Ali" is possible but looks like a bug in a demo
                    family = self._pick("family_foreign")
            else:
                given = self._pick("given_women" if woman else "given_men")
                family = self._pick("family")
            identity = self._identity(foreign)
            birth_date = identity.birth_date if identity else self._birth_date()
            birth_year = (
                identity.birth_year if identity else birth_date.year if birth_date else 1990
            )
            arrival = (
                rng.randint(max(birth_year, self._today.year - 30), self._today.year)
                if foreign
                else None
            )
            protection = rng.choices(list(ProtectedIdentity), [0.992, 0.005, 0.003])[0]
            yield ValidLearner(
                given_name=given,
                family_name=family,
                identity=identity,
                birth_date=birth_date,
                birth_year=birth_year,
                phone=f"070-17406{rng.randint(5, 99):02d}",
                email=f"{_ascii(given)}.{_ascii(family)}{rng.randint(1, 999)}@example.org",
                street_address=f"{rng.choice(self._names.streets)} {rng.randint(1, 60)}",
                postal_code=f"8{rng.randint(10, 99)} {rng.randint(10, 99)}",
                city=self.municipality_names[code],
                home_municipality_code=code,
                learning_centre_id=centres[code][0],
                coach_id=rng.choice(coaches[code]),
                gender=gender,
                foreign_born=foreign,
                arrival_year=arrival,
                prior_education=self._prior_education(foreign),
                first_generation=rng.random() < (0.75 if foreign else 0.6),
                protected_identity=protection,
                note=None,
            )

    def _identity(self, foreign: bool) -> IdentityNumber | None:
        source = (
            self._samordningsnummer if foreign and self._rng.random() < 0.05 else self._personnummer
        )
        digits = next(source, None)
        return IdentityNumber(digits) if digits else None

    def _birth_date(self) -> date:
        age_days = int(365.25 * min(64, 19 + self._rng.expovariate(1 / 11)))
        return self._today - timedelta(days=age_days + self._rng.randint(0, 364))

    def _prior_education(self, foreign: bool) -> PriorEducation:
        options = list(PriorEducation)
        weights = (
            [0.1, 0.25, 0.1, 0.1, 0.03, 0.42] if foreign else [0.05, 0.3, 0.35, 0.25, 0.05, 0.0]
        )
        return self._rng.choices(options, weights)[0]


def _ascii(name: str) -> str:
    table = str.maketrans("åäöéüÅÄÖÉÜś", "aaoeuAAOEUs")
    return "".join(ch for ch in name.translate(table).lower() if ch.isascii() and ch.isalnum())
