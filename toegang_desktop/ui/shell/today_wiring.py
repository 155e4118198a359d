"""Connects today's work (Vandaag) to the main window: an entry with its count in the Go
menu, the page in the window's stack, and a line opening its dossier and conversation.

The page and the service are made on first use: start-up shows only the caseload
(tests/unit/test_startup_imports.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ...services.session import Session

if TYPE_CHECKING:
    from ...domain.today import TodayItem
    from ..today.today_page import TodayPage
    from .main_window import MainWindow


class TodayWiring(QObject):
    def __init__(self, window: MainWindow, session: Session, today: Callable[[], date]) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._today = today
        self._page: TodayPage | None = None
        self.action = QAction(self.tr("&Today"), window)
        self.action.setShortcut(QKeySequence("Ctrl+T"))
        self.action.triggered.connect(self.show_today)
        menu = window.go_menu
        actions = menu.actions()
        if len(actions) > 1:  # right after the caseload
            menu.insertAction(actions[1], self.action)
        else:
            menu.addAction(self.action)
        # The count is taken when the menu opens: it changes with the date and every save.
        menu.aboutToShow.connect(self.recount)

    @property
    def page(self) -> TodayPage:
        if self._page is None:
            from ..today.today_page import TodayPage

            page = self._page = TodayPage()
            page.back.connect(self._window.show_caseload)
            page.open_item.connect(self.open_item)
            self._window.stack.addWidget(page)
        return self._page

    def items(self) -> list[TodayItem]:
        return self._session.today_work.items(self._today())

    def recount(self) -> int:
        count = len(self.items())
        self._show_count(count)
        return count

    def _show_count(self, count: int) -> None:
        self.action.setText(self.tr("&Today (%1)").replace("%1", str(count)))

    def show_today(self) -> None:
        if not self._window._leave_conversation():
            return
        items = self.items()
        self._show_count(len(items))
        self.page.show_items(items, self._today())
        self._window.stack.setCurrentWidget(self.page)

    def show_if_due(self) -> bool:
        """Today's work, when anything is due (after unlocking); True when it was shown."""
        if not self.items():
            return False
        self.show_today()
        return True

    def show_if_due_on_caseload(self) -> None:
        """After unlocking: today's work instead of the caseload when anything is due, unless
        the professional has already moved on (another page, or a search being typed)."""
        window = self._window
        if window.stack.currentWidget() is window.caseload and not window.caseload.search.text():
            self.show_if_due()

    def open_item(self, resident_id: int, conversation_id: int) -> None:
        """The dossier, and the conversation where the item is handled."""
        self._window.open_dossier(resident_id)
        if conversation_id and self._window.stack.currentWidget() is self._window.dossier:
            self._window.open_conversation(conversation_id)
