"""Statistics exports in Swedish and in English, read back as a recipient reads them (csv,
openpyxl, pdftotext): no English left in a Swedish export, no Swedish in an English one
(domain terms excepted), readable sheet names, the same figures in both languages, a merge
across languages, and a chart whose figures are all hidden says so."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from store_templates import fill_with_demo

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.statistics.labels import (
    LABELS,
    MANIFEST_LABELS,
    NOTES,
    SHEET_NAMES,
    canonical,
    label,
)
from larsam_desktop.domain.statistics.merge import published_tables
from larsam_desktop.domain.statistics.periods import last_ended_period
from larsam_desktop.domain.statistics.report import ProtectedReport
from larsam_desktop.services.statistics import StatisticsFilter
from larsam_desktop.services.stats_export.csv_file import render_csv
from larsam_desktop.services.stats_export.export import (
    StatisticsExporter,
    merge_files,
    read_export,
    write_atomically,
)
from larsam_desktop.services.stats_export.xlsx_file import FORBIDDEN_IN_SHEET_TITLE
from larsam_desktop.services.store import OpenedStore

TODAY = date(2026, 11, 28)

# Words that must not be left in a Swedish export (whole words, case-sensitive: the labels).
ENGLISH = (
    "Preparation step", "Applied", "Admitted", "Studying", "Completed", "Learners", "Total",
    "Yes", "No", "Hidden", "Unknown", "Women", "Men", "Municipality", "Term", "Start term",
    "Furthest stage", "Gender", "Foreign-born", "Prior education", "Group",
    "lower quartile", "upper quartile", "All learners", "First generation", "Counts",
    "learners", "Threshold", "Share", "reaching", "hidden", "Age at start",
)  # fmt: skip
# Swedish that must not be left in an English export (domain terms such as komvux,
# lärcentrum, grundläggande/särskild behörighet, folkhögskola are the same in both).
SWEDISH = (
    "Deltagare", "deltagare", "Totalt", "Ja", "Nej", "Okänt", "Kvinnor", "Män", "Kommun",
    "Termin", "Starttermin", "Högsta nådda steg", "Förberedande steg", "Sökt", "Antagen",
    "Studerar", "Fullföljt", "Kön", "Utrikes född", "Tidigare utbildning", "Grupp",
    "kvartil", "Alla deltagare", "Tröskel", "Andel", "dold", "Ålder",
)  # fmt: skip


def _words_in(text: str, words: tuple[str, ...]) -> list[str]:
    return [w for w in words if re.search(rf"(?<![\wåäöÅÄÖ-]){re.escape(w)}(?![\wåäöÅÄÖ-])", text)]


def _fill(store: OpenedStore, count: int = 400) -> None:
    clock = lambda: datetime.combine(TODAY, time(12), tzinfo=UTC)  # noqa: E731
    fill_with_demo(store, count, seed=7, clock=clock)  # tests/store_templates.py


@pytest.fixture
def report(store: OpenedStore) -> ProtectedReport:
    _fill(store)
    return StatisticsExporter(store.database).report(
        StatisticsFilter(last_ended_period(date.today())), k=10
    )


def _data_labels(report: ProtectedReport) -> set[str]:
    """Municipality and lärcentrum names are data, the same in both languages."""
    names: set[str] = set()
    for protected in report.tables:
        if protected.table.name in (
            "furthest_stage_by_municipality",
            "furthest_stage_by_learning_centre",
        ):
            names.update(protected.table.rows)
    return names


def _without(text: str, names: set[str]) -> str:
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "")
    return text


def _csv_text(path: Path) -> str:
    rows = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""), delimiter=";")
    return "\n".join(";".join(row) for row in rows)


def _xlsx_text(path: Path) -> tuple[list[str], str]:
    workbook = load_workbook(path, read_only=True)
    try:
        lines = [
            ";".join("" if value is None else str(value) for value in row)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
        ]
        return list(workbook.sheetnames), "\n".join(lines)
    finally:
        workbook.close()


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


def _readable(report: ProtectedReport, text: str) -> str:
    """What a reader checks for leftovers: no data names, no machine lines (markers,
    manifest keys and values, language-neutral table names, which stay English)."""
    text = _without(text, _data_labels(report))
    keys = [key for key, _ in report.manifest.items()] + ["language", "title", "population"]
    lines = []
    for line in text.splitlines():
        first = line.split(";", 1)[0].strip()
        if first.startswith("[") or first in keys or first == "columns":
            # a manifest line keeps its key and value; its third cell is the readable label
            parts = line.split(";")
            lines.append(";".join(parts[2:]) if first in keys else "")
            continue
        lines.append(line)
    return "\n".join(lines)


def test_labels_read_back_to_one_neutral_label_and_sheet_names_fit_excel() -> None:
    for key, both in LABELS.items():
        assert canonical(both.sv) == key and canonical(both.en) == key, key
        assert label(key, "en") == both.en and label(key, "sv") == both.sv
    assert label("Östersund", "sv") == "Östersund"  # data stays as it is
    # Every fixed label the tables are computed with has both languages.
    from larsam_desktop.domain.statistics import aggregate
    from larsam_desktop.services import statistics_activity

    fixed = {aggregate.FURTHEST, *aggregate.STAGE_COLUMNS, "Total", "Start term", "Term"}
    for breakdown in aggregate.BREAKDOWNS:
        fixed |= {
            breakdown.dimension,
            *(g for g in breakdown.order if g not in aggregate.AGE_BANDS),
        }
        fixed.add(f"Learners by {breakdown.dimension.lower()} and furthest stage")
    fixed |= {name for name, _, _ in aggregate.TIME_GROUPS}
    fixed |= {title for _, title in statistics_activity.ACTIVITY_KINDS}
    fixed |= set(statistics_activity.SITTINGS)
    assert sorted(fixed - set(LABELS)) == []
    for language in ("sv", "en"):
        names = [name.in_language(language) for name in SHEET_NAMES.values()]
        assert len({n.casefold() for n in names}) == len(names)
        for name in names:
            assert 0 < len(name) <= 31 and not set(name) & set(FORBIDDEN_IN_SHEET_TITLE)
            assert "_" not in name  # readable, not a snake_case key
    for entry in (*NOTES.values(), *MANIFEST_LABELS.values()):
        assert entry.sv != entry.en or entry.sv in ("Period",)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_csv_and_xlsx_speak_one_language(
    report: ProtectedReport, tmp_path: Path, language: Language
) -> None:
    leftovers = ENGLISH if language == "sv" else SWEDISH
    csv_path, xlsx_path = tmp_path / "s.csv", tmp_path / "s.xlsx"
    write_atomically(report, "csv", csv_path, language=language)
    write_atomically(report, "xlsx", xlsx_path, language=language)
    csv_text = _csv_text(csv_path)
    assert _words_in(_readable(report, csv_text), leftovers) == []
    sheets, xlsx_text = _xlsx_text(xlsx_path)
    assert _words_in(_readable(report, xlsx_text), leftovers) == []
    # Sheet names: readable, in the language, unique, Excel's rules.
    expected = {
        "sv": ("Manifest", "Kohort och högsta steg", "Nådda steg per termin", "Kön, högsta steg"),
        "en": ("Manifest", "Cohort, furthest stage", "Stages reached by term"),
    }[language]
    assert set(expected) <= set(sheets)
    assert len(set(sheets)) == len(sheets) and all(len(s) <= 31 for s in sheets)
    assert not any("_" in s for s in sheets)
    if language == "sv":
        for word in ("Fullföljt", "Förberedande steg", "Totalt", "Ja", "Nej", "Kvinnor"):
            assert word in csv_text and word in xlsx_text
        assert "Deltagare efter utrikes född (ja/nej) och högsta nådda steg" in csv_text
    else:
        for word in ("Completed", "Preparation step", "Total", "Yes", "No", "Women"):
            assert word in csv_text


def test_same_figures_in_both_languages_and_byte_identical_for_one(
    report: ProtectedReport,
) -> None:
    assert render_csv(report, "sv") == render_csv(report, "sv")
    assert render_csv(report, "en") != render_csv(report, "sv")
    swedish = io.StringIO(render_csv(report, "sv"))
    english = io.StringIO(render_csv(report, "en"))
    numbers = [
        [cell for cell in row if re.fullmatch(r"\d+|\.\.|\d+,\d", cell)]
        for row in csv.reader(swedish, delimiter=";")
    ]
    assert numbers == [
        [cell for cell in row if re.fullmatch(r"\d+|\.\.|\d+,\d", cell)]
        for row in csv.reader(english, delimiter=";")
    ]


def test_a_swedish_and_an_english_export_merge(report: ProtectedReport, tmp_path: Path) -> None:
    sv_csv, en_xlsx, en_csv = tmp_path / "a.csv", tmp_path / "b.xlsx", tmp_path / "c.csv"
    write_atomically(report, "csv", sv_csv, language="sv")
    write_atomically(report, "xlsx", en_xlsx, language="en")
    write_atomically(report, "csv", en_csv, language="en")
    # Read back, a Swedish export is the same published tables as the report.
    assert read_export(sv_csv).tables == published_tables(report)
    assert read_export(en_xlsx).tables == published_tables(report)
    mixed, english = tmp_path / "mixed.csv", tmp_path / "english.csv"
    merge_files([sv_csv, en_xlsx], mixed, language="en")
    merge_files([en_csv, en_xlsx], english, language="en")
    assert read_export(mixed).tables == read_export(english).tables
    swedish = tmp_path / "region.xlsx"
    merge_files([sv_csv, en_xlsx], swedish, language="sv")
    sheets, text = _xlsx_text(swedish)
    assert "Kohort och högsta steg" in sheets
    assert "Regional rapport sammanställd av exporter" in text


@pytest.mark.parametrize("language", ["sv", "en"])
def test_pdf_report_speaks_one_language(
    report: ProtectedReport, tmp_path: Path, language: Language
) -> None:
    out = tmp_path / "s.pdf"
    write_atomically(report, "pdf", out, language=language)
    text = _pdf_text(out)
    readable = _without(text, _data_labels(report))
    leftovers = ENGLISH if language == "sv" else SWEDISH
    assert _words_in(readable, leftovers) == []
    if language == "sv":
        assert "anonymiserad statistik" in text and "Tröskel k = 10" in text
        assert "Deltagare efter starttermin (kohort) och högsta nådda steg" in text
        assert "Fullföljt" in text and "Totalt" in text
    else:
        assert "anonymised statistics" in text and "Threshold k = 10" in text
        assert "Completed" in text


def test_a_chart_whose_figures_are_all_hidden_says_so(store: OpenedStore, tmp_path: Path) -> None:
    _fill(store, 12)  # a dozen learners at k = 50: every cell is hidden
    exporter = StatisticsExporter(store.database)
    from larsam_desktop.services.statistics_register import StatisticsRegister

    StatisticsRegister(store.database).raise_threshold(50, actor="test")
    report = exporter.report(StatisticsFilter(last_ended_period(date.today())))
    cohort = report.table("furthest_stage_by_cohort")
    total_row = cohort.table.values[-1]
    assert all(
        cohort.hidden(cohort.table.shape[0] - 1, c)
        for c in range(len(cohort.table.columns))
        if total_row[c]
    )
    out = tmp_path / "hidden.pdf"
    write_atomically(report, "pdf", out, language="en")
    text = " ".join(_pdf_text(out).split())
    assert "Reached at least this stage (all cohorts)" in text
    # The funnel, the share by target group and the term chart: a message each, no axes.
    assert text.count("Every figure of this chart is hidden (..): fewer than k = 50 learners") == 3
    write_atomically(report, "pdf", out, language="sv")
    text = " ".join(_pdf_text(out).split())
    assert text.count("Alla siffror i diagrammet är dolda (..): färre än k = 50 deltagare") == 3
