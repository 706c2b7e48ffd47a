"""Study plans as PDFs, read back with pypdf (and rendered with poppler when it is there)."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from plan_setup import DRAFT, TODAY, add_learner, clock, draft_with
from pypdf import PdfReader

from larsam_desktop.domain.learner import ProtectedIdentity
from larsam_desktop.domain.plans.plan import CourseDraft, PlanDraft
from larsam_desktop.services.cancellation import Cancelled
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.plan_printing import PlanPrinter, PrintOptions, file_name
from larsam_desktop.services.plans import NoPlan, PlanService
from larsam_desktop.services.print_settings import (
    PrintSettings,
    load_print_settings,
    save_print_settings,
)
from larsam_desktop.services.store import OpenedStore

SETTINGS = PrintSettings("Lärcentrum Strömsund", "Box 500\n833 24 Strömsund", "")
OPTIONS = PrintOptions(on=TODAY)


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


@pytest.fixture
def plans(store: OpenedStore, data: EligibilityData) -> PlanService:
    return PlanService(store.database, data, clock)


@pytest.fixture
def printer(store: OpenedStore, plans: PlanService) -> PlanPrinter:
    return PlanPrinter(store.database, plans, clock)


def text_of(pdf: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), reader  # words as on the page, whatever the line breaks


def fonts_of(reader: PdfReader) -> dict[str, bool]:
    """Every font used, and whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return found


def planned(plans: PlanService, learner: int, draft: PlanDraft = DRAFT) -> None:
    plans.save(learner, draft, author="karin", expected_revision=None)


def test_the_plan_reads_back_with_its_content_and_embedded_fonts(
    store: OpenedStore, plans: PlanService, printer: PlanPrinter
) -> None:
    learner = add_learner(store.database)
    planned(plans, learner)
    pdf, document = printer.pdf(learner, SETTINGS, OPTIONS)
    text, reader = text_of(pdf)
    for expected in (
        "Individuell studieplan",
        "Lärcentrum Strömsund",
        "833 24 Strömsund",
        "Åsa Öberg",
        "19900101-••••",
        "Storgatan 12, 831 30 Östersund",
        "Sjuksköterskeprogrammet, start HT2027",
        "Svenska 3",
        "Engelska 6",
        "Matematik 2a",
        "Naturkunskap 2",
        "Summa VT2027",
        "Totalt",
        "400",
        "Överenskommen med eleven",
        "Ali Hassan",
        "2027-04-10",
        "Karin Lindqvist",
        "Version 1, 2026-11-28",
        "Behörighet",
        "Samhällskunskap 1b",
        "Täcks inte av planen före HT2027",
        "Underskrifter",
    ):
        assert expected in text, expected
    for absent in ("9802", "070-123", "example.org", "Secret note"):
        assert absent not in text
    assert len(reader.pages) == 2
    assert "Sida 1 av 2" in text and "Sida 2 av 2" in text
    fonts = fonts_of(reader)
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts)
    assert document.revision.number == 1


def test_a_protected_learners_address_never_prints(
    store: OpenedStore, plans: PlanService, printer: PlanPrinter
) -> None:
    learner = add_learner(store.database, protected=ProtectedIdentity.SKYDDAD_FOLKBOKFORING)
    planned(plans, learner)
    text, _reader = text_of(printer.pdf(learner, SETTINGS, OPTIONS)[0])
    assert "Åsa Öberg" in text
    for absent in ("Storgatan", "831 30", "Adress", "070-123", "example.org"):
        assert absent not in text


def test_the_full_personnummer_only_when_chosen(
    store: OpenedStore, plans: PlanService, printer: PlanPrinter
) -> None:
    learner = add_learner(store.database)
    planned(plans, learner)
    options = replace(OPTIONS, show_personnummer=True)
    text, _reader = text_of(printer.pdf(learner, SETTINGS, options)[0])
    assert "19900101-9802" in text


def test_the_same_plan_and_settings_give_the_same_bytes(
    store: OpenedStore, plans: PlanService, printer: PlanPrinter
) -> None:
    learner = add_learner(store.database)
    planned(plans, learner)
    first = printer.pdf(learner, SETTINGS, OPTIONS)[0]
    assert printer.pdf(learner, SETTINGS, OPTIONS)[0] == first
    assert printer.pdf(learner, replace(SETTINGS, centre_name="CFL Söderhamn"), OPTIONS)[0] != first


