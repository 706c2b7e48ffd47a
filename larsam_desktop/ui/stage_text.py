"""Stage and preparation titles in the window: the domain's one table of each
(``domain.pathway.STAGE_TITLES``, ``PREPARATION_TITLES``) in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.pathway import PREPARATION_TITLES, PreparationKind, Stage, stage_name


def interface_language() -> Language:
    """The language the window speaks: Swedish for a Swedish locale, else English."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def stage_title(stage: Stage | str | None) -> str:
    """The stage's title in the window's language; "" for no stage."""
    if not stage:
        return ""
    return stage_name(stage, interface_language())


def preparation_title(kind: PreparationKind | str | None) -> str:
    """The preparation kind's name in the window's language; "" for none."""
    if not kind:
        return ""
    return PREPARATION_TITLES[PreparationKind(kind)].in_language(interface_language())
