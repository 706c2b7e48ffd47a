"""A learner's pathway transitions, oldest first, as a table."""

from __future__ import annotations

from collections.abc import Sequence

from larsam_desktop.domain.pathway import PreparationKind, Stage, StoredTransition
from larsam_desktop.ui.models.list_table_model import ListTableModel
from larsam_desktop.ui.stage_text import preparation_title, stage_title


def stage_text(stage: Stage) -> str:
    return stage_title(stage)


def preparation_text(kind: PreparationKind) -> str:
    return preparation_title(kind)


class TimelineModel(ListTableModel[StoredTransition]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Stage"),
            self.tr("Preparation"),
            self.tr("Place"),
            self.tr("Reason"),
            self.tr("Recorded by"),
        )

    def text(self, row: StoredTransition, column: int) -> str:
        step = row.transition
        if column == 0:
            return step.on.isoformat()
        if column == 1:
            return stage_text(step.stage)
        if column == 2:
            return preparation_text(step.preparation_kind) if step.preparation_kind else ""
        if column == 3:
            return step.preparation_place or ""
        if column == 4:
            return step.reason or ""
        return step.recorded_by
