"""Route and plan, driven through the real widgets: choose, agree, reload, find it all back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from toegang_desktop.content.partners import default_partners_path
from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.plan import Agreement, AgreementStatus, Budget, Connection, Owner, Partner
from toegang_desktop.domain.resident import Resident
from toegang_desktop.services.plan import PlanService
from toegang_desktop.ui.plan.agreement_dialog import AgreementDialog
from toegang_desktop.ui.plan.partner_dialog import PartnerDialog, PartnerEditDialog
from toegang_desktop.ui.plan.plan_panel import PlanPanel

from .modal import when_dialog_opens
from .typing import type_text


@pytest.fixture
def setting(qtbot, open_window):  # type: ignore[no-untyped-def]
    """A window's store with a resident, a conversation and the standard partners."""
    window = open_window()
    resident_id = window._dossiers.register(
        Resident(first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1985, 3, 4)))
    conversation = window._conversations.start(Conversation(
        resident_id=resident_id, held_on=date.today(), place=Place.HOME,
        checklist_id="", checklist_version=""))
    service = PlanService(window._conversations._db)
    service.prefill_partners(default_partners_path())
    labels = {d.key: d.label for d in window._conversations.checklist.domains}
    return window, conversation, service, labels


def _panel(qtbot, service, labels, conversation) -> PlanPanel:  # type: ignore[no-untyped-def]
    panel = PlanPanel(service, labels)
    qtbot.addWidget(panel)
    panel.show_conversation(conversation)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _fill_first_agreement(qtbot, dialog: AgreementDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.owner.setCurrentIndex(dialog.owner.findData(Owner.PARTNER))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.banner.isVisible()  # what and partner are missing
    assert "Kies de partner" in dialog.banner.text()
    type_text(dialog.what, "Aanmelden bij schuldhulp; Şükrü gaat mee")
    dialog.partner.combo.setCurrentIndex(
        dialog.partner.combo.findText("Schuldhulpverlening (gemeente)"))
    type_text(dialog.due, "15-01-2027")
    dialog.domain_boxes["finances"].click()
    dialog.domain_boxes["practical_matters"].click()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _fill_second_agreement(qtbot, dialog: AgreementDialog) -> None:  # type: ignore[no-untyped-def]
    type_text(dialog.what, "Zus Łucja helpt met boodschappen")
    dialog.owner.setCurrentIndex(dialog.owner.findData(Owner.NETWORK))
    assert not dialog.partner.combo.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData(AgreementStatus.IN_PROGRESS))
    dialog.domain_boxes["social_network"].click()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_route_and_agreements_are_chosen_saved_and_found_back(qtbot, setting):  # type: ignore[no-untyped-def]
    window, conversation, service, labels = setting
    panel = _panel(qtbot, service, labels, conversation)
    assert not panel.coordinator.isEnabled()

    panel.integrated_plan.click()
    assert panel.coordinator.isEnabled()
    assert not panel.flush()  # a plan needs its coordinator: said, and nothing lost
    assert panel.banner.isVisible() and "regievoerder" in panel.banner.text()
    assert panel.integrated_plan.isChecked() and panel.has_unsaved_changes()
    type_text(panel.coordinator, "Łukasz de Vries")
    with qtbot.waitSignal(panel.changed, timeout=2000):
        assert panel.flush()
    assert not panel.banner.isVisible()

    for connection in (Connection.DEBT_HELP, Connection.WMO, Connection.OTHER):
        panel.connection_boxes[connection].click()
    type_text(panel.other_connection, "Buurthuis De Brug")
    panel.budget.setCurrentIndex(panel.budget.findData(Budget.BRIDGING))
    type_text(panel.budget_note, "Tot duidelijk is welke wet betaalt")
    panel.escalation.click()
    type_text(panel.escalation_note, "Wachttijd schuldhulp 14 weken")
    type_text(panel.team_does_itself, "Wekelijks huisbezoek, post samen doornemen")
    type_text(panel.refers_to, "Schuldhulpverlening")
    panel.stays_involved.click()
    type_text(panel.evaluation_date, "01-0")
    assert not panel.flush()  # half a date is not saved, and the panel says so
    assert "Evaluatiedatum" in panel.banner.text()
    assert panel.evaluation_date.text() == "01-0"
    type_text(panel.evaluation_date, "3-2027")
    qtbot.waitUntil(lambda: not panel.has_unsaved_changes(), timeout=2000)  # saved on its own
    assert not panel.banner.isVisible()

    when_dialog_opens(AgreementDialog, lambda d: _fill_first_agreement(qtbot, d))
    panel.agreement_list.add_button.click()
    when_dialog_opens(AgreementDialog, lambda d: _fill_second_agreement(qtbot, d))
    panel.agreement_list.add_button.click()
    assert panel.agreement_list.table.rowCount() == 2

    reloaded = _panel(qtbot, PlanService(window._conversations._db), labels,
                      window._conversations.load(int(conversation.id or 0)))
    assert reloaded.integrated_plan.isChecked()
    assert reloaded.coordinator.text() == "Łukasz de Vries"
    assert {c for c, box in reloaded.connection_boxes.items() if box.isChecked()} == {
        Connection.DEBT_HELP, Connection.WMO, Connection.OTHER}
    assert reloaded.other_connection.text() == "Buurthuis De Brug"
    assert reloaded.budget.currentData() == Budget.BRIDGING
    assert reloaded.budget_note.text() == "Tot duidelijk is welke wet betaalt"
    assert reloaded.escalation_note.toPlainText() == "Wachttijd schuldhulp 14 weken"
    assert reloaded.team_does_itself.toPlainText() == "Wekelijks huisbezoek, post samen doornemen"
    assert reloaded.refers_to.toPlainText() == "Schuldhulpverlening"
    assert not reloaded.stays_involved.isChecked()
    assert reloaded.evaluation_date.text() == "01-03-2027"
    table = reloaded.agreement_list.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    assert rows[0][0] == "Aanmelden bij schuldhulp; Şükrü gaat mee"
    assert rows[0][2:4] == ["Schuldhulpverlening (gemeente)", "15-01-2027"]
    assert rows[0][5] == f"{labels['finances']}, {labels['practical_matters']}"
    assert rows[1][0] == "Zus Łucja helpt met boodschappen"
    assert rows[1][2:4] == ["", ""] and rows[1][5] == labels["social_network"]
    first, second = service.agreements(int(conversation.id or 0))
    assert (first.owner, second.owner, second.status) == (
        Owner.PARTNER, Owner.NETWORK, AgreementStatus.IN_PROGRESS)


