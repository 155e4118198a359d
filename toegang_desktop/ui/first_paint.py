"""Start-up steps that wait until the window has been painted once: the window appears as
soon as it can, and what it does not need to show (the content files, the backups) follows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs the added steps, in order, in the event loop turn after `widget` first painted;
    then emits `done` (the benchmark's "start-up finished"). Steps added after that run at
    once; steps still waiting when the window closes are dropped (`cancel`)."""

    done = Signal()

    def __init__(self, widget: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[Callable[[], object]] = []
        self._painted = False
        self._widget = widget
        widget.installEventFilter(self)

    def add(self, step: Callable[[], object]) -> None:
        if self._painted:
            step()
        else:
            self._steps.append(step)

    def cancel(self) -> None:
        """The window closes (or its store does) before the steps ran: drop them."""
        self._steps.clear()

    @property
    def finished(self) -> bool:
        return self._painted and not self._steps

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._run)  # type: ignore[call-overload]
        return False

    def _run(self) -> None:
        self._painted = True
        while self._steps:
            self._steps.pop(0)()
        self.done.emit()
