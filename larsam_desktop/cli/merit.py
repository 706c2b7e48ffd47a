"""``larsam-desktop merit``: the jämförelsetal per urvalsgrupp and the högskoleprov result.

    larsam-desktop merit --transcript FILE [--target TARGET] [--format text|json]
    larsam-desktop merit --learner ID [--target TARGET] [--format text|json]

The transcript file is the one ``eligibility --transcript`` reads. A stored learner is
computed on their course records and qualifications, against their own target unless
``--target`` names another; their best valid högskoleprov result is shown, and with cut-offs
imported (``cutoffs import``) how they stood last round, with the what-if.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    cli_texts,
    error_text,
    fail,
    language_of,
    stdout,
)
from larsam_desktop.cli.transcript_input import (
    add_transcript_arguments,
    learner_transcript,
    read_transcript,
)

if TYPE_CHECKING:
    from larsam_desktop.domain.cutoffs import CutoffRow
    from larsam_desktop.domain.merit.hogskoleprov import HpResult


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "merit",
        help=texts.translate(
            "CliHelp", "meritvärde per urvalsgrupp, högskoleprov and last round's cut-offs"
        ),
        description=texts.translate(
            "CliHelp",
            "Compute the jämförelsetal, meritpoäng and meritvärde per urvalsgrupp "
            "(BI, BII) for a transcript (the JSON that eligibility --transcript reads) or a stored "
            "learner.",
        ),
    )
    add_transcript_arguments(parser)
    parser.add_argument(
        "--target",
        metavar="TARGET",
        help=texts.translate("CliHelp", "a target id or old A-code (default: the learner's)"),
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_language_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.cli import merit_output
    from larsam_desktop.domain.data_files import DataFileError
    from larsam_desktop.domain.eligibility.rules import UnknownTarget
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.eligibility_data import load_eligibility_data
    from larsam_desktop.services.merit import MeritCalculator, MeritService

    texts = Texts(language_of(args))
    if bool(args.transcript) == bool(args.learner):
        return fail(texts.translate("MeritCli", "give either --transcript FILE or --learner ID"))
    try:
        data = load_eligibility_data()
    except (OSError, DataFileError) as exc:
        broken = texts.translate(
            "EligibilityCli", "the rule data shipped with the program cannot be read: {problem}"
        )
        return fail(fill(broken, {"problem": str(exc)}))
    target = None
    if args.target:
        try:
            target = data.book.resolve(args.target)
        except UnknownTarget as exc:
            see = texts.translate("MeritCli", "{problem}; see eligibility --list-targets")
            return fail(fill(see, {"problem": error_text(exc, texts.language)}))
    hp_results: list[HpResult] = []
    cutoffs: list[CutoffRow] = []
    calculator: MeritCalculator
    if args.learner:
        transcript = learner_transcript(args.learner, data, context)
        if isinstance(transcript, int):
            return transcript
        service = MeritService(context.open().database, data)
        learner_id = _learner_id(args.learner, context)
        hp_results = [s.result for s in service.hp_results(learner_id)]
        cutoffs = service.cutoffs()
        calculator = service
        if target is None:
            target = _stored_target(learner_id, context)
    else:
        transcript = read_transcript(args.transcript, data.catalogue)
        if isinstance(transcript, int):
            return transcript
        calculator = MeritCalculator(data)
    standing = calculator.standing(transcript, target, hp_results, cutoffs)
    out = stdout()
    if args.format == "json":
        merit_output.write_json(standing, out)
    else:
        merit_output.write_text(standing, out, language_of(args))
    return 0


def _learner_id(text: str, context: CliContext) -> int:
    from larsam_desktop.services.learners import LearnerService

    return LearnerService(context.open().database).find(text)


def _stored_target(learner_id: int, context: CliContext) -> str | None:
    with context.open().database.unit_of_work() as uow:
        choice = uow.profiles.target(learner_id)
    return choice.target_id if choice is not None else None
