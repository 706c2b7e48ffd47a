"""``larsam-desktop today [--coach NAME] [--format text|json] [--language sv|en]`` and
``larsam-desktop calendar export --out FILE.ics [--coach NAME] [--language sv|en]``.

The coach is ``--coach``, else the current coach chosen in the window (``preferences.ini`` in
the data folder). An unknown coach, a missing coach or an unwritable output file end with a
one-line message and exit 1; a calendar file is written completely or not at all. Each day
printed is logged (action ``export``, kind ``today``, the current coach, its rows).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    cli_texts,
    fail,
    fail_error,
    language_of,
    stdout,
)
from larsam_desktop.domain.bilingual import Language


def _no_coach(language: Language) -> int:
    from larsam_desktop.services.catalogue import Texts

    return fail(
        Texts(language).translate(
            "TodayCli",
            "no current coach: pass --coach NAME, or choose who you are in the window "
            "(File → Current coach…)",
        )
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    today = commands.add_parser(
        "today", help=texts.translate("CliHelp", "what needs attention today, for one coach")
    )
    today.add_argument(
        "--coach",
        metavar="NAME",
        help=texts.translate("CliHelp", "whose day (default: the current coach)"),
    )
    today.add_argument("--format", choices=("text", "json"), default="text")
    add_language_option(today)  # the text's headings (JSON keys stay English)
    today.set_defaults(handler=run_today)

    calendar = commands.add_parser(
        "calendar", help=texts.translate("CliHelp", "calendar files (.ics)")
    )
    actions = calendar.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export",
        help=texts.translate("CliHelp", "follow-ups, activities and exam bookings as an .ics file"),
    )
    export.add_argument("--out", required=True, metavar="FILE.ics", type=Path)
    export.add_argument(
        "--coach",
        metavar="NAME",
        help=texts.translate("CliHelp", "whose calendar (default: current coach)"),
    )
    export.add_argument(
        "--full-names",
        action="store_true",
        help=texts.translate(
            "CliHelp",
            "learners' full names in event titles (default: initials and id; a synced "
            "calendar copies the titles to its cloud service)",
        ),
    )
    add_language_option(export)  # titles, categories and descriptions
    export.set_defaults(handler=run_calendar_export)


def _coach(args: argparse.Namespace, context: CliContext) -> str | None:
    from larsam_desktop.services.preferences import load_preferences

    given: str | None = args.coach
    if given is not None and not given.strip():
        return None
    return given or load_preferences(context.paths).current_coach


def run_today(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.coaches import UnknownCoach
    from larsam_desktop.services.preferences import load_preferences
    from larsam_desktop.services.today import TodayService

    coach = _coach(args, context)
    if coach is None:
        return _no_coach(language_of(args))
    store = context.open()
    try:
        report = TodayService(store.database).report(coach, load_preferences(context.paths).today)
    except UnknownCoach as exc:
        return fail_error(exc, language_of(args))
    from larsam_desktop.cli.importing import current_actor_for
    from larsam_desktop.services.list_audit import ListKind, record_list

    # The day names learners: logged before it is printed (services/list_audit.py).
    sections = (report.follow_ups, report.quiet, report.stuck, report.upcoming)
    record_list(store.database, ListKind.TODAY, rows=sum(len(s.rows) for s in sections),
                list_format=args.format, actor=current_actor_for(context))  # fmt: skip
    out = stdout()
    if args.format == "json":
        json.dump(today_json(report), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        write_today_text(report, out, language_of(args))
    return 0


def run_calendar_export(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.atomic_file import OutputNotWritable
    from larsam_desktop.services.calendar_export import CalendarExport
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.coaches import UnknownCoach

    language = language_of(args)
    coach = _coach(args, context)
    if coach is None:
        return _no_coach(language)
    store = context.open()
    try:
        result = CalendarExport(store.database).export(
            args.out, coach, full_names=args.full_names, language=language
        )
    except (UnknownCoach, OutputNotWritable) as exc:
        return fail_error(exc, language)
    texts = Texts(language)
    wrote = texts.translate(
        "CalendarCli",
        "Wrote {events} events ({follow_ups} follow-ups, {activities} activities, {exams} "
        "exams) to {path}.",
    )
    counts: dict[str, str | int] = {
        "events": result.events,
        "follow_ups": result.follow_ups,
        "activities": result.activities,
        "exams": result.exams,
        "path": str(result.path),
        "cancelled": result.cancelled,
    }
    print(fill(wrote, counts), file=stdout())
    if result.cancelled:
        gone = texts.translate("CalendarCli", "{cancelled} of them are marked cancelled or done.")
        print(fill(gone, counts), file=stdout())
    return 0


def today_json(report: Any) -> dict[str, Any]:
    """The report as plain JSON values (dates as ISO strings)."""
    settings = report.settings
    return {
        "coach": report.coach,
        "today": report.today.isoformat(),
        "settings": {
            "quiet_weeks": settings.quiet_weeks,
            "stage_months": {s.value: m for s, m in settings.stage_months.items()},
            "upcoming_days": settings.upcoming_days,
        },
        "follow_ups": {
            "total": report.follow_ups.total,
            "overdue": report.overdue,
            "rows": [
                {
                    "id": r.id,
                    "learner_id": r.learner_id,
                    "learner": r.learner_name,
                    "title": r.title,
                    "due_on": r.due_on.isoformat(),
                    "overdue": r.overdue,
                }
                for r in report.follow_ups.rows
            ],
        },
        "not_contacted": {
            "total": report.quiet.total,
            "rows": [
                {
                    "learner_id": r.learner_id,
                    "learner": r.learner_name,
                    "last_contact_on": r.last_contact_on.isoformat() if r.last_contact_on else None,
                }
                for r in report.quiet.rows
            ],
        },
        "stuck": {
            "total": report.stuck.total,
            "rows": [
                {
                    "learner_id": r.learner_id,
                    "learner": r.learner_name,
                    "stage": r.stage.value,
                    "since": r.since.isoformat(),
                }
                for r in report.stuck.rows
            ],
        },
        "upcoming": {
            "total": report.upcoming.total,
            "rows": [
                {
                    "kind": r.kind,
                    "id": r.id,
                    "on": r.on.isoformat(),
                    "start": r.start.strftime("%H:%M"),
                    "title": r.title,
                    "place": r.place,
                    "learner_id": r.learner_id,
                    "learner": r.learner_name or None,
                }
                for r in report.upcoming.rows
            ],
        },
    }


def write_today_text(report: Any, out: TextIO, language: Language = "en") -> None:
    """The report as text for a person, in ``language`` (dates ISO, week numbers beside)."""
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.domain.pathway import stage_name
    from larsam_desktop.services.catalogue import Texts

    texts = Texts(language)
    settings = report.settings
    title = texts.translate("TodayCli", "Today {date} for {coach}")
    out.write(fill(title, {"date": report.today.isoformat(), "coach": report.coach}) + "\n")
    showing = texts.translate("TodayCli", " (showing {shown})")
    none = texts.translate("TodayCli", "none")

    def heading(title: str, shown: int, total: int, note: str = "") -> None:
        more = fill(showing, {"shown": shown}) if shown < total else ""
        out.write(f"\n{title}: {total}{note}{more}\n")
        if not total:
            out.write(f"  {none}\n")

    overdue = texts.translate("TodayCli", ", {count} overdue")
    heading(
        texts.translate("TodayCli", "Follow-ups overdue or due this week"),
        len(report.follow_ups.rows),
        report.follow_ups.total,
        fill(overdue, {"count": report.overdue}) if report.overdue else "",
    )
    flagged = texts.translate("TodayCli", "OVERDUE")
    for r in report.follow_ups.rows:
        flag = f"{flagged} " if r.overdue else ""
        out.write(
            f"  {r.due_on.isoformat()}  {flag}{r.title} – {r.learner_name} [{r.learner_id}]\n"
        )
    quiet = texts.translate("TodayCli", "Not contacted in {weeks} weeks")
    heading(
        fill(quiet, {"weeks": settings.quiet_weeks}), len(report.quiet.rows), report.quiet.total
    )
    never = texts.translate("TodayCli", "never")
    for q in report.quiet.rows:
        last = q.last_contact_on.isoformat() if q.last_contact_on else never
        out.write(f"  {last:<10}  {q.learner_name} [{q.learner_id}]\n")
    heading(
        texts.translate("TodayCli", "In the same stage too long"),
        len(report.stuck.rows),
        report.stuck.total,
    )
    since = texts.translate("TodayCli", "since {date}")
    for s in report.stuck.rows:
        stage = stage_name(s.stage, language)
        out.write(
            f"  {fill(since, {'date': s.since.isoformat()})}  {stage:<13} "
            f"{s.learner_name} [{s.learner_id}]\n"
        )
    upcoming = texts.translate("TodayCli", "Exams and activities in the next {days} days")
    heading(
        fill(upcoming, {"days": settings.upcoming_days}),
        len(report.upcoming.rows),
        report.upcoming.total,
    )
    exam = texts.translate("TodayCli", "exam")
    activity = texts.translate("TodayCli", "activity")
    for u in report.upcoming.rows:
        who = f" – {u.learner_name} [{u.learner_id}]" if u.learner_id is not None else ""
        kind = exam if u.kind == "exam" else activity
        out.write(
            f"  {u.on.isoformat()} {u.start.strftime('%H:%M')}  {kind}: {u.title}, {u.place}{who}\n"
        )
