"""Statistics from a real database (SQLite, and PostgreSQL when configured), exported and
read back: the figures are right, and no output carries a personnummer or a name."""

from __future__ import annotations

import contextlib
import re
import zipfile
from collections import Counter
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import insert, select
from store_templates import fill_with_demo

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.statistics.facts import MAIN_LINE, term_of
from larsam_desktop.domain.statistics.merge import published_tables
from larsam_desktop.domain.statistics.periods import last_ended_period, parse_period, period_between
from larsam_desktop.services.audit import AuditAction, AuditFilter, AuditService
from larsam_desktop.services.statistics import (
    EmptyPeriod,
    StatisticsFilter,
    StatisticsService,
)
from larsam_desktop.services.stats_export.csv_file import read_csv
from larsam_desktop.services.stats_export.export import (
    ExportError,
    StatisticsExporter,
    merge_files,
    read_export,
)
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.tables import (
    ActivityParticipantRow,
    ActivityRow,
    Learner,
    LearningCentre,
    Municipality,
)

TODAY = date(2026, 11, 28)
STAGES = [s.value for s in MAIN_LINE]


def _fill(store: OpenedStore, count: int = 400) -> None:
    """Demo learners generated as of TODAY, so the figures do not depend on the run's date."""
    clock = lambda: datetime.combine(TODAY, time(12), tzinfo=UTC)  # noqa: E731
    fill_with_demo(store, count, seed=7, clock=clock)  # tests/store_templates.py


def _expected_furthest(store: OpenedStore) -> Counter[tuple[str, int]]:
    """(start term, furthest stage) per learner, from each learner's history one by one."""
    expected: Counter[tuple[str, int]] = Counter()
    with store.database.unit_of_work() as uow:
        ids = uow.session.scalars(select(Learner.id)).all()
        for learner_id in ids:
            history = [stored.transition for stored in uow.pathway.history(learner_id)]
            if not history:
                continue
            start = min(step.on for step in history)
            reached = [STAGES.index(s.stage.value) for s in history if s.stage.value in STAGES]
            # domain.behorighet: an eligible standing counts as särskild behörighet reached.
            if uow.session.get(Learner, learner_id).standing_eligible:  # type: ignore[union-attr]
                reached.append(STAGES.index("sarskild"))
            expected[(term_of(start), max(reached, default=0))] += 1
    return expected


def test_exact_figures_match_the_histories(store: OpenedStore) -> None:
    _fill(store)
    exact = StatisticsService(store.database).exact(StatisticsFilter(), TODAY)
    expected = _expected_furthest(store)
    assert exact.learners == sum(expected.values())
    cohort = exact.tables[0]
    found = Counter(
        {
            (term, stage): cohort.values[r][stage]
            for r, term in enumerate(cohort.rows)
            for stage in range(len(MAIN_LINE))
            if cohort.values[r][stage]
        }
    )
    assert found == expected
    # Every breakdown counts the same learners.
    for table in exact.tables:
        if table.population == "learners":
            assert table.values[-1][-1] == exact.learners


def test_filters_by_learning_centre_and_period(store: OpenedStore) -> None:
    _fill(store)
    service = StatisticsService(store.database)
    everyone = service.exact(StatisticsFilter(), TODAY).learners
    with store.database.unit_of_work() as uow:
        centres = uow.session.scalars(select(LearningCentre.id)).all()
    per_centre = 0
    for centre in centres:
        with contextlib.suppress(EmptyPeriod):
            per_centre += service.exact(StatisticsFilter(learning_centre_id=centre), TODAY).learners
    assert per_centre == everyone
    recent = service.exact(StatisticsFilter(period_between("VT2025", None, TODAY)), TODAY)
    assert 0 < recent.learners < everyone
    assert all(term >= "2025" for term in (r[2:] for r in recent.tables[0].rows))
    with pytest.raises(EmptyPeriod):
        service.exact(StatisticsFilter(parse_period("2000")), TODAY)


def test_activities_and_exam_bookings_are_counted_per_learner(store: OpenedStore) -> None:
    activity, participant = ActivityRow.__table__, ActivityParticipantRow.__table__
    _fill(store, 120)
    now = datetime.now(UTC)
    exact = StatisticsService(store.database).exact(StatisticsFilter(), TODAY)
    before = next(t for t in exact.tables if t.name == "activity_participation_by_term")
    assert "VT2019" not in before.rows  # the demo's own activities are recent
    with store.database.unit_of_work() as uow:
        ids = uow.session.scalars(select(Learner.id).where(Learner.stage.is_not(None))).all()[:12]
        for day in (date(2019, 3, 4), date(2019, 3, 11)):  # two meetings, same term and kind
            activity_id = uow.session.execute(
                insert(activity).returning(activity.c.id),
                [
                    {
                        "kind": "information_meeting",
                        "title": "Mittuniversitetet informerar",
                        "on_date": day,
                        "start_time": time(10),
                        "duration_minutes": 60,
                        "place": "Sal 1",
                        "capacity": None,
                        "created_at": now,
                        "updated_at": now,
                    }
                ],
            ).scalar_one()
            uow.session.execute(
                insert(participant),
                [
                    {"activity_id": activity_id, "learner_id": i, "attended": True,
                     "registered_at": now}
                    for i in ids
                ],
            )  # fmt: skip
    exact = StatisticsService(store.database).exact(StatisticsFilter(), TODAY)
    table = next(t for t in exact.tables if t.name == "activity_participation_by_term")
    row = table.rows.index("VT2019")
    assert table.values[row][0] == 12  # twelve learners, each counted once for the term
    assert sum(table.values[row][:-1]) == 12  # type: ignore[arg-type]


