"""The interface language: the chosen locale, Qt's and the app's translations.

The language follows the system locale unless the coach chose one (Settings → Language,
kept in the data folder's UI settings and applied at the next start). Swedish loads
``resources/translations/larsam_sv.qm`` (built from ``larsam_sv.ts`` by ``make
translations``; not committed) and Qt's own ``qtbase_sv``. ``QLocale.setDefault`` makes every
``QLocale()`` in the program — dates, numbers — follow the same choice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from larsam_desktop.paths import AppPaths, resources_dir
from larsam_desktop.ui.settings import UiSettings
from larsam_desktop.ui.text import EnglishPlurals

log = logging.getLogger(__name__)
SYSTEM = ""  # the stored choice that means "follow the system"
TRANSLATED = ("sv",)  # languages with a translation file; English is the source language


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # "" for the system's language
    label: str  # in its own language, so a coach finds it whatever is shown


# Labels are the languages' own names (not translated, on purpose).
LANGUAGES = (Language("sv", "Svenska"), Language("en", "English"))


LANGUAGE_KEY = "app/language"


def stored_choice(paths: AppPaths) -> str:
    """The language chosen in this data folder ("" to follow the system)."""
    value = UiSettings(paths).get(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in ("sv", "en") else SYSTEM


def store_choice(paths: AppPaths, choice: str) -> None:
    settings = UiSettings(paths)
    settings.set(LANGUAGE_KEY, choice)
    settings.sync()


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen_locale(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale for a stored choice: Swedish, English, or the system's ("")."""
    system = system if system is not None else QLocale.system()
    if choice == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    if choice == "en":
        if system.language() == QLocale.Language.English:
            return system
        # English words with Swedish conventions (ISO dates, space as thousands separator).
        return QLocale(QLocale.Language.English, QLocale.Country.Sweden)
    return system


def ui_language(locale: QLocale) -> str:
    """The translation a locale gets: "sv" for Swedish, else the English source."""
    return "sv" if locale.language() == QLocale.Language.Swedish else "en"


class AppTranslator(QTranslator):
    """The app's translator, forgiving about the context.

    A message is looked up in its class's context first; if lupdate filed it under another
    context (``tr = self.tr`` aliases, ``window.tr(...)`` in helper classes), the copy of
    every message in the empty context that ``make translations`` adds is used instead.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None (not "") means "not here": Qt then asks the next translator.
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context:
            found = super().translate("", source_text, disambiguation, n)
        return found or None


def install_translations(app: QCoreApplication, choice: str = SYSTEM) -> QLocale:
    """Apply a language choice to the application; returns the locale in use."""
    locale = chosen_locale(choice)
    QLocale.setDefault(locale)
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    app.installTranslator(EnglishPlurals(app))  # asked last: "%n learner(s)" in English
    if ui_language(locale) == "en":
        return locale
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_translations):
        app.installTranslator(qt)
    own = AppTranslator(app)
    if own.load(locale, "larsam", "_", str(translations_dir())):
        app.installTranslator(own)
    else:
        log.warning("no compiled translation for %s in %s", locale.name(), translations_dir())
    return locale
