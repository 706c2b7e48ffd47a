"""Reading the caseload table in tests: a store's rows come from a background lane."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtTest import QTest

from larsam_desktop.ui.models.caseload_model import CaseloadTableModel


def cell(model: CaseloadTableModel, row: int, column: int, timeout_s: float = 10.0) -> Any:
    """The cell's text once its page has arrived (asking for it, as a paint would)."""
    index = model.index(row, column)
    deadline = time.monotonic() + timeout_s
    model.data(index)
    while not model.row_loaded(row):
        assert time.monotonic() < deadline, f"row {row} of the caseload never arrived"
        QTest.qWait(5)
        model.data(index)  # a dropped or invalidated page is asked for again
    return model.data(index)


def column_texts(model: CaseloadTableModel, column: int) -> list[Any]:
    return [cell(model, row, column) for row in range(model.rowCount())]
