"""A batch reads its plans in bulk (services/plan_bulk.py, issue 19) and prints each one
exactly as the plan printed alone: the same bytes as ``save`` of one learner, the same text
as ``plan pdf --learner`` read back with pdftotext, the competitiveness line, the audit
entries and the language — for learners whose readings differ in every table read."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cli_runner import run_cli
from plan_setup import DRAFT, NOW, TODAY, add_learner, clock
from pypdf import PdfReader

from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus, Provider
from larsam_desktop.domain.learner import ProtectedIdentity
from larsam_desktop.domain.plans.plan import GoalKind, PlanDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services import plan_batch, plan_bulk
from larsam_desktop.services.audit import AuditAction, AuditFilter, AuditService
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.cutoff_import import CutoffImporter
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.eligibility_decisions import DecisionService
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.services.merit import MeritService
from larsam_desktop.services.plan_merit import MeritPlanPrinter
from larsam_desktop.services.plan_printing import PlanPrinter, PrintOptions, file_name
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.print_settings import PrintSettings
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.repositories.plan_bulk import read_plans

SETTINGS = PrintSettings("Lärcentrum Strömsund", "Box 500\n833 24 Strömsund", "")
CUTOFFS = Path(__file__).parents[1] / "fixtures" / "cutoffs" / "antagningsstatistik_ht2025.csv"


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


def varied_learners(store: OpenedStore, data: EligibilityData) -> tuple[list[int], int]:
    """Enough learners for the worker pool, each differing in what is read for it; and one
    learner without a plan (listed, never printed)."""
    database = store.database
    plans = PlanService(database, data, clock)
    merit = MeritService(database, data, clock)
    decisions = DecisionService(database, data, clock)
    CutoffImporter(database, clock).import_file(CUTOFFS)
    ids: list[int] = []
    count = plan_batch.MIN_PLANS_FOR_POOL + 2
    for number in range(count):
        protected = (
            ProtectedIdentity.SKYDDAD_FOLKBOKFORING if number == 1 else ProtectedIdentity.NONE
        )
        learner = add_learner(
            database,
            f"Åsa{number}",
            "Öberg-Nguyễn",
            personnummer="19900101-9802" if number == 0 else "",
            protected=protected,
        )
        draft: PlanDraft = DRAFT
        if number == 2:
            draft = replace(DRAFT, goal_kind=GoalKind.EXAMEN.value, examen="hogskoleforberedande",
                            target_id="", target_term="")  # fmt: skip
        if number == 3:
            draft = replace(DRAFT, courses=())
        plans.save(learner, draft, author="karin", expected_revision=None)
        if number == 4:  # a second revision: the current one prints
            first = plans.revision(learner)
            plans.record_output(learner, first.number, destination="printer")
            plans.save(learner, replace(DRAFT, pace=10), author="karin",
                       expected_revision=first.number, reason="faster")  # fmt: skip
        if number in (5, 6):
            merit.record_hp(learner, "1,15" if number == 5 else "0,80", date(2024, 10, 20))
        if number == 6:
            merit.record_hp(learner, "1,30", date(2025, 4, 5))
        if number == 7:  # a komvux grade: the merit works out eligibility on the document
            with database.unit_of_work() as uow:
                uow.courses.add(
                    learner,
                    CourseRecord("ENGENG05", CourseStatus.COMPLETED, Grade.A, 100,
                                 provider=Provider.KOMVUX),
                    now=NOW,
                )  # fmt: skip
        if number == 8:
            decisions.record(learner, "foreign_assessment", TODAY, "UHR", "UHR 2026/123")
        ids.append(learner)
    without = add_learner(database, "Utan", "Plan", personnummer="")
    return ids, without


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_file_of_a_batch_is_the_plan_printed_alone(
    store: OpenedStore, data: EligibilityData, tmp_path: Path, language: str
) -> None:
    ids, without = varied_learners(store, data)
    database = store.database
    plans = PlanService(database, data, clock)
    printer = MeritPlanPrinter(database, plans, MeritService(database, data, clock), clock)
    options = PrintOptions(language=language, on=TODAY)
    alone = {}
    for learner in ids:  # one by one, as the learner page and `plan pdf --learner` print
        pdf, document = printer.pdf(learner, SETTINGS, options)
        alone[file_name(document)] = (pdf, document)
    lines = {document.merit_line for _pdf, document in alone.values()}
    assert len(lines) >= 3  # the readings differ: no line, cut-offs compared, HP results
    assert any("Meritvärde" in line or "Merit rating" in line for line in lines)

    out = tmp_path / "batch"
    out.mkdir()
    audit = AuditService(database)
    exports_before = len(audit.entries(AuditFilter(action=AuditAction.EXPORT)))
    result = printer.save_batch([*ids, without], SETTINGS, options, out_dir=out)
    assert result.without_plan == [without]
    assert sorted(p.name for p in out.iterdir()) == sorted(alone)
    for name, (pdf, document) in alone.items():
        assert (out / name).read_bytes() == pdf, name
        text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
        assert document.learner_name in text
    assert result.printed == [(d.learner_id, d.revision.number) for _p, d in alone.values()]
    exports = audit.entries(AuditFilter(action=AuditAction.EXPORT))
    assert len(exports) - exports_before == len(ids)
    assert {e.learner_id for e in exports} == set(ids)
    assert all(e.details["destination"] == "file" for e in exports)
    for learner in ids:
        assert plans.revision(learner).locked  # the printed revision is locked


def test_the_batch_in_one_file_holds_the_same_plans(
    store: OpenedStore, data: EligibilityData, tmp_path: Path
) -> None:
    ids, _without = varied_learners(store, data)
    database = store.database
    plans = PlanService(database, data, clock)
    printer = MeritPlanPrinter(database, plans, MeritService(database, data, clock), clock)
    options = PrintOptions(on=TODAY, show_personnummer=True)
    documents = [printer.document(learner, options) for learner in ids]
    progress: list[tuple[int, int]] = []
    result = printer.save_batch(
        ids, SETTINGS, options, out_file=tmp_path / "alla.pdf",
        progress=lambda *step: progress.append(step), record=False,
    )  # fmt: skip
    assert progress[-1] == (len(ids) + 1, len(ids) + 1)
    assert result.printed == [(d.learner_id, d.revision.number) for d in documents]
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "alla.pdf").pages).split()
    joined = " ".join(text)
    assert "19900101-9802" in joined  # the full personnummer, as chosen
    for document in documents:
        assert document.learner_name in joined
        if document.merit_line:
            assert " ".join(document.merit_line.split()) in joined


def test_the_bulk_reading_is_the_one_reading(store: OpenedStore, data: EligibilityData) -> None:
    """Compared field by field with what the per-learner repositories read, and the
    documents with ``document``'s, for the plain printer too."""
    ids, without = varied_learners(store, data)
    database = store.database
    with database.unit_of_work(writes=False) as uow:
        found = read_plans(uow.session, [*ids, without, 999_999])
        assert sorted(found) == sorted(ids)
        for learner in ids:
            reading = found[learner]
            assert reading.learner == uow.learners.get(learner)
            assert reading.revision == uow.plans.revision(learner)
            assert list(reading.records) == [s.record for s in uow.courses.for_learner(learner)]
            assert reading.qualifications == uow.profiles.qualifications(learner)
    plans = PlanService(database, data, clock)
    printer = PlanPrinter(database, plans, clock)
    options = PrintOptions(language="en", on=TODAY)
    bulk = {
        learner: plan_bulk.document_of(
            reading, plans, language="en", show_personnummer=False, on=TODAY
        )
        for learner, reading in plan_bulk.readings(database, ids, chunk=5)
        if reading is not None
    }
    assert bulk == {learner: printer.document(learner, options) for learner in ids}


