"""``larsam-desktop cutoffs``: import and list earlier rounds' admission cut-offs.

    larsam-desktop cutoffs import FILE
    larsam-desktop cutoffs list [--target TARGET] [--format text|json]

FILE is the admission statistics as published (CSV, XLSX or ODS; the layout is described in
``domain/cutoffs.py`` and docs/architecture.md). A file with one bad line is refused whole,
every bad line named; the rounds in a file replace what was imported for them before.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import add_language_option, cli_texts, fail, language_of, stdout

if TYPE_CHECKING:
    from larsam_desktop.domain.errors import ValidationError
    from larsam_desktop.services.catalogue import Texts


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "cutoffs",
        help=texts.translate(
            "CliHelp", "admission cut-offs of earlier rounds (antagningsstatistik)"
        ),
    )
    actions = parser.add_subparsers(dest="cutoffs_action", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import", help=texts.translate("CliHelp", "import a round's published statistics")
    )
    importing.add_argument("file", metavar="FILE", type=Path)
    add_language_option(importing)
    importing.set_defaults(handler=run_import)
    listing = actions.add_parser(
        "list", help=texts.translate("CliHelp", "list the imported cut-offs")
    )
    listing.add_argument(
        "--target",
        metavar="TARGET",
        help=texts.translate("CliHelp", "only the rows matching a target"),
    )
    listing.add_argument("--format", choices=("text", "json"), default="text")
    add_language_option(listing)  # the text's messages (JSON keys stay English)
    listing.set_defaults(handler=run_list)


def run_import(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import ValidationError, fill
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.cutoff_import import CutoffImporter

    language = language_of(args)
    texts = Texts(language)
    try:
        result = CutoffImporter(context.open().database).import_file(args.file)
    except ValidationError as exc:
        refused = texts.translate(
            "CutoffsCli", "{file} was not imported (nothing was stored): {problems}"
        )
        return fail(fill(refused, {"file": str(args.file), "problems": _problems(exc, texts)}))
    if result.replaced:
        count = result.rows
        done = texts.translate(
            "CutoffsCli",
            "Imported %n cut-off(s) ({rounds}), replacing {replaced} imported before.",
            None,
            count,
        )
    else:
        count = result.rows
        done = texts.translate("CutoffsCli", "Imported %n cut-off(s) ({rounds}).", None, count)
    params: dict[str, str | int] = {"rounds": ", ".join(result.rounds), "replaced": result.replaced}
    stdout().write(fill(done, params) + "\n")
    return 0


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    import json

    from larsam_desktop.domain.cutoffs import matching
    from larsam_desktop.domain.eligibility.rules import UnknownTarget
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.domain.merit.values import swedish
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.eligibility_data import load_eligibility_data
    from larsam_desktop.services.merit import MeritService

    texts = Texts(language_of(args))
    data = load_eligibility_data()
    rows = MeritService(context.open().database, data).cutoffs()
    if args.target:
        try:
            target = data.book.resolve(args.target)
            rows = matching(rows, data.book.programme(target).rule.name)
        except (UnknownTarget, KeyError):
            unknown = texts.translate(
                "CutoffsCli", "unknown programme target {target}; see eligibility --list-targets"
            )
            return fail(fill(unknown, {"target": repr(args.target)}))
    out = stdout()
    if args.format == "json":
        json.dump(
            [
                {
                    "term": r.term,
                    "round": r.round,
                    "university": r.university,
                    "code": r.code,
                    "programme": r.programme,
                    "group": r.group,
                    "mark": r.mark.value,
                    "cutoff": float(r.value) if r.value is not None else None,
                    "admitted": r.admitted,
                }
                for r in rows
            ],
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return 0
    if not rows:
        none = texts.translate(
            "CutoffsCli", "No cut-offs imported (larsam-desktop cutoffs import FILE)."
        )
        out.write(none + "\n")
    marks = {"all_admitted": "*", "none_admitted": "-"}
    for r in rows:
        value = swedish(r.value) if r.value is not None else marks.get(r.mark.value, "")
        out.write(
            f"{r.term} urval {r.round}\t{r.university}\t{r.code}\t{r.programme}\t"
            f"{r.group}\t{value}\n"
        )
    return 0


def _problems(error: ValidationError, texts: Texts) -> str:
    return "; ".join(texts.field_error(e) for e in error.errors)
