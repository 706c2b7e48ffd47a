"""Facts about the database itself, stored as key/value rows."""

from __future__ import annotations

from sqlalchemy.orm import Session

from larsam_desktop.storage.tables import AppMeta

DEMO_KEY = "contains_demo_data"


class MetaRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str) -> str | None:
        row = self._session.get(AppMeta, key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        row = self._session.get(AppMeta, key)
        if row is None:
            self._session.add(AppMeta(key=key, value=value))
        else:
            row.value = value

    def is_demo(self) -> bool:
        return self.get(DEMO_KEY) == "1"

    def mark_demo(self) -> None:
        self.set(DEMO_KEY, "1")
