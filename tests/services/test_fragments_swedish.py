"""The last English fragments inside Swedish sentences (issue 14): a refused statistics
period, an export file ``stats merge`` cannot read, a spreadsheet an import cannot read, an
output file the system will not write. Each is a whole sentence of the catalogue; the
system's and the libraries' own words (``strerror``, an exception's class name) never fill
one. Every case is produced for real (a bad file on disk, a path under a regular file, a
name too long for the file system) and read back with tests/ui/swedish_words.py.
"""

from __future__ import annotations

import errno
import os
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from larsam_desktop.cli import main as cli
from larsam_desktop.cli.output import error_text
from larsam_desktop.domain.errors import UserError, ValidationError
from larsam_desktop.domain.retention import validate_rule
from larsam_desktop.domain.statistics.periods import ACCEPTED_FORMS, PeriodRefused, parse_period
from larsam_desktop.services import atomic_file as output
from larsam_desktop.services import os_reasons
from larsam_desktop.services.catalogue import Texts
from larsam_desktop.services.importing import read_table
from larsam_desktop.services.stats_export.export import ExportError, check_writable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from swedish_words import Seen, swedish_problems

# The English fragments that used to be filled into Swedish sentences, and the system's
# own words for the errors produced below.
FRAGMENTS = (
    "no manifest", "no tables", "not UTF-8 text", "no total row", "is not a count",
    "negative", "no header", "different lengths", "not an XLSX", "not an OpenDocument",
    "well-formed", "document type", "a term", "calendar year", "school year",
    "No such file", "Not a directory", "Is a directory", "File name too long",
    "Bad file descriptor", "Permission denied", "KeyError", "BadZipFile", "Error",
)  # fmt: skip


def swedish(text: str, where: str, data: frozenset[str] = frozenset()) -> str:
    """``text`` after the checks: no old fragment, every word Swedish or ``data``."""
    assert not [f for f in FRAGMENTS if f in text], text
    problems = swedish_problems([Seen(text, where)], data, {})
    assert not problems, problems
    return text


def in_swedish(error: UserError) -> str:
    return swedish(error_text(error, "sv"), error.template)


# ---- a statistics period ---------------------------------------------------------------------


@pytest.mark.parametrize("written", ["2025-01-01", "HT25", "2024/26", "1989"])
def test_a_refused_period_names_the_forms_in_the_sentences_language(written: str) -> None:
    with pytest.raises(PeriodRefused) as refused:
        parse_period(written)
    sv = in_swedish(refused.value)
    assert repr(written) in sv
    assert ACCEPTED_FORMS.in_language("sv") in sv  # the forms in Swedish, not in English
    en = Texts("en").error(refused.value)
    assert ACCEPTED_FORMS.in_language("en") in en and repr(written) in en


# ---- stats merge: files that are not exports --------------------------------------------------

MANIFEST = "[manifest]\nperiod;HT2025\nk;5\n\n"
TABLE_NAMES = frozenset({"stages"})


def table(*lines: str, name: str = "stages") -> str:
    return "\n".join([f"[table];{name}", "title;Stages", *lines]) + "\n\n"


TIMES = "[times];durations\nmilestones;applied\ngroup;applied;x\n\n"

NOT_EXPORTS: dict[str, Callable[[], bytes]] = {
    "latin1.csv": lambda: (MANIFEST + "note;Åslund\n").encode("latin-1"),
    "notes.csv": lambda: b"hello;world\n",
    "only-manifest.csv": lambda: MANIFEST.encode(),
    "no-total.csv": lambda: (
        MANIFEST + table("stage;women;men;sum", "applied;6;7;13") + TIMES
    ).encode(),
    "uneven.csv": lambda: (
        MANIFEST + table("stage;women;men;sum", "applied;6;7", "Total;6;7;13") + TIMES
    ).encode(),
    "no-count.csv": lambda: (
        MANIFEST + table("stage;women;men;sum", "applied;x;7;13", "Total;6;7;13") + TIMES
    ).encode(),
    "minus.csv": lambda: (
        MANIFEST + table("stage;women;men;sum", "applied;-3;7;4", "Total;-3;7;4") + TIMES
    ).encode(),
    "no-header.csv": lambda: (MANIFEST + table()).encode(),
}


def test_each_file_stats_merge_refuses_is_its_own_swedish_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: set[str] = set()
    for name, content in NOT_EXPORTS.items():
        bad = tmp_path / name
        bad.write_bytes(content())
        out = tmp_path / "region.csv"
        code = cli.main(["stats", "merge", str(bad), "--out", str(out), "--language", "sv"])
        err = capsys.readouterr().err
        assert code == 1 and err.startswith("larsam-desktop: fel: "), (name, err)
        # The table's name is the file's own (data, as the file name is).
        line = swedish(err.strip().removeprefix("larsam-desktop: fel: "), name, TABLE_NAMES)
        # The field is named in Swedish (``files`` has a name), the file is named.
        assert line.startswith(f"Filer: {name} är inte en statistikexport från LärSam"), line
        seen.add(line.split(": ", 2)[-1])
        assert not out.exists()
    assert len(seen) == len(NOT_EXPORTS)  # a sentence for each cause, none generic


