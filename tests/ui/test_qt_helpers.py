"""Small Qt helpers used everywhere: placeholders, plurals, dates, stage titles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTranslator
from PySide6.QtWidgets import QApplication, QDateEdit, QTimeEdit
from pytestqt.qtbot import QtBot

import larsam_desktop
from larsam_desktop.domain.pathway import STAGE_TITLES, Stage
from larsam_desktop.ui import stage_text
from larsam_desktop.ui.models.caseload_model import time_in_stage
from larsam_desktop.ui.qt_dates import date_of, qdate, qtime, time_of, to_date, to_time
from larsam_desktop.ui.text import EnglishPlurals, english_plural, fill


def test_fill_is_one_pass_and_knows_two_digit_numbers() -> None:
    assert fill("Restored %1 learners from %2.", 40, "copy.sqlite3") == (
        "Restored 40 learners from copy.sqlite3."
    )
    assert fill("%1 and %2", "file-%2.csv", "x") == "file-%2.csv and x"  # never re-filled
    values = [str(i) for i in range(1, 11)]
    assert fill("%10/%1", *values) == "10/1"
    assert fill("%1 of %3", "a") == "a of %3"  # a missing value leaves its placeholder
    assert fill("100 %", "x") == "100 %"


def test_english_plurals_from_the_source_text() -> None:
    assert english_plural("%n learner(s)", 1) == "%n learner"
    assert english_plural("%n learner(s)", 0) == "%n learners"
    assert english_plural("%n match(es) found", 2) == "%n matches found"


def test_the_english_translator_answers_only_counted_messages(qapp: QApplication) -> None:
    assert any(isinstance(t, EnglishPlurals) for t in qapp.findChildren(QTranslator))
    translate = QCoreApplication.translate
    assert translate("X", "%n learner(s)", None, 1) == "1 learner"
    assert translate("X", "%n learner(s)", None, 1500) == "1500 learners"
    assert translate("X", "Print (s)") == "Print (s)"  # no count: not a plural


def test_time_in_stage_counts_in_words(qapp: QApplication) -> None:
    today = date(2026, 12, 3)
    assert time_in_stage(today, today) == "today"
    assert time_in_stage(today - timedelta(days=1), today) == "1 day"
    assert time_in_stage(today - timedelta(days=13), today) == "13 days"
    assert time_in_stage(today - timedelta(days=20), today) == "2 weeks"
    assert time_in_stage(today - timedelta(days=400), today) == "13 months"
    assert time_in_stage(today - timedelta(days=800), today) == "2 years"
    assert time_in_stage(None, today) == ""


@pytest.fixture
def swedish_plurals(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A translation with Swedish numerus forms, compiled with the wheel's lrelease."""
    import subprocess
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
    from translations import qt_tool

    folder = tmp_path_factory.mktemp("plural-ts")
    ts = folder / "p_sv.ts"
    source = escape("%n day(s)")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="sv_SE">'
        "<context><name>TimeInStage</name>"
        f'<message numerus="yes"><source>{source}</source><translation>'
        "<numerusform>%n dag</numerusform><numerusform>%n dagar</numerusform>"
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([qt_tool("lrelease"), str(ts)], check=True, capture_output=True)
    translator = QTranslator(qapp)
    assert translator.load(str(folder / "p_sv.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_a_swedish_translation_wins_over_the_english_plurals(swedish_plurals: None) -> None:
    today = date(2026, 12, 3)
    assert time_in_stage(today - timedelta(days=1), today) == "1 dag"
    assert time_in_stage(today - timedelta(days=5), today) == "5 dagar"
    assert time_in_stage(today - timedelta(days=20), today) == "2 weeks"  # untranslated here


def test_dates_and_times_both_ways(qtbot: QtBot) -> None:
    assert to_date(QDate(2026, 2, 28)) == date(2026, 2, 28)
    assert qdate(date(2026, 12, 31)) == QDate(2026, 12, 31)
    assert to_time(QTime(13, 5, 7, 250)) == time(13, 5, 7, 250_000)
    assert qtime(time(9, 30)) == QTime(9, 30)
    with pytest.raises(ValueError, match="invalid"):
        to_date(QDate())
    with pytest.raises(ValueError, match="invalid"):
        to_time(QTime())
    edit, clock = QDateEdit(qdate(date(2027, 1, 15))), QTimeEdit(qtime(time(8, 45)))
    qtbot.addWidget(edit)
    qtbot.addWidget(clock)
    assert date_of(edit) == date(2027, 1, 15)
    assert time_of(clock) == time(8, 45)


def test_stage_titles_come_from_the_one_domain_table(qapp: QApplication) -> None:
    assert set(STAGE_TITLES) == set(Stage)
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        assert stage_text.stage_title(Stage.PREPARATION) == "Förberedande steg"
        assert stage_text.stage_title("completed") == "Fullföljt"
        assert stage_text.preparation_title("hogskoleprov") == "Förberedelse för högskoleprovet"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Sweden))
        assert stage_text.stage_title(Stage.PREPARATION) == "Preparation step"
        assert stage_text.stage_title("paused") == "Paused"
        assert stage_text.stage_title(None) == ""
    finally:
        QLocale.setDefault(previous)


def test_no_other_module_spells_a_stage_title() -> None:
    """The domain's table is the only source: the modules that showed stages in three
    wordings (issue 14) and every statistics module take the titles from it and never
    spell one themselves."""
    root = Path(larsam_desktop.__file__).parent
    paths = [
        root / "ui" / "stage_text.py",
        root / "ui" / "models" / "caseload_model.py",
        root / "ui" / "models" / "caseload_columns.py",
        root / "ui" / "models" / "timeline_model.py",
        root / "ui" / "models" / "stats_table_model.py",
        root / "ui" / "widgets" / "stats_charts.py",
        root / "ui" / "pages" / "dashboard_page.py",
        root / "domain" / "statistics" / "facts.py",
        root / "domain" / "statistics" / "labels.py",
        *sorted((root / "services" / "stats_export").glob("*.py")),
    ]
    titles = {text for title in STAGE_TITLES.values() for text in (title.sv, title.en)}
    offenders = [
        f"{path.relative_to(root)}: {title}"
        for path in paths
        for title in sorted(titles)
        if f'"{title}"' in (source := path.read_text(encoding="utf-8")) or f"'{title}'" in source
    ]
    assert offenders == []