def test_an_agreement_is_edited_through_its_dialog(qtbot, setting):  # type: ignore[no-untyped-def]
    _window, conversation, service, labels = setting
    cid = int(conversation.id or 0)
    service.add_agreement(cid, Agreement(what="Bellen met de school", owner=Owner.TEAM))
    panel = _panel(qtbot, service, labels, conversation)
    panel.agreement_list.table.selectRow(0)

    def finish(dialog: AgreementDialog) -> None:
        assert dialog.what.toPlainText() == "Bellen met de school"
        dialog.status.setCurrentIndex(dialog.status.findData(AgreementStatus.DONE))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(AgreementDialog, finish)
    with qtbot.waitSignal(panel.changed, timeout=2000):
        panel.agreement_list.edit_button.click()
    assert service.agreements(cid)[0].status is AgreementStatus.DONE
    assert panel.agreement_list.table.item(0, 4).text() == "Afgerond"


def test_closing_the_agreement_dialog_asks_before_input_is_lost(qtbot, setting, monkeypatch):  # type: ignore[no-untyped-def]
    _window, conversation, service, _labels = setting
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", question)
    domains = [(a.domain_key, a.label) for a in conversation.assessments]
    dialog = AgreementDialog(service, int(conversation.id or 0), domains)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.what, "Iets half getypt")
    dialog.reject()
    assert dialog.isVisible() and dialog.what.toPlainText() == "Iets half getypt"
    dialog.reject()
    assert not dialog.isVisible() and len(asked) == 2
    assert service.agreements(int(conversation.id or 0)) == []