def test_exports_read_back_and_are_audited(store: OpenedStore, tmp_path: Path) -> None:
    _fill(store)
    exporter = StatisticsExporter(store.database)
    report = exporter.report(StatisticsFilter(last_ended_period(date.today())), k=10)
    outputs = {}
    for fmt in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"stats.{fmt}"
        result = exporter.export(out, StatisticsFilter(), k=10)
        assert result.format == fmt and out.is_file()
        outputs[fmt] = out
    published = published_tables(report)
    # CSV: BOM, semicolons, and the same published tables when read back.
    raw = outputs["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf[manifest]\r\n")
    assert b";" in raw.splitlines()[1]
    assert read_csv(outputs["csv"]).tables == published
    # XLSX: a Manifest sheet and one sheet per table, the same figures.
    workbook = load_workbook(outputs["xlsx"], read_only=True)
    try:
        assert workbook.sheetnames[0] == "Manifest"
        assert len(workbook.sheetnames) == 1 + len(report.tables) + 1
        manifest = dict(
            row[:2] for row in workbook["Manifest"].iter_rows(min_row=2, values_only=True) if row[0]
        )
        assert manifest["k"] == "10" and manifest["manifest_version"] == "2"
        assert "method" in manifest and "app_version" in manifest and "created_at" in manifest
    finally:
        workbook.close()
    assert read_export(outputs["xlsx"]).tables == published
    # PDF: the text is there.
    text = "\n".join(page.extract_text() for page in PdfReader(outputs["pdf"]).pages)
    assert "anonymised statistics" in text
    assert "Threshold k = 10" in text
    assert "Learners by start term (cohort) and furthest stage reached" in text
    entries = AuditService(store.database).entries(AuditFilter(action=AuditAction.EXPORT))
    assert len(entries) == 3
    assert {e.details["format"] for e in entries} == {"csv", "xlsx", "pdf"}


LUHN_RUN = re.compile(r"(?<!\d)(\d{6}|\d{8})[-+]?(\d{4})(?!\d)")


def _luhn_valid(ten: str) -> bool:
    total = 0
    for position, digit in enumerate(int(ch) for ch in ten):
        doubled = digit * 2 if position % 2 == 0 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


def _personnummer_like(text: str) -> list[str]:
    found = []
    for match in LUHN_RUN.finditer(text):
        digits = (match.group(1) + match.group(2))[-10:]
        if _luhn_valid(digits):
            found.append(match.group(0))
    return found


def test_the_luhn_scan_finds_a_personnummer() -> None:
    assert _personnummer_like("x;19121212-1212;y") == ["19121212-1212"]
    assert _personnummer_like("x 8112189876 y") == ["8112189876"]
    assert _personnummer_like("2026-11-28;1820;2024") == []


def _texts(outputs: dict[str, Path]) -> dict[str, str]:
    texts = {"csv": outputs["csv"].read_text(encoding="utf-8-sig")}
    with zipfile.ZipFile(outputs["xlsx"]) as archive:
        # Every part but the theme, openpyxl's fixed template (it names the script "Hans").
        texts["xlsx"] = "\n".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if not name.startswith("xl/theme/")
        )
    texts["pdf"] = "\n".join(page.extract_text() for page in PdfReader(outputs["pdf"]).pages)
    return texts


def test_no_output_carries_a_personnummer_or_a_name(store: OpenedStore, tmp_path: Path) -> None:
    _fill(store, 600)
    with store.database.unit_of_work() as uow:
        numbers = uow.session.scalars(select(Learner.personnummer)).all()
        names = uow.session.execute(select(Learner.given_name, Learner.family_name)).all()
        places = " ".join(
            uow.session.scalars(select(Municipality.name)).all()
            + uow.session.scalars(select(LearningCentre.name)).all()
        )
    assert any(numbers)
    exporter = StatisticsExporter(store.database)
    outputs = {}
    for fmt in ("csv", "xlsx", "pdf"):
        outputs[fmt] = tmp_path / f"stats.{fmt}"
        exporter.export(outputs[fmt], StatisticsFilter())
    merged = tmp_path / "merged.pdf"
    merge_files([outputs["csv"], outputs["xlsx"]], merged)
    place_words = set(re.findall(r"\w+", places))
    # A family name that is also a place (Berg) is the place, not the person.
    words = {w for given, family in names for w in (given, family)} - place_words
    texts = _texts(outputs)
    texts["merged"] = "\n".join(page.extract_text() for page in PdfReader(merged).pages)
    for kind, text in texts.items():
        assert _personnummer_like(text) == [], kind
        found = set(re.findall(r"\w+", text)) & words
        assert not found, (kind, sorted(found)[:5])
        for number in filter(None, numbers):
            assert number not in text and number[2:] not in text


def test_refusals_write_nothing(store: OpenedStore, tmp_path: Path) -> None:
    _fill(store, 50)
    exporter = StatisticsExporter(store.database)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportError):
        exporter.export(folder / "missing" / "out.csv", StatisticsFilter())
    with pytest.raises(EmptyPeriod):
        exporter.export(folder / "out.csv", StatisticsFilter(parse_period("2000")))
    with pytest.raises(ValidationError):
        exporter.export(folder / "out.csv", StatisticsFilter(), k=4)
    assert list(folder.iterdir()) == []
    assert AuditService(store.database).entries(AuditFilter(action=AuditAction.EXPORT)) == []
