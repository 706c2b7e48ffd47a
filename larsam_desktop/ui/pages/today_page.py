"""The Today page: the coach's follow-ups due, learners gone quiet or stuck, and what is coming
up. The start page once the caseload has learners; every row opens its learner."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.today import TodayReport
from larsam_desktop.services.cancellation import Cancelled
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import UserError
from larsam_desktop.ui.messages import os_error_text, user_error_text
from larsam_desktop.ui.models.list_table_model import ListTableModel
from larsam_desktop.ui.models.today_models import (
    FollowUpsModel,
    QuietModel,
    StuckModel,
    UpcomingModel,
)
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.pages.today_mentors import MentorsEndingBox
from larsam_desktop.ui.qt_dates import listed_date, listed_time
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.fitted_columns import share_columns
from larsam_desktop.ui.workers import TaskControl, single_lane

if TYPE_CHECKING:
    from larsam_desktop.ui.session import Services

# Services are imported where used: the window is built before SQLAlchemy is loaded.

LOADING_NOTICE_MS = 300  # a read quicker than this shows no "Loading…" (no flicker)

# What one background read of the day gives back: the coaches' names, the coach it was read
# for, the report (None without a current coach) or the error to show on the page.
_DayRead = tuple[list[str], str | None, TodayReport | None, UserError | None]


class TodayPage(QWidget):
    learner_open_requested = Signal(int)
    changed = Signal(Changes)
    attention_changed = Signal(int)  # what the navigation shows beside "Today"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._session: Services | None = None
        self.report: TodayReport | None = None
        self._generation = 0  # a read started before the newest one is dropped
        self._op: Op[_DayRead] | None = None
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_NOTICE_MS)
        self._loading_timer.timeout.connect(
            lambda: self._show_notice(self.tr("Loading…")) if self.loading else None
        )

        self.title = QLabel(self.tr("Today"), self)
        self.title.setObjectName("todayTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.coach = ChoiceCombo(self)
        self.coach.setObjectName("todayCoach")
        self.coach.setAccessibleName(self.tr("Current coach"))
        self.coach.setToolTip(self.tr("Who you are: your follow-ups and your learners"))
        self.coach.setMinimumContentsLength(18)
        self.coach.activated.connect(self._coach_chosen)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the Today page"))
        self.refresh_button.clicked.connect(self.refresh)
        self.notice = QLabel(self)
        self.notice.setObjectName("todayNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.follow_ups = FollowUpsModel(self)
        self.quiet = QuietModel(self)
        self.stuck = StuckModel(self)
        self.upcoming = UpcomingModel(self)
        # Column widths from sample texts, not from the rows: measuring 200 rows a table
        # on every refresh cost more than reading the day.
        date = listed_date(datetime.date(2026, 12, 28))  # week 53: the widest
        name = "Mohammad Abdullahi"
        self.follow_ups_box, self.follow_ups_table = self._box(
            self.follow_ups,
            "followUps",
            1,
            {0: fill(self.tr("%1 (overdue)"), date), 2: name},
            elastic=(2,),
        )
        self.quiet_box, self.quiet_table = self._box(self.quiet, "quiet", 0, {1: date})
        self.stuck_box, self.stuck_table = self._box(
            self.stuck, "stuck", 0, {1: "Grundläggande behörighet", 2: date}, elastic=(1,)
        )
        self.upcoming_box, self.upcoming_table = self._box(
            self.upcoming,
            "upcoming",
            1,
            {
                0: listed_time(datetime.date(2026, 12, 28), datetime.time(0, 0)),
                2: "Lärcentrum Östersund",
                3: "Maryam Mohamed",
            },
            elastic=(2, 3),
        )
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setAccessibleName(self.tr("Mark the selected follow-up done"))
        self.done_button.clicked.connect(self.mark_selected_done)
        follow_ups_layout = self.follow_ups_box.layout()
        assert isinstance(follow_ups_layout, QVBoxLayout)
        follow_ups_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        coach_label = QLabel(self.tr("&Coach:"), self)
        coach_label.setBuddy(self.coach)
        top.addWidget(coach_label)
        top.addWidget(self.coach)
        top.addWidget(self.refresh_button)
        grid = QGridLayout()
        grid.addWidget(self.follow_ups_box, 0, 0)
        grid.addWidget(self.quiet_box, 0, 1)
        grid.addWidget(self.stuck_box, 1, 0)
        grid.addWidget(self.upcoming_box, 1, 1)
        self.mentors_box = MentorsEndingBox(self)  # issue 17: mentorships ending soon
        self.mentors_box.learner_open_requested.connect(self.learner_open_requested)
        grid.addWidget(self.mentors_box, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(grid, 1)

    def _box(
        self,
        model: ListTableModel[Any],
        name: str,
        stretch: int,
        samples: dict[int, str],
        elastic: tuple[int, ...] = (),
    ) -> tuple[QGroupBox, QTableView]:
        box = QGroupBox(self)
        box.setObjectName(f"{name}Box")
        table = QTableView(box)
        table.setObjectName(f"{name}Table")
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics, titles = table.fontMetrics(), header.fontMetrics()
        widths = {}
        for column, sample in samples.items():
            # Wide enough for the header's title too ("Senaste kontakt" was cut off).
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(sample), titles.horizontalAdvance(title) + 8)
            widths[column] = width + 16
        # Dates keep their width; names and places give way on a laptop, so that the
        # column saying what a row is about is never squeezed to "…" (and nothing scrolls).
        share_columns(
            table,
            stretch,
            fixed={c: w for c, w in widths.items() if c not in elastic},
            elastic={c: w for c, w in widths.items() if c in elastic},
        )
        table.activated.connect(lambda index, m=model: self._open(m, index))
        table.doubleClicked.connect(lambda index, m=model: self._open(m, index))
        inner = QVBoxLayout(box)
        inner.addWidget(table)
        return box, table

    # ---- data -------------------------------------------------------------------------------
    def attach(self, session: Services) -> None:
        self._session = session
        self.refresh()

    @property
    def loading(self) -> bool:
        """A read of the day is running (the page shows what it had, or "Loading…")."""
        return self._op is not None and not self._op.done

    def refresh(self) -> None:
        """Read the day again, on a worker thread (one transaction of indexed, limited
        queries); the newest read wins, an older one arriving late is dropped."""
        if self._session is None:
            return
        day = self._session.day
        current = day.current_coach
        on = day.preferences.today
        self._generation += 1
        generation = self._generation

        def read(control: TaskControl) -> _DayRead:
            try:
                names, report = day.today.day(current, on)  # one read transaction
                return names, current, report, None
            except UserError as exc:  # shown on the page, not in a dialog: it is read often
                return [], current, None, exc
            except Exception:
                if control.cancelled:  # the store closed under the read: nobody waits for it
                    raise Cancelled from None
                raise

        self.mentors_box.refresh(self._session.university.mentors, current)
        self._loading_timer.start()
        self._op = run_op(
            self,
            read,
            background=True,
            quiet=True,
            pool=single_lane("today-page"),
            on_success=lambda result: self._read(generation, result),
            on_failure=lambda exc: self._failed(generation, exc),
        )

    def _read(self, generation: int, result: _DayRead) -> None:
        if generation != self._generation:
            return
        self._loading_timer.stop()
        names, current, report, error = result
        if error is not None:  # the coaches as shown stay; the day cannot be read now
            self._failed(generation, error)
            return
        choices: list[tuple[str, str | None]] = [(name, name) for name in names]
        if current not in names:
            choices.insert(0, (self.tr("(choose who you are)"), None))
        self.coach.set_choices(choices)
        self.coach.set_value(current if current in names else None)
        if current is None or current not in names:
            self._show_notice(
                self.tr("Choose who you are (Coach, above) to see your follow-ups and learners.")
                if names
                else self.tr("There are no coaches yet: give a learner a coach first.")
            )
        else:
            self.notice.hide()
        self._show(report)

    def _failed(self, generation: int, error: UserError) -> None:
        if generation != self._generation:
            return
        self._loading_timer.stop()
        self._show_notice(user_error_text(error))
        self._show(None)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _show(self, report: TodayReport | None) -> None:
        self.report = report
        self.follow_ups.set_rows(report.follow_ups.rows if report else [])
        self.quiet.set_rows(report.quiet.rows if report else [])
        self.stuck.set_rows(report.stuck.rows if report else [])
        self.upcoming.set_rows(report.upcoming.rows if report else [])
        locale = QLocale()

        def title(text: str, shown: int, total: int) -> str:
            count = locale.toString(total)
            if shown < total:
                count = fill(self.tr("%1, first %2 shown"), count, locale.toString(shown))
            return f"{text} ({count})"

        if report is None:
            self.follow_ups_box.setTitle(self.tr("Follow-ups overdue or due this week"))
            self.quiet_box.setTitle(self.tr("Not contacted recently"))
            self.stuck_box.setTitle(self.tr("In the same stage too long"))
            self.upcoming_box.setTitle(self.tr("Coming up: exams and activities"))
        else:
            settings = report.settings
            overdue = (
                fill(self.tr(", %1 overdue"), locale.toString(report.overdue))
                if report.overdue
                else ""
            )
            self.follow_ups_box.setTitle(
                title(
                    self.tr("Follow-ups overdue or due this week"),
                    len(report.follow_ups.rows),
                    report.follow_ups.total,
                ).rstrip(")")
                + overdue
                + ")"
            )
            self.quiet_box.setTitle(
                title(
                    fill(self.tr("Not contacted in %1 weeks"), str(settings.quiet_weeks)),
                    len(report.quiet.rows),
                    report.quiet.total,
                )
            )
            self.stuck_box.setTitle(
                title(
                    self.tr("In the same stage too long"),
                    len(report.stuck.rows),
                    report.stuck.total,
                )
            )
            self.upcoming_box.setTitle(
                title(
                    fill(
                        self.tr("Exams and activities, next %1 days"), str(settings.upcoming_days)
                    ),
                    len(report.upcoming.rows),
                    report.upcoming.total,
                )
            )
        self.done_button.setEnabled(bool(report and report.follow_ups.rows))
        self.attention_changed.emit(report.attention if report else 0)

    # ---- actions ----------------------------------------------------------------------------
    def _coach_chosen(self) -> None:
        if self._session is None:
            return
        name = self.coach.value()
        if not isinstance(name, str) or name == self._session.current_coach:
            return
        from larsam_desktop.services.preferences import set_current_coach

        try:
            set_current_coach(self._session.paths, name)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Coach not saved"),
                os_error_text(exc),
            )
        self.refresh()

    def _open(self, model: ListTableModel[Any], index: QModelIndex) -> None:
        if not index.isValid():
            return
        learner_id = model.learner_id(index.row())  # type: ignore[attr-defined]
        if learner_id is not None:
            self.learner_open_requested.emit(learner_id)

    def mark_selected_done(self) -> bool:
        if self._session is None:
            return False
        rows = self.follow_ups_table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(
                self, self.tr("Mark done"), self.tr("Select a follow-up in the list first.")
            )
            return False
        follow_up, follow_ups = self.follow_ups.row_at(rows[0].row()), self._session.day.follow_ups
        done = run_op(
            self,
            lambda: follow_ups.set_done(follow_up.id),
            title=self.tr("Not saved"),
            on_success=lambda saved: self.changed.emit(saved.changes),
        )
        return done.ok

    def apply_changes(self, changes: Changes) -> None:
        if changes.coach_day or changes.learners or changes.learners_bulk or changes.reference:
            self.refresh()

    def cancel(self) -> None:
        """The ``Page`` protocol: a read still running is no longer wanted."""
        self._generation += 1
        self._loading_timer.stop()
        if self._op is not None:
            self._op.cancel()
