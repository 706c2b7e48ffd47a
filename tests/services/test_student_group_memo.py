"""The student group's gaps kept between starts (``group_gap_memo``, migration 0018): a new
service (the next day's first build) evaluates only signatures not kept before, gets the
same members, never uses gaps kept under other rules, per target, and the memo is emptied by
an erasure and a retention run. On a server (team mode) nothing is kept."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from offering_setup import ELIGIBLE, GAP_200, GAP_500, TODAY, add_learner, clock, nursing
from sqlalchemy import func, select, update

from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.domain.eligibility.rules import RuleBook
from larsam_desktop.domain.offerings import GroupCategory, OfferingDraft
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.offerings import OfferingService
from larsam_desktop.services.retention import ErasureService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.services.student_group import StudentGroupService
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.retention import RetentionRepository
from larsam_desktop.storage.tables import GroupGapMemoRow


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


def _caseload(store: OpenedStore) -> list[int]:
    DemoGenerator(store.database, clock).generate(150, seed=5)
    return [
        add_learner(store.database, "Tom", ()),
        add_learner(store.database, "Eva", ELIGIBLE, examen=Examen.HOGSKOLEFORBEREDANDE),
        add_learner(store.database, "Gun", GAP_200),
        add_learner(store.database, "Nils", GAP_500, examen=None),
    ]


def _kept(database: Database) -> int:
    with database.unit_of_work(writes=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(GroupGapMemoRow)) or 0)


def _service(store: OpenedStore, data: EligibilityData) -> StudentGroupService:
    return StudentGroupService(store.database, data, OfferingService(store.database, data, clock))


def _offering(store: OpenedStore, data: EligibilityData, draft: OfferingDraft) -> int:
    return OfferingService(store.database, data, clock).create(draft).offering.id


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_new_service_uses_the_kept_gaps_and_gets_the_same_group(
    store: OpenedStore, data: EligibilityData
) -> None:
    _caseload(store)
    nursing_id = _offering(store, data, nursing("HT2028", university="Provlärosätet"))
    first = _service(store, data)
    built = first.group(nursing_id, on=TODAY)
    assert first.evaluations > 0
    assert _kept(store.database) == first.evaluations  # every signature evaluated is kept
    again = _service(store, data)  # the next day's first build (same rules)
    assert again.group(nursing_id, on=TODAY) == built
    assert again.evaluations == 0
    # Kept per target: another programme's group evaluates its own signatures.
    kpu_id = _offering(store, data, OfferingDraft("Provlärosätet", "kpu", "HT2028"))
    other = _service(store, data)
    other.group(kpu_id, on=TODAY)
    assert other.evaluations > 0
    assert _kept(store.database) == first.evaluations + other.evaluations


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_kept_gaps_are_trusted_only_under_the_rules_and_code_they_were_made_with(
    store: OpenedStore, data: EligibilityData
) -> None:
    _caseload(store)
    nursing_id = _offering(store, data, nursing("HT2028", university="Provlärosätet"))
    built = _service(store, data).group(nursing_id, on=TODAY)
    assert built.counts[GroupCategory.ELIGIBLE] < len(built.members)
    # Every kept gap made "eligible": a new service under the same rules believes it...
    with store.database.unit_of_work() as uow:
        uow.session.execute(update(GroupGapMemoRow).values(eligible=True, points=0, codes=""))
    believed = _service(store, data).group(nursing_id, on=TODAY)
    assert believed.counts[GroupCategory.ELIGIBLE] == len(believed.members)
    # ...but a changed rule book (nursing's last requirement dropped) names other rules:
    # nothing kept is used, the gaps are evaluated, and the old rows are deleted.
    programmes = tuple(
        dataclasses.replace(
            p, rule=dataclasses.replace(p.rule, requirements=p.rule.requirements[:-1])
        )
        if p.id == "sjukskoterska"
        else p
        for p in data.book.programmes
    )
    book = RuleBook(data.book.grundlaggande, programmes, data.book.examens)
    changed = EligibilityData(data.catalogue, book)
    service = _service(store, changed)
    under_new = service.group(nursing_id, on=TODAY)
    assert service.evaluations > 0
    assert under_new.counts[GroupCategory.ELIGIBLE] < len(under_new.members)
    assert _kept(store.database) == service.evaluations  # the believed rows are gone
    # and the old rules' build, its rows gone too, is the group it was
    with store.database.unit_of_work() as uow:
        uow.session.execute(update(GroupGapMemoRow).values(memo_key="another"))
    assert _service(store, data).group(nursing_id, on=TODAY) == built


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_an_erasure_and_a_retention_run_empty_the_memo(
    store: OpenedStore, data: EligibilityData
) -> None:
    corners = _caseload(store)
    nursing_id = _offering(store, data, nursing("HT2028", university="Provlärosätet"))
    _service(store, data).group(nursing_id, on=TODAY)
    assert _kept(store.database) > 0
    ErasureService(store.database, clock=clock).erase(corners[0])
    assert _kept(store.database) == 0
    group = _service(store, data).group(nursing_id, on=TODAY)  # evaluated and kept again
    assert corners[0] not in {m.learner_id for m in group.members}
    assert _kept(store.database) > 0
    with store.database.unit_of_work() as uow:  # the deletion a retention run makes
        RetentionRepository(uow.session).delete_learners([corners[1]])
    assert _kept(store.database) == 0


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_server_keeps_no_gaps_and_its_group_is_the_same(
    store: OpenedStore, data: EligibilityData
) -> None:
    _caseload(store)
    nursing_id = _offering(store, data, nursing("HT2028", university="Provlärosätet"))
    first = _service(store, data)
    built = first.group(nursing_id, on=TODAY)
    assert first.evaluations > 0 and _kept(store.database) == 0
    again = _service(store, data)
    assert again.group(nursing_id, on=TODAY) == built
    assert again.evaluations == first.evaluations  # evaluated again: nothing kept


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_build_during_which_a_learner_is_erased_keeps_nothing(
    store: OpenedStore, data: EligibilityData
) -> None:
    corners = _caseload(store)
    nursing_id = _offering(store, data, nursing("HT2028", university="Provlärosätet"))
    erased: list[int] = []

    def erase_once() -> bool:  # asked between batches, after the build has begun
        if not erased and threading.current_thread() is threading.main_thread():
            ErasureService(store.database, clock=clock).erase(corners[2])
            erased.append(corners[2])
        return False

    service = _service(store, data)
    service.group(nursing_id, on=TODAY, cancelled=erase_once)
    assert erased and service.evaluations > 0
    assert _kept(store.database) == 0  # what it read may hold the erased learner
    again = _service(store, data)  # the next build keeps its gaps
    assert corners[2] not in {m.learner_id for m in again.group(nursing_id, on=TODAY).members}
    assert _kept(store.database) == again.evaluations > 0


def test_the_packed_reading_reads_what_the_row_reading_does(
    store: OpenedStore, data: EligibilityData
) -> None:
    from larsam_desktop.domain.group_gaps import GroupGapCalculator
    from larsam_desktop.storage.repositories import eligibility_rows, group_gap_memo

    corners = _caseload(store)
    add_learner(store.database, "Ola", ("SVESVE02",), failed=("SVESVE01", "MATMAT01a"))
    dates = GroupGapCalculator(data.book, data.catalogue, on=TODAY).deadline_dates
    with store.database.unit_of_work(writes=False) as uow:
        session = uow.session
        everyone = eligibility_rows.graded_strings(session, 0, 10**9, dates)
        assert group_gap_memo.graded_strings(session, 0, 10**9, dates) == everyone
        low, high = corners[1], corners[3]  # a range, its ends included
        assert group_gap_memo.graded_strings(session, low, high, dates) == {
            i: text for i, text in everyone.items() if low <= i <= high
        }
        assert group_gap_memo.graded_strings(session, 10**8, 10**9, dates) == {}
        people = eligibility_rows.group_people(
            session, municipality_code=None, learning_centre_id=None
        )
        assert group_gap_memo.learner_ids(
            session, municipality_code=None, learning_centre_id=None
        ) == sorted(row[0] for row in people)
        centre = next(row[3] for row in people if row[3] is not None)
        narrowed = eligibility_rows.group_people(
            session, municipality_code=None, learning_centre_id=centre
        )
        assert group_gap_memo.learner_ids(
            session, municipality_code=None, learning_centre_id=centre
        ) == sorted(row[0] for row in narrowed)
    assert len(everyone) > 100 and any("|d" in text or "|F|" in text for text in everyone.values())
