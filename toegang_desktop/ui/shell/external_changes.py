"""Noticing changes another connection made to the store (the command line, a second program):
SQLite raises `data_version` for every commit by someone else, so a cheap poll on a timer and
when the window becomes active tells the window to read again (issue 14: a command-line import
left the open window at "0 residents")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from ...services.errors import StoreError

if TYPE_CHECKING:
    from ...domain.conversation import Conversation
    from ...domain.resident import Resident
    from ...domain.retention import Closure
    from ...services.session import Session
    from .main_window import MainWindow

POLL_MS = 2000  # a PRAGMA on the open connection: microseconds, no lock taken

Snapshot = tuple["Resident | None", "list[Conversation]", "Closure | None"]


class ExternalChanges(QObject):
    """Refreshes the caseload and the dossier on screen after another connection's commit. A
    conversation being typed is never replaced: autosave keeps what is on screen, and the
    professional is told that the dossier changed elsewhere."""

    def __init__(self, window: MainWindow, session: Session, today: Callable[[], date]) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._today = today
        self._marker = session.change_marker()
        self._snapshot: tuple[int, Snapshot] | None = None  # resident id and what was stored
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        window.installEventFilter(self)

    def stop(self) -> None:
        """Before the session closes (a lock, a restore, closing the window)."""
        self._timer.stop()
        self._window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.WindowActivate and self._timer.isActive():
            self.poll()
        return False

    def poll(self) -> None:
        if not self._window.isVisible():  # locked with unsaved input kept: nothing is read
            return
        try:
            marker = self._session.change_marker()
        except StoreError:
            return  # the store is busy or gone for a moment: the next poll tries again
        own_changes, others = marker[0] != self._marker[0], marker[1] != self._marker[1]
        self._marker = marker
        if others:
            self._refresh()
        elif own_changes:
            self._snapshot = None  # what we saved ourselves is not "changed elsewhere"
        shown = self._shown_resident_id()
        if shown is not None and (self._snapshot is None or self._snapshot[0] != shown):
            self._snapshot = (shown, self._stored(shown))

    def _shown_resident_id(self) -> int | None:
        """The resident of the dossier or conversation on screen (None on the caseload)."""
        window = self._window
        resident = window.shown_resident
        if resident is None or window.stack.currentWidget() is window.caseload:
            return None
        return resident.id

    def _stored(self, resident_id: int) -> Snapshot:
        dossiers = self._session.dossiers
        return (dossiers.resident(resident_id), dossiers.conversations(resident_id),
                self._session.privacy.closure(resident_id))

    def _refresh(self) -> None:
        window = self._window
        selected = window._current_resident_id()
        window.model.refresh(new_search=False)  # the same search, not logged again
        if selected is not None and window.stack.currentWidget() is window.caseload:
            window.caseload.select_resident(selected)
        shown = self._shown_resident_id()
        if shown is None:
            return
        before = self._snapshot[1] if self._snapshot and self._snapshot[0] == shown else None
        stored = self._stored(shown)
        self._snapshot = (shown, stored)
        if before is None or before == stored:
            return
        page = window._conversation_page
        if page is not None and window.stack.currentWidget() is page:
            window.statusBar().showMessage(self.tr(
                "This dossier was changed elsewhere (by the team, another program or the command "
                "line). What you type here is kept; go back to the dossier to see the changes."))
        elif stored[0] is None:  # erased elsewhere
            window.forget_resident()
            window.statusBar().showMessage(self.tr(
                "The dossier that was open was removed elsewhere (by the team, another program "
                "or the command line)."), 15000)
        else:
            # a re-read after another program's change, not a new look: not logged again
            overview = self._session.overview.overview(shown, self._today(), logged=False)
            if overview is not None:
                window.dossier.show_dossier(overview, self._today())
            window.dossier.show_closure(stored[2])
            window.statusBar().showMessage(self.tr(
                "This dossier was changed elsewhere (by the team, another program or the "
                "command line); the changes are shown."), 15000)
