"""Add or edit one learner. Validation messages appear at the fields; nothing half-saves."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.learner import LearnerDraft, StoredLearner, draft_from
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.reference_data import ReferenceChoices
from larsam_desktop.ui.dialogs.learner_choices import (
    gender_choices,
    parse_date,
    parse_year,
    prior_education_choices,
    protected_identity_choices,
    yes_no_choices,
)
from larsam_desktop.ui.messages import field_error_text, user_error_text
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.field_row import FieldRow


class LearnerDialog(QDialog):
    """``saved`` carries the ``Changes`` of a successful save."""

    saved = Signal(Changes)

    def __init__(
        self,
        learners: LearnerService,
        choices: ReferenceChoices,
        learner: StoredLearner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._learners = learners
        self._learner = learner
        self.saved_learner: StoredLearner | None = None
        self.setWindowTitle(self.tr("Edit learner") if learner else self.tr("New learner"))
        self.setObjectName("learnerDialog")
        self.setMinimumWidth(880)
        self._rows: dict[str, FieldRow] = {}
        self._build(choices)
        self._load(draft_from(learner.data) if learner else LearnerDraft())
        self._clean_state = self.draft()

    # ---- building ---------------------------------------------------------------------------
    def _line(
        self, name: str, label: str, placeholder: str = "", max_length: int = 200
    ) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length + 50)  # leave room so the rule, not the widget, explains
        edit.setAccessibleName(label)
        self._rows[name] = FieldRow(edit, self)
        return edit

    def _combo(self, name: str, label: str, items: Sequence[tuple[str, Any]]) -> ChoiceCombo:
        combo = ChoiceCombo(self)
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        combo.set_choices(items)
        self._rows[name] = FieldRow(combo, self)
        return combo

    def _build(self, choices: ReferenceChoices) -> None:
        tr = self.tr
        self.given_name = self._line("given_name", tr("Given name"), max_length=100)
        self.family_name = self._line("family_name", tr("Family name"), max_length=100)
        self.personnummer = self._line(
            "personnummer", tr("Personnummer"), tr("YYYYMMDD-NNNN or samordningsnummer"), 20
        )
        self.birth_date = self._line(
            "birth_date", tr("Birth date"), tr("YYYY-MM-DD, when there is no personnummer yet"), 10
        )
        # Widgets are made in the order they are laid out, so Tab follows the layout.
        self.protected_identity = self._combo(
            "protected_identity", tr("Protected identity"), protected_identity_choices()
        )
        self.phone = self._line("phone", tr("Phone"), max_length=40)
        self.email = self._line("email", tr("E-mail"), max_length=254)
        self.street_address = self._line("street_address", tr("Street address"))
        self.postal_code = self._line("postal_code", tr("Postal code"), "NNN NN", 10)
        self.city = self._line("city", tr("City"), max_length=100)
        none = tr("(not set)")
        self.municipality = self._combo(
            "home_municipality_code",
            tr("Home municipality"),
            [(none, None)] + [(c.name, c.key) for c in choices.municipalities],
        )
        self.learning_centre = self._combo(
            "learning_centre_id",
            tr("Lärcentrum"),
            [(none, None)] + [(c.name, c.key) for c in choices.learning_centres],
        )
        self.coach = self._combo(
            "coach_id",
            tr("Responsible coach"),
            [(none, None)] + [(c.name, c.key) for c in choices.coaches],
        )
        self.gender = self._combo("gender", tr("Gender"), gender_choices())
        unknown_yes_no = yes_no_choices()
        self.foreign_born = self._combo("foreign_born", tr("Born abroad"), unknown_yes_no)
        self.arrival_year = self._line("arrival_year", tr("Year of arrival in Sweden"), "YYYY", 4)
        self.prior_education = self._combo(
            "prior_education", tr("Highest prior education"), prior_education_choices()
        )
        self.first_generation = self._combo(
            "first_generation", tr("First generation in higher education"), unknown_yes_no
        )
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setAccessibleName(tr("Note"))
        self.note.setTabChangesFocus(True)  # keyboard users can leave the note with Tab
        self.note.setPlaceholderText(tr("A short note. No health or other sensitive details."))
        self.note.setFixedHeight(70)
        self._rows["note"] = FieldRow(self.note, self)

        def group(title: str, names: list[tuple[str, str]]) -> QGroupBox:
            box = QGroupBox(title, self)
            form = QFormLayout(box)
            for name, label in names:
                caption = QLabel(label, box)
                caption.setBuddy(self._rows[name].editor)
                form.addRow(caption, self._rows[name])
            return box

        person = group(
            tr("Person"),
            [
                ("given_name", tr("&Given name")),
                ("family_name", tr("&Family name")),
                ("personnummer", tr("&Personnummer")),
                ("birth_date", tr("&Birth date")),
                ("protected_identity", tr("Pro&tected identity")),
            ],
        )
        contact = group(
            tr("Contact"),
            [
                ("phone", tr("P&hone")),
                ("email", tr("&E-mail")),
                ("street_address", tr("&Street address")),
                ("postal_code", tr("Posta&l code")),
                ("city", tr("C&ity")),
            ],
        )
        placement = group(
            tr("Placement"),
            [
                ("home_municipality_code", tr("&Municipality")),
                ("learning_centre_id", tr("&Lärcentrum")),
                ("coach_id", tr("&Coach")),
            ],
        )
        background = group(
            tr("Background (for statistics)"),
            [
                ("gender", tr("Ge&nder")),
                ("foreign_born", tr("Born &abroad")),
                ("arrival_year", tr("Year of a&rrival")),
                ("prior_education", tr("Prior e&ducation")),
                ("first_generation", tr("First generation")),
            ],
        )
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(person)
        left.addWidget(contact)
        right.addWidget(placement)
        right.addWidget(background)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        note_caption = QLabel(tr("N&ote"), self)
        note_caption.setBuddy(self.note)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_action = QAction(tr("Save"), self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)  # Ctrl+S from any field; Enter on a line edit works too
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(tr("Save (Ctrl+S)"))

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(note_caption)
        layout.addWidget(self._rows["note"])
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.foreign_born.currentIndexChanged.connect(self._update_arrival_enabled)
        self.given_name.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- values -----------------------------------------------------------------------------
    def _load(self, draft: LearnerDraft) -> None:
        self.given_name.setText(draft.given_name)
        self.family_name.setText(draft.family_name)
        self.personnummer.setText(draft.personnummer)
        self.birth_date.setText(
            draft.birth_date.isoformat() if draft.birth_date and not draft.personnummer else ""
        )
        self.phone.setText(draft.phone)
        self.email.setText(draft.email)
        self.street_address.setText(draft.street_address)
        self.postal_code.setText(draft.postal_code)
        self.city.setText(draft.city)
        for combo, value in (
            (self.municipality, draft.home_municipality_code),
            (self.learning_centre, draft.learning_centre_id),
            (self.coach, draft.coach_id),
            (self.gender, draft.gender),
            (self.foreign_born, draft.foreign_born),
            (self.prior_education, draft.prior_education),
            (self.first_generation, draft.first_generation),
            (self.protected_identity, draft.protected_identity),
        ):
            found = next(
                (
                    i
                    for i in range(combo.count())
                    if combo.itemData(i) == value and (combo.itemData(i) is None) == (value is None)
                ),
                0,
            )
            combo.setCurrentIndex(found)
        self.arrival_year.setText(str(draft.arrival_year) if draft.arrival_year else "")
        self.note.setPlainText(draft.note)
        self._update_arrival_enabled()

    def draft(self) -> LearnerDraft:
        """What the form says now; unparsable dates and years become errors in ``save``."""
        return LearnerDraft(
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            personnummer=self.personnummer.text(),
            birth_date=parse_date(self.birth_date.text()),
            phone=self.phone.text(),
            email=self.email.text(),
            street_address=self.street_address.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            home_municipality_code=self.municipality.value(),
            learning_centre_id=self.learning_centre.value(),
            coach_id=self.coach.value(),
            gender=self.gender.value(),
            foreign_born=self.foreign_born.value(),
            arrival_year=parse_year(self.arrival_year.text()),
            prior_education=self.prior_education.value(),
            first_generation=self.first_generation.value(),
            protected_identity=self.protected_identity.value(),
            note=self.note.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return self.draft() != self._clean_state

    def _update_arrival_enabled(self) -> None:
        self.arrival_year.setEnabled(self.foreign_born.value() is True)

    # ---- saving -----------------------------------------------------------------------------
    def _input_errors(self) -> list[FieldError]:
        errors = []
        if self.birth_date.text().strip() and parse_date(self.birth_date.text()) is None:
            template = str(QT_TRANSLATE_NOOP("FieldError", "Write the date as YYYY-MM-DD."))
            errors.append(FieldError("birth_date", "format", template))
        if (
            self.arrival_year.isEnabled()
            and self.arrival_year.text().strip()
            and parse_year(self.arrival_year.text()) is None
        ):
            errors.append(FieldError("arrival_year", "format", "Write the year as YYYY."))
        return errors

    def save(self) -> bool:
        """Validate and save; on any problem show it at its field and keep the dialog open."""
        self._show_errors([])
        try:
            input_errors = self._input_errors()
            if input_errors:
                raise ValidationError(input_errors)
            if self._learner is None:
                result = self._learners.create(self.draft())
            else:
                result = self._learners.update(
                    self._learner.id, self._learner.version, self.draft()
                )
        except ValidationError as exc:
            self._show_errors(list(exc.errors))
            return False
        except UserError as exc:  # storage trouble, a learner changed or deleted meanwhile
            self.general_error.setText(user_error_text(exc))
            self.general_error.show()
            return False
        self.saved_learner = result.learner
        self._clean_state = self.draft()
        self.saved.emit(result.changes)
        self.accept()
        return True

    def _show_errors(self, errors: list[FieldError]) -> None:
        first: FieldRow | None = None
        for name, row in self._rows.items():
            messages = [field_error_text(e) for e in errors if e.field == name]
            row.set_error(" ".join(messages))
            if messages and first is None:
                first = row
        self.general_error.hide()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # wrapped messages need their height now, not on next show
        if first is not None:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        return self._rows[field].error.text()

    # ---- the unsaved-changes guard ----------------------------------------------------------
    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this learner before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted and self.is_dirty():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
