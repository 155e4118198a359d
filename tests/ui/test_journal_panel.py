"""The journal on the dossier page (issue 18): write a contact with Ctrl+J (now, by phone),
correct it (the earlier text stays, marked and linked), search without accents, tick for the
resident's report; in the real panel of the real window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from toegang_desktop.domain.journal import ContactKind, JournalEntry
from toegang_desktop.domain.resident import Resident
from toegang_desktop.ui.dossier.journal_dialog import JournalEntryDialog
from toegang_desktop.ui.shell.main_window import MainWindow

from .modal import when_dialog_opens


def _resident(window: MainWindow) -> int:
    return window._dossiers.register(
        Resident(first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1985, 3, 4)))


def test_ctrl_j_writes_a_contact_now_by_phone(qtbot, open_window: Callable[[], MainWindow]  # type: ignore[no-untyped-def]
                                               ) -> None:
    window = open_window()
    resident_id = _resident(window)
    window.open_dossier(resident_id)
    panel = window.dossier.journal
    assert panel.details.text() == "Nog geen contacten vastgelegd."
    seen: dict[str, object] = {}

    def write(dialog: JournalEntryDialog) -> None:
        seen["kind"] = dialog.kind.currentText()
        seen["focus"] = dialog.focusWidget() is dialog.note
        seen["day"] = dialog.day.text()
        # QTest types ASCII only: the accents go in as pasted text.
        dialog.note.insertPlainText("Gebeld met Zoë over de huurachterstand")
        dialog.with_whom.setFocus()
        dialog.with_whom.insert("Zoë zelf")
        qtbot.keyClick(dialog.with_whom, Qt.Key.Key_Return)  # Enter saves

    when_dialog_opens(JournalEntryDialog, write)
    qtbot.keyClick(window.dossier.conversations, Qt.Key.Key_J,
                   Qt.KeyboardModifier.ControlModifier)
    assert seen == {"kind": "Telefoongesprek", "focus": True,
                    "day": date.today().strftime("%d-%m-%Y")}
    assert panel.model.rowCount() == 1
    row = panel.row_texts(0)
    assert row[0].startswith(date.today().strftime("%d-%m-%Y "))
    assert row[1:4] == ["Telefoongesprek", "Zoë zelf", "Gebeld met Zoë over de huurachterstand"]
    assert row[4] == window._session.access_log.actor.user
    assert panel.count_label.text() == "1 contacten"


def test_an_empty_note_is_refused_with_the_way_out(qtbot, open_window: Callable[[], MainWindow]  # type: ignore[no-untyped-def]
                                                   ) -> None:
    window = open_window()
    window.open_dossier(_resident(window))
    seen: list[str] = []

    def write(dialog: JournalEntryDialog) -> None:
        dialog.save_button.click()
        seen.append(dialog.banner.text())
        dialog._dirty = False
        dialog.reject()

    when_dialog_opens(JournalEntryDialog, write)
    window.dossier.journal.add_button.click()
    assert "paar woorden" in seen[0]
    assert window.dossier.journal.model.rowCount() == 0


def _two_entries(window: MainWindow, resident_id: int) -> tuple[JournalEntry, JournalEntry]:
    service = window._session.journal
    first = service.add(JournalEntry(resident_id, datetime(2026, 11, 2, 9, 30),
                                     ContactKind.PARTNER_CONSULTATION,
                                     "Schuldhulp kan op 12 december", with_whom="Schuldhulp"))
    second = service.add(JournalEntry(resident_id, datetime(2026, 11, 3, 14, 0),
                                      ContactKind.VISIT, "Samen de post gesorteerd",
                                      with_whom="Şükrü"))
    return first, second


def test_correcting_keeps_the_earlier_text_marked_and_linked(
        qtbot, open_window: Callable[[], MainWindow]) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    resident_id = _resident(window)
    first, _second = _two_entries(window, resident_id)
    window.open_dossier(resident_id)
    panel = window.dossier.journal
    assert [panel.row_texts(r)[0] for r in range(2)] == ["03-11-2026 14:00",
                                                                  "02-11-2026 09:30"]
    panel.table.setCurrentIndex(panel.model.index(1, 0))

    def correct(dialog: JournalEntryDialog) -> None:
        assert "Schuldhulp kan op 12 december" in dialog.original.text()
        dialog.note.selectAll()
        qtbot.keyClicks(dialog.note, "Schuldhulp kan op 12 januari")
        dialog.save_button.click()

    when_dialog_opens(JournalEntryDialog, correct)
    panel.correct_button.click()
    assert panel.model.rowCount() == 3
    # The correction is selected; it says what it corrects, with a link to it.
    assert panel.row_texts(panel.table.currentIndex().row())[3] == (
        "[correctie] Schuldhulp kan op 12 januari")
    assert f'href="entry:{first.id}"' in panel.details.text()
    panel.details.linkActivated.emit(f"entry:{first.id}")
    assert panel.selected() == first
    row = panel.table.currentIndex().row()
    assert panel.row_texts(row)[3] == "[gecorrigeerd] Schuldhulp kan op 12 december"
    font = panel.model.data(panel.model.index(row, 3), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert "Gecorrigeerd door" in panel.details.text()
    assert not panel.correct_button.isEnabled()  # correct the newest version instead
    # Enter on the corrected entry goes to its correction.
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.selected() is not None and panel.selected().corrects == first.id


def test_search_ignores_accents_and_a_tick_goes_to_the_report(
        qtbot, open_window: Callable[[], MainWindow]) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    resident_id = _resident(window)
    _first, second = _two_entries(window, resident_id)
    window.open_dossier(resident_id)
    panel = window.dossier.journal
    qtbot.keyClicks(panel.search, "sukru")
    assert panel.model.rowCount() == 1 and panel.selected() == second
    assert panel.count_label.text() == "1 van 2 contacten"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "OVERLEG")  # the kind's Dutch name is searched too
    assert panel.model.rowCount() == 1 and panel.selected() is not None
    assert panel.selected().kind is ContactKind.PARTNER_CONSULTATION
    panel.search.clear()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert panel.selected() == second and not panel.for_report.isChecked()
    panel.for_report.setFocus()
    qtbot.keyClick(panel.for_report, Qt.Key.Key_Space)
    assert panel.for_report.isChecked()
    assert panel.row_texts(0)[5] == "ja"
    stored = window._session.journal.journal(resident_id)
    assert [e.id for e in stored.for_resident_report()] == [second.id]
    lines = [line.detail for line in window._session.access_log.lines_for(resident_id)]
    assert f"journal.{second.id}.for_resident_report" in lines


def test_a_refresh_of_the_same_dossier_keeps_the_search(
        qtbot, open_window: Callable[[], MainWindow]) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    resident_id = _resident(window)
    _first, second = _two_entries(window, resident_id)
    window.open_dossier(resident_id)
    panel = window.dossier.journal
    qtbot.keyClicks(panel.search, "post")
    window.open_dossier(resident_id)  # as after another program's change
    assert panel.search.text() == "post" and panel.selected() == second
    other = window._dossiers.register(
        Resident(first_names="Bert", surname="Voorbeeld", date_of_birth=date(1980, 1, 1)))
    window.open_dossier(other)
    assert panel.search.text() == "" and panel.model.rowCount() == 0
