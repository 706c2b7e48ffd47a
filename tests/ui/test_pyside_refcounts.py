"""Guard against a binding bug that would crash a coach's session.

PySide6 6.12.0 released one reference to ``True`` per ``Signal.emit()`` and one to ``None``
per void Qt call; on Python 3.11 the interpreter aborts ("bool_dealloc") after about a
thousand emissions, which is a morning of typing in the search box. The pinned version must
leave both counts unchanged.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
class Emitter(QObject):
    fired = Signal(int)
emitter, seen, label = Emitter(), [], QLabel()
emitter.fired.connect(seen.append)
true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
for i in range(20_000):
    emitter.fired.emit(i)
    label.setText("x")
print(len(seen), sys.getrefcount(True) - true_before, sys.getrefcount(None) - none_before)
"""


def test_signals_and_void_calls_leave_none_and_true_alone() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    emitted, true_delta, none_delta = (int(v) for v in result.stdout.split())
    assert emitted == 20_000
    assert abs(true_delta) < 100 and abs(none_delta) < 100
