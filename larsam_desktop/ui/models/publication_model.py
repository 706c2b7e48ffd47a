"""The publication register as a list: every statistics export that left the program."""

from __future__ import annotations

from collections.abc import Sequence

from larsam_desktop.services.statistics_register import Publication
from larsam_desktop.ui.models.list_table_model import ListTableModel


class PublicationModel(ListTableModel[Publication]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("When"),
            self.tr("Period"),
            self.tr("k"),
            self.tr("Series"),
            self.tr("Format"),
            self.tr("Who"),
            self.tr("Recipient"),
            self.tr("Manifest (SHA-256)"),
        )

    def text(self, row: Publication, column: int) -> str:
        values = (
            row.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            row.period,
            str(row.k),
            str(row.series),
            row.format.upper(),
            row.actor,
            row.recipient_note or "",
            row.manifest_hash[:16],
        )
        return values[column]
