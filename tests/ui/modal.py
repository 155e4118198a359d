"""Driving modal dialogs from a test: exec() blocks, so act once the dialog is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_dialog_opens(kind: type, act: Callable[[Any], None]) -> None:
    """Call `act(dialog)` as soon as a modal dialog of this kind is on screen."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, attempt)
    QTimer.singleShot(0, attempt)
