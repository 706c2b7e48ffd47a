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

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import fail, stdout


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "import",
        help="import learners or an admitted-students list from CSV, XLSX or ODS "
        "(or write a template to fill in)",
    )
    parser.add_argument(
        "kind",
        choices=("learners", "admitted", "template"),
        help="what the file lists; 'template' writes an XLSX template (then FILE is "
        "learners or admitted and --out names the file)",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a .csv, .xlsx or .ods file")
    parser.add_argument(
        "--out", type=Path, metavar="FILE.xlsx", help="where 'import template' writes"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="check every row and report; write nothing"
    )
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows even if some rows are bad (they are listed)",
    )
    parser.add_argument(
        "--mapping",
        metavar="COLUMN=HEADER,…",
        default="",
        help="which header holds which column, over the automatic guess, e.g. "
        "'personnummer=PNR,name=Namn' (columns: personnummer, given_name, family_name, name, "
        "birth_date, email, phone, street_address, postal_code, city, municipality, "
        "programme, term; an empty header leaves a column out)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import UserError, ValidationError
    from larsam_desktop.domain.importing import ImportKind
    from larsam_desktop.services.importing import ImportService, parse_mapping_option, read_table

    if args.kind == "template":
        return run_template(args)
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
            source_format=path.suffix.lstrip(".").lower() or "csv",
        )
    except ValidationError as exc:
        return fail("; ".join(error.message.rstrip(".") for error in exc.errors))
    except UserError as exc:  # e.g. another import registered the same learners meanwhile
        return fail(exc.message)
    out = stdout()
    columns = ", ".join(
        f"{column.value}={table.headers[index]!r}"
        for column, index in sorted(result.mapping.items())
    )
    print(
        f"{path.name}: {len(table.rows)} rows ({table.encoding}, header on line "
        f"{table.header_line}); columns: {columns}",
        file=out,
    )
    for note in table.notes:
        print(f"note: {note.message}", file=out)
    for bad in result.bad_rows:
        print(f"bad row: {bad.message}", file=sys.stderr)
    if result.written:
        print(
            f"imported: {result.created} learners registered, {result.admitted} admitted, "
            f"{result.matched} matched existing learners"
            + (f"; {len(result.bad_rows)} bad rows skipped" if result.bad_rows else ""),
            file=out,
        )
        return 0
    if result.bad_rows and not args.skip_bad_rows:
        return fail(
            f"{len(result.bad_rows)} bad rows; nothing was imported "
            "(fix them, or use --skip-bad-rows to import the good rows only)"
        )
    print(
        f"dry run: {result.good_rows} rows are fine; nothing was written"
        if args.dry_run
        else f"nothing new to import ({result.matched} rows match registered learners)",
        file=out,
    )
    return 0


def run_template(args: argparse.Namespace) -> int:
    from larsam_desktop.domain.importing import ImportKind
    from larsam_desktop.services.atomic_file import OutputNotWritable
    from larsam_desktop.services.import_templates import write_template

    which = str(args.file)
    if which not in ("learners", "admitted") or args.out is None:
        return fail("write: import template learners|admitted --out FILE.xlsx")
    try:
        write_template(ImportKind(which), args.out)
    except OutputNotWritable as exc:
        return fail(exc.message)
    print(f"Wrote the {which} template to {args.out}.", file=stdout())
    return 0
