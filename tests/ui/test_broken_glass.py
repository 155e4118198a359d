"""Break the glass (issue 17): a dossier held only by broken glass shows the read-only band, its
write actions are off, and a write in a conversation opened from it is refused with the way out
while what was typed stays on screen."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from toegang_desktop.domain.team import ServerAddress, TeamCaseloadRow
from toegang_desktop.store.sync_state import TeamLogin, TeamStore
from toegang_desktop.ui.shell.main_window import MainWindow

from .conftest import open_new_conversation

BAND = "Alleen lezen (noodtoegang) tot 23:59 — vraag de regisseur om je te betrekken"


def _hold_by_glass(window: MainWindow, resident_id: int) -> None:
    """The local state the sync writes after a glass grant: this laptop's login, and the team's
    list naming a colleague as coordinator and nobody else as holding the dossier."""
    db = window._session.db
    team = TeamStore(db)
    team.save_login(TeamLogin(ServerAddress("localhost"), "sanne", "-", "laptop"))
    uuid = str(db.execute("SELECT uuid FROM residents WHERE id = ?",
                          [resident_id]).fetchone()[0])
    team.replace_caseload([TeamCaseloadRow(uuid, "Zoë Voorbeeld", None, "Collega Regisseur",
                                           None, coordinator_login="regisseur")])


def test_broken_glass_dossier_is_read_only_on_screen_and_refuses_a_write(
        qtbot, open_window: Callable[[], MainWindow],  # type: ignore[no-untyped-def]
        no_unexpected_message_boxes: list[str]) -> None:
    window = open_window()
    page = open_new_conversation(window)
    conversation_id = int(page.conversation.id or 0)
    resident_id = page.conversation.resident_id
    window.open_dossier(resident_id)
    assert not window.dossier.read_only_band.isVisible()  # not in a team: writable

    _hold_by_glass(window, resident_id)
    window.open_dossier(resident_id)
    dossier = window.dossier
    assert dossier.read_only_band.isVisible()
    assert dossier.read_only_band.text() == BAND
    assert not dossier.edit_button.isEnabled()
    assert not dossier.new_button.isEnabled()
    assert not dossier.erase_action.isEnabled() and not dossier.close_action.isEnabled()
    assert not dossier.journal.add_button.isEnabled()
    assert dossier.open_button.isEnabled()  # reading stays possible
    if os.environ.get("TOEGANG_SHOTS"):  # to look at it: TOEGANG_SHOTS=folder
        from toegang_desktop.ui.shell.style import APP_STYLE  # as launch.py sets it

        dossier.setStyleSheet(APP_STYLE)
        window.resize(1100, 760)
        dossier.grab().save(str(Path(os.environ["TOEGANG_SHOTS"]) / "broken_glass.png"))

    window.open_conversation(conversation_id)
    page = window.conversation
    page.show_domain("housing")
    note = "Belt over de huur; wil morgen langskomen."
    page.editor.notes.setPlainText(note)
    qtbot.waitUntil(lambda: page.save_status.property("problem") is True, timeout=2000)
    assert "alleen lezen" in page.save_status.text()
    assert "regisseur" in page.save_status.text()
    assert page.editor.notes.toPlainText() == note  # the typed text is not lost
    assert page.autosaver.pending
    stored = window._conversations.load(conversation_id)
    assert stored is not None and stored.assessment("housing").notes == ""
    # Leaving asks first, as for any input that could not be saved (answered: leave).
    window.show_caseload()
    assert [x[:40] for x in no_unexpected_message_boxes] == [
        "Niet alles kon worden opgeslagen. Als je"]
    no_unexpected_message_boxes.clear()
