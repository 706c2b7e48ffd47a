"""The student group's cold path (``GroupGapCalculator``: a new signature evaluated rule by
rule, outcomes shared across targets) and its reading thread (``GroupReading``), against the
straightforward evaluation of each learner."""

from __future__ import annotations

import functools
import threading
from datetime import date

import pytest
from offering_setup import ELIGIBLE, GAP_200, GAP_500, TODAY, add_learner, clock, nursing

from larsam_desktop.domain.courses.qualifications import transcript_of
from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.domain.group_gaps import GroupGapCalculator
from larsam_desktop.domain.offering_gap import GapCalculator
from larsam_desktop.domain.offerings import GroupFilter
from larsam_desktop.services.cancellation import Cancelled
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.offerings import OfferingService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.services.student_group import StudentGroupService
from larsam_desktop.services.target_standing import _NO_PROFILE, _qualifications_of_key
from larsam_desktop.storage.repositories import eligibility_rows

# Programmes with and without grade minimums, an advanced-level one (KPU) and grundläggande
# behörighet itself, evaluated one after another by one calculator (outcomes are shared).
TARGETS = ("sjukskoterska", "kpu", "civilingenjor", "grundlaggande", "forskollarare",
           "hogskoleingenjor", "no-such-programme")  # fmt: skip


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


def _caseload(store: OpenedStore) -> None:
    DemoGenerator(store.database, clock).generate(300, seed=11)
    # Corners: no records, failed courses counted by the examen's points, an examen held.
    add_learner(store.database, "Tom", ())
    add_learner(store.database, "Ola", ("SVESVE02", "ENGENG05"), examen=None,
                failed=("SVESVE01", "MATMAT01a", "DATDAT01"))  # fmt: skip
    add_learner(store.database, "Eva", ELIGIBLE, examen=Examen.HOGSKOLEFORBEREDANDE)
    add_learner(store.database, "Gun", GAP_200)
    add_learner(store.database, "Nils", GAP_500, examen=None)


def test_each_learner_gap_equals_the_plain_evaluation_for_every_target(
    store: OpenedStore, data: EligibilityData
) -> None:
    _caseload(store)
    fresh = GroupGapCalculator(data.book, data.catalogue, on=TODAY)
    with store.database.unit_of_work(writes=False) as uow:
        session = uow.session
        records = eligibility_rows.graded_strings(session, 0, 10**9, fresh.deadline_dates)
        profiles = eligibility_rows.profile_rows(session, 0, 10**9)
        kinds = eligibility_rows.decision_kinds(session, 0, 10**9)
        ids = [row[0] for row in session.connection().exec_driver_sql("SELECT id FROM learner")]
        transcripts = {
            i: transcript_of(
                [s.record for s in uow.courses.for_learner(i)], uow.profiles.qualifications(i)
            )
            for i in ids
        }
    assert len(ids) == 305
    plain = GapCalculator(data.book, data.catalogue, on=TODAY)
    eligible = 0
    for target in TARGETS:
        for learner_id in ids:
            profile = profiles.get(learner_id, _NO_PROFILE)
            facts_key = (profile[:10], kinds.get(learner_id, frozenset()))
            facts = functools.partial(_qualifications_of_key, facts_key)
            found = fresh.gap_of_joined(records.get(learner_id, ""), facts_key, facts, target)
            expected = plain.gap(transcripts[learner_id], target)
            assert found == expected, (target, learner_id)
            eligible += found.eligible
    assert 0 < eligible < len(ids) * len(TARGETS)
    assert 0 < fresh.distinct_gaps < len(ids) * len(TARGETS)


def test_a_filtered_group_is_the_whole_group_narrowed(
    store: OpenedStore, data: EligibilityData
) -> None:
    _caseload(store)
    offerings = OfferingService(store.database, data, clock)
    groups = StudentGroupService(store.database, data, offerings, clock)
    offering_id = offerings.create(nursing("HT2028", university="Provlärosätet")).offering.id
    whole = groups.group(offering_id, on=TODAY)
    centre = next(m.learning_centre_id for m in whole.members if m.learning_centre_id)
    narrowed = groups.group(offering_id, GroupFilter(learning_centre_id=centre), on=TODAY)
    assert narrowed.members == tuple(m for m in whole.members if m.learning_centre_id == centre)
    # a new calculator (the next day's first build) gives the same members
    again = StudentGroupService(store.database, data, offerings, clock)
    assert again.group(offering_id, on=TODAY).members == whole.members


def test_a_cancel_during_the_reading_stops_it_and_its_thread(
    store: OpenedStore, data: EligibilityData, monkeypatch: pytest.MonkeyPatch
) -> None:
    from larsam_desktop.services import group_reading

    _caseload(store)
    monkeypatch.setattr(group_reading, "BATCH", 50)  # several batches of a small caseload
    offerings = OfferingService(store.database, data, clock)
    groups = StudentGroupService(store.database, data, offerings, clock)
    offering_id = offerings.create(nursing("HT2028", university="Provlärosätet")).offering.id
    asked = []

    def cancelled() -> bool:
        asked.append(threading.current_thread().name)
        return len(asked) > 3

    with pytest.raises(Cancelled):
        groups.group(offering_id, on=date(2026, 12, 4), cancelled=cancelled)
    assert "student-group-reading" in asked  # the reading thread asked too
    assert not any(t.name == "student-group-reading" for t in threading.enumerate())
    # and a build that is not cancelled is whole
    full = groups.group(offering_id, on=TODAY)
    assert full.considered == 305 == len(full.members)
