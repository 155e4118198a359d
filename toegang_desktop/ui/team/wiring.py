"""Team mode in the main window: the status bar's team part, the Team menu (Nu bijwerken, F5;
the team's caseload; conflicts), the background sync, taking a dossier along, and
Settings → Team… (joining, leaving). Made after the first paint, and only when this data
folder is in a team (services/settings.TEAM_JOINED_KEY): otherwise none of this loads."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from ... import APP_NAME
from ...domain.team import Conflict, SyncReport, SyncStatus, TeamCaseloadRow
from ...services.settings import TEAM_JOINED_KEY
from ...wording.team_messages import team_problem_text
from ..common.formatting import format_moment
from .port import TeamBackend, TeamPort
from .status_widget import TeamStatusWidget
from .sync_worker import TeamWorker
from .take_along import TakeAlongBar
from .team_page import TeamCaseloadPage
from .team_settings_dialog import TeamInfoDialog, interval_minutes
from .work_wiring import TeamWorkWiring

if TYPE_CHECKING:
    from ...services.session import Session
    from ..shell.main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls

MARKER_POLL_MS = 3000  # a local change (a new operation in the outbox) shows as "waiting"


class TeamWiring(QObject):
    def __init__(self, window: MainWindow, backend: TeamBackend,
                 change_marker: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self.backend = backend
        self._change_marker = change_marker
        self._marker: object = None
        self._local: TeamPort | None = None  # the GUI thread's own (local reads only)
        self.status = SyncStatus(joined=True)
        self._failure = ""  # the last sync's problem, until one goes well
        self.stopped = False
        self.worker = TeamWorker(backend.open, self, interval_minutes(window.settings))
        self.widget = TeamStatusWidget()
        window.statusBar().insertPermanentWidget(0, self.widget)
        self.widget.conflicts_clicked.connect(self.open_conflicts)
        self.worker.busy_changed.connect(self.widget.set_busy)
        self.worker.progress.connect(self.widget.show_progress)
        self.worker.status_changed.connect(self._show_status)
        self.worker.synced.connect(self._synced)
        self.worker.failed.connect(self._failed)
        self.menu = QMenu(self.tr("&Team"), window)
        window.menuBar().insertMenu(window.settings_qmenu.menuAction(), self.menu)
        self.update_action = self.add_action(self.tr("&Update now"), QKeySequence("F5"),
                                       self.sync_now)
        self.add_action(self.tr("Team &caseload"), QKeySequence("Ctrl+2"), self.show_team_caseload)
        self.conflicts_action = self.add_action(self.tr("C&onflicts…"), None, self.open_conflicts)
        self.page: TeamCaseloadPage | None = None
        self.bar: TakeAlongBar | None = None
        self.work: TeamWorkWiring | None = None  # working as a team (work_wiring.py)
        window.dossier_shown.connect(self._dossier_shown)
        shown = window.shown_resident  # a dossier opened before team mode started (an unlock)
        if shown is not None and shown.id is not None:
            self._dossier_shown(shown.id)
        self._timer = QTimer(self)
        self._timer.setInterval(MARKER_POLL_MS)
        self._timer.timeout.connect(self._poll_marker)

    def add_action(self, text: str, keys: QKeySequence | None, slot: Callable[[], object]
                   ) -> QAction:
        """An action at the end of the Team menu (the team-work wiring adds its own too)."""
        action = QAction(text, self._window)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    # -- life ------------------------------------------------------------------------------

    def start(self) -> None:
        """After the first paint: the status from the laptop's copy, then the first sync."""
        self._refresh_status()
        self._timer.start()
        self.worker.start()

    def stop(self) -> bool:
        """On a lock, quit or restore: the sync stops within the timeout; True when it did."""
        if self.stopped and self.worker.stopping:
            return self.worker.stop(0)  # stopped before: is it idle by now?
        self.stopped = True
        self._timer.stop()
        idle = self.worker.stop()
        self._close_local()
        return idle

    def remove(self) -> None:
        """After leaving the team: the window is as it was without one."""
        self.stop()
        self.widget.hide()
        self._window.statusBar().removeWidget(self.widget)
        self._window.menuBar().removeAction(self.menu.menuAction())
        if self.bar is not None:
            self.bar.hide()
        if self.page is not None:
            if self._window.stack.currentWidget() is self.page:
                self._window.show_caseload()
            self._window.stack.removeWidget(self.page)

    def local(self) -> TeamPort:
        """The GUI thread's TeamSync: the status and the team's list, read locally."""
        if self._local is None:
            self._local = self.backend.open().__enter__()
        return self._local

    def _close_local(self) -> None:
        local, self._local = self._local, None
        if local is not None:
            local.__exit__(None, None, None)

    @property
    def me(self) -> str:
        return self.status.member

    # -- status ----------------------------------------------------------------------------

    def _refresh_status(self) -> None:
        try:
            self._show_status(self.local().status())
        except Exception:  # a busy store or a bug: the status bar keeps what it had
            log.exception("team status not read")

    def _poll_marker(self) -> None:
        marker = self._change_marker()
        if marker != self._marker:
            self._marker = marker
            self._refresh_status()

    def _show_status(self, status: SyncStatus) -> None:
        if not status.joined:  # e.g. a backup from before joining was restored
            self._not_in_a_team()
            return
        if self._failure and not status.last_error:
            status = dataclasses.replace(status, last_error=self._failure)
        self.status = status
        self.widget.show_status(status)
        self.conflicts_action.setEnabled(status.open_conflicts > 0)
        if self.page is not None:
            self.page.set_me(status.member)

    def _not_in_a_team(self) -> None:
        """The store says it is in no team: the window goes back to how it is without one."""
        if self.stopped:
            return
        log.info("the store is not in a team: team mode ends")
        settings = self._window.settings
        settings.remove(TEAM_JOINED_KEY)
        settings.sync()
        self.stopped = True  # no more syncs; the rest after this signal has been handled
        QTimer.singleShot(0, self._window.end_team)

    def restart(self) -> None:
        """After a stop that was not the end (leaving the team failed)."""
        self.stopped = False
        self._timer.start()
        self.worker.start()

    def sync_now(self) -> bool:
        started = self.worker.sync_now()
        if not started and not self.stopped:
            self._window.statusBar().showMessage(self.tr(
                "The team is already being updated."), 5000)
        return started

    def _synced(self, report: SyncReport) -> None:
        self._failure = ""
        self._show_status(dataclasses.replace(self.status, last_error=""))
        if report.pulled or report.removed_dossiers:
            # The sync wrote through its own connection: the window re-reads as after
            # another program's change (ui/shell/external_changes.py).
            self._window.external_changes.poll()
            if self.page is not None and self.page.isVisible():
                self.page.refresh()
            self._refresh_bar()
        if report.full_resync:
            self._window.statusBar().showMessage(self.tr(
                "The team server was restored from an older backup: everything was fetched "
                "again. Your changes that were still waiting are kept and sent."), 30000)
        elif report.removed_dossiers:
            self._window.statusBar().showMessage(self.tr(
                "%n dossier(s) no longer held by you were removed from this laptop (handed "
                "over, or access ended).", "", report.removed_dossiers), 15000)

    def _failed(self, code: str) -> None:
        self._failure = code
        self._show_status(dataclasses.replace(self.status, last_error=code))

    # -- the team's caseload ---------------------------------------------------------------

    def team_rows(self, search: str) -> list[TeamCaseloadRow]:
        try:
            return self.local().team_caseload(search)
        except Exception:
            log.exception("team caseload not read")
            return []

    def show_team_caseload(self) -> TeamCaseloadPage:
        window = self._window
        if self.page is None:
            self.page = TeamCaseloadPage(self.team_rows, self.me)
            self.page.open_resident.connect(window.open_dossier)
            window.stack.addWidget(self.page)
            if self.work is not None:
                self.work.attach_page()
        if window._leave_conversation():
            window.stack.setCurrentWidget(self.page)
            self.page.refresh()
            self.page.focus_search()
        return self.page

    # -- taking a dossier along ------------------------------------------------------------

    def _dossier_shown(self, resident_id: int) -> None:
        page = self._window.dossier
        if self.bar is None:
            self.bar = TakeAlongBar()
            self.bar.take_along.connect(self.take_along)
            self.bar.give_back.connect(self.give_back)
            page.add_banner(self.bar)
        self._refresh_bar()

    def _refresh_bar(self) -> None:
        resident = self._window.shown_resident
        if self.bar is None or resident is None or resident.id is None:
            return
        rows = [row for row in self.team_rows(resident.name) if row.resident_id == resident.id]
        self.bar.show_lease(resident.id, resident.name, rows[0] if rows else None, self.me)

    def take_along(self, resident_id: int, days: int) -> None:
        me = self.me

        def done(until: datetime) -> None:
            if self.bar is not None:
                self.bar.shown_lease(resident_id, until, me)
            self._window.statusBar().showMessage(self.tr(
                "The dossier is on the road with you until %1.").replace(
                "%1", format_moment(until)), 15000)

        self.worker.run(lambda team: team.take_along(resident_id, days), done, self.tell)

    def give_back(self, resident_id: int) -> None:
        def done(_result: object) -> None:
            if self.bar is not None:
                self.bar.shown_lease(resident_id, None, self.me)
            self._window.statusBar().showMessage(self.tr("The dossier was given back."), 15000)

        self.worker.run(lambda team: team.return_along(resident_id), done, self.tell)

    def tell(self, code: str) -> None:
        QMessageBox.warning(self._window, APP_NAME, team_problem_text(code))

    # -- conflicts -------------------------------------------------------------------------

    def open_conflicts(self) -> None:
        self.worker.run(lambda team: team.conflicts(), self._show_conflicts, self.tell)

    def _show_conflicts(self, conflicts: list[Conflict]) -> None:
        from .conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(conflicts, self._resolve, self.me, self._window)
        dialog.exec()
        if dialog.resolved:  # the chosen values come to this laptop with the next update
            self.sync_now()

    def _resolve(self, conflict: Conflict, value: object, done: Callable[[], None],
                 failed: Callable[[str], None]) -> None:
        self.worker.run(lambda team: team.resolve_conflict(conflict.conflict_id, value),
                        lambda _result: done(), failed)


