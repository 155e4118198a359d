"""Today's work (Vandaag) on screen: the count in the Go menu, the lines, and a line opening
the conversation where it is handled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt

from tests.unit.today_caseload import fill
from toegang_desktop.ui.shell.main_window import MainWindow


def test_a_line_opens_its_conversation(qtbot, open_window: Callable[[], MainWindow]) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    expected = fill(window._session.db, date.today())
    wiring = window.today_work
    assert wiring.recount() == len(expected)
    assert wiring.action.text() == f"&Vandaag ({len(expected)})"
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    page = wiring.page
    assert window.stack.currentWidget() is page
    assert page.table.rowCount() == len(expected)
    row = next(r for r, item in enumerate(page.items) if item.resident_name == "Signaal Proef")
    page.table.setCurrentCell(row, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.conversation
    assert window.conversation.conversation is not None
    assert window.conversation.conversation.id == page.items[row].conversation_id
    assert window.shown_resident is not None and window.shown_resident.name == "Signaal Proef"


def test_nothing_due_says_so(open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    assert not window.today_work.show_if_due()
    window.today_work.show_today()
    assert window.today_work.page.table.rowCount() == 0
    assert "niets te doen" in window.today_work.page.summary.text()
