"""The investigation (onderzoek): the six topics of the law, and making the report final.
Edits save as they change (a choice at once, typing after a pause); a final report is locked
until it is reopened."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.conversation import Conversation
from ...domain.investigation import Topic, TopicState, validate_topic
from ...domain.problems import Problem
from ...services.investigation import InvestigationService
from ...wording.labels import topic_label
from ...wording.messages import problem_lines, problem_text
from ..common.autosave import RETRY_DELAY_MS, SAVE_DELAY_MS
from ..common.formatting import format_date
from ..common.service_call import Failure, FailureKind, ServiceCall
from ..common.widgets import ProblemBanner, confirmed, wrapped_label
from .topic_editor import TopicEditor

_STYLE = """
QFrame#topicCard { background: #ffffff; border: 1px solid #d0d7de; border-left: 4px solid #ef6c00;
                   border-radius: 4px; }
QFrame#topicCard[state="covered"] { border-left: 4px solid #2e7d32; }
QFrame#topicCard[state="not_applicable"] { border-left: 4px solid #757575; }
QLabel#topicTitle { font-weight: 600; }
QLabel#suggestion { color: #0d47a1; }
QLabel#topicProblem, QLabel#saveProblem { color: #8a1c1c; }
QLabel#finalNote { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;
                   border-radius: 4px; padding: 8px; }
