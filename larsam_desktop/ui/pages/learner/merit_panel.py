"""Meritvärde, högskoleprov results and "competitive last round?" for the learner shown.

Computed from the page's snapshot (courses, qualifications, target) with the learner's
högskoleprov results and the imported cut-offs, which the panel reads itself — lazily, the
first time it is shown for a learner, so that a grade typed elsewhere costs no statement
more while the panel is hidden. A result recorded or removed is published with its
``Changes``; nothing in the snapshot changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.cutoffs import CutoffMark, CutoffRow
from larsam_desktop.domain.merit.competitive import Comparison
from larsam_desktop.domain.merit.compute import MeritNote
from larsam_desktop.domain.merit.hogskoleprov import StoredHpResult
from larsam_desktop.domain.merit.values import swedish
from larsam_desktop.services.errors import UserError, ValidationError
from larsam_desktop.services.learner_snapshot import LearnerSnapshot
from larsam_desktop.services.merit import MeritService, MeritStanding
from larsam_desktop.ui.messages import field_error_text, show_user_error
from larsam_desktop.ui.qt_dates import date_of
from larsam_desktop.ui.text import fill

ID_ROLE = Qt.ItemDataRole.UserRole


class MeritPanel(QWidget):
    """``published`` carries the snapshot (unchanged) and the ``Changes`` of a result saved."""

    published = Signal(object, object)  # LearnerSnapshot, Changes

    def __init__(self, merit: MeritService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meritPanel")
        self._merit = merit
        self._snapshot: LearnerSnapshot | None = None
        self._loaded_for: int | None = None  # the learner whose results are read
        self._results: list[StoredHpResult] = []
        self._cutoffs: list[CutoffRow] | None = None
        self._stale = True
        self.standing: MeritStanding | None = None
        tr = self.tr

        self.groups = QLabel(self)
        self.groups.setObjectName("meritGroups")
        self.groups.setWordWrap(True)
        self.groups.setAccessibleName(tr("Meritvärde per urvalsgrupp"))
        self.competitive = QLabel(self)
        self.competitive.setObjectName("meritCompetitive")
        self.competitive.setWordWrap(True)
        self.competitive.setAccessibleName(tr("Competitive last round"))
        self.what_if = QLabel(self)
        self.what_if.setObjectName("meritWhatIf")
        self.what_if.setWordWrap(True)
        self.what_if.setAccessibleName(tr("What would lift the meritvärde"))

        self.results = QListWidget(self)
        self.results.setObjectName("hpResults")
        self.results.setAccessibleName(tr("Högskoleprov results"))
        self.results.setMaximumHeight(110)
        self.score = QLineEdit(self)
        self.score.setObjectName("hpScore")
        self.score.setAccessibleName(tr("Högskoleprov result"))
        self.score.setPlaceholderText(tr("e.g. 1,15"))
        self.score.setMaximumWidth(90)
        self.taken_on = QDateEdit(self)
        self.taken_on.setObjectName("hpDate")
        self.taken_on.setAccessibleName(tr("Test date"))
        self.taken_on.setCalendarPopup(True)
        self.taken_on.setDisplayFormat("yyyy-MM-dd")
        self.taken_on.setDate(QDate.currentDate())
        self.add_button = QPushButton(tr("&Add result"), self)
        self.add_button.setAccessibleName(tr("Add högskoleprov result"))
        self.add_button.clicked.connect(self.add_result)
        self.score.returnPressed.connect(self.add_result)
        self.remove_button = QPushButton(tr("&Remove"), self)
        self.remove_button.setAccessibleName(tr("Remove högskoleprov result"))
        self.remove_button.clicked.connect(self.remove_result)
        self.import_button = QPushButton(tr("&Import admission statistics…"), self)
        self.import_button.setAccessibleName(tr("Import admission statistics"))
        self.import_button.clicked.connect(self._choose_file)
        self.import_status = QLabel(self)
        self.import_status.setObjectName("cutoffImportStatus")
        self.import_status.setWordWrap(True)
        self.hp_status = QLabel(self)
        self.hp_status.setObjectName("hpStatus")
        self.hp_status.setWordWrap(True)

        hp_box = QGroupBox(tr("Högskoleprov (valid eight years; the best valid result counts)"))
        form = QFormLayout()
        entry = QHBoxLayout()
        entry.addWidget(self.score)
        entry.addWidget(QLabel(tr("taken on"), self))
        entry.addWidget(self.taken_on)
        entry.addWidget(self.add_button)
        entry.addStretch(1)
        form.addRow(tr("&Result:"), entry)
        hp_layout = QVBoxLayout(hp_box)
        hp_layout.addWidget(self.results)
        hp_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        hp_layout.addLayout(buttons)
        hp_layout.addWidget(self.hp_status)

        layout = QVBoxLayout(self)
        layout.addWidget(self.groups)
        layout.addWidget(self.competitive)
        layout.addWidget(self.what_if)
        layout.addWidget(hp_box)
        imports = QHBoxLayout()
        imports.addWidget(self.import_button)
        imports.addStretch(1)
        layout.addLayout(imports)
        layout.addWidget(self.import_status)
        layout.addStretch(1)

    # ---- the page's protocol
    def show_snapshot(self, snapshot: LearnerSnapshot) -> None:
        self._snapshot = snapshot
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Compute the standing for the snapshot shown (reading results once per learner)."""
        snapshot = self._snapshot
        if snapshot is None:
            return
        try:
            if self._loaded_for != snapshot.learner_id:
                self._results = self._merit.hp_results(snapshot.learner_id)
                self._loaded_for = snapshot.learner_id
            if self._cutoffs is None:
                self._cutoffs = self._merit.cutoffs()
        except UserError as exc:
            show_user_error(self, exc, self.tr("Meritvärde not shown"))
            return
        target = snapshot.target.target_id if snapshot.target else None
        self.standing = self._merit.standing(
            snapshot.transcript, target, [r.result for r in self._results], self._cutoffs
        )
        self._stale = False
        self._show(self.standing)

    def reload_cutoffs(self) -> None:
        """Cut-offs were imported: read them again when next shown."""
        self._cutoffs = None
        self._stale = True

    # ---- cut-offs
    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import admission statistics"),
            "",
            self.tr("Admission statistics (*.csv *.xlsx *.ods);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Import a round's statistics; every bad line is listed and nothing is stored."""
        try:
            result = self._merit.import_cutoffs(path)
        except ValidationError as exc:
            problems = "\n".join(field_error_text(e) for e in exc.errors[:20])
            self.import_status.setText(self.tr("Nothing was imported:") + "\n" + problems)
            return False
        except UserError as exc:
            show_user_error(self, exc, self.tr("Admission statistics not imported"))
            return False
        self.import_status.setText(
            fill(self.tr("Imported %1 cut-offs (%2)."), str(result.rows), ", ".join(result.rounds))
        )
        self.reload_cutoffs()
        self.refresh()
        return True

    # ---- högskoleprov
    def add_result(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        try:
            stored, changes = self._merit.record_hp(
                snapshot.learner_id, self.score.text(), date_of(self.taken_on)
            )
        except ValidationError as exc:
            self.hp_status.setText("\n".join(field_error_text(e) for e in exc.errors))
            return
        except UserError as exc:
            show_user_error(self, exc, self.tr("Result not saved"))
            return
        self._results = sorted([*self._results, stored], key=lambda s: s.result.taken_on)
        self.score.clear()
        self.hp_status.setText(self.tr("Saved."))
        self.refresh()
        self.published.emit(snapshot, changes)

    def remove_result(self) -> None:
        snapshot, item = self._snapshot, self.results.currentItem()
        if snapshot is None or item is None:
            return
        result_id = int(item.data(ID_ROLE))
        try:
            changes = self._merit.remove_hp(result_id)
        except UserError as exc:
            show_user_error(self, exc, self.tr("Result not removed"))
            return
        self._results = [r for r in self._results if r.id != result_id]
        self.hp_status.setText(self.tr("Removed."))
        self.refresh()
        self.published.emit(snapshot, changes)

    # ---- showing
    def _show(self, standing: MeritStanding) -> None:
        tr = self.tr
        merit = standing.merit
        lines = [
            fill(
                tr("%1: jämförelsetal %2 + meritpoäng %3 = <b>meritvärde %4</b>"),
                g.group,
                swedish(g.jamforelsetal),
                swedish(g.meritpoang),
                swedish(g.meritvarde),
            )
            for g in merit.groups
        ]
        if not merit.groups:
            lines.append(tr("No graded courses yet: no meritvärde."))
        lines.extend(self._note(note) for note in merit.notes)
        self.groups.setText("<br>".join(lines))
        self.competitive.setText(self._competitive_text(standing))
        self.what_if.setText(self._what_if_text(standing))
        self.results.clear()
        best = standing.hp
        for stored in self._results:
            result = stored.result
            text = fill(
                tr("%1 — taken %2, valid until %3"),
                swedish(result.score),
                result.taken_on.isoformat(),
                result.valid_until.isoformat(),
            )
            if best is not None and result == best:
                text += tr(" (counts)")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, stored.id)
            self.results.addItem(item)
        self.remove_button.setEnabled(bool(self._results))

    def _note(self, note: MeritNote) -> str:
        texts = {
            MeritNote.BF_NOT_COMPUTED: self.tr(
                "BF (folkhögskola) is not computed: LärSam holds no studieomdöme."
            ),
            MeritNote.DOCUMENT_GUESSED: self.tr(
                "No examen or slutbetyg year recorded: the grade document is judged by its courses."
            ),
            MeritNote.KOMVUX_DOCUMENT: self.tr(
                "Two thirds or more of the points are from komvux: everything counts in BI."
            ),
            MeritNote.NOT_ELIGIBLE_ON_DOCUMENT: self.tr(
                "The completed courses are needed for eligibility: BII only."
            ),
        }
        return f"<i>{texts[note]}</i>"

    def _competitive_text(self, standing: MeritStanding) -> str:
        if standing.target_id is None:
            return self.tr("Choose a target programme to compare with last round's cut-offs.")
        if not standing.comparisons:
            return self.tr(
                "No cut-offs imported for the target: import a round's admission statistics below."
            )
        parts = [self._comparison(c) for c in standing.comparisons]
        return fill(self.tr("Competitive last round? %1"), "; ".join(parts))

    def _comparison(self, c: Comparison) -> str:
        row = c.row
        if row.mark is CutoffMark.ALL_ADMITTED:
            against = self.tr("all eligible admitted")
        elif row.mark is CutoffMark.NONE_ADMITTED or row.value is None:
            against = self.tr("none admitted")
        else:
            against = swedish(row.value)
        mark = {True: "✓", False: "✗", None: "?"}[c.competitive]
        return (
            fill(
                self.tr("%1 %2 against %3 (%4, %5)"),
                c.group,
                swedish(c.learner),
                against,
                row.term,
                row.university,
            )
            + f" {mark}"
        )

    def _what_if_text(self, standing: MeritStanding) -> str:
        aim = standing.what_if_for
        if aim is None or aim.row.value is None:
            return ""
        head = fill(
            self.tr("What would reach %1 in %2 (%3):"),
            swedish(aim.row.value),
            aim.group,
            aim.row.university,
        )
        if not standing.what_ifs:
            return head + " " + self.tr("no single course is enough.")
        lines = [
            fill(
                self.tr("retake %1 with %2") if o.retake else self.tr("add %1 with %2"),
                o.name,
                o.grade.value,
            )
            + " "
            + fill(self.tr("(%1 points) → %2"), str(o.points), swedish(o.value))
            for o in standing.what_ifs
        ]
        return head + "<br>• " + "<br>• ".join(lines)
