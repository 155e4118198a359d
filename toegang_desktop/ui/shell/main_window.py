"""The main window: caseload, dossier and conversation pages, menus and the status bar (the
report actions in report_actions.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget

from ... import APP_NAME
from ...services.session import Session
from ...services.settings import TEAM_JOINED_KEY
from ..backups.backup_actions import BackupActions
from ..caseload.caseload_model import CaseloadModel
from ..caseload.caseload_page import CaseloadPage
from ..privacy.privacy_wiring import PrivacyWiring
from . import report_actions
from .external_changes import ExternalChanges
from .first_paint import AfterFirstPaint
from .main_menus import build_menus
from .today_wiring import TodayWiring
from .window_geometry import remember_window, restore_window

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from ...domain.resident import Resident
    from ...services.conversations import ConversationService
    from ..conversation.conversation_page import ConversationPage
    from ..dossier.dossier_page import DossierPage
    from ..team.wiring import TeamWiring
    from .settings_menu import SettingsMenu

# Dialogs, the conversation page and the export code are imported where first used, so that
# start-up only loads what the caseload needs (tests/unit/test_startup_imports.py).


class MainWindow(QMainWindow):
    dossier_shown = Signal(int)  # a dossier was opened (the team's take-along bar follows it)

    # made by build_menus (main_menus.py), used by the lock controller and the privacy wiring
    file_menu: QMenu
    go_menu: QMenu
    privacy_menu: QMenu
    settings_qmenu: QMenu
    settings_menu: SettingsMenu
    report_action: QAction
    restore_action: QAction
    quit_action: QAction
    manual_action: QAction
    team_settings_action: QAction

    def __init__(
        self, session: Session, settings: QSettings, store_description: str, demo: bool,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self._dossiers = dossiers = session.dossiers
        self.settings = settings  # read by the menus and dialogs
        self._today = today
        title = APP_NAME + (self.tr(" — DEMO (fictional residents)") if demo else "")
        self.setWindowTitle(title)
        self.model = CaseloadModel(dossiers, today)
        self.caseload = CaseloadPage(self.model)
        # The caseload's paint; the dossier and conversation pages join when they are built
        # (after an unlock the window may open on one of them).
        self.after_first_paint = AfterFirstPaint(self.caseload.table.viewport(), self)
        self._session = session
        self.backup_actions = BackupActions(session, self)
        self._dossier_page: DossierPage | None = None  # built on first use, as the next one
        self._conversation_page: ConversationPage | None = None  # built on first use
        self.stack = QStackedWidget()
        self.stack.addWidget(self.caseload)
        self.setCentralWidget(self.stack)

        self.caseload.open_resident.connect(self.open_dossier)
        self.caseload.new_resident.connect(self.new_resident)

        build_menus(self)
        self._privacy = PrivacyWiring(self, session, settings, today)
        self.today_work = TodayWiring(self, session, today)  # Go > Today (Vandaag)
        store_label = QLabel(store_description)
        store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(store_label)
        self.external_changes = ExternalChanges(self, session, today)  # another connection's
        # Team mode: loaded after the first paint, and only when this folder is in a team.
        self.team: TeamWiring | None = None
        if str(settings.value(TEAM_JOINED_KEY, "")).lower() == "true":
            self.after_first_paint.add(self.start_team)
        restore_window(self, settings)  # fits the screen; the caseload loaded with sorting on

    @property
    def _conversations(self) -> ConversationService:
        """Made on first use: it loads the checklist (after the caseload has been painted)."""
        return self._session.conversations

    @property
    def dossier(self) -> DossierPage:
        """The dossier page, built when first needed (start-up shows only the caseload)."""
        if self._dossier_page is None:
            from ..dossier.dossier_page import DossierPage

            page = self._dossier_page = DossierPage()
            self.after_first_paint.watch(page)
            page.back.connect(self.show_caseload)
            page.edit_resident.connect(self.edit_resident)
            page.new_conversation.connect(self.new_conversation)
            page.open_conversation.connect(self.open_conversation)
            page.journal.set_service(self._session.journal)
            self._privacy.wire_page(page)
            self.stack.addWidget(page)
        return self._dossier_page

    @property
    def conversation(self) -> ConversationPage:
        """The conversation page, built when first needed: it is the heaviest screen and a
        professional often only searches, so start-up does not pay for it."""
        if self._conversation_page is None:
            from ..conversation.conversation_page import ConversationPage  # imported late: ~50 ms of start-up

            self._conversation_page = ConversationPage(self._session, self._today)
            self.after_first_paint.watch(self._conversation_page)
            self._conversation_page.back.connect(self._back_to_dossier)
            self.stack.addWidget(self._conversation_page)
        return self._conversation_page

    # -- navigation ------------------------------------------------------------------------

    def show_caseload(self) -> None:
        if self._leave_conversation():
            self.stack.setCurrentWidget(self.caseload)
            self.caseload.focus_search()

    def open_dossier(self, resident_id: int) -> None:
        overview = self._session.overview.overview(resident_id, self._today())  # logged: a look
        if overview is None:
            return
        self.dossier.show_dossier(overview, self._today())
        self.dossier.show_closure(self._session.privacy.closure(resident_id))
        self.stack.setCurrentWidget(self.dossier)
        self.dossier.conversations.setFocus()
        self.dossier_shown.emit(resident_id)

    def open_conversation(self, conversation_id: int) -> None:
        conversation = self._conversations.open(conversation_id)  # logged
        resident = self.dossier.resident
        if conversation is None or resident is None:
            return
        self.conversation.show_conversation(
            conversation, resident, self._conversations.previous(conversation))
        self.stack.setCurrentWidget(self.conversation)

    def new_resident(self) -> None:
        from ..dossier.resident_dialog import ResidentDialog

        dialog = ResidentDialog(self._dossiers, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.model.refresh()
            self.caseload.select_resident(dialog.saved_id)
            self.open_dossier(dialog.saved_id)

    def edit_resident(self, resident_id: int) -> None:
        resident = self._dossiers.resident(resident_id)
        if resident is None:
            return
        from ..dossier.resident_dialog import ResidentDialog

        dialog = ResidentDialog(self._dossiers, resident, parent=self)
        if dialog.exec():
            self.model.refresh()
            self.open_dossier(resident_id)

    def new_conversation(self, resident_id: int) -> None:
        resident = self._dossiers.resident(resident_id)
        if resident is None:
            return
        from ..conversation.conversation_start_dialog import ConversationStartDialog

        dialog = ConversationStartDialog(self._conversations, resident_id, resident.name,
                                         self._today(), parent=self)
        if dialog.exec() and dialog.conversation is not None:
            self.model.refresh()
            self.open_dossier(resident_id)
            self.conversation.show_conversation(
                dialog.conversation, resident, self._conversations.previous(dialog.conversation))
            self.stack.setCurrentWidget(self.conversation)

    def _current_resident_id(self) -> int | None:
        """The resident whose dossier or conversation is on screen, or selected in the caseload."""
        if self.stack.currentWidget() is self.caseload:
            index = self.caseload.table.currentIndex()
            return self.model.resident_id(index.row()) if index.isValid() else None
        if not self._showing_a_dossier():  # another page (the team's caseload): no resident
            return None
        resident = self.shown_resident
        return resident.id if resident is not None else None

    def _showing_a_dossier(self) -> bool:
        current = self.stack.currentWidget()
        return current is not None and current in (self._dossier_page, self._conversation_page)

    @property
    def shown_resident(self) -> Resident | None:
        """The resident of the dossier page, without building that page when it never was."""
        return self._dossier_page.resident if self._dossier_page is not None else None

    def forget_resident(self) -> None:
        """After the dossier on screen was erased: back to the caseload, which no longer has it."""
        if self._dossier_page is not None:
            self._dossier_page.resident = None
        self.model.refresh()
        self.show_caseload()

    def new_conversation_for_current(self) -> None:
        resident_id = self._current_resident_id()
        if resident_id is None:
            QMessageBox.information(self, APP_NAME, self.tr(
                "Select or open a resident first, then start a conversation."))
            return
        if self._leave_conversation():
            self.new_conversation(resident_id)

    def new_journal_entry_for_current(self) -> None:
        """Ctrl+J: write down a contact of the resident on screen (or selected), in their
        dossier's journal."""
        resident_id = self._current_resident_id()
        if resident_id is None:
            QMessageBox.information(self, APP_NAME, self.tr(
                "Select or open a resident first, then write down the contact."))
            return
        if self.stack.currentWidget() is not self._dossier_page:
            if not self._leave_conversation():
                return
            self.open_dossier(resident_id)
        self.dossier.journal.add_entry()

    def export_dossier(self) -> None:
        resident_id = self._current_resident_id()
        if resident_id is None:
            QMessageBox.information(self, APP_NAME, self.tr(
                "Select or open a resident first, then export the dossier."))
            return
        if self._leave_conversation():
            from ..dossier.transfer_actions import export_with_dialog

            export_with_dialog(self, self._session.transfer, resident_id)

    def export_report(self) -> None:
        report_actions.export_report(self, self._conversation_page, self.stack.currentWidget(),
                                     self._session, self.settings)

    def open_learning(self) -> None:
        report_actions.open_learning(self, self._session, self.settings, self._today)

    def open_period_report(self) -> None:
        report_actions.open_period_report(self, self._session, self.settings, self._today)

    def import_dossier(self) -> None:
        from ..dossier.transfer_actions import import_with_dialog

        if not self._leave_conversation():  # first, so an imported dossier is always shown
            return
        resident_id = import_with_dialog(self, self._session.transfer)
        if resident_id is not None:
            self.model.refresh()
            self.open_dossier(resident_id)

    def start_team(self) -> None:
        """The team's status, menu and background sync (after joining, or at start when
        this folder is in a team)."""
        if self.team is not None:
            return
        from ..team import backend, wiring  # team mode only: start-up without a team skips it

        self.team = wiring.start_team(self, backend.backend_for(self._session),
                                      self._session.change_marker)

    def open_team_settings(self) -> None:
        """Settings → Team…: join a team, or see it and leave it."""
        from ..team import backend, wiring

        wiring.open_team_settings(self, backend.backend_for, self._session)

    def end_team(self) -> None:
        """After leaving the team (or when the store turns out to be in none)."""
        if self.team is not None:
            self.team.remove()
            self.team = None

    def _stop_team(self) -> None:
        if self.team is not None:
            self.team.stop()  # a running sync stops within a few seconds

    def _back_to_dossier(self) -> None:
        resident = self.dossier.resident
        if resident is not None and resident.id is not None and self._leave_conversation():
            self.model.refresh()
            self.open_dossier(resident.id)

    def go_back(self) -> None:
        current = self.stack.currentWidget()
        if current is self._conversation_page:
            self._back_to_dossier()
        elif current is self._dossier_page:
            self.show_caseload()

    def _leave_conversation(self) -> bool:
        page = self._conversation_page
        if page is None or self.stack.currentWidget() is not page or page.leave():
            return True
        answer = QMessageBox.warning(
            self, APP_NAME,
            self.tr("Not everything could be saved. If you leave now, the last changes are "
                    "lost. Stay in the conversation to try again?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.No

    def close_store(self) -> None:
        """Wait for a running backup and close the store (before a restore swaps it)."""
        remember_window(self, self.settings)  # a lock closes the window without a closeEvent
        self.after_first_paint.cancel()
        self.external_changes.stop()
        self._stop_team()
        self.backup_actions.stop()
        self._session.close()

    # -- locking ---------------------------------------------------------------------------

    def place(self) -> tuple[int | None, int | None, int]:
        """Where the professional is: resident, conversation and its page, to return after a lock."""
        resident = self.dossier.resident if self._showing_a_dossier() else None
        page = self._conversation_page
        if page is not None and self.stack.currentWidget() is page and page.conversation is not None:
            return (resident.id if resident else None, page.conversation.id, page.nav.currentRow())
        return (resident.id if resident else None, None, 0)

    def return_to(self, place: tuple[int | None, int | None, int]) -> None:
        resident_id, conversation_id, row = place
        if resident_id is None:
            return
        self.open_dossier(resident_id)
        if conversation_id is not None:
            self.open_conversation(conversation_id)
            self.conversation.nav.setCurrentRow(row)

    def save_before_lock(self) -> bool:
        """Save what is on screen; False when it could not be saved (it stays in memory)."""
        page = self._conversation_page
        return page is None or page.leave()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._leave_conversation():
            remember_window(self, self.settings)
            self.hide()  # a running backup is finished first (seconds for a very large store)
            self.after_first_paint.cancel()
            self.external_changes.stop()
            self._stop_team()
            self.backup_actions.stop()
            event.accept()
        else:
            event.ignore()
