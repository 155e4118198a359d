"""Never a dead end (issue 19): what the personal-data check found is highlighted in the text,
'Herschrijven' goes to it; or the professional confirms a false alarm with a reason, the text
is saved and the access log keeps the kind and the reason, never the text."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from toegang_desktop.domain.learning import BottleneckCategory, Law
from toegang_desktop.domain.resident import Resident
from toegang_desktop.ui.learning.learning_dialogs import BottleneckDialog, SignalDialog

from .modal import when_dialog_opens
from .test_learning import _learning
from .typing import type_text


@pytest.fixture
def window(open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    window._dossiers.register(Resident(first_names="Zoë", prefix="van", surname="Oefenaar",
                                       date_of_birth=date(1985, 3, 4)))
    window._dossiers.register(Resident(first_names="Piet", surname="Groen",
                                       date_of_birth=date(1970, 1, 1), street="Dorpsstraat"))
    return window


def test_findings_are_highlighted_and_rewrite_goes_to_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _learning(qtbot, window)
    seen: dict[str, object] = {}

    def fill(editor: BottleneckDialog) -> None:
        editor.category.setCurrentIndex(editor.category.findData(BottleneckCategory.WAITING_LIST))
        type_text(editor.what_happened, "Mevrouw Oefenaar wacht 14 weken; bel 06-12345678.")
        editor.law_boxes[Law.HEALTH_INSURANCE_ACT].click()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        seen["marks"] = [(s.cursor.selectionStart(), s.cursor.selectionEnd())
                         for s in editor.what_happened.extraSelections()]
        seen["actions"] = editor.personal_data.isVisible()
        seen["rewrite"] = editor.personal_data.rewrite_button.text()
        editor.what_happened.moveCursor(editor.what_happened.textCursor().MoveOperation.End)
        qtbot.mouseClick(editor.personal_data.rewrite_button, Qt.MouseButton.LeftButton)
        seen["selected"] = editor.what_happened.textCursor().selectedText()
        type_text(editor.what_happened, "Een inwoner")  # replaces the selection
        seen["marks_after_typing"] = len(editor.what_happened.extraSelections())
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        seen["second_banner"] = editor.banner.text()
        cursor = editor.what_happened.textCursor()  # the phone number is selected now
        seen["second_selected"] = cursor.selectedText()
        cursor.insertText("het loket")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(BottleneckDialog, fill)
    qtbot.mouseClick(dialog.add_bottleneck_button, Qt.MouseButton.LeftButton)
    text = "Mevrouw Oefenaar wacht 14 weken; bel 06-12345678."
    assert seen["marks"] == [(0, 16), (text.index("06"), len(text) - 1)]
    assert seen["actions"] is True and seen["rewrite"] == "Herschrijven"
    assert seen["selected"] == "Mevrouw Oefenaar"
    assert seen["marks_after_typing"] == 0
    assert "een telefoonnummer" in str(seen["second_banner"])
    assert seen["second_selected"] == "06-12345678"
    saved = window._session.learning.bottlenecks()
    assert [b.what_happened for b in saved] == ["Een inwoner wacht 14 weken; bel het loket."]


def test_a_false_alarm_is_confirmed_with_a_reason_and_logged(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _learning(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    seen: dict[str, object] = {}
    description = "Bij de school is Groen de kleur van de nieuwe speelplaats."

    def fill(editor: SignalDialog) -> None:
        type_text(editor.area, "Oosterpark")
        type_text(editor.description, description)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        seen["open"] = editor.isVisible()
        qtbot.mouseClick(editor.personal_data.not_personal_button, Qt.MouseButton.LeftButton)
        boxes = editor.personal_data.reason_boxes
        seen["reasons"] = [boxes[0].itemText(i) for i in range(boxes[0].count())]
        seen["enabled_before"] = editor.personal_data.confirm_button.isEnabled()
        boxes[0].setCurrentIndex(1)  # an ordinary word
        qtbot.mouseClick(editor.personal_data.confirm_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(SignalDialog, fill)
    qtbot.mouseClick(dialog.add_signal_button, Qt.MouseButton.LeftButton)
    assert seen["open"] is True
    assert seen["reasons"][0] == "Kies een reden…"
    assert "Een gewoon woord of de naam van iets, niet van een persoon" in seen["reasons"]
    assert seen["enabled_before"] is False
    assert [s.description for s in window._session.learning.signals()] == [description]
    details = [line.detail for line in window._session.access_log._repo.lines()]
    assert "personal_data_false_alarm.name.ordinary_word" in details
    assert not any("Groen" in d or "speelplaats" in d for d in details)


def test_the_area_alone_is_checked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _learning(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    seen: dict[str, object] = {}

    def fill(editor: SignalDialog) -> None:
        type_text(editor.area, "flat Groen")
        type_text(editor.description, "Veel eenzaamheid onder ouderen.")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        seen["selected"] = editor.area.selectedText()
        editor._dirty = False  # close without the question whether to discard
        editor.reject()

    when_dialog_opens(SignalDialog, fill)
    qtbot.mouseClick(dialog.add_signal_button, Qt.MouseButton.LeftButton)
    assert seen["selected"] == "Groen"
    assert window._session.learning.signals() == []
