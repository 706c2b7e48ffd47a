"""``larsam-desktop import`` as a user runs it: exit codes, bad rows listed, all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cli_runner import CliResult, run_cli

PNR = ("199009012387", "199305202393", "199803302380")


def run(*args: str, data_dir: Path) -> CliResult:
    return run_cli(*args, data_dir=data_dir)


def _count(data: Path) -> int:
    with sqlite3.connect(data / "larsam.sqlite3") as db:
        return int(db.execute("SELECT count(*) FROM learner").fetchone()[0])


def test_bad_rows_exit_1_list_every_line_and_write_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = tmp_path / "elever.csv"
    source.write_bytes(
        (
            "Förnamn,Efternamn,Personnummer\n"
            f"Åsa,Öberg,{PNR[0]}\n"
            "Bad,Number,19900101-1234\n"
            f"Ali,Hassan,{PNR[1]}\n"
            ",Utan Förnamn,{PNR[2]}\n"
        ).encode("cp1252")
    )
    refused = run("import", "learners", str(source), data_dir=data)
    assert refused.returncode == 1
    assert "Line 3: Personnummer: The check digit" in refused.stderr
    assert "Line 5: Given name: Required." in refused.stderr
    assert "nothing was imported" in refused.stderr
    assert _count(data) == 0

    swedish = run("import", "learners", str(source), "--language", "sv", data_dir=data)
    assert swedish.returncode == 1
    assert "Rad 3: Personnummer: Kontrollsiffran stämmer inte" in swedish.stderr
    assert "Rad 5: Förnamn: " in swedish.stderr and "Given name" not in swedish.stderr
    assert "2 felaktiga rader; ingenting importerades" in swedish.stderr
    assert _count(data) == 0

    dry = run("import", "learners", str(source), "--dry-run", "--skip-bad-rows", data_dir=data)
    assert dry.returncode == 0 and "nothing was written" in dry.stdout
    assert _count(data) == 0

    partial = run("import", "learners", str(source), "--skip-bad-rows", data_dir=data)
    assert partial.returncode == 0, partial.stderr
    assert "2 learners registered" in partial.stdout and "2 bad rows skipped" in partial.stdout
    assert _count(data) == 2
    logged = run("audit", "list", "--action", "import", data_dir=data)
    assert "Registered: 2" in logged.stdout


def test_mapping_option_and_admitted_list(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = tmp_path / "antagna.csv"
    source.write_text(
        f"PNR;Namn;Utb;Start\n{PNR[0]};Öberg, Åsa;Sjuksköterskeprogrammet;HT2026\n",
        encoding="utf-8-sig",
    )
    unmapped = run("import", "admitted", str(source), data_dir=data)
    assert unmapped.returncode == 1 and "no column for Programme" in unmapped.stderr
    swedish = run("import", "admitted", str(source), "--language", "sv", data_dir=data)
    assert "Filen har ingen kolumn för Program; Filen har ingen kolumn för Termin" in (
        swedish.stderr
    )
    mapped = run(
        "import",
        "admitted",
        str(source),
        "--mapping",
        "personnummer=PNR,programme=Utb,term=Start",
        data_dir=data,
    )
    assert mapped.returncode == 0, mapped.stderr
    assert "1 learners registered, 1 admitted" in mapped.stdout
    assert _count(data) == 1
    wrong = run("import", "admitted", str(source), "--mapping", "shoe=PNR", data_dir=data)
    assert wrong.returncode == 1 and "Unknown column shoe" in wrong.stderr
