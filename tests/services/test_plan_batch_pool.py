"""One file per plan over every core (services.plan_batch): the worker processes make the
same bytes as the parent would, every file is complete and named as before, and a cancel
or a failure leaves nothing behind."""

from __future__ import annotations

import io
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from plan_setup import DRAFT, TODAY, add_learner, clock
from pypdf import PdfReader

from larsam_desktop.services import plan_batch
from larsam_desktop.services.cancellation import Cancelled
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.plan_printing import PlanPrinter, PrintOptions
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.print_settings import PrintSettings
from larsam_desktop.services.store import OpenedStore

SETTINGS = PrintSettings("Lärcentrum Strömsund", "Box 500\n833 24 Strömsund", "")
OPTIONS = PrintOptions(on=TODAY)
LEARNERS = plan_batch.MIN_PLANS_FOR_POOL + 4


@pytest.fixture
def printer(store: OpenedStore) -> PlanPrinter:
    plans = PlanService(store.database, load_eligibility_data(), clock)
    return PlanPrinter(store.database, plans, clock)


@pytest.fixture
def learners(store: OpenedStore, printer: PlanPrinter) -> list[int]:
    plans = PlanService(store.database, load_eligibility_data(), clock)
    ids = []
    for number in range(LEARNERS):
        learner = add_learner(store.database, f"Åsa{number}", "Öberg", personnummer="")
        plans.save(learner, DRAFT, author="test", expected_revision=None)
        ids.append(learner)
    return ids


def test_a_batch_of_this_size_uses_every_core_up_to_two() -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert plan_batch.worker_count(LEARNERS) == (min(2, cores or 1) if (cores or 1) > 1 else 0)
    assert plan_batch.worker_count(plan_batch.MIN_PLANS_FOR_POOL - 1) == 0


def test_the_workers_make_the_same_files_as_the_parent(
    printer: PlanPrinter, learners: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pooled, alone = tmp_path / "pooled", tmp_path / "alone"
    pooled.mkdir()
    alone.mkdir()
    progress: list[tuple[int, int]] = []
    pools: list[int] = []
    real_pool = ProcessPoolExecutor

    def counted_pool(*args: Any, **kwargs: Any) -> ProcessPoolExecutor:
        pools.append(kwargs["max_workers"])
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(plan_batch, "ProcessPoolExecutor", counted_pool)
    result = printer.save_batch(
        learners, SETTINGS, OPTIONS, out_dir=pooled, progress=lambda *step: progress.append(step)
    )
    assert result.plans == LEARNERS and len(result.files) == LEARNERS
    assert progress == [(n, LEARNERS) for n in range(1, LEARNERS + 1)]
    assert [d for d, _ in result.printed] == learners  # in the order asked
    assert pools == (
        [plan_batch.worker_count(LEARNERS)] if plan_batch.worker_count(LEARNERS) else []
    )
    monkeypatch.setattr(plan_batch, "MIN_PLANS_FOR_POOL", 10_000)  # in the parent
    printer.save_batch(learners, SETTINGS, OPTIONS, out_dir=alone, record=False)
    names = sorted(p.name for p in pooled.iterdir())
    assert names == sorted(p.name for p in alone.iterdir())
    assert not [n for n in names if n.startswith(".")]  # no temporary file left
    for name in names:
        data = (pooled / name).read_bytes()
        assert data == (alone / name).read_bytes()
        text = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
        learner = name.split("-")[1]
        assert f"Åsa{learners.index(int(learner))} Öberg" in text


def test_a_cancelled_batch_leaves_no_file(
    printer: PlanPrinter, learners: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    written: list[int] = []

    with pytest.raises(Cancelled):
        printer.save_batch(
            learners,
            SETTINGS,
            OPTIONS,
            out_dir=out,
            progress=lambda done, _total: written.append(done),
            cancelled=lambda: len(written) >= 3,
        )
    assert written and list(out.iterdir()) == []


def test_a_batch_that_cannot_write_removes_what_it_wrote(
    printer: PlanPrinter, learners: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from larsam_desktop.services import plan_printing

    out = tmp_path / "out"
    out.mkdir()
    real = plan_printing.write_atomically
    calls: list[Path] = []

    def failing(target: Path, data: bytes, **kwargs: object) -> None:
        calls.append(target)
        if len(calls) == 5:
            raise OSError(28, "No space left on device")
        real(target, data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(plan_printing, "write_atomically", failing)
    with pytest.raises(OSError, match="No space"):
        printer.save_batch(learners, SETTINGS, OPTIONS, out_dir=out)
    assert list(out.iterdir()) == []
