"""Demo data: realistic, from test numbers only, and never mixed with real learners."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from larsam_desktop.domain.learner import LearnerDraft, draft_from, validate_learner
from larsam_desktop.paths import AppPaths, resources_dir
from larsam_desktop.services.demo import DemoCancelled, DemoGenerator, DemoRefused
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import OpenedStore, open_store
from larsam_desktop.storage.tables import Learner


def shipped_test_numbers() -> set[str]:
    numbers: set[str] = set()
    for name in ("test-personnummer.txt", "test-samordningsnummer.txt"):
        text = (resources_dir() / "demo" / name).read_text(encoding="ascii")
        numbers.update(line for line in text.splitlines() if line and not line.startswith("#"))
    return numbers


def test_demo_learners_are_plausible_and_valid(store: OpenedStore) -> None:
    result = DemoGenerator(store.database).generate(600, seed=3)
    assert result.learners == 600
    learners = LearnerService(store.database)
    assert learners.count() == 600
    with store.database.unit_of_work() as uow:
        assert uow.meta.is_demo()
        rows = uow.session.scalars(select(Learner)).all()
        stored = [uow.learners.get(row.id) for row in rows]
    numbers = [row.personnummer for row in rows if row.personnummer]
    assert numbers and set(numbers) <= shipped_test_numbers()
    assert len(set(numbers)) == len(numbers)
    assert any(
        "å" in r.family_name.lower() or "ö" in r.family_name.lower() or "ä" in r.family_name.lower()
        for r in rows
    )
    municipalities = Counter(row.home_municipality_code for row in rows)
    assert len(municipalities) >= 15 and municipalities["2281"] > municipalities["2303"]
    genders = Counter(row.gender for row in rows)
    assert genders["woman"] > genders["man"] > 0
    assert 0.25 < sum(bool(r.foreign_born) for r in rows) / len(rows) < 0.55
    # Every generated learner passes the same validation as typed input.
    for learner in stored:
        assert learner is not None
        assert validate_learner(draft_from(learner.data), today=date.today()).given_name


def test_the_same_seed_gives_the_same_learners(tmp_path: Path) -> None:
    def names(folder: str) -> list[tuple[str, str, str | None]]:
        opened = open_store(AppPaths(tmp_path / folder))
        DemoGenerator(opened.database).generate(50, seed=11)
        with opened.database.unit_of_work() as uow:
            result = [
                (r.given_name, r.family_name, r.personnummer)
                for r in uow.session.scalars(select(Learner).order_by(Learner.id))
            ]
        opened.database.dispose()
        return result

    assert names("a") == names("b")


def test_demo_data_is_never_mixed_with_real_learners(store: OpenedStore) -> None:
    LearnerService(store.database).create(
        LearnerDraft(given_name="Riktig", family_name="Person", birth_date=date(1990, 1, 1))
    )
    with pytest.raises(DemoRefused, match="real learners"):
        DemoGenerator(store.database).generate(10)
    assert LearnerService(store.database).count() == 1
    with store.database.unit_of_work() as uow:
        assert not uow.meta.is_demo()


def test_more_demo_data_can_be_added_to_a_demo_database(store: OpenedStore) -> None:
    DemoGenerator(store.database).generate(10, seed=1)
    DemoGenerator(store.database).generate(10, seed=2)
    assert LearnerService(store.database).count() == 20


def test_cancelling_writes_nothing(store: OpenedStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelled after the first chunk was inserted (chunks of 50 here, 5,000 in the program:
    the same path, a hundredth of the rows), the whole generation is rolled back."""
    from larsam_desktop.services import demo

    monkeypatch.setattr(demo, "CHUNK", 50)
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)

    with pytest.raises(DemoCancelled):
        DemoGenerator(store.database).generate(
            120, progress=progress, cancelled=lambda: bool(calls)
        )
    assert calls == [50]
    assert LearnerService(store.database).count() == 0
    with store.database.unit_of_work() as uow:
        assert not uow.meta.is_demo()


@pytest.mark.parametrize("count", [0, -5, 2_000_000])
def test_absurd_counts_are_refused(store: OpenedStore, count: int) -> None:
    with pytest.raises(DemoRefused):
        DemoGenerator(store.database).generate(count)


def test_demo_learners_are_spread_over_the_pathway_with_valid_histories(store: OpenedStore) -> None:
    from collections import Counter

    from larsam_desktop.domain.pathway import TransitionDraft, validate_transition
    from larsam_desktop.services.pathway import PathwayService

    DemoGenerator(store.database).generate(300, seed=5)
    pathway = PathwayService(store.database)
    with store.database.unit_of_work() as uow:
        rows = [
            (row.id, row.stage, row.stage_since) for row in uow.session.scalars(select(Learner))
        ]
    stages = Counter(stage for _, stage, _ in rows)
    assert len(stages) >= 8 and stages["komvux"] > stages["completed"]
    for learner_id, stage, since in rows:
        timeline = pathway.timeline(learner_id)
        assert (stage, since) == (
            (timeline[-1].transition.stage.value, timeline[-1].transition.on)
            if timeline
            else (None, None)
        )
        history = []  # every generated step passes the same rules as a coach's entry
        for step in timeline:
            t = step.transition
            draft = TransitionDraft(
                stage=t.stage.value,
                recorded_by=t.recorded_by,
                on=t.on,
                preparation_kind=t.preparation_kind.value if t.preparation_kind else "",
                preparation_place=t.preparation_place or "",
                reason=t.reason or "",
            )
            history.append(validate_transition(draft, history, today=date.today()))
