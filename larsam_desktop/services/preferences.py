"""Choices that the window and the command line share, kept in ``preferences.ini`` in the data
folder: who is using the program (the current coach), the Today page's thresholds and the
lärcentrum's exam booking policy.

Per data folder rather than per database: on a shared server every coach has their own.
Every setting is declared once here with its default; the file is plain INI (configparser),
written atomically, so the CLI can read what the window saved.
"""

from __future__ import annotations

import configparser
import dataclasses
import logging
from dataclasses import dataclass, field

from larsam_desktop.domain.exam_bookings import ExamPolicy
from larsam_desktop.domain.pathway import Stage
from larsam_desktop.domain.today import TodaySettings
from larsam_desktop.paths import AppPaths, ensure_private_dir
from larsam_desktop.services.atomic_file import atomic_output

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Preferences:
    current_coach: str | None = None
    today: TodaySettings = field(default_factory=TodaySettings)
    exams: ExamPolicy = field(default_factory=ExamPolicy)
    count_de_facto_holidays: bool = True  # Midsummer, Christmas and New Year's Eve are closed


def load_preferences(paths: AppPaths) -> Preferences:
    """The saved preferences; defaults for anything missing or unreadable (logged)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(paths.preferences, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError) as exc:
        log.warning("preferences not read (%s); using defaults", exc)
        return Preferences()
    defaults = Preferences()
    coach = parser.get("coach", "current", fallback="").strip() or None
    today = TodaySettings(
        quiet_weeks=_int(parser, "today", "quiet_weeks", defaults.today.quiet_weeks, 1, 520),
        stage_months={
            stage: _int(parser, "today", f"stage_months.{stage.value}", months, 0, 240)
            for stage, months in _stage_defaults(defaults.today).items()
        },
        upcoming_days=_int(parser, "today", "upcoming_days", defaults.today.upcoming_days, 1, 366),
    )
    exams = ExamPolicy(
        lead_working_days=_int(
            parser, "exams", "lead_working_days", defaults.exams.lead_working_days, 0, 100
        ),
        fee_kr=_int(parser, "exams", "fee_kr", defaults.exams.fee_kr, 0, 100_000),
        free_resits=_int(parser, "exams", "free_resits", defaults.exams.free_resits, 0, 100),
    )
    de_facto = parser.getboolean("exams", "count_de_facto_holidays", fallback=True)
    return Preferences(coach, today, exams, de_facto)


def save_preferences(paths: AppPaths, preferences: Preferences) -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser["coach"] = {"current": preferences.current_coach or ""}
    today = preferences.today
    parser["today"] = {
        "quiet_weeks": str(today.quiet_weeks),
        "upcoming_days": str(today.upcoming_days),
        **{
            f"stage_months.{stage.value}": str(today.stage_months.get(stage, 0))
            for stage in _stage_defaults(today)
        },
    }
    parser["exams"] = {
        "lead_working_days": str(preferences.exams.lead_working_days),
        "fee_kr": str(preferences.exams.fee_kr),
        "free_resits": str(preferences.exams.free_resits),
        "count_de_facto_holidays": "yes" if preferences.count_de_facto_holidays else "no",
    }
    paths.ensure()
    ensure_private_dir(paths.data_dir)
    with (
        atomic_output(paths.preferences) as temporary,
        temporary.open("w", encoding="utf-8") as handle,
    ):
        parser.write(handle)


def set_current_coach(paths: AppPaths, name: str | None) -> Preferences:
    """Save who is using the program; returns the updated preferences."""
    updated = dataclasses.replace(
        load_preferences(paths), current_coach=(name or "").strip() or None
    )
    save_preferences(paths, updated)
    return updated


def _stage_defaults(settings: TodaySettings) -> dict[Stage, int]:
    """Every stage that can be "stuck", with the months configured (0: never)."""
    finals = (Stage.COMPLETED, Stage.DISCONTINUED, Stage.STUDYING)
    return {s: settings.stage_months.get(s, 0) for s in Stage if s not in finals}


def _int(
    parser: configparser.ConfigParser, section: str, key: str, default: int, low: int, high: int
) -> int:
    try:
        value = parser.getint(section, key, fallback=default)
    except ValueError:
        log.warning("preferences: %s.%s is not a number; using %s", section, key, default)
        return default
    if not low <= value <= high:
        log.warning("preferences: %s.%s out of range; using %s", section, key, default)
        return default
    return value
