"""The reporting-code dialog: walk the five steps, save, reopen and find everything back;
problems keep the input; leaving asks first; keyboard and screen-reader access."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.problems import Problem
from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.safety import SafetyDecision, SafetyQuestion, SafetyStep
from toegang_desktop.services.safety import SafetyService
from toegang_desktop.ui.safety.safety_dialog import SafetyDialog
from toegang_desktop.wording.labels import safety_decision_label
from toegang_desktop.wording.messages import problem_text

from .conftest import TODAY
from .typing import type_text

Q = SafetyQuestion


@pytest.fixture
def setting(open_window):  # type: ignore[no-untyped-def]
    """A resident with one conversation, and the safety service on the window's store."""
    window = open_window()
    resident_id = window._dossiers.register(Resident(
        first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1985, 3, 4)))
    conversation = window._conversations.start(Conversation(
        resident_id=resident_id, held_on=TODAY, place=Place.HOME, checklist_id="",
        checklist_version=""))
    return window, SafetyService(window._conversations._db), int(conversation.id or 0)


@pytest.fixture
def dialogs(qtbot, setting) -> Iterator[Callable[[], SafetyDialog]]:  # type: ignore[no-untyped-def]
    """Opens dialogs on the conversation; they are closed without asking at the end."""
    window, service, conversation_id = setting
    opened: list[SafetyDialog] = []

    def opener() -> SafetyDialog:
        dialog = SafetyDialog(service, conversation_id, "Zoë Voorbeeld", TODAY, parent=window)
        opened.append(dialog)
        dialog.show()
        dialog.activateWindow()  # as the modal dialog is when the page opens it
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        return dialog

    yield opener
    for dialog in opened:
        dialog.done(QDialog.DialogCode.Rejected)




def _next(qtbot, dialog: SafetyDialog, step: SafetyStep) -> None:  # type: ignore[no-untyped-def]
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == list(SafetyStep).index(step)
    qtbot.waitUntil(dialog.notes[step].isVisible)


def _add_consultation(qtbot, dialog: SafetyDialog, who: str, day: str, veilig_thuis: bool) -> None:  # type: ignore[no-untyped-def]
    dialog.add_consultation_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert editor is not None
    type_text(editor, who)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table commits the edit a moment later
    table = dialog.consultations
    row = table.rowCount() - 1
    qtbot.waitUntil(lambda: dialog._cell(row, 0).text() == who)
    assert dialog.isVisible() and not dialog.banner.isVisible()  # Return did not save
    dialog._cell(row, 1).setText(day)
    if veilig_thuis:
        table.setCurrentCell(row, 2)
        qtbot.keyClick(table, Qt.Key.Key_Space)
        assert dialog._cell(row, 2).checkState() == Qt.CheckState.Checked


