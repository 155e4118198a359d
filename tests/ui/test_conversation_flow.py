"""The main flow, driven through the real widgets: register, converse, close, reopen, find back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from toegang_desktop.domain.conversation import Duration, ParticipantRole, Place
from toegang_desktop.ui.conversation.conversation_start_dialog import ConversationStartDialog
from toegang_desktop.ui.dossier.resident_dialog import ResidentDialog

from .modal import when_dialog_opens
from .typing import type_text


def _fill_resident(qtbot, dialog: ResidentDialog) -> None:  # type: ignore[no-untyped-def]
    type_text(dialog.first_names, "Şükrü")
    type_text(dialog.surname, "Testoğlu")
    type_text(dialog.date_of_birth, "03-09-1965")
    type_text(dialog.bsn, "123456782")
    type_text(dialog.postcode, "1012cd")
    type_text(dialog.city, "Voorbeeldstad")
    partner = dialog.household.add_member(None)
    type_text(partner.first_names, "Zoë")
    type_text(partner.surname, "Voorbeeld")
    child = dialog.household.add_member(None)
    child.role.setCurrentIndex(1)
    type_text(child.first_names, "Łukasz")
    type_text(child.surname, "Testoğlu")
    type_text(child.born, "01-02-2015")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _fill_start(qtbot, dialog: ConversationStartDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.form.place.setCurrentIndex(list(Place).index(Place.OFFICE))
    type_text(dialog.form.melding_date, "01-11-2026")
    dialog.form.participant_checks[ParticipantRole.INTERPRETER].setChecked(True)
    type_text(dialog.form.participant_names[ParticipantRole.INTERPRETER], "Tolk Fictief")
    type_text(dialog.form.question, "Ik wil grip op mijn geld.")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)


def test_register_converse_close_reopen(qtbot, open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    when_dialog_opens(ResidentDialog, lambda d: _fill_resident(qtbot, d))
    window.new_resident()
    assert window.stack.currentWidget() is window.dossier
    assert window.dossier.name_label.text() == "Şükrü Testoğlu"
    assert window.dossier.household.rowCount() == 2

    when_dialog_opens(ConversationStartDialog, lambda d: _fill_start(qtbot, d))
    qtbot.mouseClick(window.dossier.new_button, Qt.MouseButton.LeftButton)
    page = window.conversation
    assert window.stack.currentWidget() is page
    assert page.nav.count() == 5 + 17  # 5 pages of the conversation, 17 domains

    # Finances: the first domain, via the keyboard shortcut from the details page.
    window.activateWindow()  # the closed modal dialog handed activation back
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    page.nav.setCurrentRow(0)
    qtbot.keyClick(page.nav, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor.title.text() == "Financiën"
    editor.discussed_yes.click()
    editor.level_buttons[2].click()
    type_text(editor.own_words, "De brieven stapelen zich op.")
    editor.wants_to_talk.click()
    editor.duration.setCurrentIndex(editor.duration.findData(Duration.LONG_TERM))
    editor.help_network.click()
    long_note = "Lange notitie. " * 7000  # ~100,000 characters
    editor.notes.setPlainText(long_note)

    # Next domain, not discussed with a reason.
    assert editor.next_button.isEnabled(), "next button disabled"
    editor.next_button.click()
    assert editor.title.text() == "Werk en opleiding"
    editor.discussed_no.click()
    type_text(editor.not_discussed_reason, "Geen tijd meer")

    # Autosave writes within a second, without any save button.
    qtbot.waitUntil(lambda: page.save_status.text().startswith("Opgeslagen om"), timeout=2000)
    window.close()
    assert not window.isVisible()

    reopened = open_window()
    assert reopened.model.rowCount() == 1
    type_text(reopened.caseload.search, "sukru")
    qtbot.waitUntil(lambda: reopened.model.rowCount() == 1, timeout=1000)
    qtbot.keyClick(reopened.caseload.search, Qt.Key.Key_Return)
    assert reopened.stack.currentWidget() is reopened.dossier
    assert reopened.dossier.conversations.rowCount() == 1
    reopened.dossier.open_button.click()
    conversation = reopened.conversation.conversation
    assert conversation is not None
    assert conversation.place is Place.OFFICE
    assert conversation.question == "Ik wil grip op mijn geld."
    assert [(p.role, p.name) for p in conversation.participants] == [
        (ParticipantRole.RESIDENT, ""), (ParticipantRole.INTERPRETER, "Tolk Fictief")]
    finances = conversation.assessment("finances")
    assert finances.discussed is True
    assert finances.level == 2
    assert finances.own_words == "De brieven stapelen zich op."
    assert finances.wants_to_talk and finances.help_network
    assert finances.duration is Duration.LONG_TERM
    assert finances.notes == long_note
    work = conversation.assessment("work_education")
    assert work.discussed is False and work.not_discussed_reason == "Geen tijd meer"
    reopened.conversation.show_domain("finances")
    assert reopened.conversation.editor.level_buttons[2].isChecked()


def test_invalid_resident_input_is_explained_and_nothing_saved(qtbot, open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    dialog = ResidentDialog(window._dossiers, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.first_names, "Jan")
    type_text(dialog.date_of_birth, "01-01-2090")
    type_text(dialog.bsn, "123456789")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.banner.isVisible()
    text = dialog.banner.text()
    assert text.count("•") == 3  # surname, future birth date, BSN
    assert "Achternaam" in text and "elfproef" in text
    assert window._dossiers.resident_count() == 0
    dialog.done(QDialog.DialogCode.Rejected)  # reject() would ask before discarding the input
