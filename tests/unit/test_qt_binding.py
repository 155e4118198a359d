"""The Qt binding itself: PySide6 6.12.0 lost a reference to True on every Signal.emit, so the
app aborted ('bool_dealloc') after a few thousand keystrokes. Guard the pinned version."""

from __future__ import annotations

import os
import subprocess
import sys

_PROGRAM = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    changed = Signal(str)

app = QCoreApplication([])
emitter = Emitter()
before = sys.getrefcount(True)
for _ in range(5000):
    emitter.changed.emit("x")
print(before - sys.getrefcount(True))
"""


def test_emitting_signals_does_not_eat_references() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", _PROGRAM], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 10
