"""One topic of the investigation (onderzoek) as a card: its state, a note, and the reason
when it does not apply. The investigation panel shows one for each topic."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.investigation import Topic, TopicRecord, TopicState
from ...wording.labels import topic_label, topic_question, topic_state_label
from ..common.widgets import mark_invalid, text_box, wrapped_label

_STATES = (TopicState.COVERED, TopicState.NOT_APPLICABLE, TopicState.OPEN)


class TopicEditor(QFrame):
    """One topic: its state as radio buttons, a note, and the reason when it does not apply."""

    edited = Signal(object, bool)  # the Topic, and whether the state changed (save at once)

    def __init__(self, topic: Topic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topicCard")
        self.topic, name = topic, topic_label(topic)
        self.setAccessibleName(name)
        self._loading = False
        self._hint: list[str] = []
        self.suggestion = wrapped_label("", "suggestion")
        self.state_text = wrapped_label("")  # the state in words when the report is final
        self.state_buttons: dict[TopicState, QRadioButton] = {}
        self._group = QButtonGroup(self)
        row = QHBoxLayout()
        for state in _STATES:
            button = QRadioButton(topic_state_label(state))
            button.setAccessibleName(f"{name}: {topic_state_label(state)}")
            self.state_buttons[state] = button
            self._group.addButton(button)
            row.addWidget(button)
        row.addStretch()
        self.note = text_box(3, self.tr("Note: %1").replace("%1", name),
                             self.tr("What was found, for the report (optional)"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why does this topic not apply?"))
        self.reason.setAccessibleName(self.tr("Reason not applicable: %1").replace("%1", name))
        self.problem = wrapped_label("", "topicProblem")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        for widget in (wrapped_label(name, "topicTitle"), wrapped_label(topic_question(topic), "hint"),
                       self.suggestion, self.state_text):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        for hidden in (self.suggestion, self.state_text, self.problem):
            hidden.hide()
        self._group.buttonToggled.connect(self._toggled)
        self.note.textChanged.connect(lambda: self._changed(False))
        self.reason.textChanged.connect(lambda: self._changed(False))

    def set_record(self, record: TopicRecord) -> None:
        self._loading = True  # showing what is stored is no edit
        self.state_buttons[record.state].setChecked(True)
        self.note.setPlainText(record.note)
        self.reason.setText(record.reason)
        self._loading = False
        self._show_state()
        self.show_problem("")

    def record(self) -> TopicRecord:
        state = next((s for s, b in self.state_buttons.items() if b.isChecked()), TopicState.OPEN)
        return TopicRecord(state, self.note.toPlainText(), self.reason.text())

    def set_locked(self, locked: bool) -> None:
        """A final report is read, not edited: the state in words, the text read-only."""
        for button in self.state_buttons.values():
            button.setVisible(not locked)
        self.state_text.setText(self.tr("State: %1").replace(
            "%1", topic_state_label(self.record().state)))
        self.state_text.setVisible(locked)
        self.note.setReadOnly(locked)
        self.reason.setReadOnly(locked)
        self.set_suggestion(self._hint)

    def set_suggestion(self, labels: list[str]) -> None:
        """'Probably covered: you discussed Mantelzorg', while the topic is not covered."""
        self._hint = labels
        self.suggestion.setText(self.tr("Probably covered: you discussed %1").replace(
            "%1", ", ".join(labels)))
        self.suggestion.setVisible(bool(labels) and not self.note.isReadOnly()
                                   and self.record().state is not TopicState.COVERED)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        mark_invalid(self.reason, bool(text))

    def _show_state(self) -> None:
        state = self.record().state
        self.reason.setEnabled(state is TopicState.NOT_APPLICABLE)
        self.setProperty("state", state.value)  # the colour of the card's edge
        self.style().unpolish(self)
        self.style().polish(self)
        self.set_suggestion(self._hint)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:  # the button that was chosen, not the one that was left
            self._changed(True)

    def _changed(self, at_once: bool) -> None:
        if at_once:
            self._show_state()
        if not self._loading:
            self.edited.emit(self.topic, at_once)