def test_revision_numbers_increase_in_the_printout(
    store: OpenedStore, plans: PlanService, printer: PlanPrinter, tmp_path: Path
) -> None:
    learner = add_learner(store.database)
    planned(plans, learner)
    printer.save(learner, tmp_path / "first.pdf", SETTINGS, OPTIONS)
    plans.save(learner, draft_with(pace=15), author="ali", expected_revision=1, reason="Byter takt")
    printer.save(learner, tmp_path / "second.pdf", SETTINGS, OPTIONS)
    first, _ = text_of((tmp_path / "first.pdf").read_bytes())
    second, _ = text_of((tmp_path / "second.pdf").read_bytes())
    assert "Version 1, 2026-11-28" in first and "Version 2" not in first
    assert "Version 2, 2026-11-28" in second and "Byter takt" in second
    assert "15 poäng per vecka (75 %, halvtid enligt CSN)" in second
    old, _ = text_of(printer.pdf(learner, SETTINGS, OPTIONS, number=1)[0])
    assert "Version 1" in old  # earlier revisions stay printable
    assert [r.printed_at is not None for r in plans.revisions(learner)] == [True, True]


def test_forty_courses_and_long_names_break_cleanly_over_pages(
    store: OpenedStore, plans: PlanService, printer: PlanPrinter, data: EligibilityData
) -> None:
    long_given = "Maria-Magdalena Anna-Karin Eleonora Fredrika"
    long_family = "Ångström-Nguyễn Zaleska-Ørsted Wołodźko-Дмитриева"
    learner = add_learner(store.database, long_given, long_family)
    codes = [c.code for c in data.catalogue.courses.values() if c.system.value == "gy11"][:40]
    assert len(codes) == 40
    terms = ["VT2027", "HT2027", "VT2028", "HT2028", "VT2029"]
    courses = tuple(CourseDraft(code, terms[i % 5]) for i, code in enumerate(codes))
    planned(plans, learner, draft_with(courses=courses, target_term="HT2030"))
    pdf = printer.pdf(learner, SETTINGS, OPTIONS)[0]
    text, reader = text_of(pdf)
    assert len(reader.pages) >= 3
    for code in codes:
        assert code in text
    # The course table's header repeats on the page it continues on.
    pages_with_header = [i for i, p in enumerate(reader.pages) if "Kurskod" in p.extract_text()]
    assert len(pages_with_header) >= 2
    for word in ("Maria-Magdalena", "Eleonora", "Zaleska-Ørsted", "Ångström-Nguyễn", "Дмитриева"):
        assert word in text
    pages = len(reader.pages)
    assert f"Sida {pages} av {pages}" in text


def test_an_empty_plan_prints(store: OpenedStore, plans: PlanService, printer: PlanPrinter) -> None:
    learner = add_learner(store.database)
    planned(plans, learner, PlanDraft(coach="Karin"))
    text, reader = text_of(printer.pdf(learner, SETTINGS, OPTIONS)[0])
    assert "Inga kurser är planerade ännu." in text
    assert "inte angivet" in text  # no goal yet
    assert "Inget utbildningsmål att bedöma behörighet mot." in text
    assert len(reader.pages) == 1


def test_english_when_asked(store: OpenedStore, plans: PlanService, printer: PlanPrinter) -> None:
    learner = add_learner(store.database)
    planned(plans, learner)
    text, _reader = text_of(printer.pdf(learner, SETTINGS, replace(OPTIONS, language="en"))[0])
    assert "Individual study plan" in text
    assert "Page 1 of 2" in text
    assert "Nursing, starting HT2027" in text  # the English name beside the Swedish
    assert "Individuell studieplan" not in text


def test_the_logo_prints_and_a_broken_one_is_left_out(
    store: OpenedStore, plans: PlanService, printer: PlanPrinter, tmp_path: Path
) -> None:
    from PIL import Image

    learner = add_learner(store.database)
    planned(plans, learner)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (29, 78, 137)).save(logo)
    with_logo = printer.pdf(learner, replace(SETTINGS, logo_path=str(logo)), OPTIONS)[0]
    _text, reader = text_of(with_logo)
    images = reader.pages[0]["/Resources"].get_object().get("/XObject", {})
    assert len(images) == 1
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png")
    text, reader = text_of(
        printer.pdf(learner, replace(SETTINGS, logo_path=str(broken)), OPTIONS)[0]
    )
    assert "Lärcentrum Strömsund" in text
    assert not reader.pages[0]["/Resources"].get_object().get("/XObject", {})


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_first_page_renders_to_an_a4_picture(
    store: OpenedStore, plans: PlanService, printer: PlanPrinter, tmp_path: Path
) -> None:
    from PIL import Image

    learner = add_learner(store.database)
    planned(plans, learner)
    pdf = tmp_path / "plan.pdf"
    printer.save(learner, pdf, SETTINGS, OPTIONS)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    [picture] = list(tmp_path.glob("page*.png"))
    with Image.open(picture) as image:
        width, height = image.size
        assert abs(height / width - 297 / 210) < 0.01
        # The title bar of the course table is dark blue: the page is not blank.
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
        assert any(rgb == (29, 78, 137) for _count, rgb in colours)