# ---- spreadsheets an import cannot read -------------------------------------------------------


def zipped(path: Path, parts: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for part, text in parts.items():
            archive.writestr(part, text)
    return path


ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"
SPREADSHEETS: dict[str, Callable[[Path], Path]] = {
    "fake.xlsx": lambda p: (p.write_bytes(b"PK\x03\x04" + b"\x00" * 200), p)[1],
    "damaged.xlsx": lambda p: zipped(p, {"[Content_Types].xml": "<Types", "xl/x.xml": "<a/>"}),
    "no-content.ods": lambda p: zipped(p, {"mimetype": ODS_TYPE, "meta.xml": "<a/>"}),
    "broken.ods": lambda p: zipped(p, {"mimetype": ODS_TYPE, "content.xml": "<a><b></a>"}),
    "doctype.ods": lambda p: zipped(
        p, {"mimetype": ODS_TYPE, "content.xml": '<!DOCTYPE x [<!ENTITY a "b">]><a/>'}
    ),
}


def test_each_unreadable_spreadsheet_is_its_own_swedish_sentence(tmp_path: Path) -> None:
    seen: set[str] = set()
    for name, make in SPREADSHEETS.items():
        path = make(tmp_path / name)
        with pytest.raises(ValidationError) as refused:
            read_table(path)
        (error,) = refused.value.errors
        assert error.field == "file" and error.code == "unreadable", error
        text = in_swedish(refused.value)
        assert text.startswith("Kalkylbladet kan inte läsas: "), text
        assert "{" not in text and error.params == {}  # nothing filled in from outside
        seen.add(text)
    assert len(seen) == len(SPREADSHEETS)


# ---- output files the system will not write ---------------------------------------------------


def real_oserror(action: Callable[[], object]) -> OSError:
    with pytest.raises(OSError) as raised:
        action()
    return raised.value


def test_the_systems_refusals_are_swedish_sentences_never_its_words(tmp_path: Path) -> None:
    regular = tmp_path / "a-file.txt"
    regular.write_text("x", encoding="utf-8")
    target = tmp_path / "r.csv"
    produced = {
        errno.ENOTDIR: real_oserror(lambda: (regular / "r.csv").open("w")),
        errno.ENOENT: real_oserror(lambda: (tmp_path / "gone" / "r.csv").open("w")),
        errno.EISDIR: real_oserror(lambda: tmp_path.open("w")),
        errno.ENAMETOOLONG: real_oserror(lambda: (tmp_path / ("x" * 300)).open("w")),
        errno.EBADF: real_oserror(lambda: os.fstat(987_654)),
    }
    seen: set[str] = set()
    for number, exc in produced.items():
        assert exc.errno == number, exc
        for error in (output.not_writable(target, exc), os_reasons.not_readable(target, exc)):
            assert "reason" not in error.params  # no words of the system as a parameter
            text = in_swedish(error)
            assert str(target) in text
            seen.add(text)
        assert exc.strerror and exc.strerror not in Texts("en").error(error)
    # An errno without a sentence of its own is named by its code, the same in each language.
    assert "(systemfel EBADF)" in in_swedish(output.not_writable(target, produced[errno.EBADF]))
    assert len(seen) == 2 * len(produced) - 1  # ENOTDIR and ENOENT read the same ("does not exist")


def test_a_name_too_long_is_refused_in_swedish_before_anything_is_written(tmp_path: Path) -> None:
    too_long = tmp_path / ("statistik-" + "x" * 300 + ".csv")
    with pytest.raises(output.OutputNotWritable) as refused:
        output.write_atomically(too_long, "x")  # check_output meets the error, not a traceback
    assert "namnet är för långt" in in_swedish(refused.value)
    with pytest.raises(ExportError) as export_refused:
        check_writable(too_long)
    assert in_swedish(export_refused.value) == in_swedish(refused.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux procfs")
def test_a_folder_that_takes_no_new_file_is_refused_in_swedish() -> None:
    # /proc exists and is a folder, yet creating a file in it fails (ENOENT), even for root.
    with pytest.raises(output.OutputNotWritable) as refused:
        output.write_atomically(Path("/proc/larsam-test.csv"), "x")
    assert refused.value.template == "Cannot write {path}: a folder on its way does not exist."
    in_swedish(refused.value)


# ---- field names ------------------------------------------------------------------------------


def test_a_retention_rules_months_are_named_in_swedish() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_rule("closed_case", 0, None)
    text = in_swedish(refused.value)
    assert text.startswith("Antal månader att spara: "), text
    assert error_text(refused.value, "en").startswith("Months to keep: ")
