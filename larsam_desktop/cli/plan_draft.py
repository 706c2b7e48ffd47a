"""``larsam-desktop plan draft``: a plan from the learner's gap, saved, and what it added.

    larsam-desktop plan draft --learner ID [--target T] [--start TERM] [--pace full|half]
                              [--language sv|en]

``--target`` and ``--start`` (the hoped-for start term of the programme) aim the plan and
become the learner's one target, as in the window; without them the plan follows the
learner's target. The output and its messages follow ``--language`` (default: the locale).
"""

from __future__ import annotations

import argparse

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import add_language_option, cli_texts, fail, language_of, stdout
from larsam_desktop.services.catalogue import Texts


def fill(text: str, *values: object) -> str:
    """``%1``, ``%2``… of a translated text filled in, as ``ui/text.fill`` does in the window."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def register_draft(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    draft = actions.add_parser(
        "draft",
        help=texts.translate("CliHelp", "draft a plan from the learner's gap and save it"),
        description=texts.translate(
            "CliHelp",
            "Add the courses the learner still lacks for the plan's goal, spread "
            "over terms from the first open one at the plan's pace, and save the plan (what "
            '"Add the missing courses" does in the window).',
        ),
    )
    draft.add_argument(
        "--learner",
        required=True,
        metavar="ID",
        help=texts.translate("CliHelp", "id or personnummer"),
    )
    draft.add_argument(
        "--target",
        default="",
        metavar="T",
        help=texts.translate("CliHelp", "programme id, alias or A-code"),
    )
    draft.add_argument(
        "--start",
        default="",
        metavar="TERM",
        help=texts.translate("CliHelp", "start term, e.g. HT2027"),
    )
    draft.add_argument(
        "--pace", default="", metavar="full|half", help=texts.translate("CliHelp", "study pace")
    )
    add_language_option(draft)
    draft.set_defaults(handler=run_draft)


def run_draft(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import UserError, ValidationError
    from larsam_desktop.domain.plans.terms import pace_percent
    from larsam_desktop.services.audit import current_actor
    from larsam_desktop.services.eligibility_data import load_eligibility_data
    from larsam_desktop.services.learners import LearnerService
    from larsam_desktop.services.plan_draft import draft_plan
    from larsam_desktop.services.plans import PlanService
    from larsam_desktop.services.profiles import ProfileService
    from larsam_desktop.services.reference_data import ReferenceService

    texts = Texts(language_of(args))
    database = context.open().database
    data = load_eligibility_data()
    try:
        learners = LearnerService(database)
        learner_id = learners.find(args.learner)
        coach_id = learners.get(learner_id).data.coach_id
        coaches = ReferenceService(database).choices().coaches
        coach = next((c.name for c in coaches if c.key == coach_id), "")
        drafted = draft_plan(
            PlanService(database, data),
            ProfileService(database, data),
            learner_id,
            target=args.target,
            start_term=args.start,
            pace=args.pace,
            author=current_actor(),
            coach=coach,
        )
    except ValidationError as exc:
        return fail("; ".join(_field(texts, e.field) + texts.field_error(e) for e in exc.errors))
    except UserError as exc:
        return fail(texts.error(exc))
    content = drafted.saved.revision.content
    names = data.target_names(texts.language)
    goal = names.get(content.target_id or "", content.examen or "-")
    out = stdout()
    heading = texts.translate("PlanDraftCli", "Study plan revision %1 for learner %2: %3")
    aim = goal + (f" {content.target_term}" if content.target_term else "")
    out.write(fill(heading, drafted.saved.revision.number, learner_id, aim) + "\n")
    pace = texts.translate("PlanDraftCli", "Pace: %1 %")
    out.write(fill(pace, pace_percent(content.pace)) + "\n")
    if not drafted.added:
        out.write(
            texts.translate("PlanDraftCli", "No courses were missing; nothing was added.") + "\n"
        )
        return 0
    count = len(drafted.added)
    out.write(texts.translate("PlanDraftCli", "Added %n course(s):", None, count) + "\n")
    for course in drafted.added:
        name = data.catalogue.get(course.code).name
        out.write(f"  {course.term}  {course.code}  {name}  ({course.points})\n")
    return 0


def _field(texts: Texts, name: str) -> str:
    labels = {
        "target": texts.translate("PlanDraftCli", "target"),
        "start_term": texts.translate("PlanDraftCli", "start term"),
        "pace": texts.translate("PlanDraftCli", "pace"),
        "coach": texts.translate("PlanDraftCli", "coach"),
    }
    return f"{labels.get(name, name)}: "
