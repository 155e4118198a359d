"""Start-up steps that wait until the page on screen has been painted once: the window appears
as soon as it can, and what it does not need to show (the content files, the backups) follows.

The page, not the window: the window's paint event comes first in the same repaint pass, so
steps posted from it would be queued ahead of whatever the caseload's own paint posts (such
as the cold-start benchmark's time stamp of the painted caseload)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs the added steps, in order, in the event loop turn after the first paint of any
    watched widget (the caseload's table, or a page shown instead of it, see `watch`); then
    emits `done` (the benchmark's "start-up finished"). Steps added after that run at once;
    steps still waiting when the window closes are dropped (`cancel`)."""

    done = Signal()

    def __init__(self, widget: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[Callable[[], object]] = []
        self._painted = False
        self._watched: list[QWidget] = []
        self.watch(widget)

    def watch(self, widget: QWidget) -> None:
        """Also start at this widget's first paint (a page shown before the caseload was, as
        after an unlock that returns to a dossier)."""
        if not self._painted:
            self._watched.append(widget)
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
        if event.type() == QEvent.Type.Paint and watched in self._watched:
            for widget in self._watched:
                widget.removeEventFilter(self)
            self._watched.clear()
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        self._painted = True
        while self._steps:
            self._steps.pop(0)()
        self.done.emit()
