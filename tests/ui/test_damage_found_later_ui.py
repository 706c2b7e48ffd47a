"""The window meets damage after the start-up check passed (issue 13): reading a row whose
text is not UTF-8 in the background ends in the calm ``DamagedContent`` message through
``run_op`` — no crash dialog, no traceback, no text of the damaged row."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from pytestqt.qtbot import QtBot

from larsam_desktop.domain.caseload import CaseloadQuery
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.errors import DamagedContent
from larsam_desktop.ui.messages import user_error_text
from larsam_desktop.ui.operations import run_op
from larsam_desktop.ui.workers import TaskControl


def test_a_damaged_row_read_in_the_background_gives_the_calm_message(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    DemoGenerator(store.database).generate(5, seed=1)
    store.database.dispose()
    with closing(sqlite3.connect(paths.database)) as db:
        db.execute("UPDATE learner SET family_name = CAST(X'FF4D61727961' AS TEXT) WHERE id = 3")
        db.commit()
    store = open_store(paths)  # the start-up check passes: the page is sound
    failures: list[str] = []
    try:
        caseload = CaseloadService(store.database)

        def work(_control: TaskControl) -> object:
            return caseload.list(CaseloadQuery())

        op = run_op(
            None,
            work,
            background=True,
            quiet=True,
            on_failure=lambda error: failures.append(user_error_text(error)),
        )
        qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
    finally:
        store.database.dispose()
    assert isinstance(op.error, DamagedContent)
    (text,) = failures
    assert "a stored text is damaged" in text and "Marya" not in text
