"""Where a command's transcript comes from: a JSON file (``--transcript``) or a stored learner
(``--learner``). Shared by ``eligibility`` and ``merit``, which take both the same way."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import error_text, fail

if TYPE_CHECKING:
    from larsam_desktop.domain.courses.catalogue import Catalogue
    from larsam_desktop.domain.courses.transcript import Transcript
    from larsam_desktop.services.eligibility_data import EligibilityData


def add_transcript_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--transcript", metavar="FILE", help="the transcript (JSON; - for stdin)")
    parser.add_argument(
        "--learner", metavar="ID", help="a stored learner: internal id or personnummer"
    )


def learner_transcript(text: str, data: EligibilityData, context: CliContext) -> Transcript | int:
    """The stored learner's transcript, or the exit code after saying they are not there."""
    from larsam_desktop.services.catalogue import locale_language
    from larsam_desktop.services.eligibility import EligibilityService
    from larsam_desktop.services.learners import LearnerNotFound, LearnerService

    database = context.open().database
    try:
        learner_id = LearnerService(database).find(text)
        return EligibilityService(database, data).transcript(learner_id)
    except LearnerNotFound as exc:
        return fail(f"{error_text(exc, locale_language())} See larsam-desktop learners list.")


def read_transcript(name: str, catalogue: Catalogue) -> Transcript | int:
    """The parsed transcript, or the exit code after reporting why it cannot be read."""
    import json
    import sys
    from pathlib import Path

    from larsam_desktop.domain.courses.transcript import parse_transcript
    from larsam_desktop.domain.errors import ValidationError

    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return fail(f"cannot read the transcript {name}: {reason}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return fail(
            f"the transcript {name} is not valid JSON: {exc.msg} "
            f"(line {exc.lineno}, column {exc.colno})"
        )
    try:
        return parse_transcript(data, catalogue)
    except ValidationError as exc:
        problems = "; ".join(f"{e.field}: {e.message}" for e in exc.errors)
        return fail(f"the transcript {name} was refused: {problems}")
