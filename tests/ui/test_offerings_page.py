"""The Offerings page: create an offering, build its group, invite to a meeting, record
answers and attendance, and see the group's funnel; it fits a 1366×768 screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from offering_setup import ELIGIBLE, GAP_500, add_learner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.offerings import FunnelStep, GroupCategory
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.pages.offerings_page import OfferingsPage

MakeWindow = Callable[[AppPaths], MainWindow]


def _folder(tmp_path: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    add_learner(store.database, "Elin", ELIGIBLE)
    add_learner(store.database, "Nils", GAP_500)
    store.database.dispose()
    return paths


def _page(qtbot: QtBot, window: MainWindow) -> OfferingsPage:
    window.navigator.show("offerings")
    page = cast(OfferingsPage, window.navigator.page("offerings"))
    qtbot.waitUntil(lambda: page.read_op is not None and page.read_op.done, timeout=10_000)
    return page


def _wait(qtbot: QtBot, page: OfferingsPage) -> None:
    qtbot.waitUntil(lambda: page.read_op is not None and page.read_op.done, timeout=10_000)


def test_create_build_invite_attend_and_follow(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(_folder(tmp_path))
    window.resize(1366, 768)
    page = _page(qtbot, window)
    assert page.model.rowCount() == 0

    dialog = page.offering_dialog()
    dialog.university.setText("Mittuniversitetet")
    dialog.programme.set_value("sjukskoterska")
    dialog.term.setCurrentText("HT2040")
    assert dialog.complete_by.placeholderText() == "2040-06-20"  # the round's usual date
    assert dialog.save()
    _wait(qtbot, page)
    assert page.model.rowCount() == 1
    assert (
        page.model.text(page.model.row_at(0), 1) == "Nursing"
    )  # the window's language (English here)

    refused = page.offering_dialog()  # the same offering again is refused at the programme
    refused.programme.set_value("sjukskoterska")
    refused.term.setCurrentText("HT2040")
    refused.university.setText("")
    assert not refused.save()
    assert refused.errors.text("university")
    refused.reject()

    soon = page.offering_dialog()  # the first term offered in the dialog: inside the cycle
    soon.programme.set_value("socionom")
    soon.term.setCurrentIndex(0)
    assert soon.save()
    _wait(qtbot, page)
    assert page.cycle_model.columnCount() == 6 and page.cycle_model.rowCount() == 1
    assert page.cycle_model.headerData(0, Qt.Orientation.Vertical) == "Social work"

    page.table.selectRow(1)  # HT2040 comes last
    group = page.group_tab
    page.tabs.setCurrentWidget(group)
    op = group.build()
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=20_000)
    categories = {m.name.split()[0]: m.category for m in group.model.rows()}
    assert categories == {
        "Elin": GroupCategory.ELIGIBLE,
        "Nils": GroupCategory.REACHABLE_HALF_PACE,
    }
    assert "1 eligible now" in group.summary.text()

    group.table.selectAll()
    reading = group.open_invitation()  # the meetings are read in the background
    assert reading is not None
    qtbot.waitUntil(lambda: reading.done, timeout=10_000)
    assert reading.value == []
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5_000)
    shown = QApplication.activeModalWidget()
    assert shown is not None and shown.objectName() == "invitationDialog"
    shown.reject()
    invite = group.invitation_dialog(reading.value)
    invite.title.setText("Mittuniversitetet berättar om sjuksköterskeprogrammet")
    invite.place.setText("Lärcentrum Sollefteå")
    assert invite.send()
    assert group.summary.text() == "2 learners invited."

    meetings = page.meetings_tab
    page.tabs.setCurrentWidget(meetings)
    qtbot.waitUntil(lambda: meetings.invitations_model.rowCount() == 2, timeout=10_000)
    assert meetings.meeting.count() == 1
    meetings.invitations.selectRow(0)
    assert meetings.respond("accepted")
    qtbot.waitUntil(lambda: meetings.read_op is not None and meetings.read_op.done)
    meetings.invitations.selectRow(0)
    assert meetings.record_attendance(True)
    qtbot.waitUntil(lambda: meetings.read_op is not None and meetings.read_op.done)
    answers = [(r.response, r.attended) for r in meetings.invitations_model.rows()]
    assert ("accepted", True) in answers and (None, None) in answers
    funnel = dict(meetings.funnel_model.rows())
    assert (funnel[FunnelStep.INVITED], funnel[FunnelStep.ATTENDED]) == (2, 1)
    assert meetings.funnel_model.text((FunnelStep.ATTENDED, 1), 0) == "Attended"
    window.grab().save("/tmp/G-offerings-meetings.png")
    page.tabs.setCurrentIndex(2)
    window.grab().save("/tmp/G-offerings-group.png")
    page.tabs.setCurrentIndex(1)
    window.grab().save("/tmp/G-offerings-cycle.png")
    page.tabs.setCurrentIndex(0)
    window.grab().save("/tmp/G-offerings-list.png")


def test_drafting_plans_from_the_group(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(_folder(tmp_path))
    page = _page(qtbot, window)
    offering = page.offering_dialog()
    offering.programme.set_value("sjukskoterska")
    offering.term.setCurrentText("HT2040")
    assert offering.save()
    _wait(qtbot, page)
    page.table.selectRow(0)
    group = page.group_tab
    op = group.build()
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=20_000)
    nils = next(r for r, m in enumerate(group.model.rows()) if m.name.startswith("Nils"))
    group.table.selectRow(nils)
    outcome = group.draft_selected()
    assert outcome is not None and len(outcome.drafted) == 1
    plan = window.session.plans.revision(outcome.drafted[0]).content
    assert (plan.target_id, str(plan.target_term), plan.pace) == ("sjukskoterska", "HT2040", 10)
