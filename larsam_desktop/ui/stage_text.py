"""Stage titles in the window: the domain's one table (``domain.pathway.STAGE_TITLES``),
translated in context ``Stage``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from larsam_desktop.domain.pathway import STAGE_TITLES, Stage

CONTEXT = "Stage"

# lupdate cannot read the domain's table: the same titles, marked for it (a test keeps the
# two equal, tests/ui/test_qt_helpers.py).
MARKED_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("Stage", "Komvux"),
    QT_TRANSLATE_NOOP("Stage", "Preparation step"),
    QT_TRANSLATE_NOOP("Stage", "Grundläggande behörighet"),
    QT_TRANSLATE_NOOP("Stage", "Särskild behörighet"),
    QT_TRANSLATE_NOOP("Stage", "Applied"),
    QT_TRANSLATE_NOOP("Stage", "Admitted"),
    QT_TRANSLATE_NOOP("Stage", "Studying"),
    QT_TRANSLATE_NOOP("Stage", "Completed"),
    QT_TRANSLATE_NOOP("Stage", "Paused"),
    QT_TRANSLATE_NOOP("Stage", "Discontinued"),
)


def stage_title(stage: Stage | str | None) -> str:
    """The stage's title in the window's language; "" for no stage."""
    if not stage:
        return ""
    return QCoreApplication.translate(CONTEXT, STAGE_TITLES[Stage(stage)])
