"""Numbers and dates as the interface's language writes them: "14,4 MB" and "v. 50" in
Swedish, "14.4 MB" and "wk 50" in English; the date placeholder "ÅÅÅÅ-MM-DD"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import QLocale

from larsam_desktop.ui.application import ensure_application
from larsam_desktop.ui.i18n import install_translations, translations_dir
from larsam_desktop.ui.qt_dates import date_placeholder, listed_date, listed_time, week_label
from larsam_desktop.ui.text import decimal, file_size

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def swedish() -> Iterator[None]:
    app = ensure_application()
    if not (translations_dir() / "larsam_sv.qm").exists():
        pytest.fail("larsam_sv.qm is missing: run `make translations`")
    install_translations(app, "sv")
    yield
    install_translations(app, "en")
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def english() -> Iterator[None]:
    ensure_application()
    QLocale.setDefault(US)
    yield
    QLocale.setDefault(QLocale.system())


def test_english_sizes_decimals_and_weeks(english: None) -> None:
    assert file_size(14_400_000) == "14.4 MB"
    assert decimal(2.5) == "2.5"
    assert week_label(date(2026, 12, 7)) == "wk 50"
    assert listed_date(date(2026, 12, 7)) == "2026-12-07 (wk 50)"
    assert listed_time(date(2027, 1, 1), time(9, 30)) == "2027-01-01 09:30 (wk 53)"  # ISO week
    assert date_placeholder() == "YYYY-MM-DD"


def test_swedish_sizes_decimals_and_weeks(swedish: None) -> None:
    assert file_size(14_400_000).replace("\u00a0", " ") == "14,4 MB"
    assert decimal(2.5) == "2,5"
    assert week_label(date(2026, 12, 7)) == "v. 50"
    assert date_placeholder() == "ÅÅÅÅ-MM-DD"


def test_the_today_lists_show_the_week_of_each_date(english: None) -> None:
    from larsam_desktop.domain.today import FollowUpRow, QuietRow, UpcomingRow
    from larsam_desktop.ui.models.today_models import FollowUpsModel, QuietModel, UpcomingModel

    follow_ups, quiet, upcoming = FollowUpsModel(), QuietModel(), UpcomingModel()
    follow_ups.set_rows([FollowUpRow(1, 1, "Åsa Öberg", "Ring", date(2026, 12, 7), True)])
    quiet.set_rows([QuietRow(1, "Åsa Öberg", date(2026, 11, 30)), QuietRow(2, "Ali", None)])
    upcoming.set_rows(
        [UpcomingRow("activity", 3, date(2026, 12, 9), time(13, 0), "Info", "Sal 1", None, "")]
    )
    assert follow_ups.index(0, 0).data() == "2026-12-07 (wk 50) (overdue)"
    assert quiet.index(0, 1).data() == "2026-11-30 (wk 49)"
    assert quiet.index(1, 1).data() == "never"
    assert upcoming.index(0, 0).data() == "2026-12-09 13:00 (wk 50)"
