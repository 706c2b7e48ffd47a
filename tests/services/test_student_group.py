"""The student group of an offering against the rule book, on constructed learners."""

from __future__ import annotations

import pytest
from offering_setup import ELIGIBLE, GAP_200, GAP_300, GAP_500, TODAY, add_learner, clock, nursing

from larsam_desktop.domain.learner import PriorEducation
from larsam_desktop.domain.offerings import GroupCategory, GroupFilter, TargetGroup
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.offerings import OfferingNotFound, OfferingService
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.services.student_group import StudentGroupService


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


@pytest.fixture
def services(
    store: OpenedStore, data: EligibilityData
) -> tuple[OfferingService, StudentGroupService]:
    offerings = OfferingService(store.database, data, clock)
    return offerings, StudentGroupService(store.database, data, offerings, clock)


def _categories(group_service: StudentGroupService, offering_id: int) -> dict[str, GroupCategory]:
    group = group_service.group(offering_id)
    return {m.name.split()[0]: m.category for m in group.members}


def test_learners_fall_into_the_categories_the_rule_book_and_the_terms_left_give(
    store: OpenedStore, services: tuple[OfferingService, StudentGroupService]
) -> None:
    offerings, groups = services
    for name, codes in (("Elin", ELIGIBLE), ("Hanna", GAP_200), ("Filip", GAP_300),
                        ("Nils", GAP_500)):  # fmt: skip
        add_learner(store.database, name, codes)
    # HT2027: complete by 20 June 2027; only VT2027 is left (200 points at half pace, 400 full)
    soon = offerings.create(nursing("HT2027")).offering.id
    assert _categories(groups, soon) == {
        "Elin": GroupCategory.ELIGIBLE,
        "Hanna": GroupCategory.REACHABLE_HALF_PACE,
        "Filip": GroupCategory.REACHABLE_FULL_PACE,
        "Nils": GroupCategory.NOT_IN_TIME,
    }
    group = groups.group(soon)
    assert group.terms_left == (Term(2027, False),)
    assert group.counts[GroupCategory.NOT_IN_TIME] == 1
    nils = next(m for m in group.members if m.name.startswith("Nils"))
    assert nils.gap_points == 500
    assert (nils.terms_full, nils.terms_half) == (2, 3)
    assert "NAKNAK02" in nils.gap_codes
    # HT2028: VT2027, HT2027 and VT2028 are left: 500 points fit even at half pace
    later = offerings.create(nursing("HT2028")).offering.id
    assert _categories(groups, later)["Nils"] is GroupCategory.REACHABLE_HALF_PACE
    # the category order of the list: eligible first, not in time last
    assert [m.category for m in group.members] == sorted(
        (m.category for m in group.members), key=list(GroupCategory).index
    )


def test_a_requirement_studying_cannot_meet_is_not_in_time(
    store: OpenedStore, services: tuple[OfferingService, StudentGroupService], data: EligibilityData
) -> None:
    offerings, groups = services
    add_learner(store.database, "Elin", ELIGIBLE)
    # KPU asks for a degree (hp of a teaching subject): no komvux course gives that
    kpu = offerings.create(nursing("HT2029", target_id="kpu")).offering.id
    member = groups.group(kpu).members[0]
    assert member.category is GroupCategory.NOT_IN_TIME
    assert not member.studyable


