from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.learner import (
    LearnerDraft,
    ProtectedIdentity,
    draft_from,
    validate_learner,
)

TODAY = date(2026, 11, 28)
GOOD = LearnerDraft(given_name="Åsa", family_name="Öberg", personnummer="19900101-9802")


def errors_of(draft: LearnerDraft) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_learner(draft, today=TODAY)
    return {e.field: e.code for e in caught.value.errors}


def test_a_complete_learner_is_normalised() -> None:
    valid = validate_learner(
        replace(GOOD, given_name="  Åsa   Maria ", postal_code="83130", email=" asa@example.org "),
        today=TODAY,
    )
    assert valid.given_name == "Åsa Maria"
    assert valid.identity is not None and valid.identity.digits == "199001019802"
    assert valid.birth_date == date(1990, 1, 1)
    assert valid.birth_year == 1990
    assert valid.postal_code == "831 30"
    assert valid.email == "asa@example.org"
    assert valid.phone is None


def test_all_problems_are_reported_together_by_field() -> None:
    draft = LearnerDraft(
        given_name="",
        family_name="A\x00B",
        personnummer="19900101-9803",
        email="not-an-address",
        phone="call me",
        postal_code="1234",
    )
    assert errors_of(draft) == {
        "given_name": "required",
        "family_name": "control_characters",
        "personnummer": "checksum",
        "email": "format",
        "phone": "format",
        "postal_code": "format",
    }


def test_absurd_lengths_are_refused() -> None:
    assert errors_of(replace(GOOD, family_name="x" * 101)) == {"family_name": "too_long"}
    assert errors_of(replace(GOOD, note="y" * 1001)) == {"note": "too_long"}


def test_without_personnummer_a_birth_date_is_required_and_must_be_plausible() -> None:
    no_number = replace(GOOD, personnummer="")
    assert errors_of(no_number) == {"birth_date": "required"}
    assert errors_of(replace(no_number, birth_date=date(2027, 1, 1))) == {"birth_date": "future"}
    assert errors_of(replace(no_number, birth_date=date(1850, 1, 1))) == {"birth_date": "too_early"}
    valid = validate_learner(replace(no_number, birth_date=date(1985, 5, 17)), today=TODAY)
    assert valid.identity is None and valid.birth_year == 1985


def test_the_personnummer_wins_over_a_typed_birth_date() -> None:
    valid = validate_learner(replace(GOOD, birth_date=date(1970, 1, 1)), today=TODAY)
    assert valid.birth_date == date(1990, 1, 1)


def test_note_keeps_its_lines_but_names_do_not() -> None:
    valid = validate_learner(
        replace(GOOD, note="rad ett\nrad två", given_name="Åsa\nMaria"), today=TODAY
    )
    assert valid.note == "rad ett\nrad två"
    assert valid.given_name == "Åsa Maria"


def test_arrival_year_only_counts_for_the_foreign_born_and_must_be_plausible() -> None:
    assert validate_learner(replace(GOOD, arrival_year=2010), today=TODAY).arrival_year is None
    foreign = replace(GOOD, foreign_born=True)
    assert validate_learner(replace(foreign, arrival_year=2010), today=TODAY).arrival_year == 2010
    assert errors_of(replace(foreign, arrival_year=1980)) == {"arrival_year": "out_of_range"}
    assert errors_of(replace(foreign, arrival_year=2030)) == {"arrival_year": "out_of_range"}


def test_protected_identity_hides_addresses() -> None:
    assert ProtectedIdentity.SKYDDAD_FOLKBOKFORING.hides_address
    assert ProtectedIdentity.SEKRETESSMARKERING.hides_address
    assert not ProtectedIdentity.NONE.hides_address


def test_draft_round_trip_gives_the_same_learner() -> None:
    valid = validate_learner(
        replace(GOOD, city="Östersund", foreign_born=True, arrival_year=2015), today=TODAY
    )
    assert validate_learner(draft_from(valid), today=TODAY) == valid
