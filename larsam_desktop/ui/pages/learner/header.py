"""The learner page's header: the learner's name and the facts under it (personnummer,
masked; home municipality; lärcentrum; coach), named from the reference choices.

Not a widget of its own: the name sits in the page's top row beside its buttons, the facts
in a row of their own; the page lays both out. The texts keep the context of the page they
were written for (``LearnerPage``): the catalogue files them there.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from larsam_desktop.domain.learner import StoredLearner
from larsam_desktop.services.records import Choice
from larsam_desktop.services.reference_data import ReferenceChoices


class LearnerHeader:
    """``name`` (a label) and ``facts_row`` (a grid) for the page to place."""

    def __init__(self, parent: QWidget) -> None:
        self.name = QLabel(parent)
        self.name.setObjectName("learnerName")
        self.name.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.name.setAccessibleName(QCoreApplication.translate("LearnerPage", "Learner name"))
        self.facts: dict[str, QLabel] = {}
        self.facts_row = QGridLayout()
        titles = {
            "personnummer": QCoreApplication.translate("LearnerPage", "Personnummer:"),
            "municipality": QCoreApplication.translate("LearnerPage", "Municipality:"),
            "learning_centre": QCoreApplication.translate("LearnerPage", "Lärcentrum:"),
            "coach": QCoreApplication.translate("LearnerPage", "Coach:"),
        }
        for position, (key, title) in enumerate(titles.items()):
            value = QLabel(parent)
            value.setObjectName(f"header_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(title.rstrip(":"))
            self.facts[key] = value
            self.facts_row.addWidget(QLabel(title, parent), 0, position * 2)
            self.facts_row.addWidget(value, 0, position * 2 + 1)
        self.facts_row.setColumnStretch(len(titles) * 2, 1)

    def show(self, learner: StoredLearner, choices: ReferenceChoices) -> None:
        data = learner.data
        self.name.setText(f"{data.given_name} {data.family_name}")
        none = QCoreApplication.translate("LearnerPage", "—")

        def name_of(options: Sequence[Choice], key: object) -> str:
            return next((c.name for c in options if c.key == key), none)

        self.facts["personnummer"].setText(data.identity.masked() if data.identity else none)
        self.facts["municipality"].setText(
            name_of(choices.municipalities, data.home_municipality_code)
        )
        self.facts["learning_centre"].setText(
            name_of(choices.learning_centres, data.learning_centre_id)
        )
        self.facts["coach"].setText(name_of(choices.coaches, data.coach_id))
