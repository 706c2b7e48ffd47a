"""A programme offering entered or edited: lärosäte, programme, start term, study form (and
lärcentrum), pace, places, the round's dates (empty: the usual date for the term), code.

Saving runs the service (``OfferingService.create``/``update``); its refusals are shown at
their fields and the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.offering_terms import round_dates
from larsam_desktop.domain.offerings import (
    PACE_PERCENTS,
    OfferingDraft,
    StoredOffering,
    StudyForm,
    cycle_terms,
    draft_of,
)
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.services.offerings import SavedOffering
from larsam_desktop.ui.operations import run_op
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.field_errors import FieldErrors
from larsam_desktop.ui.widgets.field_row import FieldRow

Save = Callable[[OfferingDraft], SavedOffering]


class OfferingDialog(QDialog):
    def __init__(
        self,
        save: Save,
        programmes: dict[str, str],
        centres: dict[int, str],
        *,
        today: date,
        existing: StoredOffering | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offeringDialog")
        self.setWindowTitle(self.tr("Edit offering") if existing else self.tr("New offering"))
        self._save = save
        self.saved: SavedOffering | None = None
        self.university = QLineEdit(self)
        self.university.setAccessibleName(self.tr("Lärosäte"))
        self.programme = ChoiceCombo(self)
        self.programme.setAccessibleName(self.tr("Programme"))
        self.programme.set_choices(sorted(((n, i) for i, n in programmes.items()),
                                          key=lambda c: c[0].casefold()))  # fmt: skip
        self.term = QComboBox(self)
        self.term.setEditable(True)
        self.term.setAccessibleName(self.tr("Start term"))
        self.term.addItems([str(t) for t in cycle_terms(Term.of(today).next(), 3)])
        self.term.currentTextChanged.connect(self._show_usual_dates)
        self.form = ChoiceCombo(self)
        self.form.setAccessibleName(self.tr("Study form"))
        self.form.set_choices(
            [(self.tr("Campus"), StudyForm.CAMPUS), (self.tr("Distance"), StudyForm.DISTANCE),
             (self.tr("Decentralised at a lärcentrum"), StudyForm.DECENTRALISED)]
        )  # fmt: skip
        self.form.currentIndexChanged.connect(self._form_changed)
        self.centre = ChoiceCombo(self)
        self.centre.setAccessibleName(self.tr("Lärcentrum"))
        self.centre.set_choices([("", None), *((n, i) for i, n in centres.items())])
        self.pace = ChoiceCombo(self)
        self.pace.setAccessibleName(self.tr("Pace"))
        self.pace.set_choices([(f"{p} %", p) for p in reversed(PACE_PERCENTS)])
        self.places = QSpinBox(self)
        self.places.setRange(0, 10_000)
        self.places.setSpecialValueText(self.tr("not given"))
        self.places.setAccessibleName(self.tr("Places"))
        self.opens = self._date_line(self.tr("Application opens"))
        self.closes = self._date_line(self.tr("Last day to apply"))
        self.complete_by = self._date_line(self.tr("Last day to complete eligibility"))
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Application code"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("The lärosäte's name for it"))
        rows = {
            "university": FieldRow(self.university, self),
            "target": FieldRow(self.programme, self),
            "start_term": FieldRow(self.term, self),
            "study_form": FieldRow(self.form, self),
            "learning_centre": FieldRow(self.centre, self),
            "pace": FieldRow(self.pace, self),
            "places": FieldRow(self.places, self),
            "application_opens": FieldRow(self.opens, self),
            "application_closes": FieldRow(self.closes, self),
            "complete_by": FieldRow(self.complete_by, self),
            "code": FieldRow(self.code, self),
            "name": FieldRow(self.name, self),
        }
        self.errors = FieldErrors(rows, fallback="university")
        layout = QFormLayout()
        for label, key in (
            (self.tr("&Lärosäte:"), "university"),
            (self.tr("&Programme:"), "target"),
            (self.tr("&Start term:"), "start_term"),
            (self.tr("Study &form:"), "study_form"),
            (self.tr("Lär&centrum:"), "learning_centre"),
            (self.tr("Pac&e:"), "pace"),
            (self.tr("Num&ber of places:"), "places"),
            (self.tr("Application &opens:"), "application_opens"),
            (self.tr("Last &day to apply:"), "application_closes"),
            (self.tr("Complete eli&gibility by:"), "complete_by"),
            (self.tr("Applicat&ion code:"), "code"),
            (self.tr("&Name at the lärosäte:"), "name"),
        ):
            layout.addRow(label, rows[key])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(buttons)
        if existing is not None:
            self._fill(draft_of(existing.offering))
        else:
            self.university.setText("Mittuniversitetet")
        self._form_changed()
        self._show_usual_dates()

    def _date_line(self, name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setAccessibleName(name)
        line.setMaxLength(10)
        return line

    def _fill(self, draft: OfferingDraft) -> None:
        self.university.setText(draft.university)
        self.programme.set_value(draft.target_id)
        self.term.setCurrentText(draft.start_term)
        self.form.set_value(StudyForm(draft.study_form))
        self.centre.set_value(draft.learning_centre_id)
        self.pace.set_value(draft.pace_percent)
        self.places.setValue(draft.places or 0)
        for line, value in ((self.opens, draft.application_opens),
                            (self.closes, draft.application_closes),
                            (self.complete_by, draft.complete_by)):  # fmt: skip
            line.setText(value.isoformat() if value else "")
        self.code.setText(draft.code)
        self.name.setText(draft.name)

    def _form_changed(self) -> None:
        self.centre.setEnabled(self.form.value() is StudyForm.DECENTRALISED)

    def _show_usual_dates(self) -> None:
        """The round's usual dates as placeholders: left empty, they are used."""
        try:
            usual = round_dates(Term.parse(self.term.currentText()))
        except ValueError:
            return
        self.opens.setPlaceholderText(usual.opens.isoformat())
        self.closes.setPlaceholderText(usual.closes.isoformat())
        self.complete_by.setPlaceholderText(usual.complete_by.isoformat())
        self.complete_by.setToolTip(
            fill(self.tr("Empty: %1, antagning.se's usual date for the term"),
                 usual.complete_by.isoformat())
        )  # fmt: skip

    def draft(self) -> OfferingDraft | None:
        """The draft as typed; None (with the date fields' errors shown) for a bad date."""
        dates: list[date | None] = []
        bad = []
        for key, line in (("application_opens", self.opens), ("application_closes", self.closes),
                          ("complete_by", self.complete_by)):  # fmt: skip
            text = line.text().strip()
            try:
                dates.append(date.fromisoformat(text) if text else None)
            except ValueError:
                dates.append(None)
                bad.append(key)
        if bad:
            from larsam_desktop.domain.errors import FieldError

            self.errors.show(
                FieldError(k, "invalid_date", "Write the date as 2027-06-20.") for k in bad
            )
            return None
        form = self.form.value()
        target = self.programme.value()
        return OfferingDraft(
            university=self.university.text(),
            target_id=target if isinstance(target, str) else "",
            start_term=self.term.currentText(),
            study_form=form.value if isinstance(form, StudyForm) else "",
            learning_centre_id=self.centre.value(),
            pace_percent=int(self.pace.value() or 100),
            places=self.places.value() or None,
            application_opens=dates[0],
            application_closes=dates[1],
            complete_by=dates[2],
            code=self.code.text(),
            name=self.name.text(),
        )

    def save(self) -> bool:
        draft = self.draft()
        if draft is None:
            return False
        op = run_op(
            self,
            lambda: self._save(draft),
            title=self.tr("Offering not saved"),
            field_errors=self.errors.show,
        )
        if op.value is None:
            return False
        self.saved = op.value
        self.accept()
        return True
