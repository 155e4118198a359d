"""A follow-up conversation shows, per domain, the level now beside the previous one."""

from __future__ import annotations

from datetime import date, timedelta

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.resident import Resident


def _conversation(window, resident_id: int, held_on: date, finances: int | None):  # type: ignore[no-untyped-def]
    conversation = window._conversations.start(Conversation(
        resident_id=resident_id, held_on=held_on, place=Place.HOME,
        checklist_id="", checklist_version=""))
    if finances is not None:
        assessment = conversation.assessment("finances")
        assessment.discussed, assessment.level = True, finances
        window._conversations.save_assessment(conversation.id, assessment)
    return conversation


def test_previous_conversation_levels_are_shown(qtbot, open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    resident_id = window._dossiers.register(
        Resident(first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1980, 2, 3)))
    today = date.today()
    first = _conversation(window, resident_id, today - timedelta(days=90), finances=2)
    second = _conversation(window, resident_id, today, finances=4)
    window.open_dossier(resident_id)
    window.open_conversation(int(second.id or 0))
    page = window.conversation
    page.show_domain("finances")
    assert page.editor.previous.isVisible()
    assert page.editor.previous.text() == (
        f"Vorig gesprek ({(today - timedelta(days=90)).strftime('%d-%m-%Y')}): niveau 2")
    page.nav.setCurrentRow(1)
    assert "niveau 4 (↑ was 2)" in page.overview.cards["finances"].text()

    window.open_dossier(resident_id)
    window.open_conversation(int(first.id or 0))  # the first conversation has nothing before
    page.show_domain("finances")
    assert not page.editor.previous.isVisible()


def test_previous_is_the_conversation_just_before(qtbot, open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    service = window._conversations
    resident_id = window._dossiers.register(
        Resident(first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1980, 2, 3)))
    today = date.today()
    early = _conversation(window, resident_id, today - timedelta(days=20), None)
    middle = _conversation(window, resident_id, today - timedelta(days=10), None)
    same_day = _conversation(window, resident_id, today - timedelta(days=10), None)
    assert service.previous(early) is None
    assert service.previous(middle).id == early.id  # type: ignore[union-attr]
    assert service.previous(same_day).id == middle.id  # type: ignore[union-attr]  # stored first
