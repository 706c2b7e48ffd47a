"""The caseload's filter choices: stages and eligibility at once; the coaches, lärcentra
and municipalities read off the GUI thread (until they come, "All …" alone)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from larsam_desktop.domain.caseload import TargetStanding
from larsam_desktop.ui.models.caseload_model import (
    STAGE_TITLES,
    stage_title,
    target_standing_title,
)
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo

if TYPE_CHECKING:
    from larsam_desktop.services.reference_data import ReferenceChoices
    from larsam_desktop.ui.pages.caseload_page import CaseloadPage
    from larsam_desktop.ui.session import Services


def fill_filters(
    page: CaseloadPage, session: Services, shown: Callable[[], Services | None]
) -> Op[ReferenceChoices]:
    """Fill ``page``'s filters for ``session``; a read overtaken by a newer one is dropped
    (``page.filters_generation``), as is one for a store no longer ``shown()``."""
    alls: tuple[tuple[ChoiceCombo, str], ...] = (
        (page.coach_filter, QCoreApplication.translate("CaseloadPage", "All coaches")),
        (page.centre_filter, QCoreApplication.translate("CaseloadPage", "All lärcentra")),
        (
            page.municipality_filter,
            QCoreApplication.translate("CaseloadPage", "All municipalities"),
        ),
    )
    for combo, everyone in alls:
        if combo.count() == 0:
            combo.set_choices([(everyone, None)])
    page.stage_filter.set_choices(
        [(QCoreApplication.translate("CaseloadPage", "All stages"), None)]
        + [(stage_title(key), key) for key in STAGE_TITLES]
    )
    page.target_filter.set_choices(
        [(QCoreApplication.translate("CaseloadPage", "Eligibility: all"), None)]
        + [(target_standing_title(standing), standing) for standing in TargetStanding]
    )
    page.filters_generation += 1
    generation, reference = page.filters_generation, session.reference

    def read_back(choices: ReferenceChoices) -> None:
        if generation != page.filters_generation or session is not shown():
            return
        lists = (choices.coaches, choices.learning_centres, choices.municipalities)
        for (combo, everyone), listed in zip(alls, lists, strict=True):
            combo.set_choices([(everyone, None)] + [(c.name, c.key) for c in listed])

    return run_op(page, lambda _c: reference.choices(), background=True, on_success=read_back)