def test_a_printer_that_does_not_say_how_a_batch_reads_is_read_plan_by_plan(
    store: OpenedStore, data: EligibilityData, tmp_path: Path
) -> None:
    ids, _without = varied_learners(store, data)
    database = store.database
    asked: list[int] = []

    class Marked(PlanPrinter):
        def document(self, learner_id: int, options: PrintOptions, number: int | None = None):  # type: ignore[no-untyped-def]
            asked.append(learner_id)
            return replace(super().document(learner_id, options, number), merit_line="Märkt.")

    printer = Marked(database, PlanService(database, data, clock), clock)
    result = printer.save_batch(ids[:3], SETTINGS, PrintOptions(on=TODAY),
                                out_file=tmp_path / "m.pdf", record=False)  # fmt: skip
    assert asked == ids[:3] and result.plans == 3
    pages = PdfReader(tmp_path / "m.pdf").pages
    assert " ".join(page.extract_text() for page in pages).count("Märkt.") == 3


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_plan_pdf_all_prints_what_plan_pdf_learner_prints(
    sqlite_store: OpenedStore, paths: AppPaths, data: EligibilityData, tmp_path: Path
) -> None:
    """The command line, read back with pdftotext: `--all` and `--learner` agree."""
    ids, _without = varied_learners(sqlite_store, data)
    sqlite_store.database.dispose()
    out = tmp_path / "all"
    out.mkdir()
    base = ("plan", "pdf", "--on", "2026-11-28", "--language", "sv")
    result = run_cli(*base, "--all", "--out-dir", str(out), data_dir=paths.data_dir)
    assert result.returncode == 0, result.stderr
    for learner in ids[:6]:
        single = tmp_path / f"{learner}.pdf"
        result = run_cli(*base, "--learner", str(learner), "--out", str(single),
                         data_dir=paths.data_dir)  # fmt: skip
        assert result.returncode == 0, result.stderr
        (batch_file,) = out.glob(f"studieplan-{learner}-*.pdf")
        assert _pdftotext(batch_file) == _pdftotext(single)


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_a_batch_locks_and_logs_as_plan_by_plan(store: OpenedStore, data: EligibilityData) -> None:
    """``record`` (one go) and ``PlanService.record_outputs`` (plan by plan) make the same
    locks and audit entries, for revisions printed before and a pair given twice too."""
    database = store.database
    plans = PlanService(database, data, clock)
    printer = PlanPrinter(database, plans, clock)
    ids = []
    for number in range(6):
        learner = add_learner(database, f"Åsa{number}", "Öberg", personnummer="")
        plans.save(learner, DRAFT, author="karin", expected_revision=None)
        ids.append(learner)
    plans.record_output(ids[2], 1, destination="printer")  # printed before
    plans.record_output(ids[5], 1, destination="printer")
    audit = AuditService(database)

    def logged(
        pairs: list[tuple[int, int]], record: Callable[[list[tuple[int, int]]], Changes]
    ) -> tuple[frozenset[int], list[tuple[AuditAction, str, object]]]:
        before = len(audit.entries())
        changes = record(pairs)
        after = audit.entries()  # newest first
        new = after[: len(after) - before][::-1]
        return changes.learners, [(e.action, e.actor, dict(e.details)) for e in new]

    one_go = logged(
        [(ids[0], 1), (ids[1], 1), (ids[2], 1), (ids[0], 1)],
        lambda pairs: printer.record(pairs, "file"),
    )
    by_plan = logged(
        [(ids[3], 1), (ids[4], 1), (ids[5], 1), (ids[3], 1)],
        lambda pairs: plans.record_outputs(pairs, destination="file"),
    )
    assert one_go[0] == {ids[0], ids[1]} and by_plan[0] == {ids[3], ids[4]}
    assert one_go[1] == by_plan[1] and len(one_go[1]) == 4
    assert all(plans.revision(learner).printed_at == NOW for learner in (ids[0], ids[1]))
    printed = logged([(ids[0], 1)], lambda pairs: printer.record(pairs, "printer"))
    assert printed[0] == set() and printed[1][0][0] == AuditAction.PRINT

    entries = len(audit.entries())
    with pytest.raises(LearnerNotFound):
        printer.record([(ids[4], 1), (999_999, 1)], "file")
    assert len(audit.entries()) == entries  # nothing recorded
