"""The caseload's cells painted in one call look as Qt's own table paints them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.caseload import CaseloadQuery, CaseloadRow, TargetStanding
from larsam_desktop.domain.learner import ProtectedIdentity
from larsam_desktop.ui.models.caseload_model import CaseloadTableModel, Column
from larsam_desktop.ui.pages.caseload_table import CaseloadTable


def _rows(count: int) -> dict[int, CaseloadRow]:
    return {
        i: CaseloadRow(
            i,
            f"Anna-Karin {i}",
            f"Öberg-Lindqvist Andersson {i}",  # wider than its column: elided
            f"1990010{i % 10}1234",
            date(1990, 1, 1),
            1990,
            "Sundsvall" if i % 3 else "Härnösand",
            "Lärcentrum Sundsvall",
            "Karin Coach",
            "070-123 45 67",
            "anna@example.org",
            "Sundsvall",
            ProtectedIdentity.NONE if i % 5 else ProtectedIdentity.SKYDDAD_FOLKBOKFORING,
            datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
            "komvux",
            date(2026, 1, 1),
            "T1" if i % 2 else None,
            TargetStanding.ELIGIBLE if i % 2 else TargetStanding.NO_TARGET,
        )
        for i in range(1, count + 1)
    }


def _table(qtbot: QtBot, rows: dict[int, CaseloadRow], ids: list[int]) -> CaseloadTable:
    model = CaseloadTableModel(lambda _q: ids, lambda wanted: {i: rows[i] for i in wanted})
    model.set_target_names({"T1": "Sjuksköterskeprogrammet"})
    model.set_query(CaseloadQuery())
    table = CaseloadTable(model, lambda _section: None)
    qtbot.addWidget(table)
    table.setColumnHidden(Column.PHONE, False)  # a protected identity's "(protected)"
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)
    return table


def _image(table: CaseloadTable, own: bool) -> QImage:
    table._cells.enabled = own
    return table.viewport().grab().toImage()


def test_cells_look_as_qt_paints_them(qtbot: QtBot) -> None:
    rows = _rows(60)
    table = _table(qtbot, rows, list(rows))
    table.selectRow(3)  # a selected row, and no focus frame (the view has no focus)
    table.horizontalHeader().moveSection(Column.COACH, 0)  # moved columns, in visual order
    table.setColumnHidden(Column.MUNICIPALITY, True)
    table.verticalScrollBar().setValue(5)  # scrolled: the first row is not row 0
    qtbot.wait(10)
    ours, qt = _image(table, True), _image(table, False)
    assert ours.size() == qt.size()
    assert ours == qt


def test_a_row_on_its_way_shows_the_placeholder(qtbot: QtBot) -> None:
    rows = _rows(3)
    model = CaseloadTableModel(lambda _q: [1, 2, 3], lambda wanted: {})  # nothing arrives
    model.set_query(CaseloadQuery())
    assert model.row_texts(0)[Column.NAME] == "…"
    assert all(text == "" for text in model.row_texts(0)[1:])
    loaded = CaseloadTableModel(lambda _q: [1, 2, 3], lambda wanted: {i: rows[i] for i in wanted})
    loaded.set_query(CaseloadQuery())
    texts = loaded.row_texts(1)
    assert texts[Column.NAME] == "Öberg-Lindqvist Andersson 2, Anna-Karin 2"
    assert texts == tuple(loaded.data(loaded.index(1, c)) for c in range(len(texts)))


def test_an_edited_row_is_painted_afresh(qtbot: QtBot) -> None:
    rows = _rows(5)
    table = _table(qtbot, rows, list(rows))
    model = table._model
    assert model.row_texts(0)[Column.COACH] == "Karin Coach"
    before = _image(table, True)
    rows[1] = replace(rows[1], coach="Ali Hassan")
    model.update_rows([1])
    assert model.row_texts(0)[Column.COACH] == "Ali Hassan"
    qtbot.wait(10)
    after = _image(table, True)
    assert after != before
    assert after == _image(table, False)  # the focus frame of the current cell included


def test_the_personnummer_switch_repaints_the_texts(qtbot: QtBot) -> None:
    rows = _rows(2)
    table = _table(qtbot, rows, list(rows))
    model = table._model
    masked = model.row_texts(0)[Column.PERSONNUMMER]
    model.set_show_full_personnummer(True)
    assert model.row_texts(0)[Column.PERSONNUMMER] == "19900101-1234" != masked
    table.setFocus(Qt.FocusReason.OtherFocusReason)  # the current cell's focus frame too
    table.setCurrentIndex(model.index(1, Column.PERSONNUMMER))
    qtbot.waitUntil(table.hasFocus)
    assert _image(table, True) == _image(table, False)
