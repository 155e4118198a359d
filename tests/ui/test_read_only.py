"""Guarantee 6, read-only: the store cannot be written mid-session; a clear message, the input
stays on screen, and it is saved once the store is writable again."""

from __future__ import annotations

from toegang_desktop.paths import AppPaths
from toegang_desktop.store.connection import connect_read_only

from .conftest import open_new_conversation
from .typing import type_text


def test_store_turning_read_only_keeps_input_and_saving_resumes(
    qtbot, open_window, app_paths: AppPaths  # type: ignore[no-untyped-def]
) -> None:
    window = open_window()
    page = open_new_conversation(window, "Şükrü")
    page.show_domain("finances")

    # The file (or the medium it is on) becomes read-only under the running app. As root a
    # chmod does not stop writes, so the app's connection is swapped for one SQLite opened
    # read-only: every write now fails with SQLITE_READONLY, as on a read-only file.
    db = window._conversations._db
    writable = db.conn
    db.conn = connect_read_only(app_paths.store)
    text = "Schulden bij de zorgverzekeraar; wil een betalingsregeling."
    try:
        type_text(page.editor.own_words, text)
        qtbot.waitUntil(lambda: page.save_status.text().startswith("Nog niet opgeslagen"),
                        timeout=2000)
        assert "kan niet worden beschreven" in page.save_status.text()
        assert page.save_status.property("problem") is True
        assert page.editor.own_words.toPlainText() == text and page.autosaver.pending
        stored = window._conversations.load(int(page.conversation.id or 0))
        assert stored is not None and stored.assessment("finances").own_words == ""
    finally:
        db.conn.close()
        db.conn = writable  # writable again
    qtbot.waitUntil(lambda: page.save_status.text().startswith("Opgeslagen om"), timeout=5000)
    stored = window._conversations.load(int(page.conversation.id or 0))
    assert stored is not None and stored.assessment("finances").own_words == text
