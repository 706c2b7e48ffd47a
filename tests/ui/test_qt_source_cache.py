"""PySide6's import hook no longer keeps the source of every module imported."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import linecache, sys
import PySide6.QtCore
if sys.argv[1] == "stop":
    from larsam_desktop.ui.qt_source_cache import stop_caching_sources
    assert stop_caching_sources()
import sqlalchemy.orm, email.mime.text, json.decoder  # modules the window imports later
import larsam_desktop.domain.caseload_index
held = [  # source files (SQLAlchemy also caches the code it generates, under "<…>" names)
    name
    for name in linecache.cache
    if name.endswith(".py") and ("sqlalchemy" in name or "caseload_index" in name)
]
print(len(held))
"""


def held_sources(mode: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, mode], capture_output=True, text=True, check=True
    )
    return int(result.stdout.strip())


def test_sources_are_no_longer_kept_after_the_switch() -> None:
    assert held_sources("keep") > 10  # PySide6's own check fills the cache
    assert held_sources("stop") == 0


def test_the_lighter_check_answers_as_pysides() -> None:
    import larsam_desktop.domain.caseload_index as plain
    import larsam_desktop.ui.models.caseload_model as qt
    from larsam_desktop.ui.qt_source_cache import _uses_pyside

    assert _uses_pyside(qt) and not _uses_pyside(plain) and not _uses_pyside(sys)
