"""``larsam-desktop import learners|admitted FILE [--dry-run] [--skip-bad-rows] [--mapping …]``
and ``larsam-desktop import template learners|admitted --out FILE.xlsx``.

A bad row makes the command exit 1, listing every bad row's line number and reason, and
write nothing — unless ``--skip-bad-rows`` is given. Notes about the reading (a phone
number whose leading 0 was put back) are printed as ``note:`` lines.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from larsam_desktop.cli import university_lists
from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    cli_texts,
    fail,
    fail_error,
    language_of,
    stdout,
)
from larsam_desktop.domain.errors import fill


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "import",
        help=texts.translate(
            "CliHelp",
            "import learners or an admitted-students list from CSV, XLSX or ODS "
            "(or write a template to fill in)",
        ),
    )
    parser.add_argument(
        "kind",
        choices=("learners", "admitted", "template", *university_lists.KINDS),
        metavar="TYPE",
        help=texts.translate(
            "CliHelp",
            "what the file lists: learners, admitted, progress or applicants; 'template' "
            "writes an XLSX template (then FILE is learners or admitted and --out names the file)",
        ),
    )
    parser.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=texts.translate("CliHelp", "a .csv, .xlsx or .ods file"),
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FILE.xlsx",
        help=texts.translate("CliHelp", "where 'import template' writes"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=texts.translate("CliHelp", "check every row and report; write nothing"),
    )
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help=texts.translate(
            "CliHelp", "import the good rows even if some rows are bad (they are listed)"
        ),
    )
    parser.add_argument(
        "--mapping",
        metavar="COLUMN=HEADER,…",
        default="",
        help=texts.translate(
            "CliHelp",
            "which header holds which column, over the automatic guess, e.g. "
            "'personnummer=PNR,name=Namn' (columns: personnummer, given_name, family_name, name, "
            "birth_date, email, phone, street_address, postal_code, city, municipality, "
            "programme, term; an empty header leaves a column out)",
        ),
    )
    university_lists.add_options(parser)
    add_language_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import UserError, ValidationError
    from larsam_desktop.domain.importing import ImportKind
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.import_report import bad_row_text, reason_text
    from larsam_desktop.services.importing import ImportService, parse_mapping_option, read_table

    if args.kind == "template":
        return run_template(args)
    if args.kind in university_lists.KINDS:
        return university_lists.run(args, context)
    language = language_of(args)
    texts = Texts(language)
    path: Path = args.file
    kind = ImportKind(args.kind)
    try:
        table = read_table(path)
        service = ImportService(context.open().database)
        mapping = service.mapping_for(table, parse_mapping_option(args.mapping))
        result = service.run(
            kind,
            table,
            mapping=mapping,
            skip_bad_rows=args.skip_bad_rows,
            dry_run=args.dry_run,
            actor=current_actor_for(context),
            source_format=path.suffix.lstrip(".").lower() or "csv",
        )
    except ValidationError as exc:  # a broken file, or columns missing: each problem named
        return fail("; ".join(reason_text(e, texts).rstrip(".") for e in exc.errors))
    except UserError as exc:  # another import registered the same learners meanwhile
        return fail_error(exc, language)
    out = stdout()
    columns = ", ".join(
        f"{column.value}={table.headers[index]!r}"
        for column, index in sorted(result.mapping.items())
    )
    print(
        fill(
            texts.translate(
                "ImportCli", "{file}: {rows} rows ({encoding}, header on line {line}); columns: "
            ),
            {
                "file": path.name,
                "rows": len(table.rows),
                "encoding": table.encoding,
                "line": table.header_line,
            },
        )
        + columns,
        file=out,
    )
    for note in table.notes:
        label = texts.translate("ImportCli", "note")  # not in an f-string: lupdate reads it
        print(f"{label}: {texts.field_error(note)}", file=out)
    bad_label = texts.translate("ImportCli", "bad row")
    for bad in result.bad_rows:
        print(f"{bad_label}: {bad_row_text(bad, texts)}", file=sys.stderr)
    counts = {
        "created": result.created,
        "admitted": result.admitted,
        "matched": result.matched,
        "bad": len(result.bad_rows),
        "good": result.good_rows,
    }
    if result.written:
        text = texts.translate(
            "ImportCli",
            "imported: {created} learners registered, {admitted} admitted, {matched} matched "
            "existing learners",
        )
        if result.bad_rows:
            text += texts.translate("ImportCli", "; {bad} bad rows skipped")
        print(fill(text, counts), file=out)
        return 0
    if result.bad_rows and not args.skip_bad_rows:
        return fail(
            fill(
                texts.translate(
                    "ImportCli",
                    "{bad} bad rows; nothing was imported (fix them, or use --skip-bad-rows to "
                    "import the good rows only)",
                ),
                counts,
            )
        )
    if args.dry_run:
        text = texts.translate("ImportCli", "dry run: {good} rows are fine; nothing was written")
    else:
        text = texts.translate(
            "ImportCli", "nothing new to import ({matched} rows match registered learners)"
        )
    print(fill(text, counts), file=out)
    return 0


def current_actor_for(context: CliContext) -> str:
    """Who the audit log names: the current coach of the data folder, else the login."""
    from larsam_desktop.services.audit import current_actor

    return current_actor(context.paths)


def run_template(args: argparse.Namespace) -> int:
    from larsam_desktop.domain.importing import ImportKind
    from larsam_desktop.services.atomic_file import OutputNotWritable
    from larsam_desktop.services.import_templates import write_template

    which = str(args.file)
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.catalogue import Texts

    texts = Texts(language_of(args))
    if which not in ("learners", "admitted") or args.out is None:
        return fail(
            texts.translate("ImportCli", "write: import template learners|admitted --out FILE.xlsx")
        )
    try:
        write_template(ImportKind(which), args.out)
    except OutputNotWritable as exc:
        return fail_error(exc, language_of(args))
    if which == "learners":
        wrote = texts.translate("ImportCli", "Wrote the learners template to {path}.")
    else:
        wrote = texts.translate("ImportCli", "Wrote the admitted template to {path}.")
    print(fill(wrote, {"path": str(args.out)}), file=stdout())
    return 0
