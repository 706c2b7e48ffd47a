"""``--language sv|en`` on eligibility, merit, plan pdf, import template, audit verify and the
passphrase file (issue 14): every line the command writes in the command's language.

The Swedish comes from the catalogue; texts new in issue 14's last round are in
/tmp/sv/A.tsv until the lead merges them into resources/translations/larsam_sv.ts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

ENV_SV = {"LARSAM_LANGUAGE": "en"}  # the option must win over the environment
ENV_EN = {"LARSAM_LANGUAGE": "sv"}


def both(data: Path, *args: str) -> tuple[str, str]:
    """stdout+stderr of the command in Swedish, then in English."""
    sv = run_cli(*args, "--language", "sv", data_dir=data, env=ENV_SV)
    en = run_cli(*args, "--language", "en", data_dir=data, env=ENV_EN)
    return sv.stdout + sv.stderr, en.stdout + en.stderr


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    assert run_cli("demo", "--learners", "3", data_dir=data).returncode == 0
    return data


def test_eligibility_in_both_languages(tmp_path: Path, folder: Path) -> None:
    sv, en = both(folder, "eligibility", "--refresh")
    assert sv.startswith("3 deltagare kontrollerade: ") and "av dem är behöriga till det." in sv
    assert en.startswith("3 learners checked: ") and "of them are eligible for it." in en
    sv, en = both(folder, "eligibility", "--all", "--target", "grundlaggande", "--format", "text")
    assert " av 3 deltagare är behöriga till " in sv
    assert " of 3 learners are eligible for " in en
    sv, en = both(folder, "eligibility", "--target", "lakare")
    assert sv.startswith("larsam-desktop: fel: ange --transcript FIL (eller --learner ID)")
    assert en.startswith("larsam-desktop: error: give --transcript FILE (or --learner ID)")
    sv, en = both(folder, "eligibility", "--transcript", str(tmp_path / "nope.json"),
                  "--target", "lakare")  # fmt: skip
    assert sv.startswith("larsam-desktop: fel: kan inte läsa betygsutdraget ")
    assert en.startswith("larsam-desktop: error: cannot read the transcript ")
    broken = tmp_path / "broken.json"
    broken.write_text('{"courses": [', encoding="utf-8")
    sv, en = both(folder, "eligibility", "--transcript", str(broken), "--target", "lakare")
    assert "är inte giltig JSON" in sv and "(rad 1, kolumn " in sv
    assert "is not valid JSON" in en and "(line 1, column " in en
    sv, en = both(folder, "eligibility", "--list-targets", "--format", "text")
    assert "[ej kontrollerad]" in sv and "\n" in sv and "  från " in sv
    assert "[unverified]" in en and "  from " in en


def test_merit_and_plan_pdf_errors_in_both_languages(folder: Path) -> None:
    sv, en = both(folder, "merit")
    assert sv.startswith("larsam-desktop: fel: ange antingen --transcript FIL eller --learner ID")
    assert en.startswith("larsam-desktop: error: give either --transcript FILE or --learner ID")
    sv, en = both(folder, "plan", "pdf", "--learner", "1")
    assert sv.startswith("larsam-desktop: fel: --learner kräver --out FIL.pdf")
    assert en.startswith("larsam-desktop: error: --learner needs --out FILE.pdf")


def test_import_template_in_both_languages(tmp_path: Path, folder: Path) -> None:
    out = tmp_path / "mall.xlsx"
    sv = run_cli("import", "template", "learners", "--out", str(out), "--language", "sv",
                 data_dir=folder)  # fmt: skip
    assert sv.returncode == 0 and sv.stdout == f"Skrev mallen för deltagare till {out}.\n"
    en = run_cli("import", "template", "admitted", "--out", str(out), "--language", "en",
                 data_dir=folder)  # fmt: skip
    assert en.returncode == 0 and en.stdout == f"Wrote the admitted template to {out}.\n"


def test_audit_verify_in_both_languages(folder: Path) -> None:
    sv, en = both(folder, "audit", "verify")
    assert sv.startswith("granskningsloggen är hel: ") and "utanför databasen" in sv
    assert en.startswith("audit log intact: ") and "outside the database" in en
    sv, en = both(folder, "audit", "list", "--action", "no-such")
    assert sv.startswith("larsam-desktop: fel: okänd händelse 'no-such'; en av: ")
    assert en.startswith("larsam-desktop: error: unknown action 'no-such'; one of: ")
    listed = run_cli("audit", "list", "--format", "json", data_dir=folder)
    assert isinstance(json.loads(listed.stdout), list)  # JSON keys stay English


def test_an_unreadable_passphrase_file_in_both_languages(tmp_path: Path, folder: Path) -> None:
    missing = tmp_path / "no-such-passphrase.txt"
    sv, en = both(folder, "--passphrase-file", str(missing), "check")
    assert sv.startswith(f"larsam-desktop: fel: kan inte läsa {missing}: ")
    assert en.startswith(f"larsam-desktop: error: cannot read {missing}: ")
