"""The older routes' facts on the qualifications tab: when the slutbetyg was issued and its
programme's full points (the 90 % rule for slutbetyg issued before 2010), the avgångsbetyg's
linje, the subjects a partial folkhögskola intyg covers (the rest completed at komvux), and
a degree's hp (grundläggande behörighet for the advanced level, KPU).

Saved on their own, merged with the stored qualifications, so the form above and this box
never overwrite each other's fields.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.courses.qualifications import Qualifications, parse_qualifications
from larsam_desktop.domain.courses.transcript import FACTS, INTYG_SUBJECTS
from larsam_desktop.domain.errors import UserError, ValidationError
from larsam_desktop.services.learner_snapshot import LearnerSnapshot
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.ui.messages import field_error_text, show_user_error
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo

NOT_GIVEN = 0
SUBJECT_NAMES = {
    "svenska": QT_TRANSLATE_NOOP("OlderRoutesBox", "Svenska/SvA 1–3"),
    "engelska": QT_TRANSLATE_NOOP("OlderRoutesBox", "Engelska 5–6"),
    "matematik": QT_TRANSLATE_NOOP("OlderRoutesBox", "Matematik 1"),
    "samhallskunskap": QT_TRANSLATE_NOOP("OlderRoutesBox", "Samhällskunskap 1a1"),
    "naturkunskap": QT_TRANSLATE_NOOP("OlderRoutesBox", "Naturkunskap 1a1"),
    "religionskunskap": QT_TRANSLATE_NOOP("OlderRoutesBox", "Religionskunskap 1"),
    "historia": QT_TRANSLATE_NOOP("OlderRoutesBox", "Historia 1a1"),
}


class OlderRoutesBox(QGroupBox):
    """``published`` carries the next snapshot and the ``Changes`` of a save."""

    published = Signal(object, object)  # LearnerSnapshot, Changes

    def __init__(self, profiles: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("olderRoutesBox")
        self.setTitle(self.tr("Older grades, folkhögskola and degree"))
        self._profiles = profiles
        self._snapshot: LearnerSnapshot | None = None
        self.issued = QSpinBox(self)
        self.issued.setAccessibleName(self.tr("Year the slutbetyg was issued"))
        self.issued.setRange(NOT_GIVEN, 2025)
        self.issued.setSpecialValueText(self.tr("not given"))
        self.programme_points = QSpinBox(self)
        self.programme_points.setAccessibleName(self.tr("The programme's full points"))
        self.programme_points.setRange(NOT_GIVEN, 3000)
        self.programme_points.setSingleStep(50)
        self.programme_points.setSpecialValueText(self.tr("not given"))
        self.linje = ChoiceCombo(self)
        self.linje.setAccessibleName(self.tr("Avgångsbetyg from the linjegymnasium"))
        self.linje.set_choices(
            [(self.tr("(none)"), None)]
            + [(fill(self.tr("%1-year linje"), str(n)), n) for n in (2, 3, 4)]
        )
        self.subjects = {
            subject: QCheckBox(QCoreApplication.translate("OlderRoutesBox", str(name)), self)
            for subject, name in SUBJECT_NAMES.items()
        }
        self.degree_hp = QDoubleSpinBox(self)
        self.degree_hp.setAccessibleName(self.tr("Credits of a degree (hp)"))
        self.degree_hp.setRange(NOT_GIVEN, 600.0)
        self.degree_hp.setDecimals(1)
        self.degree_hp.setSingleStep(7.5)
        self.degree_hp.setSpecialValueText(self.tr("not given"))
        self.save_button = QPushButton(self.tr("Save these"), self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        grid = QGridLayout()
        for index, box in enumerate(self.subjects.values()):
            grid.addWidget(box, index // 2, index % 2)
        form = QFormLayout()
        form.addRow(self.tr("Slutbetyg &issued (year):"), self.issued)
        form.addRow(self.tr("The programme's &full points:"), self.programme_points)
        form.addRow(self.tr("&Avgångsbetyg:"), self.linje)
        form.addRow(self.tr("Partial folkhögskola intyg covers:"), grid)
        form.addRow(self.tr("&Degree:"), self.degree_hp)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)

    def show_snapshot(self, snapshot: LearnerSnapshot) -> None:
        other = self._snapshot is None or snapshot.learner_id != self._snapshot.learner_id
        self._snapshot = snapshot
        if other:
            self._show(snapshot.qualifications)
            self.status.clear()

    def _show(self, q: Qualifications) -> None:
        self.issued.setValue(q.slutbetyg_issued_year or NOT_GIVEN)
        self.programme_points.setValue(q.slutbetyg_programme_points or NOT_GIVEN)
        self.linje.set_value(q.avgangsbetyg_years)
        for subject, box in self.subjects.items():
            box.setChecked(subject in q.folkhogskola_subjects)
        self.degree_hp.setValue(q.degree_hp or NOT_GIVEN)

    def facts(self) -> dict[str, object]:
        """The stored qualifications with this box's fields, as the transcript's keys."""
        assert self._snapshot is not None
        q = self._snapshot.qualifications
        found: dict[str, object] = {}
        for name in FACTS:
            value = getattr(q, name)
            found[name] = list(value) if isinstance(value, tuple) else value
        found["examen"] = q.examen.value if q.examen else None
        found.update(
            slutbetyg_issued_year=self.issued.value() or None,
            slutbetyg_programme_points=self.programme_points.value() or None,
            avgangsbetyg_years=self.linje.value(),
            folkhogskola_subjects=[s for s in INTYG_SUBJECTS if self.subjects[s].isChecked()],
            degree_hp=self.degree_hp.value() or None,
        )
        return found

    def save(self) -> bool:
        snapshot = self._snapshot
        if snapshot is None:
            return False
        try:
            facts = self.facts()
            changes = self._profiles.set_qualifications(snapshot.learner_id, facts)
        except ValidationError as exc:
            self.status.setText("\n".join(field_error_text(error) for error in exc.errors))
            return False
        except UserError as exc:
            show_user_error(self, exc, self.tr("Not saved"))
            return False
        self._snapshot = snapshot.with_qualifications(parse_qualifications(facts))
        self.status.setText(self.tr("Saved. The eligibility shown is up to date."))
        self.published.emit(self._snapshot, changes)
        return True
