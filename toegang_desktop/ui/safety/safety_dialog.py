"""The reporting code (Meldcode huiselijk geweld en kindermishandeling), step by step, for
one conversation. The record is RESTRICTED: it is shown only in this dialog. The step pages
and their fields are built in safety_pages.py."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.safety import (
    Consultation,
    SafetyDecision,
    SafetyQuestion,
    SafetyRecord,
    SafetyStep,
    StepState,
    advised_decision,
    open_question,
)
from ...services.safety import SafetyService
from ...wording.labels import safety_decision_label, safety_step_short, safety_step_title
from ..common.formatting import parse_date
from ..common.service_call import Failure, FailureKind, ServiceCall
from ..common.widgets import ProblemBanner, chain_tab_order, mark_invalid, wrapped_label
from .safety_pages import CHECKED, QUESTIONS, STEPS, SafetyPages

RESTRICTED_STYLE = ("QLabel { background: #ede7f6; color: #311b92; border: 1px solid #b39ddb;"
                    " border-left: 6px solid #4527a0; border-radius: 4px; padding: 8px; }")


class SafetyDialog(SafetyPages):
    """Saves through the service; on problems it stays open, keeps the input and explains."""

    def __init__(self, service: SafetyService, conversation_id: int, resident_name: str,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._conversation_id, self._today = service, conversation_id, today
        self.setWindowTitle(self.tr("Reporting code – %1").replace("%1", resident_name))
        self.restricted = wrapped_label(self.tr(
            "<b>Restricted.</b> This reporting-code record is visible only here. It is not shown "
            "in lists or summaries."))
        self.restricted.setStyleSheet(RESTRICTED_STYLE)
        self.restricted.setAccessibleName(self.tr("Restricted record"))
        self.setAccessibleDescription(self.restricted.text().replace("<b>", "").replace("</b>", ""))
        self.banner = ProblemBanner()
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Steps of the reporting code"))
        self._chain: list[QWidget] = [self.banner, self.step_list]  # tab order = creation order
        self.notes: dict[SafetyStep, QPlainTextEdit] = {}
        self.done_boxes: dict[SafetyStep, QCheckBox] = {}
        self.stack = QStackedWidget()
        for step, build in zip(STEPS, (self._signals_page, self._consult_page, self._talk_page,
                                       self._weigh_page, self._decide_page), strict=True):
            self.stack.addWidget(self._page(step, *build()))
            self.step_list.addItem("")
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(f"5. {safety_step_short(s)} ✓") for s in STEPS)
        self.step_list.setFixedWidth(widest + metrics.averageCharWidth() * 6)
        self.step_list.currentRowChanged.connect(self._show_step)

        self.previous_button = QPushButton(self.tr("← Previous step"))
        self.next_button = QPushButton(self.tr("Next step →"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() + 1))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._chain += [self.previous_button, self.next_button, self.save_button, self.cancel_button]
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        bottom.addStretch()
        bottom.addWidget(buttons)
        middle = QHBoxLayout()
        middle.addWidget(self.step_list)
        middle.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.restricted)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        self._fit_size()
        self._fill(service.open_record(conversation_id) or SafetyRecord())  # the look is logged
        chain_tab_order(self._chain)
        self.go_to(0)
        self._dirty = False

    def _fit_size(self) -> None:
        """Room for the longest step at the current font, within the screen."""
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 140, metrics.lineSpacing() * 46
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10)
        self.resize(width, height)

    # -- steps and advice ----------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        if 0 <= index < len(STEPS):
            self.step_list.setCurrentRow(index)

    def _show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(STEPS) - 1)

    def _update_steps(self, *_args: object) -> None:
        self._mark_dirty()
        for number, step in enumerate(STEPS, start=1):
            item, done = self.step_list.item(number - 1), self.done_boxes[step].isChecked()
            item.setText(f"{number}. {safety_step_short(step)}" + (" ✓" if done else ""))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, (
                self.tr("Step %1: %2, done") if done else self.tr("Step %1: %2")).replace(
                "%1", str(number)).replace("%2", safety_step_title(step)))

    def _answers_changed(self, *_args: object) -> None:
        self._mark_dirty()
        self._update_advice()

    def _decision_changed(self, *_args: object) -> None:
        self._mark_dirty()
        if self._chosen_decision() is not None and self.decided_on.is_blank():
            self.decided_on.set_date(self._today)  # usually decided the day it is recorded
        self._update_advice()

    def _update_advice(self) -> None:
        record = SafetyRecord()
        self._read_answers(record)
        advice, waiting = advised_decision(record), open_question(record)
        if waiting is not None:
            text = self.tr("Advice under the reporting code: not known yet. Answer question %1 "
                           "first.").replace("%1", str(QUESTIONS.index(waiting) + 1))
        else:
            text = self.tr("Advice under the reporting code: %1").replace(
                "%1", safety_decision_label(advice))
            if record.acute_or_structural_unsafety:
                text += " " + self.tr("(acute or structural unsafety: always report)")
        self.advice.setText(text)
        self.decision.setAccessibleDescription(text)
        chosen = self._chosen_decision()
        differs = chosen is not None and advice is not None and chosen != advice
        self.deviation.setText(self.tr("This decision differs from the advice: say in the reason "
                                       "why.") if differs else "")
        self.deviation.setVisible(differs)

    def _chosen_decision(self) -> SafetyDecision | None:
        value = self.decision.currentData()  # Qt hands the enum back as a plain str
        return SafetyDecision(value) if value else None

    def _read_answers(self, record: SafetyRecord) -> None:
        for question, buttons in self.answers.items():
            record.set_answer(question, next((a for a, b in buttons.items() if b.isChecked()), None))

    # -- reading and writing -------------------------------------------------------------------

    def _fill(self, record: SafetyRecord) -> None:
        for step in STEPS:
            self.notes[step].setPlainText(record.step(step).note)
            self.done_boxes[step].setChecked(record.step(step).done)
        for consultation in record.consultations:
            self.add_consultation(consultation)
        self.talked_on.set_date(record.talked_with_person_on)
        self.why_not.setPlainText(record.why_not)
        for question in QUESTIONS:
            self.answers[question][record.answer(question)].setChecked(True)
        self.decision.setCurrentIndex(self.decision.findData(record.decision))
        self.decided_on.set_date(record.decided_on)
        self.reason.setPlainText(record.reason)
        self._update_steps()
        self._update_advice()

    def record(self) -> SafetyRecord | None:
        """The record as entered, or None (with the banner filled) when a date is unreadable."""
        lines: list[str] = []
        wrong: list[tuple[SafetyStep, QWidget]] = []
        consultations, table = [], self.consultations
        for row in range(table.rowCount()):
            day = parse_date(self._cell(row, 1).text())
            if day is None:
                lines.append(self.tr("Consultation %1: enter a real date as dd-mm-yyyy.").replace(
                    "%1", str(row + 1)))
                wrong.append((SafetyStep.CONSULT, table))
            else:
                consultations.append(Consultation(
                    self._cell(row, 0).text(), day, self._cell(row, 2).checkState() == CHECKED))
        for field, step in ((self.talked_on, SafetyStep.TALK), (self.decided_on, SafetyStep.DECIDE)):
            unreadable = field.is_unreadable()
            mark_invalid(field, unreadable)
            if unreadable:
                lines.append(self.tr("%1: enter a real date as dd-mm-yyyy.").replace(
                    "%1", field.accessibleName()))
                wrong.append((step, field))
        if lines:
            self._show_banner(lines, wrong[0])
            return None
        record = SafetyRecord(
            steps={s: StepState(self.notes[s].toPlainText(), self.done_boxes[s].isChecked())
                   for s in STEPS},
            consultations=consultations, talked_with_person_on=self.talked_on.date_value(),
            why_not=self.why_not.toPlainText(), decision=self._chosen_decision(),
            decided_on=self.decided_on.date_value(), reason=self.reason.toPlainText())
        self._read_answers(record)
        return record

    def save(self) -> None:
        record = self.record()
        if record is None:
            return
        # disk full, read-only, busy: told in the banner, everything kept on screen
        ServiceCall(self, lambda: self._service.save(self._conversation_id, record, self._today)) \
            .in_banner(self.banner).told_by(self._show_problems).on_success(self._saved).run()

    def _saved(self, _: object) -> None:
        self._dirty = False
        self.accept()

    def _show_problems(self, failure: Failure) -> None:
        if failure.kind is not FailureKind.INVALID:
            self.banner.show_lines(failure.lines)
            return
        places: dict[str, tuple[SafetyStep, QWidget]] = {
            "consultations": (SafetyStep.CONSULT, self.consultations),
            "talked_with_person_on": (SafetyStep.TALK, self.talked_on),
            "suspicion": (SafetyStep.DECIDE, self.answers[SafetyQuestion.SUSPICION][True]),
            "decision": (SafetyStep.DECIDE, self.decision),
            "decided_on": (SafetyStep.DECIDE, self.decided_on),
            "reason": (SafetyStep.DECIDE, self.reason)}
        fields = [p.field.split("[")[0].split(".")[0] for p in failure.problems]
        for name, (_step, widget) in places.items():
            mark_invalid(widget, name in fields)
        first = next((places[name] for name in fields if name in places), None)
        self._show_banner(failure.lines, first)

    def _show_banner(self, lines: list[str], first: tuple[SafetyStep, QWidget] | None) -> None:
        """Show the problems (announced to screen readers), on the step of the first one."""
        self.banner.show_lines(lines, take_focus=first is None)
        if first is not None:
            self.go_to(STEPS.index(first[0]))
            first[1].setFocus()