def test_walk_all_steps_save_reopen_and_find_everything_back(qtbot, dialogs) -> None:  # type: ignore[no-untyped-def]
    dialog = dialogs()
    assert dialog.restricted.isVisible()
    assert dialog.stack.currentIndex() == 0 and not dialog.previous_button.isEnabled()
    type_text(dialog.notes[SafetyStep.SIGNALS], "Blauwe plekken bij Ümit (7), gezien op 3-11.")
    dialog.done_boxes[SafetyStep.SIGNALS].click()
    assert dialog.step_list.item(0).text().endswith("✓")

    _next(qtbot, dialog, SafetyStep.CONSULT)
    _add_consultation(qtbot, dialog, "Aandachtsfunctionaris", "10-11-2026", False)
    _add_consultation(qtbot, dialog, "Veilig Thuis (anoniem)", "12-11-2026", True)
    type_text(dialog.notes[SafetyStep.CONSULT], "Advies: melden overwegen.")
    dialog.done_boxes[SafetyStep.CONSULT].click()

    _next(qtbot, dialog, SafetyStep.TALK)
    type_text(dialog.talked_on, "16-11-2026")
    type_text(dialog.notes[SafetyStep.TALK], "Moeder erkent spanningen.")
    dialog.done_boxes[SafetyStep.TALK].click()

    _next(qtbot, dialog, SafetyStep.WEIGH)
    type_text(dialog.notes[SafetyStep.WEIGH], "Herhaald geweld; structureel.")

    _next(qtbot, dialog, SafetyStep.DECIDE)
    assert not dialog.next_button.isEnabled()
    dialog.answers[Q.SUSPICION][True].click()
    dialog.answers[Q.ACUTE_OR_STRUCTURAL_UNSAFETY][True].click()
    report = safety_decision_label(SafetyDecision.REPORT_TO_VEILIG_THUIS)
    assert report in dialog.advice.text()  # acute unsafety: the advice is to report
    dialog.answers[Q.CAN_OFFER_HELP][True].click()
    both = safety_decision_label(SafetyDecision.REPORT_AND_HELP)
    assert both in dialog.advice.text()
    assert dialog.decision.accessibleDescription() == dialog.advice.text()
    dialog.decision.setCurrentIndex(dialog.decision.findData(SafetyDecision.REPORT_AND_HELP))
    assert dialog.decided_on.text() == "23-11-2026"  # filled in with today
    assert not dialog.deviation.isVisible()
    type_text(dialog.reason, "Structurele onveiligheid; gezin wil hulp van het wijkteam.")
    dialog.done_boxes[SafetyStep.DECIDE].click()
    dialog.save_button.click()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted

    again = dialogs()
    assert not again.is_dirty()
    assert again.notes[SafetyStep.SIGNALS].toPlainText() == "Blauwe plekken bij Ümit (7), gezien op 3-11."
    assert again.notes[SafetyStep.WEIGH].toPlainText() == "Herhaald geweld; structureel."
    assert [again.done_boxes[s].isChecked() for s in SafetyStep] == [True, True, True, False, True]
    cell = again._cell
    assert [(cell(r, 0).text(), cell(r, 1).text(), cell(r, 2).checkState() == Qt.CheckState.Checked)
            for r in range(again.consultations.rowCount())] == [
        ("Aandachtsfunctionaris", "10-11-2026", False), ("Veilig Thuis (anoniem)", "12-11-2026", True)]
    assert again.talked_on.text() == "16-11-2026"
    assert [next(a for a, b in again.answers[q].items() if b.isChecked()) for q in Q] == [
        True, True, True, None, None]
    assert again.decision.currentData() == SafetyDecision.REPORT_AND_HELP
    assert again.decided_on.text() == "23-11-2026"
    assert again.reason.toPlainText().startswith("Structurele onveiligheid")
    assert both in again.advice.text()


def test_no_report_despite_acute_unsafety_is_refused_and_the_input_kept(qtbot, dialogs, setting) -> None:  # type: ignore[no-untyped-def]
    _window, service, conversation_id = setting
    dialog = dialogs()
    dialog.go_to(4)
    dialog.answers[Q.SUSPICION][True].click()
    dialog.answers[Q.ACUTE_OR_STRUCTURAL_UNSAFETY][True].click()
    dialog.decision.setCurrentIndex(dialog.decision.findData(SafetyDecision.NO_FURTHER_ACTION))
    assert dialog.deviation.isVisible()  # it differs from the advice, live
    dialog.go_to(0)
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert dialog.stack.currentIndex() == 4 and dialog.decision.hasFocus()  # taken to the problem
    assert problem_text(Problem("safety_report_required", "decision")) in dialog.banner.text()
    assert dialog.decision.currentData() == SafetyDecision.NO_FURTHER_ACTION
    assert not service.has_record(conversation_id)


