"""The Today lists' models answer the roles they show (text, tooltip, accessible text, the
overdue colour) and nothing else, whatever role a view asks for."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt

from larsam_desktop.domain.today import FollowUpRow, QuietRow
from larsam_desktop.ui.models.today_models import OVERDUE, FollowUpsModel, QuietModel

ROLE = Qt.ItemDataRole


def test_follow_ups_answer_text_and_overdue_colour_only(qapp: object) -> None:
    model = FollowUpsModel()
    model.set_rows(
        [
            FollowUpRow(1, 10, "Aida Berg", "Boka tid hos SYV", datetime.date(2026, 12, 1), True),
            FollowUpRow(2, 11, "Bo Ek", "Ring", datetime.date(2026, 12, 9), False),
        ]
    )
    late, due = model.index(0, 0), model.index(1, 0)
    assert model.data(late, ROLE.DisplayRole) == "2026-12-01 (wk 49) (overdue)"
    assert model.data(late, ROLE.ToolTipRole) == model.data(late, ROLE.DisplayRole)
    assert model.data(late, ROLE.AccessibleTextRole) == model.data(late, ROLE.DisplayRole)
    assert model.data(model.index(0, 2)) == "Aida Berg"
    assert model.data(late, ROLE.ForegroundRole) is OVERDUE
    assert model.data(due, ROLE.ForegroundRole) is None
    assert model.data(due, ROLE.DisplayRole) == "2026-12-09 (wk 50)"
    for role in (ROLE.FontRole, ROLE.TextAlignmentRole, ROLE.DecorationRole, ROLE.UserRole):
        assert model.data(late, role) is None
    assert model.data(model.index(5, 0), ROLE.DisplayRole) is None  # no such row


def test_quiet_never_contacted(qapp: object) -> None:
    model = QuietModel()
    model.set_rows([QuietRow(10, "Aida Berg", None)])
    assert model.data(model.index(0, 1)) == "never"
    assert model.data(model.index(0, 1), ROLE.ForegroundRole) is None
