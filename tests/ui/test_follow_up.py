"""A follow-up conversation shows, per domain, the level now beside the previous one."""

from __future__ import annotations

from datetime import date, timedelta

from toegang_desktop.domain.conversation import Conversation, Place, previous_of
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
    page.domain_list.setCurrentRow(1)
    assert "niveau 4 (↑ was 2)" in page.overview.cards["finances"].text()

    window.open_dossier(resident_id)
    window.open_conversation(int(first.id or 0))  # the first conversation has nothing before
    page.show_domain("finances")
    assert not page.editor.previous.isVisible()


def test_previous_of_picks_the_conversation_just_before() -> None:
    def c(cid: int, day: int) -> Conversation:
        return Conversation(resident_id=1, held_on=date(2026, 1, day), place=Place.HOME,
                            checklist_id="x", checklist_version="1", id=cid)

    a, b, later = c(1, 5), c(2, 10), c(3, 20)
    assert previous_of(later, [later, b, a]) is b
    assert previous_of(a, [later, b, a]) is None
    same_day = c(4, 10)
    assert previous_of(same_day, [b, same_day]) is b  # same day: the one stored first