# -- Settings → Team… ------------------------------------------------------------------


def open_team_settings(window: MainWindow, backend_for: Callable[[Session], TeamBackend],
                       session: Session) -> None:
    """Settings → Team…: the team's details and leaving it, or joining one."""
    if window.team is not None:
        info = TeamInfoDialog(window.team, window.settings, window)
        info.exec()
        if info.left:
            window.end_team()
            window.statusBar().showMessage(translate(
                "TeamWiring", "This laptop is no longer in a team."), 15000)
        return
    if session.key is None:
        QMessageBox.information(window, APP_NAME, translate(
            "TeamWiring", "Only a data file with a password can join a team (the demo holds "
                          "fictional residents and cannot). Start Toegang Desktop without "
                          "--demo to join your team."))
        return
    from .join_dialog import JoinDialog

    dialog = JoinDialog(backend_for(session).join, window)
    dialog.joined.connect(lambda _summary: _joined(window))
    # Not waited for: "Keep working" hides the dialog while the upload goes on, and it comes
    # back with the summary (it is the window's child, so it lives as long as the window).
    dialog.exec()


def _joined(window: MainWindow) -> None:
    window.settings.setValue(TEAM_JOINED_KEY, True)
    window.settings.sync()
    window.start_team()


def start_team(window: MainWindow, backend: TeamBackend,
               change_marker: Callable[[], object]) -> TeamWiring:
    wiring = TeamWiring(window, backend, change_marker)
    wiring.start()
    wiring.work = TeamWorkWiring(window, wiring)
    return wiring

