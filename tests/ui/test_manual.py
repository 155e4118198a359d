"""Help > Manual (F1): a short Dutch manual with the keyboard, this computer's folders and the
way out of the problems the app reports; searchable, and Enter in the search finds the next
place instead of closing the window (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from toegang_desktop.ui.shell.help_window import HelpWindow


def test_f1_opens_the_manual_with_this_computers_folders(qtbot, open_window, app_paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    QTest.keyClick(window, Qt.Key.Key_F1)
    manual = window.findChild(HelpWindow)
    assert manual is not None and manual.isVisible()
    text = manual.text.toPlainText()
    for expected in ("Toetsenbord", "Waar de gegevens staan", "bezet", "Beschadigd",
                     "Vergrendeld", "Back-ups en terugzetten", "herstelcode",
                     str(app_paths.store), str(app_paths.backups), "Ctrl+I"):
        assert expected in text, expected
    assert "Nieuwe inwoner" in text  # the keyboard table is read from the menus
    manual.grab().save(str(tmp_path / "handleiding.png"))
    assert not manual.text.horizontalScrollBar().isVisible()  # nothing cut off at the side


def test_the_manual_is_searchable_and_enter_finds_the_next_place(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    window.manual_action.trigger()
    manual = window.findChild(HelpWindow)
    assert manual is not None
    qtbot.waitUntil(manual.isActiveWindow, timeout=2000)
    QTest.keyClicks(manual.search, "herstelcode")
    first = manual.text.textCursor().selectionStart()
    assert manual.text.textCursor().selectedText().lower() == "herstelcode"
    QTest.keyClick(manual.search, Qt.Key.Key_Return)
    assert manual.isVisible()  # Enter searched on, it did not close the manual
    assert manual.text.textCursor().selectionStart() > first
    manual.search.setText("xyzzy")
    assert manual.not_found.text() == "Niet gevonden"
    window.manual_action.trigger()  # a second F1 brings the same window forward
    assert len(window.findChildren(HelpWindow)) == 1
