"""``stats merge`` reads files from other lärcentra: a hostile row label never becomes a live
formula in the regional report, and a hostile input file is refused calmly."""

from __future__ import annotations

import csv
import io
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hostile_files import zip_bomb
from openpyxl import load_workbook

from larsam_desktop.cli.main import main
from larsam_desktop.services.spreadsheet import FORMULA_STARTS

HOSTILE = ('=HYPERLINK("http://x","y")', "-2+3")


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def hostile_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real CSV export whose municipality rows were renamed as an attacker would."""
    folder = tmp_path_factory.mktemp("merge")
    data = folder / "data"
    code, _, err = cli("--data-dir", str(data), "demo", "--learners", "150", "--seed", "5")
    assert code == 0, err
    export = folder / "export.csv"
    code, _, err = cli(
        "--data-dir", str(data), "stats", "export", "--format", "csv", "--out", str(export)
    )  # fmt: skip
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(export.read_text(encoding="utf-8-sig")), delimiter=";"))
    section = next(i for i, r in enumerate(rows) if r[:2] == ["[table]", _municipality_table(rows)])
    header = next(i for i in range(section, len(rows)) if len(rows[i]) > 2)
    for offset, label in enumerate(HOSTILE, start=1):
        rows[header + offset][0] = label
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    export.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    return export


def _municipality_table(rows: list[list[str]]) -> str:
    return next(r[1] for r in rows if r[:1] == ["[table]"] and "municipality" in r[1])


def test_a_hostile_label_stays_text_in_the_regional_xlsx(
    hostile_export: Path, tmp_path: Path
) -> None:
    out = tmp_path / "region.xlsx"
    code, _, err = cli("stats", "merge", str(hostile_export), "--out", str(out))
    assert code == 0, err
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    found = {}
    numbers = 0
    for sheet in load_workbook(out).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type in ("s", "n"), (cell.coordinate, cell.value)
                if cell.value in HOSTILE:
                    found[cell.value] = cell.data_type
                numbers += cell.data_type == "n" and cell.value is not None
    assert found == dict.fromkeys(HOSTILE, "s")  # the label exactly, as text
    assert numbers > 0  # counts stay numbers


def test_a_hostile_label_is_neutralised_in_the_regional_csv(
    hostile_export: Path, tmp_path: Path
) -> None:
    out = tmp_path / "region.csv"
    code, _, err = cli("stats", "merge", str(hostile_export), "--out", str(out))
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
    assert {"'" + label for label in HOSTILE} <= set(cells)
    # The merged CSV merges again to the same labels (the prefix is read back off).
    again = tmp_path / "again.xlsx"
    assert cli("stats", "merge", str(out), "--out", str(again))[0] == 0
    labels = {c.value for s in load_workbook(again).worksheets for r in s.iter_rows() for c in r}
    assert set(HOSTILE) <= labels


def test_hostile_merge_inputs_are_refused_calmly(tmp_path: Path) -> None:
    bomb = zip_bomb(tmp_path / "lc.xlsx", unpacked_mb=1000)
    long = tmp_path / "lc.csv"
    long.write_text("[manifest]\nk;" + "9" * 1_000_000 + "\n", encoding="utf-8-sig")
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(30_000_000)  # sparse: no disk used
    for path in (bomb, long, big):
        code, _, err = cli("stats", "merge", str(path), "--out", str(tmp_path / "r.xlsx"))
        assert code != 0
        assert "Traceback" not in err and err.startswith("larsam-desktop: error: ")
        assert path.name in err
    assert not (tmp_path / "r.xlsx").exists()
