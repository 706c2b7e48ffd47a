"""The catalogue read without Qt: the same Swedish the window shows."""

from __future__ import annotations

import pytest

from larsam_desktop.domain.errors import UserError
from larsam_desktop.services.catalogue import Texts, locale_language, parse_language
from larsam_desktop.storage.errors import DatabaseLocked


def test_swedish_comes_from_the_committed_ts_file() -> None:
    sv = Texts("sv")
    busy = "The database is busy in another program; try again in a moment."
    assert sv.translate("UserError", busy).startswith("Databasen används")
    # A context lupdate could not tell still finds the message by its source.
    assert sv.translate("SomewhereElse", busy) == sv.translate("UserError", busy)


def test_english_is_the_source_with_plurals_resolved() -> None:
    en = Texts("en")
    assert en.translate("Stage", "Applied") == "Applied"
    assert en.translate("X", "%n learner(s)", None, 1) == "1 learner"
    assert en.translate("X", "%n learner(s)", None, 3) == "3 learners"


def test_an_unknown_text_stays_as_written() -> None:
    assert Texts("sv").translate("X", "No such text in the catalogue") == (
        "No such text in the catalogue"
    )


def test_user_errors_are_translated_then_filled() -> None:
    error = DatabaseLocked()
    swedish = Texts("sv").error(error)
    assert swedish != error.message and "databas" in swedish.lower()
    assert Texts("en").error(UserError("Learner {id} is gone.", id=7)) == "Learner 7 is gone."


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_ALL": "C", "LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LARSAM_LANGUAGE": "en", "LANG": "sv_SE.UTF-8"}, "en"),
        ({"LC_ALL": "sv_FI.UTF-8", "LANG": "en_US.UTF-8"}, "sv"),
        ({}, "en"),
    ],
)
def test_the_command_line_follows_the_locale(environ: dict[str, str], expected: str) -> None:
    assert locale_language(environ) == expected


def test_a_language_is_parsed_or_refused_by_name() -> None:
    assert parse_language("SV") == "sv"
    assert parse_language("en_GB") == "en"
    with pytest.raises(UserError) as refused:
        parse_language("fi")
    assert "fi" in refused.value.message


def test_bilingual_data_fills_each_side_in_its_own_language() -> None:
    from larsam_desktop.domain.bilingual import Bilingual

    course = Bilingual("Svenska 3")
    row = Bilingual("{course} med minst betyget {grade}", "{course} with at least {grade}")
    filled = row.format(course=course, grade="E")
    assert filled.in_language("sv") == "Svenska 3 med minst betyget E"
    assert filled.in_language("en") == "Svenska 3 with at least E"
    assert Bilingual.from_data({"sv": "Sökt", "en": "Applied"}).in_language("en") == "Applied"
    with pytest.raises(ValueError):
        Bilingual.from_data({"en": "English only"})


def test_a_counted_text_outside_qt_picks_its_form_from_the_pipe() -> None:
    from larsam_desktop.services import catalogue

    entry = catalogue._Entry(("%n rad kan inte läsas|%n rader kan inte läsas",))
    sv = Texts("sv")
    sv._catalogue.by_context[("T", "%n row(s) cannot be read")] = entry
    try:
        assert sv.translate("T", "%n row(s) cannot be read", None, 1) == "1 rad kan inte läsas"
        assert sv.translate("T", "%n row(s) cannot be read", None, 3) == "3 rader kan inte läsas"
    finally:
        del sv._catalogue.by_context[("T", "%n row(s) cannot be read")]