def test_a_batch_writes_one_file_per_learner_without_personnummer(
    store: OpenedStore, plans: PlanService, printer: PlanPrinter, tmp_path: Path
) -> None:
    first = add_learner(store.database)
    second = add_learner(store.database, "Bo", "Ek", "19121212-1212")
    without = add_learner(store.database, "Ali", "Hassan", "")
    planned(plans, first)
    planned(plans, second)
    ticks: list[tuple[int, int]] = []
    out = tmp_path / "out"
    out.mkdir()
    result = printer.save_batch(
        [first, second, without],
        SETTINGS,
        OPTIONS,
        out_dir=out,
        progress=lambda *a: ticks.append(a),
    )
    assert result.plans == 2 and result.without_plan == [without]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in result.files)
    for path in result.files:
        assert "9802" not in path.name and "1212" not in path.name
        assert "19900101" not in path.name
    assert ticks[-1] == (2, 2)
    assert result.changes.learners == {first, second}


def test_a_batch_as_one_file_counts_pages_per_plan(
    store: OpenedStore, plans: PlanService, printer: PlanPrinter, tmp_path: Path
) -> None:
    first = add_learner(store.database)
    second = add_learner(store.database, "Bo", "Ek", "19121212-1212")
    planned(plans, first)
    planned(plans, second)
    target = tmp_path / "all.pdf"
    result = printer.save_batch([first, second], SETTINGS, OPTIONS, out_file=target)
    assert result.files == [target]
    text, reader = text_of(target.read_bytes())
    assert len(reader.pages) == 4
    assert text.count("Sida 1 av 2") == 2
    assert "Åsa Öberg" in text and "Bo Ek" in text


def test_a_cancelled_or_failed_batch_leaves_no_files(
    store: OpenedStore, plans: PlanService, printer: PlanPrinter, tmp_path: Path
) -> None:
    learners = [add_learner(store.database, "Bo", f"Ek{i}", "") for i in range(3)]
    for learner in learners:
        planned(plans, learner)
    out = tmp_path / "out"
    out.mkdir()
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        printer.save_batch(
            learners, SETTINGS, OPTIONS, out_dir=out, cancelled=lambda: next(calls) >= 2
        )
    assert list(out.iterdir()) == []
    with pytest.raises(OSError):
        printer.save_batch(learners, SETTINGS, OPTIONS, out_dir=out / "missing")
    with pytest.raises(OSError):
        printer.save(learners[0], out / "missing" / "x.pdf", SETTINGS, OPTIONS)
    assert list(out.iterdir()) == []
    assert [r.printed_at for r in plans.revisions(learners[0])] == [None]


def test_no_plan_no_file(store: OpenedStore, printer: PlanPrinter, tmp_path: Path) -> None:
    learner = add_learner(store.database)
    with pytest.raises(NoPlan):
        printer.save(learner, tmp_path / "x.pdf", SETTINGS, OPTIONS)
    assert not (tmp_path / "x.pdf").exists()
    assert not list(tmp_path.glob("*.part*"))


def test_file_names_use_id_and_name(
    store: OpenedStore, plans: PlanService, printer: PlanPrinter
) -> None:
    learner = add_learner(store.database, "Åsa", "O'Brien / Öberg")
    planned(plans, learner)
    document = printer.document(learner, OPTIONS)
    assert file_name(document) == f"studieplan-{learner}-Åsa-O-Brien-Öberg.pdf"


def test_print_settings_round_trip(tmp_path: Path) -> None:
    from larsam_desktop.paths import AppPaths

    paths = AppPaths(tmp_path / "data")
    assert load_print_settings(paths) == PrintSettings()
    save_print_settings(paths, SETTINGS)
    assert load_print_settings(paths) == SETTINGS
    assert load_print_settings(paths).address_lines == ["Box 500", "833 24 Strömsund"]
    (tmp_path / "data" / "print-settings.json").write_text("[1, 2]")
    assert load_print_settings(paths) == PrintSettings()
