"""The Qt binding must not wear away Python's `None`.

PySide6 6.12.0 on Python 3.11 returns `None` from every void method (`setText`, `setValue`,
...) without counting the reference, so each such call takes one reference from `None`. After
a few thousand calls (a few minutes of typing in a conversation) Python aborts with "Fatal
Python error: none_dealloc": the app is gone without the error dialog. The kill-test driver hit
this after about 100 edits. From Python 3.12 `None` is immortal and the count cannot drop.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QProgressBar


def test_void_qt_calls_leave_the_reference_count_of_none_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    label, bar = QLabel(), QProgressBar()
    qtbot.addWidget(label)
    qtbot.addWidget(bar)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("Opgeslagen")
        bar.setRange(0, 17)
        bar.setValue(3)
    assert sys.getrefcount(None) >= before - 50  # a little noise from the test itself is fine
