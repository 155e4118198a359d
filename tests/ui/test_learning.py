"""The learning loop through the real widgets: record a bottleneck (the personal-data check
stops a resident's name and says what it found), mark it solved, record a neighbourhood signal,
record a bottleneck from a conversation's route, and the period report dialog."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPlainTextEdit

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.learning import Bottleneck, BottleneckCategory, Law
from toegang_desktop.domain.resident import Resident
from toegang_desktop.ui.learning.learning_dialogs import BottleneckDialog, SignalDialog
from toegang_desktop.ui.learning.learning_page import LearningDialog
from toegang_desktop.ui.plan.plan_panel import PlanPanel
from toegang_desktop.ui.reports.period_report_dialog import PeriodReportDialog

from .conftest import TODAY
from .modal import when_dialog_opens
from .typing import type_text


@pytest.fixture
def window(open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    window._dossiers.register(Resident(first_names="Zoë", prefix="van", surname="Oefenaar",
                                       date_of_birth=date(1985, 3, 4)))
    return window


def _learning(qtbot, window) -> LearningDialog:  # type: ignore[no-untyped-def]
    dialog = LearningDialog(window._session, "Gemeente Voorbeeldstad", lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_menu_opens_the_learning_loop(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    when_dialog_opens(LearningDialog, lambda d: (seen.append(d.windowTitle()), d.reject()))
    window.open_learning()
    assert seen == ["Leerloop: knelpunten en wijksignalen"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Leerloop" in titles


def test_a_bottleneck_with_a_residents_name_is_refused_then_saved(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _learning(qtbot, window)
    seen: dict[str, object] = {}

    def fill(editor: BottleneckDialog) -> None:
        editor.category.setCurrentIndex(editor.category.findData(BottleneckCategory.WAITING_LIST))
        type_text(editor.what_happened, "Mevrouw Oefenaar wacht 14 weken op de ggz.")
        editor.law_boxes[Law.HEALTH_INSURANCE_ACT].click()
        editor.domain_boxes["mental_health"].click()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        seen["banner"] = editor.banner.text()
        seen["open"] = editor.isVisible()
        seen["selected"] = editor.what_happened.textCursor().selectedText()
        editor.what_happened.setPlainText("Een inwoner wacht 14 weken op de ggz.")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(BottleneckDialog, fill)
    qtbot.mouseClick(dialog.add_bottleneck_button, Qt.MouseButton.LeftButton)
    assert seen["open"] is True
    assert "de naam van een inwoner" in str(seen["banner"])
    assert "\u201cMevrouw Oefenaar\u201d" in str(seen["banner"])
    assert "niets opgeslagen" in str(seen["banner"])
    assert seen["selected"] == "Mevrouw Oefenaar"
    assert dialog.bottleneck_table.rowCount() == 1
    assert dialog.bottleneck_table.item(0, 2).text() == "Een inwoner wacht 14 weken op de ggz."
    assert dialog.bottleneck_table.item(0, 5).text() == "Nog niet"

    dialog.bottleneck_table.selectRow(0)
    assert dialog.solved_button.text() == "Markeren als opgelost"
    qtbot.mouseClick(dialog.solved_button, Qt.MouseButton.LeftButton)
    assert dialog.bottleneck_table.item(0, 5).text() == "23-11-2026"
    assert window._session.learning.bottlenecks()[0].solved_on == TODAY
    dialog.open_only.click()
    assert dialog.bottleneck_table.rowCount() == 0


def test_a_neighbourhood_signal_is_recorded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _learning(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    banners: list[str] = []

    def fill(editor: SignalDialog) -> None:
        type_text(editor.area, "Oosterpark")
        type_text(editor.description, "Bel 06-12345678 voor de buurtkamer.")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        banners.append(editor.banner.text())
        editor.description.setPlainText("Veel ouderen komen de winter niet door zonder verwarming.")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(SignalDialog, fill)
    qtbot.mouseClick(dialog.add_signal_button, Qt.MouseButton.LeftButton)
    assert "een telefoonnummer" in banners[0] and "06-12345678" in banners[0]
    assert dialog.signal_table.rowCount() == 1
    assert dialog.signal_table.item(0, 2).text() == "Oosterpark"


def test_record_a_bottleneck_from_the_route(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    session = window._session
    resident_id = session.dossiers.register(Resident(
        first_names="Jan", surname="Proef", date_of_birth=date(1980, 1, 1)))
    conversation = session.conversations.start(Conversation(
        resident_id=resident_id, held_on=date(2026, 11, 2), place=Place.HOME,
        checklist_id="", checklist_version=""))
    finances = conversation.assessment("finances")
    finances.discussed, finances.level = True, 2
    session.conversations.save_assessment(int(conversation.id or 0), finances)
    labels = {d.key: d.label for d in session.conversations.checklist.domains}
    panel = PlanPanel(session.plan, labels, learning=session.learning)
    qtbot.addWidget(panel)
    panel.show_conversation(conversation)
    panel.show()
    qtbot.waitExposed(panel)
    panel.escalation.click()
    type_text(panel.escalation_note, "Geen regeling voor tijdelijke huur.")
    panel.connection_boxes[next(iter(panel.connection_boxes))].click()  # work and income
    seen: dict[str, object] = {}

    def check(editor: BottleneckDialog) -> None:
        seen["note"] = editor.what_happened.toPlainText()
        seen["domains"] = [k for k, b in editor.domain_boxes.items() if b.isChecked()]
        seen["laws"] = {law for law, b in editor.law_boxes.items() if b.isChecked()}
        seen["category"] = editor.category.currentData()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(BottleneckDialog, check)
    qtbot.mouseClick(panel.bottleneck_button, Qt.MouseButton.LeftButton)
    assert seen == {"note": "Geen regeling voor tijdelijke huur.", "domains": ["finances"],
                    "laws": {Law.PARTICIPATION_ACT},
                    "category": BottleneckCategory.BLOCKING_RULE}
    assert panel.bottleneck_count.text() == "1 knelpunt vastgelegd vanuit dit gesprek."
    assert session.learning.bottlenecks_of(int(conversation.id or 0))[0].laws == {
        Law.PARTICIPATION_ACT}


def _add_bottlenecks(window, count: int, day: date) -> None:  # type: ignore[no-untyped-def]
    for _ in range(count):
        window._session.learning.save_bottleneck(Bottleneck(
            category=BottleneckCategory.WAITING_LIST, what_happened="Wachtlijst ggz.",
            occurred_on=day, laws={Law.WMO}))


def test_the_period_report_dialog(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _add_bottlenecks(window, 6, date(2026, 8, 3))
    _add_bottlenecks(window, 2, date(2026, 5, 3))
    dialog = PeriodReportDialog(window._session.period_report, "Gemeente Voorbeeldstad",
                                lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.period_choice.currentText().startswith("Kwartaal 3 2026")
    assert "Knelpunten: 6 (vorige periode < 5, verschil –)" in dialog.summary.text()

    targets = iter([tmp_path / "r.pdf", tmp_path / "r.csv", tmp_path / "a.json"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(next(targets)), ""))
    for button in (dialog.pdf_button, dialog.csv_button, dialog.aggregate_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert all((tmp_path / name).stat().st_size > 0 for name in ("r.pdf", "r.csv", "a.json"))
    assert not dialog.banner.isVisible()

    dialog.merge_paths([tmp_path / "a.json", tmp_path / "a.json"])
    assert "is hetzelfde aggregaatbestand als a.json" in dialog.banner.text()
    other = json.loads((tmp_path / "a.json").read_text("utf-8"))
    other.update(id="b" * 32, workstation="c" * 32)  # another workstation with the same counts
    (tmp_path / "b.json").write_text(json.dumps(other), "utf-8")
    dialog.merge_paths([tmp_path / "a.json", tmp_path / "b.json"])
    assert "Teamrapportage, samengevoegd uit 2 werkplekken." in dialog.summary.text()
    assert "Knelpunten: 12" in dialog.summary.text()
    assert not dialog.aggregate_button.isEnabled() and dialog.own_button.isVisible()

    (tmp_path / "bad.json").write_text("{}", "utf-8")
    dialog.merge_paths([tmp_path / "bad.json"])
    assert "geen aggregaatbestand" in dialog.banner.text()

    qtbot.mouseClick(dialog.own_button, Qt.MouseButton.LeftButton)
    assert "Deze werkplek." in dialog.summary.text()
    dialog.period_choice.setCurrentIndex(dialog.period_choice.count() - 1)  # other period
    dialog.start.setText("01-05-2026")
    dialog.end.setText("31-08-2026")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert "Knelpunten: 8" in dialog.summary.text()
    dialog.end.setText("01-01-2026")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert "de tweede op of na de eerste" in dialog.banner.text()


def test_the_text_boxes_are_plain_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _learning(qtbot, window)
    editor = dialog.bottleneck_dialog(Bottleneck(BottleneckCategory.OTHER, "", TODAY))
    qtbot.addWidget(editor)
    assert isinstance(editor.what_happened, QPlainTextEdit)
    editor.what_happened.setPlainText("x")
    editor.occurred_on.setText("31-02-2026")
    editor.save()
    assert "Datum: vul een bestaande datum in" in editor.banner.text()
