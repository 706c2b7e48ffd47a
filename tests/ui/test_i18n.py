"""The interface language: the chosen locale, the forgiving translator, Swedish formats."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication

from larsam_desktop.ui.application import ensure_application
from larsam_desktop.ui.i18n import (
    AppTranslator,
    chosen_locale,
    install_translations,
    translations_dir,
    ui_language,
)

ROOT = Path(__file__).resolve().parents[2]
SWEDEN = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = ensure_application()
    yield application
    # As pytest-qt made it: no translators (the other tests read English), system formats.
    install_translations(application, "en")
    QLocale.setDefault(QLocale.system())


def test_the_system_locale_is_followed_unless_a_language_is_chosen() -> None:
    assert chosen_locale("", SWEDEN).name() == "sv_SE"
    assert chosen_locale("", GERMANY).name() == "de_DE"
    assert chosen_locale("sv", US).name() == "sv_SE"
    assert chosen_locale("en", US).name() == "en_US"
    # English words on a non-English system keep Swedish conventions for dates and numbers.
    assert chosen_locale("en", SWEDEN).name() == "en_SE"
    assert ui_language(SWEDEN) == "sv"
    assert ui_language(GERMANY) == "en"  # no German translation: the English source


def test_swedish_formats_dates_and_numbers(app: QApplication) -> None:
    install_translations(app, "sv")
    locale = QLocale()
    assert locale.name() == "sv_SE"
    assert locale.toString(100000) == "100\N{NO-BREAK SPACE}000"
    assert locale.toString(QDate(2026, 11, 28), QLocale.FormatType.ShortFormat) == "2026-11-28"
    assert locale.toString(1.5, "f", 1) == "1,5"
    assert "november" in locale.toString(QDate(2026, 11, 28), QLocale.FormatType.LongFormat)
    install_translations(app, "en")
    assert QLocale().language() == QLocale.Language.English


def compile_ts(folder: Path, messages: dict[str, list[tuple[str, str]]]) -> Path:
    body = "".join(
        f"<context><name>{context}</name>"
        + "".join(
            f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
            for s, t in pairs
        )
        + "</context>"
        for context, pairs in messages.items()
    )
    ts = folder / "test_sv.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="sv_SE">{body}</TS>',
        encoding="utf-8",
    )
    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    return folder / "test_sv.qm"


def test_a_message_filed_under_another_context_is_still_found(
    app: QApplication, tmp_path: Path
) -> None:
    qm = compile_ts(
        tmp_path,
        {"MainWindow": [("&File", "&Arkiv")], "": [("Today", "Idag"), ("&File", "&Arkiv")]},
    )
    translator = AppTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
        # lupdate filed "Today" under no class (``tr = window.tr``): found all the same.
        assert QCoreApplication.translate("CoachDayShell", "Today") == "Idag"
        # Unknown messages fall through to the source text, never to an empty string.
        assert QCoreApplication.translate("MainWindow", "Not translated") == "Not translated"
    finally:
        app.removeTranslator(translator)


def test_swedish_loads_the_built_translation(app: QApplication) -> None:
    qm = translations_dir() / "larsam_sv.qm"
    if not qm.exists():
        pytest.fail(f"{qm} is missing: run `make translations`")
    install_translations(app, "sv")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Hjälp"
    # Qt's own dialogs (buttons, file dialogs) are Swedish too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
