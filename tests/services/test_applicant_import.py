"""Applicants who were not eligible: matched by personnummer or registered through the
learner service's rules, each with the rule book's shortest gap to the programme and the
next offering in reach — the outreach list; bad lines, duplicates, all or nothing, Swedish
and English headers, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from offering_setup import ELIGIBLE, GAP_200, NOW, TODAY, clock, nursing

from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.qualifications import Qualifications, transcript_of
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus
from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.offering_gap import GapCalculator
from larsam_desktop.domain.offerings import GroupCategory
from larsam_desktop.services.applicant_import import ApplicantImport
from larsam_desktop.services.audit import AuditAction, AuditFilter, AuditService
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.offerings import OfferingService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.university import UniversityRepository


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


def _learner(database: Database, given: str, number: str, codes: tuple[str, ...]) -> int:
    learner_id = (
        LearnerService(database, clock=clock)
        .create(LearnerDraft(given_name=given, family_name="Testsson", personnummer=number))
        .learner.id
    )
    with database.unit_of_work() as uow:
        for code in codes:
            record = CourseRecord(code, CourseStatus.COMPLETED, Grade.C, 100, None, TODAY)
            uow.courses.add(learner_id, record, now=NOW)
        uow.profiles.set_qualifications(
            learner_id, Qualifications(examen=Examen.YRKESEXAMEN), now=NOW
        )
    return learner_id


@pytest.fixture
def people(store: OpenedStore, data: EligibilityData) -> dict[str, int]:
    OfferingService(store.database, data, clock).create(nursing("HT2027"))
    return {
        "anna": _learner(store.database, "Anna", "19900101-1239", ELIGIBLE),
        "bo": _learner(store.database, "Bo", "19850615-2340", GAP_200),
    }


def _write(tmp_path: Path, text: str, name: str = "ej-behoriga.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


SWEDISH = (
    "Personnummer;Program;Termin;Förnamn;Efternamn;E-post\n"
    "8506152340;Sjuksköterskeprogrammet;HT2026;;;\n"  # dash-less, by the Swedish name
    "19920371-3459;sjukskoterska;ht 2026;Camilla;Nyström;camilla@example.se\n"  # samordningsnr
    "900101-1239;Sjuksköterskeprogrammet;HT2026;;;\n"
)


def test_the_outreach_list_gives_each_applicant_the_rule_books_shortest_path(
    store: OpenedStore, people: dict[str, int], data: EligibilityData, tmp_path: Path
) -> None:
    db = store.database
    result = ApplicantImport(db, data, clock).import_file(_write(tmp_path, SWEDISH), actor="Karin")
    assert result.written and not result.bad and result.registered == 1
    by_name = {e.name: e for e in result.outreach}
    assert [e.name for e in result.outreach] == ["Anna Testsson", "Bo Testsson",
                                                 "Camilla Nyström"]  # fmt: skip
    anna, bo, camilla = by_name["Anna Testsson"], by_name["Bo Testsson"], by_name["Camilla Nyström"]
    assert anna.gap.eligible and anna.learner_id == people["anna"]
    assert anna.category is GroupCategory.ELIGIBLE
    # Bo lacks Naturkunskap 2 and Samhällskunskap 1b: 200 points, one term at full pace.
    assert (bo.gap.eligible, bo.gap.points) == (False, 200)
    assert set(bo.gap.codes) == {"NAKNAK02", "SAMSAM01b"}
    assert (bo.terms_full, bo.terms_half) == (1, 1)
    assert bo.next_offering is not None and bo.next_offering.start_term == "HT2027"
    assert bo.category is GroupCategory.REACHABLE_HALF_PACE
    # Camilla was not known: registered, and her gap is the rule book's for an empty record.
    assert camilla.registered and camilla.learner_id is not None
    expected = GapCalculator(data.book, data.catalogue, on=TODAY).gap(
        transcript_of((), Qualifications()), "sjukskoterska"
    )
    assert camilla.gap == expected and not camilla.gap.eligible and camilla.gap.points > 200
    stored = LearnerService(db, clock).get(camilla.learner_id)
    assert stored.data.email == "camilla@example.se"
    assert stored.data.identity is not None and stored.data.identity.digits == "199203713459"
    with db.unit_of_work(writes=False) as uow:
        assert UniversityRepository(uow.session).applicant_count() == 3
    entries = AuditService(db).entries(AuditFilter(action=AuditAction.IMPORT))
    assert (entries[-1].details["kind"], entries[-1].details["created"]) == ("applicants", 1)


def test_english_headers_and_a_person_on_two_lines_is_registered_once(
    store: OpenedStore, people: dict[str, int], data: EligibilityData, tmp_path: Path
) -> None:
    text = (
        "Personal identity number,Programme,Term,Name\n"
        "19880808-6782,sjukskoterska,HT2026,Dana Ek\n"
        "19880808-6782,socionom,HT2026,Dana Ek\n"
    )
    result = ApplicantImport(store.database, data, clock).import_file(_write(tmp_path, text))
    assert result.written and result.registered == 1, result.bad
    assert len({e.learner_id for e in result.outreach}) == 1
    assert {e.target_id for e in result.outreach} == {"sjukskoterska", "socionom"}


def test_bad_lines_by_line_and_field_and_nothing_is_registered(
    store: OpenedStore, people: dict[str, int], data: EligibilityData, tmp_path: Path
) -> None:
    text = (
        "Personnummer;Program;Termin;Förnamn;Efternamn;E-post\n"
        "19880808-6782;sjukskoterska;HT2026;Dana;Ek;\n"  # good on its own
        "19880808-6782;Astronaut;HT2026;Dana;Ek;\n"  # unknown programme
        "19900101-1239;sjukskoterska;hösten;;;\n"  # not a term
        "19780202-4567;sjukskoterska;HT2026;;;\n"  # unknown, no names
        "19010101-0000;sjukskoterska;HT2026;Eva;Ek;\n"  # birth number 000
        "0101015675;sjukskoterska;HT2026;Fia;Ek;inte-en-adress\n"  # the learner's rules
        "19880808-6782;sjukskoterska;HT2026;Dana;Ek;\n"  # repeats line 2
    )
    result = ApplicantImport(store.database, data, clock).import_file(_write(tmp_path, text))
    assert not result.written and not result.outreach
    assert [(b.line, b.reasons[0].field) for b in result.bad] == [
        (3, "programme"), (4, "term"), (5, "row"), (6, "personnummer"), (7, "email"),
        (8, "row"),
    ]  # fmt: skip
    assert result.bad[-1].duplicate_of == 2
    with store.database.unit_of_work(writes=False) as uow:
        assert uow.learners.count() == 2
        assert UniversityRepository(uow.session).applicant_count() == 0


def test_a_dry_run_shows_the_list_and_a_list_sent_again_adds_nothing(
    store: OpenedStore, people: dict[str, int], data: EligibilityData, tmp_path: Path
) -> None:
    service = ApplicantImport(store.database, data, clock)
    path = _write(tmp_path, SWEDISH)
    dry = service.import_file(path, dry_run=True)
    assert not dry.written and len(dry.outreach) == 3
    assert next(e for e in dry.outreach if e.registered).learner_id is None
    with store.database.unit_of_work(writes=False) as uow:
        assert uow.learners.count() == 2
    service.import_file(path)
    again = service.import_file(path)
    assert again.written and again.registered == 0
    with store.database.unit_of_work(writes=False) as uow:
        assert uow.learners.count() == 3
        assert UniversityRepository(uow.session).applicant_count() == 3