QLabel#finalNote:focus { border: 2px solid #1b5e20; }
"""


def problem_line(problem: Problem) -> str:
    """One line for the banner: the topic (or the field) by name, then what is wrong."""
    topic = problem.params.get("topic")
    if topic in set(Topic):
        return f"{topic_label(Topic(topic))}: {problem_text(problem)}"
    return problem_lines([problem])[0]


class InvestigationPanel(QWidget):
    """The investigation of one conversation. Emits `finalised_changed` when the report is
    made final or reopened (the legal terms change); call `flush` before leaving."""

    finalised_changed = Signal()

    def __init__(self, service: InvestigationService, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        self._service, self._today = service, today
        self._conversation: Conversation | None = None
        self._dirty: set[Topic] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self.editors = {topic: TopicEditor(topic) for topic in Topic}
        for editor in self.editors.values():
            editor.edited.connect(self._edited)
        self.save_status = wrapped_label("", "saveProblem")
        self.progress, self.banner = wrapped_label(""), ProblemBanner()
        self.banner.setAccessibleName(self.tr("What is missing before the report can be final"))
        self.final_label = wrapped_label("", "finalNote")
        self.final_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.final_button = QPushButton(self.tr("Make the report final"))
        self.final_button.clicked.connect(self.make_final)
        self.reopen_button = QPushButton(self.tr("Reopen the report…"))
        self.reopen_button.clicked.connect(lambda: self.reopen())
        buttons = QHBoxLayout()
        buttons.addWidget(self.final_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(self.tr("Investigation"), "pageTitle"))
        layout.addWidget(wrapped_label(self.tr(
            "The investigation finishes within 6 weeks of the request (melding). Record for each "
            "topic whether it was covered, or why it does not apply; then make the report final. "
            "The resident receives the report.")))
        for widget in (*self.editors.values(), self.save_status, self.progress, self.banner,
                       self.final_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch()
        self.save_status.hide()
        self._show_final_state()

    # -- showing ---------------------------------------------------------------------------

    def show_conversation(self, conversation: Conversation) -> None:
        self.flush()
        self._conversation = conversation
        self._dirty.clear()
        records = self._service.topics(int(conversation.id or 0))
        for topic, editor in self.editors.items():
            editor.set_record(records[topic])
        self.save_status.hide()
        self.banner.show_lines([], take_focus=False)
        self.refresh()

    def refresh(self) -> None:
        """Recompute the hints and the progress from the conversation's current answers."""
        conversation = self._conversation
        hints = self._service.suggestions(conversation) if conversation else {}
        for topic, editor in self.editors.items():
            editor.set_suggestion(hints.get(topic, []))
        self._show_final_state()

    def _show_final_state(self) -> None:
        final = self._conversation.finalised_on if self._conversation else None
        handled = sum(1 for e in self.editors.values() if e.record().state is not TopicState.OPEN)
        self.progress.setText(self.tr("%1 of %2 topics handled.").replace(
            "%1", str(handled)).replace("%2", str(len(self.editors))))
        self.progress.setVisible(final is None)
        self.final_label.setText(self.tr(
            "The report was made final on %1. Reopen it to change the investigation.").replace(
            "%1", format_date(final)))
        self.final_label.setVisible(final is not None)
        self.final_button.setVisible(final is None)
        self.final_button.setEnabled(self._conversation is not None)
        self.reopen_button.setVisible(final is not None)
        for editor in self.editors.values():
            editor.set_locked(final is not None or self._conversation is None)

    # -- saving ----------------------------------------------------------------------------

    @property
    def pending(self) -> bool:
        return bool(self._dirty)

    def _edited(self, topic: Topic, at_once: bool) -> None:
        self._dirty.add(topic)
        self._show_final_state()
        if at_once:
            self.flush()
        elif not self._timer.isActive():  # steady typing must not postpone saving forever
            self._timer.start(SAVE_DELAY_MS)

    def flush(self) -> bool:
        """Save every changed topic now; True when nothing is left unsaved."""
        self._timer.stop()
        conversation = self._conversation
        if conversation is None or conversation.id is None:
            return True
        for topic in [t for t in Topic if t in self._dirty]:
            editor = self.editors[topic]
            failed: list[Failure] = []
            ServiceCall(self, partial(self._service.save_topic, conversation.id, topic,
                                      editor.record())).told_by(failed.append).run()
            if failed and failed[0].kind is FailureKind.INVALID:  # kept dirty: saved once corrected
                editor.show_problem(" ".join(problem_text(p) for p in failed[0].problems))
                continue
            if failed:
                self.save_status.setText(self.tr(
                    "Not saved yet; your input stays on screen and saving is retried "
                    "automatically. %1").replace("%1", failed[0].lines[0]))
                self.save_status.show()
                self._timer.start(RETRY_DELAY_MS)
                return False
            editor.show_problem("")
            self._dirty.discard(topic)
        self.save_status.hide()
        return not self._dirty

    # -- making final ----------------------------------------------------------------------

    def make_final(self) -> bool:
        """Make the report final with today's date, or list exactly what is missing."""
        if not self.flush():  # a topic on screen could not be saved: say why, change nothing
            unsaved = [p for t in sorted(self._dirty) for p in validate_topic(t, self.editors[t].record())]
            self.banner.show_lines([problem_line(p) for p in unsaved])
            return False
        return self._change_final(lambda c: self._service.make_final(c, self._today()),
                                  self.final_label)

    def reopen(self, ask: bool = True) -> bool:
        """Take the report back into work, after asking (the term runs again)."""
        if ask and not confirmed(
                self, self.tr("Reopen the report"),
                self.tr("Reopen the report? It is no longer final, and the investigation term "
                        "runs again until you make it final anew.")):
            return False
        return self._change_final(self._service.reopen, self.final_button)

    def _change_final(self, action: Callable[[Conversation], None], focus: QWidget) -> bool:
        conversation = self._conversation
        if conversation is None:
            return False
        if not ServiceCall(self, partial(action, conversation)).in_banner(self.banner) \
                .worded(lambda problems: [problem_line(p) for p in self._with_unsaved(problems)]) \
                .run():
            return False
        self._show_final_state()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.finalised_changed.emit()
        return True

    def _with_unsaved(self, problems: list[Problem]) -> list[Problem]:
        """A topic whose choice could not be saved is named by why, not as merely open."""
        unsaved = {t: validate_topic(t, self.editors[t].record()) for t in self._dirty}
        result: list[Problem] = []
        for problem in problems:
            topic = problem.params.get("topic")
            result += (unsaved.get(Topic(topic)) if topic in set(Topic) else None) or [problem]
        return result
