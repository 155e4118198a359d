"""Fill a conversation so signals fire, weigh them with reasons, reopen, find it all back."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QMessageBox

from toegang_desktop.domain.conversation import (
    ClientSupport,
    Conversation,
    Decision,
    Marker,
    Place,
    Recognition,
)
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident

from .conftest import open_new_conversation
from .typing import type_text


def _fill(page, key: str, level: int) -> None:  # type: ignore[no-untyped-def]
    page.show_domain(key)
    page.editor.level_buttons[level].click()


def test_signals_fire_live_are_weighed_and_survive_reopening(qtbot, open_window, monkeypatch):  # type: ignore[no-untyped-def]
    window = open_window()
    resident_id = window._dossiers.register(Resident(
        first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1985, 3, 4),
        household=[HouseholdMember("Testkind", "Voorbeeld", HouseholdRole.CHILD,
                                   date_of_birth=date(2017, 6, 1))]))
    conversation = window._conversations.start(Conversation(
        resident_id=resident_id, held_on=date.today(), place=Place.HOME,
        checklist_id="", checklist_version="", melding_date=date.today()))
    window.open_dossier(resident_id)
    window.open_conversation(int(conversation.id or 0))
    page = window.conversation
    assert page.signals.open_count() == 0

    _fill(page, "finances", 2)
    _fill(page, "mental_health", 2)
    assert page.nav.item(2).text() == "Signalen en weging (1 open)"  # money and health
    _fill(page, "safety", 2)
    # Three concerns, money with health, safety with a child in the household.
    assert {s.rule_id for s in page.signals.current_signals()} == {
        "concerns_in_three_domains", "money_or_work_and_health", "safety_with_children"}
    assert page.nav.item(2).text() == "Signalen en weging (3 open)"

    page.nav.setCurrentRow(2)
    card = page.signals.cards["safety_with_children"]
    assert "Testkind" in card.findChildren(type(card.status))[2].text()  # why: the child

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    signals = {s.rule_id: s for s in page.signals.current_signals()}
    assert not page.signals.decide(signals["safety_with_children"], Decision.CONFIRMED, "   ")
    assert warnings and "reden" in warnings[0]  # a reason is required; nothing stored
    assert page.signals.decide(signals["safety_with_children"], Decision.CONFIRMED,
                               "Spanningen thuis, Sem hoort ruzies; overleg met collega gepland.")
    assert page.signals.decide(signals["money_or_work_and_health"], Decision.DISMISSED,
                               "De zorgen over geld zijn al opgelost via de bank.")
    assert page.nav.item(2).text() == "Signalen en weging (1 open)"

    page.signals.marker_boxes[Marker.PSYCHIATRIC].click()
    assert "psychiatric_condition" in page.signals.cards
    page.signals.recognition_buttons[Recognition.PARTLY].click()
    type_text(page.signals.resident_view, "Ik herken het geld, niet de rest.")
    page.signals.client_support.setCurrentIndex(
        page.signals.client_support.findData(ClientSupport.ACCEPTED))
    type_text(page.signals.client_support_date, date.today().strftime("%d-%m-%Y"))
    qtbot.waitUntil(lambda: page.save_status.text().startswith("Opgeslagen om"), timeout=2000)
    window.close()

    reopened = open_window()
    reopened.open_dossier(resident_id)
    reopened.open_conversation(int(conversation.id or 0))
    loaded = reopened.conversation.conversation
    assert loaded is not None
    assert loaded.decisions["safety_with_children"].decision is Decision.CONFIRMED
    assert loaded.decisions["money_or_work_and_health"].reason.startswith("De zorgen over geld")
    assert loaded.markers == {Marker.PSYCHIATRIC}
    assert loaded.resident_recognises is Recognition.PARTLY
    assert loaded.resident_view == "Ik herken het geld, niet de rest."
    assert loaded.client_support is ClientSupport.ACCEPTED
    assert loaded.client_support_date == date.today()
    panel = reopened.conversation.signals
    assert panel.recognition_buttons[Recognition.PARTLY].isChecked()
    assert "Bevestigd" in panel.cards["safety_with_children"].status.text()
    QApplication.processEvents()


def test_a_busy_store_keeps_the_typed_reason_and_asks_again(qtbot, open_window, monkeypatch):  # type: ignore[no-untyped-def]
    from pathlib import Path

    from PySide6.QtWidgets import QInputDialog

    from toegang_desktop.services.errors import StoreError

    page = open_new_conversation(open_window())
    _fill(page, "finances", 2)
    _fill(page, "mental_health", 2)
    (signal,) = page.signals.current_signals()

    class Busy(StoreError):
        code = "store_busy"

    real_decide = page.signals._service.decide
    attempts: list[int] = []

    def busy_once(*args: object) -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise Busy(Path("toegang.sqlite"))
        real_decide(*args)

    monkeypatch.setattr(page.signals._service, "decide", busy_once)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    offered: list[str] = []

    def answer(_parent, _title, _label, text=""):  # type: ignore[no-untyped-def]
        offered.append(text)
        return "Al geregeld via de huisarts.", True

    monkeypatch.setattr(QInputDialog, "getMultiLineText", answer)
    page.signals.ask_decision(signal, Decision.DISMISSED)

    assert warnings and "in gebruik" in warnings[0]  # what happened, and what to do
    assert offered == ["", "Al geregeld via de huisarts."]  # asked again with the typed reason
    assert page.signals.open_count() == 0  # saved on the second try


def test_an_acute_level_raises_the_first_card(qtbot, open_window):  # type: ignore[no-untyped-def]
    page = open_new_conversation(open_window())
    _fill(page, "finances", 2)
    _fill(page, "mental_health", 2)
    assert "acute" not in {s.rule_id for s in page.signals.current_signals()}
    _fill(page, "housing", 1)
    assert page.signals.current_signals()[0].rule_id == "acute"
    page.nav.setCurrentRow(2)
    layout = page.signals._signal_layout
    shown = [layout.itemAt(i).widget() for i in range(layout.count())]
    cards = [w for w in shown if w in page.signals.cards.values()]
    assert cards[0] is page.signals.cards["acute"]
    assert cards == [page.signals.cards[rule] for rule in (
        "acute", "concerns_in_three_domains", "money_or_work_and_health")]
    assert any("Acuut: nu handelen" in label.text()
               for label in cards[0].findChildren(type(page.signals.summary)))
