"""A full disk while typing: a clear message, nothing lost, saving resumes when space returns."""

from __future__ import annotations

from datetime import date

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.resident import Resident


def test_full_disk_keeps_input_and_saving_resumes(qtbot, open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    resident_id = window._dossiers.register(
        Resident(first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1990, 1, 2)))
    conversation = window._conversations.start(Conversation(
        resident_id=resident_id, held_on=date.today(), place=Place.HOME,
        checklist_id="", checklist_version=""))
    window.open_dossier(resident_id)
    window.open_conversation(int(conversation.id or 0))
    page = window.conversation
    page.show_domain("housing")

    db = window._conversations._db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here on
    note = "Het huis is te klein voor vier personen. " * 2500
    page.editor.notes.setPlainText(note)
    qtbot.waitUntil(lambda: page.save_status.text().startswith("Nog niet opgeslagen"),
                    timeout=2000)
    assert page.save_status.property("problem") is True
    assert page.editor.notes.toPlainText() == note  # still on screen
    assert page.autosaver.pending

    db.execute("PRAGMA max_page_count = 1073741823")  # space returns
    qtbot.waitUntil(lambda: page.save_status.text().startswith("Opgeslagen om"), timeout=5000)
    stored = window._conversations.load(int(conversation.id or 0))
    assert stored is not None and stored.assessment("housing").notes == note
