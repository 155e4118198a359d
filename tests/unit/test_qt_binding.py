"""The Qt binding itself: PySide6 6.12.0 lost a reference to True on every Signal.emit and to
None on every void method call, so the app aborted ('bool_dealloc', 'none_dealloc') after a
few thousand keystrokes. Guard the pinned version."""

from __future__ import annotations

import os
import sys

from ..children import run_child

_PROGRAM = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    changed = Signal(str)

app = QCoreApplication([])
emitter = Emitter()
before = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(20000):
    emitter.changed.emit("x")
    emitter.setObjectName("x")  # a void method: returns None
after = sys.getrefcount(True), sys.getrefcount(None)
print(max(abs(before[0] - after[0]), abs(before[1] - after[1])))
"""


def test_emitting_signals_does_not_eat_references() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = run_child([sys.executable, "-c", _PROGRAM], capture_output=True, text=True,
                       env=env, timeout=60)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 10
