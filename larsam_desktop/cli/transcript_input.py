"""Where a command's transcript comes from: a JSON file (``--transcript``) or a stored learner
(``--learner``). Shared by ``eligibility`` and ``merit``, which take both the same way."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import cli_texts, command_language, error_text, fail, os_reason
from larsam_desktop.domain.errors import fill

if TYPE_CHECKING:
    from larsam_desktop.domain.courses.catalogue import Catalogue
    from larsam_desktop.domain.courses.transcript import Transcript
    from larsam_desktop.services.eligibility_data import EligibilityData


def add_transcript_arguments(parser: argparse.ArgumentParser) -> None:
    texts = cli_texts()
    parser.add_argument(
        "--transcript",
        metavar="FILE",
        help=texts.translate("CliHelp", "the transcript (JSON; - for stdin)"),
    )
    parser.add_argument(
        "--learner",
        metavar="ID",
        help=texts.translate("CliHelp", "a stored learner: internal id or personnummer"),
    )


def learner_transcript(text: str, data: EligibilityData, context: CliContext) -> Transcript | int:
    """The stored learner's transcript, or the exit code after saying they are not there."""
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.eligibility import EligibilityService
    from larsam_desktop.services.learners import LearnerNotFound, LearnerService

    database = context.open().database
    try:
        learner_id = LearnerService(database).find(text)
        return EligibilityService(database, data).transcript(learner_id)
    except LearnerNotFound as exc:
        texts = Texts(command_language())
        see = texts.translate("TranscriptCli", "{problem} See larsam-desktop learners list.")
        return fail(fill(see, {"problem": error_text(exc, texts.language)}))


def read_transcript(name: str, catalogue: Catalogue) -> Transcript | int:
    """The parsed transcript, or the exit code after reporting why it cannot be read."""
    import json
    import sys
    from pathlib import Path

    from larsam_desktop.domain.courses.transcript import parse_transcript
    from larsam_desktop.domain.errors import ValidationError
    from larsam_desktop.services.catalogue import Texts

    texts = Texts(command_language())
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = (
            os_reason(exc)
            if isinstance(exc, OSError)
            else texts.translate("TranscriptCli", "it is not UTF-8 text")
        )
        unreadable = texts.translate("TranscriptCli", "cannot read the transcript {file}: {why}")
        return fail(fill(unreadable, {"file": name, "why": reason}))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        bad = texts.translate(  # json's own words for the fault are English: left out
            "TranscriptCli",
            "the transcript {file} is not valid JSON (line {line}, column {column})",
        )
        return fail(fill(bad, {"file": name, "line": exc.lineno, "column": exc.colno}))
    try:
        return parse_transcript(data, catalogue)
    except ValidationError as exc:
        refused = texts.translate("TranscriptCli", "the transcript {file} was refused: {problems}")
        problems = "; ".join(f"{e.field}: {texts.field_error(e)}" for e in exc.errors)
        return fail(fill(refused, {"file": name, "problems": problems}))
