"""Qualifications and the target's start term."""

from __future__ import annotations

import pytest

from larsam_desktop.domain.courses.qualifications import (
    Qualifications,
    parse_qualifications,
    parse_start_term,
    qualifications_of,
    transcript_of,
)
from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.domain.errors import ValidationError


def test_qualifications_are_read_like_a_transcript_file() -> None:
    parsed = parse_qualifications({"examen": "yrkesexamen", "slutbetyg_points_passed": 2400})
    assert parsed == Qualifications(Examen.YRKESEXAMEN, 2400)
    transcript = transcript_of((), parsed)
    assert transcript.records == () and qualifications_of(transcript) == parsed
    with pytest.raises(ValidationError) as caught:
        parse_qualifications({"work_years_after_19": -1, "hobby": "x"})
    assert {e.field for e in caught.value.errors} == {"work_years_after_19", "hobby"}


@pytest.mark.parametrize(
    ("text", "expected"), [("", None), ("ht2027", "HT2027"), (" VT 2030 ", "VT2030")]
)
def test_start_terms(text: str, expected: str | None) -> None:
    assert parse_start_term(text) == expected


@pytest.mark.parametrize("text", ["HT27", "autumn 2027", "HT1999", "VT2101"])
def test_bad_start_terms(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_start_term(text)
    assert caught.value.errors[0].field == "start_term"