def test_the_group_is_filtered_by_municipality_centre_and_target_group(
    store: OpenedStore, services: tuple[OfferingService, StudentGroupService]
) -> None:
    offerings, groups = services
    centres = offerings.centres()
    first, second = list(centres)[:2]
    add_learner(store.database, "Ali", GAP_200, foreign_born=True, centre=first)
    add_learner(store.database, "Bo", GAP_200, prior=PriorEducation.UPPER_SECONDARY_2_YEARS,
                centre=second)  # fmt: skip
    add_learner(store.database, "Cia", GAP_500, prior=PriorEducation.GRUNDSKOLA)
    offering_id = offerings.create(nursing()).offering.id

    def names(where: GroupFilter) -> list[str]:
        return [m.name.split()[0] for m in groups.group(offering_id, where).members]

    assert names(GroupFilter(learning_centre_id=first)) == ["Ali"]
    assert names(GroupFilter(groups=frozenset({TargetGroup.FOREIGN_BORN}))) == ["Ali"]
    assert names(GroupFilter(groups=frozenset({TargetGroup.UPPER_SECONDARY_2_YEARS}))) == ["Bo"]
    assert names(GroupFilter(groups=frozenset({TargetGroup.NO_UPPER_SECONDARY}))) == ["Cia"]
    assert names(GroupFilter(categories=frozenset({GroupCategory.REACHABLE_HALF_PACE}))) == [
        "Ali",
        "Bo",
    ]
    whole = groups.group(offering_id, GroupFilter(municipality_code="9999"))
    assert whole.members == () and whole.considered == 0


def test_the_bulk_gaps_equal_a_direct_evaluation_of_each_learner(
    store: OpenedStore, services: tuple[OfferingService, StudentGroupService], data: EligibilityData
) -> None:
    from larsam_desktop.domain.courses.qualifications import transcript_of
    from larsam_desktop.domain.offering_gap import GapCalculator

    offerings, groups = services
    for index, codes in enumerate((ELIGIBLE, GAP_200, GAP_300, GAP_500, (), ELIGIBLE[3:])):
        add_learner(store.database, f"L{index}", codes)
    # Without an examen the komvux examen's 2,400 points count every course, passed or
    # failed, including those no requirement names: the gap's points depend on them.
    add_learner(store.database, "Ola", ("SVESVE02", "IDRIDR01", "ENGENG05"), examen=None,
                failed=("SVESVE01", "MATMAT01a", "DATDAT01"))  # fmt: skip
    add_learner(store.database, "Pia", ("SVESVE02", "IDRIDR01", "ENGENG05"), examen=None)
    for target in ("sjukskoterska", "hogskoleingenjor", "socionom", "forskollarare"):
        offering_id = offerings.create(nursing("HT2027", target_id=target)).offering.id
        calculator = GapCalculator(data.book, data.catalogue, on=TODAY)
        for member in groups.group(offering_id).members:
            with store.database.unit_of_work() as uow:
                records = [s.record for s in uow.courses.for_learner(member.learner_id)]
                facts = uow.profiles.qualifications(member.learner_id)
            direct = calculator.gap(transcript_of(records, facts), target)
            assert (member.gap_points, member.gap_codes) == (direct.points, direct.codes)
            assert (member.category is GroupCategory.ELIGIBLE) == direct.eligible


def test_plans_are_drafted_towards_the_offering_at_the_pace_that_fits(
    store: OpenedStore, services: tuple[OfferingService, StudentGroupService], data: EligibilityData
) -> None:
    offerings, groups = services
    hanna = add_learner(store.database, "Hanna", GAP_200)
    filip = add_learner(store.database, "Filip", GAP_300)
    offering_id = offerings.create(nursing("HT2027")).offering.id
    outcome = groups.draft_plans(
        offering_id, [hanna, filip, 999_999], author="Karin", coach="Karin", half_pace=[hanna]
    )
    assert outcome.drafted == (hanna, filip)
    assert [learner for learner, _error in outcome.refused] == [999_999]
    plans = PlanService(store.database, data, clock)
    plan = plans.revision(hanna).content
    assert (plan.target_id, str(plan.target_term), plan.pace) == ("sjukskoterska", "HT2027", 10)
    assert {c.code for c in plan.courses} == {"NAKNAK02", "SAMSAM01b"}
    assert plans.revision(filip).content.pace == 20


def test_an_unknown_offering_is_refused(
    services: tuple[OfferingService, StudentGroupService],
) -> None:
    with pytest.raises(OfferingNotFound):
        services[1].group(12345)
