"""``larsam-desktop eligibility``: evaluate a transcript against a target's admission rules.

    larsam-desktop eligibility --transcript FILE --target TARGET [--on YYYY-MM-DD]
                               [--format json|text] [--what-if] [--language sv|en]
    larsam-desktop eligibility --learner ID --target TARGET [...]
    larsam-desktop eligibility --list-targets [--format json|text]
    larsam-desktop eligibility --all --target TARGET [--on YYYY-MM-DD] [--format json|text]
    larsam-desktop eligibility --refresh

``--all`` evaluates every stored learner against one target (whatever their own target) and
lists who is eligible; ``--refresh`` recomputes every learner's standing against their own
target, as the caseload's "eligible for target" column shows it.

The rules and the course catalogue are read from ``resources/`` (``paths.resources_dir``).
A stored learner (``--learner``: internal id or personnummer) is evaluated on the transcript
made from their course records and qualifications; the output is the same as for a file.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    cli_texts,
    fail,
    iso_date,
    language_of,
    stdout,
)
from larsam_desktop.cli.transcript_input import (
    add_transcript_arguments,
    learner_transcript,
    read_transcript,
)
from larsam_desktop.domain.errors import fill

if TYPE_CHECKING:
    from larsam_desktop.domain.errors import UserError
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.eligibility_data import EligibilityData


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "eligibility",
        help=texts.translate(
            "CliHelp", "check a transcript against a programme's entry requirements"
        ),
        description=texts.translate(
            "CliHelp",
            "Evaluate grundläggande and särskild behörighet for a transcript (JSON: "
            '{"courses": [{"code": "SVESVE01", "grade": "E"}, ...], "examen": ..., '
            '"slutbetyg_points_passed": ..., "folkhogskola_intyg": ..., '
            '"work_years_after_19": ...}).',
        ),
    )
    add_transcript_arguments(parser)
    parser.add_argument(
        "--target", metavar="TARGET", help=texts.translate("CliHelp", "a target id or old A-code")
    )
    parser.add_argument(
        "--on",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help=texts.translate("CliHelp", "apply the rules in force on this date (default: today)"),
    )
    parser.add_argument("--format", choices=("json", "text"), default="json")
    add_language_option(parser)  # --format text; JSON keys and values stay English
    parser.add_argument(
        "--what-if",
        action="store_true",
        help=texts.translate("CliHelp", "count planned and ongoing courses as passed (with E)"),
    )
    parser.add_argument(
        "--list-targets",
        action="store_true",
        help=texts.translate("CliHelp", "list the targets with their sources"),
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help=texts.translate("CliHelp", "every stored learner against --target: who is eligible"),
    )
    parser.add_argument(
        "--refresh",
        action="store_true",
        help=texts.translate(
            "CliHelp", "recompute every learner's standing against their own target"
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.cli import eligibility_output as output
    from larsam_desktop.domain.data_files import DataFileError
    from larsam_desktop.domain.eligibility.engine import Evaluator
    from larsam_desktop.domain.eligibility.rules import RuleNotInForce, UnknownTarget
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.eligibility_data import load_eligibility_data

    texts = Texts(language_of(args))
    try:
        data = load_eligibility_data()
    except (OSError, DataFileError) as exc:
        broken = texts.translate(
            "EligibilityCli", "the rule data shipped with the program cannot be read: {problem}"
        )
        return fail(fill(broken, {"problem": str(exc)}))
    catalogue, book = data.catalogue, data.book
    out = stdout()
    if args.list_targets:
        output.write_targets(book, args.format, out, texts.language)
        return 0
    if args.refresh:
        return _refresh(data, context, texts)
    if args.all:
        if args.transcript or args.learner or not args.target:
            return fail(
                texts.translate(
                    "EligibilityCli",
                    "give --all with --target TARGET only (no --transcript or --learner)",
                )
            )
        return _everyone(args, data, context, texts)
    if args.transcript and args.learner:
        return fail(
            texts.translate(
                "EligibilityCli", "give either --transcript FILE or --learner ID, not both"
            )
        )
    if not (args.transcript or args.learner) or not args.target:
        return fail(
            texts.translate(
                "EligibilityCli",
                "give --transcript FILE (or --learner ID) and --target TARGET (or --list-targets)",
            )
        )
    try:
        target = book.resolve(args.target)
    except UnknownTarget as exc:
        return fail(unknown_target(exc, texts))
    if args.learner:
        transcript = learner_transcript(args.learner, data, context)
    else:
        transcript = read_transcript(args.transcript, catalogue)
    if isinstance(transcript, int):
        return transcript
    on = args.on or date.today()
    try:
        result = Evaluator(book, catalogue, transcript, on=on, what_if=args.what_if).evaluate(
            target
        )
    except RuleNotInForce as exc:
        return fail(texts.error(exc))
    output.write_result(result, args.format, out, language_of(args), book)
    return 0


def unknown_target(exc: UserError, texts: Texts) -> str:
    see = texts.translate("EligibilityCli", "{problem}; see --list-targets")
    return fill(see, {"problem": texts.error(exc)})


def _refresh(data: EligibilityData, context: CliContext, texts: Texts) -> int:
    from larsam_desktop.services.target_standing import TargetStandings

    result = TargetStandings(data).refresh_all(context.open().database)
    count = result.learners
    checked = texts.translate(
        "EligibilityCli",
        "%n learner(s) checked: {with_target} have a target, {eligible} of them are eligible "
        "for it.",
        None,
        count,
    )
    params = {"with_target": result.with_target, "eligible": result.eligible}
    stdout().write(fill(checked, params) + "\n")
    return 0


def _everyone(
    args: argparse.Namespace, data: EligibilityData, context: CliContext, texts: Texts
) -> int:
    import json

    from larsam_desktop.domain.eligibility.rules import RuleNotInForce, UnknownTarget
    from larsam_desktop.services.target_standing import TargetStandings

    on = args.on or date.today()
    try:
        target = data.book.resolve(args.target)
        standings = list(
            TargetStandings(data).evaluate_everyone(context.open().database, target, on=on)
        )
    except UnknownTarget as exc:
        return fail(unknown_target(exc, texts))
    except RuleNotInForce as exc:
        return fail(texts.error(exc))
    eligible = [s.learner_id for s in standings if s.eligible]
    out = stdout()
    if args.format == "json":
        summary = {
            "target": target,
            "on": on.isoformat(),
            "learners": len(standings),
            "eligible": len(eligible),
            "eligible_ids": eligible,
        }
        json.dump(summary, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        name = data.target_names()[target]
        count = len(standings)
        line = texts.translate(
            "EligibilityCli",
            "{eligible} of %n learner(s) are eligible for {target} on {date}.",
            None,
            count,
        )
        params = {"eligible": len(eligible), "target": name, "date": on.isoformat()}
        out.write(fill(line, params) + "\n")
        if eligible:
            ids = texts.translate("EligibilityCli", "Ids: {ids}")
            out.write(fill(ids, {"ids": ", ".join(str(i) for i in eligible)}) + "\n")
    return 0