def test_removing_an_agreement_asks_first(qtbot, setting, monkeypatch):  # type: ignore[no-untyped-def]
    _window, conversation, service, labels = setting
    cid = int(conversation.id or 0)
    service.add_agreement(cid, Agreement(what="Huisbezoek", owner=Owner.TEAM))
    panel = _panel(qtbot, service, labels, conversation)
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answer[0])
    panel.agreement_list.table.selectRow(0)
    panel.agreement_list.remove_button.click()
    assert len(service.agreements(cid)) == 1
    answer[0] = QMessageBox.StandardButton.Yes
    panel.agreement_list.remove_button.click()
    assert service.agreements(cid) == [] and panel.agreement_list.table.rowCount() == 0


def test_partner_directory_adds_and_deactivates(qtbot, setting):  # type: ignore[no-untyped-def]
    _window, conversation, service, _labels = setting
    cid = int(conversation.id or 0)
    closing = service.save_partner(Partner(organisation="Buurthuis Zoë"))
    service.add_agreement(cid, Agreement(what="Koffieochtend", owner=Owner.PARTNER,
                                         partner_id=closing.id))
    directory = PartnerDialog(service)
    qtbot.addWidget(directory)
    directory.show()

    def add(dialog: PartnerEditDialog) -> None:
        type_text(dialog.organisation, "Bibliotheek (digitaal spreekuur)")
        type_text(dialog.contact, "via de balie")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(PartnerEditDialog, add)
    with qtbot.waitSignal(directory.changed, timeout=2000):
        directory.add_button.click()
    assert directory.selected() is not None
    assert directory.selected().organisation == "Bibliotheek (digitaal spreekuur)"

    directory.select_partner(int(closing.id or 0))
    assert directory.active_button.isEnabled()
    directory.active_button.click()
    names = [p.organisation for p in service.partners()]
    assert "Buurthuis Zoë" not in names and "Bibliotheek (digitaal spreekuur)" in names

    # The agreement keeps its partner, shown as deactivated; a new one cannot choose it.
    domains = [(a.domain_key, a.label) for a in conversation.assessments]
    [agreement] = service.agreements(cid)
    editing = AgreementDialog(service, cid, domains, agreement)
    qtbot.addWidget(editing)
    assert editing.partner.partner_id() == closing.id
    assert "Buurthuis Zoë" in editing.partner.combo.currentText()
    fresh = AgreementDialog(service, cid, domains)
    qtbot.addWidget(fresh)
    offered = [fresh.partner.combo.itemText(i) for i in range(fresh.partner.combo.count())]
    assert not any("Buurthuis Zoë" in text for text in offered)


def test_a_full_disk_keeps_the_route_on_screen(qtbot, setting):  # type: ignore[no-untyped-def]
    window, conversation, service, labels = setting
    panel = _panel(qtbot, service, labels, conversation)
    db = window._conversations._db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    text = "Wekelijks huisbezoek. " * 5000
    panel.team_does_itself.setPlainText(text)
    assert not panel.flush()
    assert panel.banner.isVisible() and panel.team_does_itself.toPlainText() == text
    db.execute("PRAGMA max_page_count = 1073741823")
    qtbot.waitUntil(lambda: not panel.has_unsaved_changes(), timeout=5000)  # retried
    assert service.route(int(conversation.id or 0)).team_does_itself == text.strip()


def _tab_path(start: QWidget, stop: QWidget) -> list[QWidget]:
    path, widget = [start], start
    while widget is not stop:
        widget = widget.nextInFocusChain()
        if widget is start:
            raise AssertionError("the focus chain never reaches the stop widget")
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            path.append(widget)
    return path


def test_tab_follows_the_screen_and_every_control_has_a_name(qtbot, setting):  # type: ignore[no-untyped-def]
    _window, conversation, service, labels = setting
    panel = _panel(qtbot, service, labels, conversation)
    panel.integrated_plan.click()
    panel.budget.setCurrentIndex(1)
    agreements = panel.agreement_list
    path = _tab_path(panel.integrated_plan, agreements.add_button)
    assert path == [
        panel.integrated_plan, panel.coordinator, panel.long_term, panel.budget,
        panel.budget_note, panel.escalation, *panel.connection_boxes.values(),
        panel.team_does_itself, panel.refers_to, panel.stays_involved, panel.evaluation_date,
        agreements.table, agreements.add_button]
    for widget in panel.findChildren(QWidget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            text = getattr(widget, "text", lambda: "")
            name = widget.accessibleName() or (text() if callable(text) else "")
            assert name.strip(), type(widget).__name__
