"""A full disk while typing: a clear message, nothing lost, saving resumes when space returns."""

from __future__ import annotations

from .conftest import open_new_conversation


def test_full_disk_keeps_input_and_saving_resumes(qtbot, open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    page = open_new_conversation(window)
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
    stored = window._conversations.load(int(page.conversation.id or 0))
    assert stored is not None and stored.assessment("housing").notes == note
