"""Child process for the race tests: one side of a race, run as a user runs the commands.

``main(ROLE, REPORT, DIRS)`` in a process forked by test_races.py, or ``python
race_worker.py ROLE REPORT DIR…``, works through the data folders ``DIR…`` in
order; each command goes through ``larsam_desktop.cli.main.main`` in this process, and a
line is appended to REPORT only after a command returned 0 (what the user was told):

* ``import``: import batches of 3 new learners into each folder until the folder's
  ``stop`` flag appears (at least 2 batches); reports ``imported FOLDER NAME…``;
* ``import-a``, ``import-b``: exactly 20 batches into each folder, no flags (two importers
  at once, tagged A and B);
* ``restore``: once the importer started, ``backup create --out`` then ``backup restore``;
* ``encrypt``: once the importer started, ``encrypt --yes``;
* ``migrate``: open the old-schema folder (``check``) at the moment the writer does.

Flags live beside the folder: ``DIR.started`` (the importer's first batch is in),
``DIR.stop`` (the other side is done), ``DIR.ready-ROLE`` (the migration barrier).
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import sys
import time
from pathlib import Path

from larsam_desktop.cli.main import main as cli

PASSPHRASE = "race-test passphrase 2026"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def word(number: int) -> str:
    text = ""
    while True:
        number, digit = divmod(number, 26)
        text = _LETTERS[digit] + text
        if not number:
            return text.capitalize()


def run(*argv: str) -> int:
    quiet = io.StringIO()
    with contextlib.redirect_stdout(quiet):
        return cli(list(argv))


def flag(folder: Path, name: str) -> Path:
    return folder.with_name(f"{folder.name}.{name}")


def wait_for(path: Path, limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while not path.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"waited in vain for {path.name}")
        time.sleep(0.005)


def import_batch(folder: Path, tag: str, number: int, report: Path) -> bool:
    names = [f"{tag}{word(number)}x{word(j)}" for j in range(3)]
    source = folder.with_name(f"{folder.name}.{tag}{number}.csv")
    rows = "".join(f"{name},Kapplöpning,1990-01-01\n" for name in names)
    source.write_text("Förnamn,Efternamn,Födelsedatum\n" + rows, encoding="utf-8")
    code = run("--data-dir", str(folder), "import", "learners", str(source))
    source.unlink()
    if code == 0:
        with report.open("a", encoding="utf-8") as out:
            out.write(f"imported {folder.name} {' '.join(names)}\n")
    return code == 0


def importer(folders: list[Path], report: Path, tag: str, fixed: int | None) -> None:
    for folder in folders:
        number = 0
        while True:
            number += 1
            if fixed is None and number > 2 and flag(folder, "stop").exists():
                break
            if fixed is not None and number > fixed:
                break
            ok = import_batch(folder, tag, number, report)
            if ok and not flag(folder, "started").exists():
                flag(folder, "started").touch()
            if number > 400:
                raise SystemExit("the other side never finished")
            if not ok and not flag(folder, "stop").exists():
                time.sleep(0.01)


def whole_database(role: str, folders: list[Path], report: Path, rng: random.Random) -> None:
    for folder in folders:
        wait_for(flag(folder, "started"))
        time.sleep(rng.uniform(0, 0.15))
        if role == "restore":
            copy = folder.with_name(f"{folder.name}.backup.sqlite3")
            assert run("--data-dir", str(folder), "backup", "create", "--out", str(copy)) == 0
            time.sleep(rng.uniform(0, 0.1))
            code = run("--data-dir", str(folder), "backup", "restore", str(copy))
        else:
            os.environ["LARSAM_PASSPHRASE"] = PASSPHRASE
            code = run("--data-dir", str(folder), "encrypt", "--yes")
            del os.environ["LARSAM_PASSPHRASE"]
        with report.open("a", encoding="utf-8") as out:
            out.write(f"{role} {folder.name} {code}\n")
        flag(folder, "stop").touch()


def migrate_side(role: str, folders: list[Path], report: Path) -> None:
    """Both sides of 'migration vs write' meet at a barrier, then open the old folder."""
    other = "writer" if role == "migrate" else "migrate"
    for folder in folders:
        flag(folder, f"ready-{role}").touch()
        wait_for(flag(folder, f"ready-{other}"))
        if role == "migrate":
            code = run("--data-dir", str(folder), "check")
            with report.open("a", encoding="utf-8") as out:
                out.write(f"migrated {folder.name} {code}\n")
        else:
            import_batch(folder, "W", 1, report)


def main(role: str, report: Path, folders: list[Path]) -> None:
    rng = random.Random(os.getpid())
    if role == "import":
        importer(folders, report, "I", None)
    elif role.startswith("import-"):
        importer(folders, report, role[-1].upper(), 20)
    elif role in ("restore", "encrypt"):
        whole_database(role, folders, report, rng)
    else:
        migrate_side(role, folders, report)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]])
