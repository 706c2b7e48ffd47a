"""``--language sv|en`` on today, check, backup, recover, encrypt, demo and cutoffs (issue 14):
Swedish with ``sv``, English with ``en``, and the error prefix in the command's language.

The Swedish comes from the catalogue (resources/translations/larsam_sv.ts)."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli
from test_coach_day_cli import folder  # noqa: F401  (the fixture: Anna's and Omar's day)

SWEDISH_ENV = {"LARSAM_LANGUAGE": "en", "LARSAM_PASSPHRASE": None}  # the option must win


def both(data: Path, *args: str) -> tuple[str, str]:
    """stdout+stderr of the command in Swedish, then in English."""
    sv = run_cli(*args, "--language", "sv", data_dir=data, env=SWEDISH_ENV)
    en = run_cli(*args, "--language", "en", data_dir=data, env={"LARSAM_LANGUAGE": "sv"})
    return sv.stdout + sv.stderr, en.stdout + en.stderr


def test_check_in_both_languages(tmp_path: Path) -> None:
    sv, en = both(tmp_path, "check")
    assert sv.startswith("felfri: schemaversion") and "0 deltagare" in sv
    assert en.startswith("healthy: schema") and "0 learners" in en


def test_demo_in_both_languages(tmp_path: Path) -> None:
    sv = run_cli("demo", "--learners", "3", "--language", "sv", data_dir=tmp_path / "a")
    en = run_cli("demo", "--learners", "1", "--language", "en", data_dir=tmp_path / "b")
    assert sv.returncode == 0 and sv.stdout.startswith("Lade till 3 demodeltagare")
    assert " s." in sv.stdout and "coacher" in sv.stdout
    assert en.returncode == 0 and en.stdout.startswith("Added 1 demo learner (")


def test_backup_commands_in_both_languages(tmp_path: Path) -> None:
    sv, en = both(tmp_path, "backup", "list")
    assert "inga säkerhetskopior i" in sv and "no backups in" in en
    made = run_cli("backup", "create", "--language", "sv", data_dir=tmp_path)
    assert made.returncode == 0 and made.stdout.startswith("säkerhetskopierade 0 deltagare till")
    out = tmp_path / "copy.sqlite3"
    run_cli("backup", "create", "--out", str(out), data_dir=tmp_path)
    sv, en = both(tmp_path, "backup", "create", "--out", str(out))
    assert f"larsam-desktop: fel: {out} finns redan; välj ett nytt filnamn" in sv
    assert f"larsam-desktop: error: {out} exists already" in en
    restored = run_cli("backup", "restore", str(out), "--language", "sv", data_dir=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith("återställde 0 deltagare från")


def test_recover_in_both_languages(tmp_path: Path) -> None:
    sv, en = both(tmp_path, "recover")
    assert sv.startswith("databasen går att öppna:") and en.startswith("the database opens:")


def test_encrypt_errors_in_both_languages(tmp_path: Path) -> None:
    sv, en = both(tmp_path, "encrypt")
    assert sv.startswith("larsam-desktop: fel: ange lösenfrasen med --passphrase-file")
    assert en.startswith("larsam-desktop: error: give the passphrase with --passphrase-file")


def test_cutoffs_in_both_languages(tmp_path: Path) -> None:
    sv, en = both(tmp_path, "cutoffs", "list")
    assert sv.startswith("Inga antagningspoäng importerade") and en.startswith("No cut-offs")
    sv, en = both(tmp_path, "cutoffs", "list", "--target", "no-such-target")
    assert "larsam-desktop: fel: okänt utbildningsmål 'no-such-target'" in sv
    assert "see eligibility --list-targets" in en


def test_today_in_both_languages(tmp_path: Path) -> None:
    sv, en = both(tmp_path, "today")
    assert sv.startswith("larsam-desktop: fel: ingen aktuell coach: ange --coach NAMN")
    assert en.startswith("larsam-desktop: error: no current coach: pass --coach NAME")


def test_today_text_in_both_languages(folder: Path) -> None:  # noqa: F811
    sv, en = both(folder, "today", "--coach", "Anna Berg")
    assert sv.startswith("Idag ") and "för Anna Berg" in sv
    assert "Uppföljningar som är försenade eller ska göras i veckan: " in sv
    assert "FÖRSENAD Ring CSN – Åsa Öberg" in sv and "Inte kontaktade på 6 veckor" in sv
    assert "prov: " in sv or "aktivitet: " in sv
    assert en.startswith("Today ") and "OVERDUE Ring CSN – Åsa Öberg" in en
    assert "Not contacted in 6 weeks" in en and "Exams and activities in the next" in en
