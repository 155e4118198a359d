"""Today's work (Vandaag) on screen: the count in the Go menu, the lines, and a line opening
the conversation where it is handled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.unit.today_caseload import fill
from toegang_desktop.domain.resident import Resident
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.session import open_session
from toegang_desktop.services.vault import Vault
from toegang_desktop.store import keys
from toegang_desktop.ui.shell.main_window import MainWindow
from toegang_desktop.ui.vault.unlock_dialog import UnlockDialog

from .modal import when_dialog_opens

PASSWORD = "een zin aan de keukentafel"


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


@pytest.fixture(autouse=True)
def fast_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)  # a fast key derivation for the test


def _unlock(dialog: UnlockDialog) -> None:
    QTest.keyClicks(dialog.passphrase, PASSWORD)
    dialog.unlock_button.click()


@pytest.mark.parametrize("due", [True, False])
def test_unlocking_shows_vandaag_first_when_anything_is_due(  # type: ignore[no-untyped-def]
    qtbot, controller, app_paths: AppPaths, due: bool,
) -> None:
    key, _ = Vault(app_paths).set_up(PASSWORD)
    session = open_session(app_paths, False, None, None, key=key)
    try:
        if due:
            fill(session.db, date.today())
        else:
            session.dossiers.register(Resident(
                first_names="Fenna", surname="Slotenmaker", date_of_birth=date(1970, 5, 5)))
    finally:
        session.close()
    when_dialog_opens(UnlockDialog, _unlock)
    assert controller.start()
    window = controller.window
    qtbot.waitUntil(lambda: window.after_first_paint.finished, timeout=5000)
    page = window.today_work._page
    if due:
        assert window.stack.currentWidget() is page
        assert page is not None and page.table.rowCount() > 0
    else:
        assert window.stack.currentWidget() is window.caseload