def test_an_unreadable_date_is_named_and_nothing_saved(qtbot, dialogs, setting) -> None:  # type: ignore[no-untyped-def]
    _window, service, conversation_id = setting
    dialog = dialogs()
    dialog.go_to(2)
    type_text(dialog.talked_on, "31-02-2026")
    dialog.go_to(0)
    dialog.save_button.click()
    assert dialog.banner.isVisible() and dialog.stack.currentIndex() == 2
    assert dialog.talked_on.hasFocus() and dialog.talked_on.text() == "31-02-2026"
    assert not service.has_record(conversation_id)


def test_leaving_with_input_asks_first(dialogs, asked) -> None:  # type: ignore[no-untyped-def]
    dialog = dialogs()
    dialog.reject()
    assert asked == [] and not dialog.isVisible()  # untouched: closes at once

    dialog = dialogs()
    dialog.go_to(4)
    dialog.answers[Q.SUSPICION][False].click()
    dialog.reject()
    assert len(asked) == 1 and dialog.isVisible()
    assert dialog.answers[Q.SUSPICION][False].isChecked()
    asked.answer = QMessageBox.StandardButton.Yes
    dialog.cancel_button.click()
    assert len(asked) == 2 and not dialog.isVisible()


def _tab_path(start: QWidget, stop: QWidget) -> list[QWidget]:
    path, widget = [start], start
    while widget is not stop:
        following = widget.nextInFocusChain()
        assert following is not None and following is not start, "the chain never reaches stop"
        widget = following
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            path.append(widget)
    return path


def test_tab_order_follows_each_step_and_every_field_has_a_name(dialogs) -> None:  # type: ignore[no-untyped-def]
    dialog = dialogs()
    dialog.go_to(2)
    assert _tab_path(dialog.step_list, dialog.cancel_button) == [
        dialog.step_list, dialog.talked_on, dialog.why_not, dialog.notes[SafetyStep.TALK],
        dialog.done_boxes[SafetyStep.TALK], dialog.previous_button, dialog.next_button,
        dialog.save_button, dialog.cancel_button]
    dialog.go_to(4)
    path = _tab_path(dialog.step_list, dialog.decision)
    assert path[0] is dialog.step_list and path[-1] is dialog.decision
    assert path[1] is dialog.answers[Q.SUSPICION][True]
    fields = [*dialog.notes.values(), dialog.consultations, dialog.talked_on, dialog.why_not,
              dialog.decision, dialog.decided_on, dialog.reason, dialog.step_list,
              *(button for buttons in dialog.answers.values() for button in buttons.values())]
    assert all(field.accessibleName() for field in fields)
    assert len({field.accessibleName() for field in fields}) == len(fields)  # each one distinct


def test_sizes_follow_the_font(dialogs) -> None:  # type: ignore[no-untyped-def]
    dialog = dialogs()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    bigger = app.font()
    bigger.setPointSizeF(normal.pointSizeF() * 1.5)  # as at 150 % text scaling
    app.setFont(bigger)
    try:
        big = dialogs()
    finally:
        app.setFont(normal)
    assert big.step_list.width() > dialog.step_list.width() * 1.3
    for step in SafetyStep:
        assert big.notes[step].minimumHeight() > dialog.notes[step].minimumHeight() * 1.3
    assert big.reason.height() > dialog.reason.height() * 1.3


def test_a_store_that_cannot_be_written_keeps_the_input_on_screen(qtbot, dialogs, setting) -> None:  # type: ignore[no-untyped-def]
    window, service, conversation_id = setting
    dialog = dialogs()
    type_text(dialog.notes[SafetyStep.SIGNALS], "Zorgen van school.")
    db = window._conversations._db
    db.execute("PRAGMA query_only = ON")  # as a read-only or full disk would
    try:
        dialog.save_button.click()
    finally:
        db.execute("PRAGMA query_only = OFF")
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert dialog.notes[SafetyStep.SIGNALS].toPlainText() == "Zorgen van school."
    assert dialog.is_dirty() and not service.has_record(conversation_id)
    dialog.save_button.click()  # once the store can be written again, saving works
    assert not dialog.isVisible() and service.has_record(conversation_id)
