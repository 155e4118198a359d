"""Complete the investigation in the panel and make the report final; reopen it again."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from toegang_desktop.domain.conversation import ClientSupport, Conversation, Place
from toegang_desktop.domain.investigation import Topic, TopicState
from toegang_desktop.domain.problems import Problem
from toegang_desktop.domain.resident import Resident
from toegang_desktop.services.investigation import InvestigationService
from toegang_desktop.ui.common.formatting import format_date
from toegang_desktop.ui.conversation.investigation_panel import InvestigationPanel
from toegang_desktop.wording.field_names import field_label
from toegang_desktop.wording.labels import topic_label
from toegang_desktop.wording.messages import problem_text

from .typing import type_text


def _setup(qtbot, open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    resident_id = window._dossiers.register(Resident(
        first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1948, 3, 4)))
    conversation = window._conversations.start(Conversation(
        resident_id=resident_id, held_on=date.today(), place=Place.HOME, checklist_id="",
        checklist_version="", melding_date=date.today() - timedelta(days=9)))
    service = InvestigationService(window._conversations._db, window._conversations)
    panel = InvestigationPanel(service)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=2000)  # focus moves only in an active window
    panel.show_conversation(conversation)
    return window, conversation, service, panel


def _banner_lines(panel: InvestigationPanel) -> list[str]:
    assert panel.banner.isVisible()
    return [line.removeprefix("• ") for line in panel.banner.text().splitlines()]


def test_make_final_lists_what_is_missing_then_makes_final_and_reopens(  # type: ignore[no-untyped-def]
    qtbot, open_window, monkeypatch
):
    window, conversation, service, panel = _setup(qtbot, open_window)
    talks = window._conversations

    qtbot.mouseClick(panel.final_button, Qt.MouseButton.LeftButton)

    lines = _banner_lines(panel)
    assert [line.split(":")[0] for line in lines] == [
        *(topic_label(t) for t in Topic), field_label("client_support"), field_label("assessments")]
    assert "Financiën" in lines[-1] and "Mantelzorg" in lines[-1]  # the domains by name
    assert panel.banner.hasFocus()
    assert conversation.finalised_on is None
    assert talks.load(int(conversation.id or 0)).finalised_on is None

    # Domains handled: the ones about care discussed, the rest marked not discussed.
    for assessment in conversation.assessments:
        assessment.discussed = assessment.domain_key in ("informal_care", "physical_health")
        talks.save_assessment(int(conversation.id or 0), assessment)
    panel.refresh()
    hint = panel.editors[Topic.INFORMAL_CARE_NETWORK].suggestion
    assert hint.isVisible() and "Mantelzorg" in hint.text()
    assert not panel.editors[Topic.NEEDS].suggestion.isVisible()
    assert panel.editors[Topic.INFORMAL_CARE_NETWORK].record().state is TopicState.OPEN  # a hint only

    for topic in Topic:
        if topic is not Topic.CARER_SUPPORT:
            panel.editors[topic].state_buttons[TopicState.COVERED].click()
    assert not hint.isVisible()  # covered now
    type_text(panel.editors[Topic.NEEDS].note, "Wil thuis blijven wonen.")
    carer = panel.editors[Topic.CARER_SUPPORT]
    assert not carer.reason.isEnabled()
    carer.state_buttons[TopicState.NOT_APPLICABLE].click()
    assert carer.reason.isEnabled() and carer.problem.isVisible()  # say why; nothing stored
    assert service.topics(int(conversation.id or 0))[Topic.CARER_SUPPORT].state is TopicState.OPEN
    type_text(carer.reason, "Geen mantelzorger in beeld.")
    qtbot.waitUntil(lambda: not panel.pending, timeout=2000)
    assert not carer.problem.isVisible()
    stored = service.topics(int(conversation.id or 0))
    assert stored[Topic.CARER_SUPPORT].reason == "Geen mantelzorger in beeld."
    assert stored[Topic.NEEDS].note == "Wil thuis blijven wonen."

    qtbot.mouseClick(panel.final_button, Qt.MouseButton.LeftButton)
    assert _banner_lines(panel) == [
        f"{field_label('client_support')}: " + lines[-2].split(": ", 1)[1]]  # only this is left

    conversation.client_support = ClientSupport.ACCEPTED
    conversation.client_support_date = date.today()
    talks.update_header(conversation)
    with qtbot.waitSignal(panel.finalised_changed, timeout=1000):
        qtbot.mouseClick(panel.final_button, Qt.MouseButton.LeftButton)

    assert not panel.banner.isVisible()
    assert panel.final_label.isVisible() and format_date(date.today()) in panel.final_label.text()
    assert panel.reopen_button.isVisible() and not panel.final_button.isVisible()
    assert panel.final_label.hasFocus()  # read out by screen readers
    assert not panel.editors[Topic.NEEDS].state_buttons[TopicState.OPEN].isVisible()  # locked
    assert panel.editors[Topic.NEEDS].note.isReadOnly()
    assert talks.load(int(conversation.id or 0)).finalised_on == date.today()

    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    assert asked and talks.load(int(conversation.id or 0)).finalised_on == date.today()

    answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(panel.finalised_changed, timeout=1000):
        qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert talks.load(int(conversation.id or 0)).finalised_on is None
    assert panel.final_button.isVisible() and not panel.final_label.isVisible()
    assert panel.editors[Topic.NEEDS].state_buttons[TopicState.OPEN].isVisible()


def test_unsaved_exception_is_named_by_its_missing_reason(qtbot, open_window):  # type: ignore[no-untyped-def]
    _window, conversation, service, panel = _setup(qtbot, open_window)
    carer = panel.editors[Topic.CARER_SUPPORT]
    carer.state_buttons[TopicState.NOT_APPLICABLE].click()
    type_text(carer.note, "Dochter komt wekelijks.")

    qtbot.mouseClick(panel.final_button, Qt.MouseButton.LeftButton)

    carer_line = next(line for line in _banner_lines(panel)
                      if line.startswith(topic_label(Topic.CARER_SUPPORT)))
    assert carer_line.endswith(problem_text(Problem("topic_reason_missing", "")))
    assert carer.record().note == "Dochter komt wekelijks."  # the input stays on screen
    assert carer.state_buttons[TopicState.NOT_APPLICABLE].isChecked()
    assert service.topics(int(conversation.id or 0))[Topic.CARER_SUPPORT].state is TopicState.OPEN
    assert panel.pending


def test_reopened_conversation_shows_what_was_stored(qtbot, open_window):  # type: ignore[no-untyped-def]
    window, conversation, service, panel = _setup(qtbot, open_window)
    panel.editors[Topic.HEALTH_CARE].state_buttons[TopicState.COVERED].click()
    type_text(panel.editors[Topic.HEALTH_CARE].note, "Afgestemd met de huisarts.")
    assert panel.flush()

    fresh = InvestigationPanel(service)
    qtbot.addWidget(fresh)
    fresh.show_conversation(window._conversations.load(int(conversation.id or 0)))

    editor = fresh.editors[Topic.HEALTH_CARE]
    assert editor.state_buttons[TopicState.COVERED].isChecked()
    assert editor.note.toPlainText() == "Afgestemd met de huisarts."
    assert fresh.editors[Topic.NEEDS].state_buttons[TopicState.OPEN].isChecked()
    assert "1" in fresh.progress.text()


def test_full_disk_keeps_the_note_and_saving_resumes(qtbot, open_window):  # type: ignore[no-untyped-def]
    window, conversation, service, panel = _setup(qtbot, open_window)
    db = window._conversations._db
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    note = "Buurvrouw helpt met boodschappen. " * 3000
    editor = panel.editors[Topic.OWN_STRENGTH]
    editor.note.setPlainText(note)

    qtbot.waitUntil(panel.save_status.isVisible, timeout=2000)
    assert editor.note.toPlainText() == note and panel.pending

    db.execute("PRAGMA max_page_count = 1073741823")  # space returns: retried by itself
    qtbot.waitUntil(lambda: not panel.pending, timeout=5000)
    assert not panel.save_status.isVisible()
    assert service.topics(int(conversation.id or 0))[Topic.OWN_STRENGTH].note == note.strip()


def test_tab_goes_through_the_topics_in_order(qtbot, open_window):  # type: ignore[no-untyped-def]
    _window, _conversation, _service, panel = _setup(qtbot, open_window)
    needs, strength = panel.editors[Topic.NEEDS], panel.editors[Topic.OWN_STRENGTH]
    needs.state_buttons[TopicState.OPEN].setFocus()

    qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)  # one stop for the state; arrows choose
    assert needs.note.hasFocus()
    qtbot.keyClick(needs.note, Qt.Key.Key_Tab)  # the reason is off: the topic is not excepted
    assert panel.focusWidget() in strength.state_buttons.values()
    qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
    assert strength.note.hasFocus()


def test_a_topic_that_could_not_be_saved_blocks_making_final(qtbot, open_window):  # type: ignore[no-untyped-def]
    window, conversation, service, panel = _setup(qtbot, open_window)
    editor = panel.editors[Topic.GENERAL_FACILITIES]
    editor.state_buttons[TopicState.NOT_APPLICABLE].click()  # no reason: cannot be saved
    assert not panel.make_final()
    assert panel.banner.isVisible()
    assert window._conversations.load(int(conversation.id or 0)).finalised_on is None


def test_the_report_date_is_not_editable_on_the_details_page(qtbot, open_window):  # type: ignore[no-untyped-def]
    window, conversation, _service, _panel = _setup(qtbot, open_window)
    window.open_dossier(conversation.resident_id)
    window.open_conversation(int(conversation.id or 0))
    form = window.conversation.header_form
    assert form.finalised_on.isReadOnly()
    form.finalised_on.setText(date.today().strftime("%d-%m-%Y"))  # even if text gets in
    form.changed.emit()
    assert window.conversation.leave()
    assert window._conversations.load(int(conversation.id or 0)).finalised_on is None
