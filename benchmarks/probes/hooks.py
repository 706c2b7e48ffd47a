"""Running the real app in a probe, with a hook on the caseload page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from larsam_desktop.ui.pages.caseload_page import CaseloadPage


def on_caseload_page(callback: Callable[[CaseloadPage], None]) -> None:
    """Call ``callback(page)`` right after every CaseloadPage is constructed.

    The probes hook the page, not the way the window is built, so they keep measuring the
    real start-up path however ``run_gui`` wires the window, the store and the page.
    """
    original = CaseloadPage.__init__

    def init(page: CaseloadPage, *args: Any, **kwargs: Any) -> None:
        original(page, *args, **kwargs)
        callback(page)

    CaseloadPage.__init__ = init  # type: ignore[method-assign]


def run_app(data_dir: str) -> int:
    """Start the app as its console script does: ``larsam-desktop --data-dir DIR``."""
    from larsam_desktop.app import main

    code: int = main(["--data-dir", data_dir])
    return code
