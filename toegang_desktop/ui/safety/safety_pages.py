"""The five step pages of the reporting-code dialog, their fields and the consultations
table. SafetyDialog (safety_dialog.py) builds on SafetyPages: it adds walking the steps, the
advice, and reading, saving and leaving the record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.safety import Consultation, SafetyDecision, SafetyQuestion, SafetyStep
from ...wording.labels import (
    answer_label,
    safety_decision_label,
    safety_question_label,
    safety_step_title,
)
from ..common.formatting import format_date
from ..common.widgets import DateField, GuardedDialog, text_box, wrapped_label

STEPS = list(SafetyStep)
QUESTIONS = list(SafetyQuestion)
ADVICE_STYLE = "QLabel { background: #eef4fb; border: 1px solid #cfe0f3; border-radius: 4px; padding: 8px; }"
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def _in_widget(layout: QFormLayout | QGridLayout | QHBoxLayout) -> QWidget:
    holder = QWidget()
    holder.setLayout(layout)
    holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    layout.setContentsMargins(0, 0, 0, 0)
    return holder


class SafetyPages(GuardedDialog):
    """Builds the step pages and their fields onto the dialog, in screen order (the order of
    `_chain`, the tab order). The dialog sets `_chain`, `_today`, `notes` and `done_boxes`
    before building, and provides the reactions to edits below."""

    _chain: list[QWidget]
    _today: date
    notes: dict[SafetyStep, QPlainTextEdit]
    done_boxes: dict[SafetyStep, QCheckBox]

    def _update_steps(self, *_args: object) -> None:
        raise NotImplementedError

    def _answers_changed(self, *_args: object) -> None:
        raise NotImplementedError

    def _decision_changed(self, *_args: object) -> None:
        raise NotImplementedError

    # -- building ----------------------------------------------------------------------------

    def _add(self, widget: QWidget) -> QWidget:
        """Register a field for the tab order (creation order follows the screen)."""
        self._chain.append(widget)
        return widget

    def _text(self, lines: int, name: str, grows: bool = False) -> QPlainTextEdit:
        """A text field `lines` high (one that `grows` takes the page's spare height), in the
        tab order; typing in it marks the record changed."""
        edit = text_box(lines, name, grows=grows)
        edit.textChanged.connect(self._mark_dirty)
        self._add(edit)
        return edit

    def _date(self, name: str) -> DateField:
        field = DateField()
        field.setAccessibleName(name)
        field.setMaximumWidth(field.fontMetrics().horizontalAdvance("00-00-00000") + 24)
        field.textEdited.connect(self._mark_dirty)
        self._add(field)
        return field

    def _page(self, step: SafetyStep, intro: str, note_label: str, body: list[QWidget]) -> QScrollArea:
        number = str(STEPS.index(step) + 1)
        name = self.tr("Step %1: %2").replace("%1", number).replace("%2", note_label)
        note = self.notes[step] = self._text(3, name, grows=True)
        label = QLabel(note_label)
        label.setBuddy(note)
        done = self.done_boxes[step] = QCheckBox(self.tr("Step %1 is done").replace("%1", number))
        done.toggled.connect(self._update_steps)
        self._add(done)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(wrapped_label(f"{number}. {safety_step_title(step)}", "pageTitle"))
        for widget in (wrapped_label(intro, "hint"), *body, label, note, done):
            column.addWidget(widget)  # the note takes the spare height
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(content)
        return area

    def _signals_page(self) -> tuple[str, str, list[QWidget]]:
        return (self.tr("Record what you saw and heard, when and from whom. Keep facts apart from "
                        "how you interpret them."), self.tr("Signals (facts, dates, sources)"), [])

    def _consult_page(self) -> tuple[str, str, list[QWidget]]:
        self.consultations = table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Who (role or name)"), self.tr("Date"), self.tr("With Veilig Thuis")])
        table.setAccessibleName(self.tr("Consultations"))
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setMinimumHeight(table.fontMetrics().lineSpacing() * 7)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        table.itemChanged.connect(self._mark_dirty)
        self._add(table)
        self.add_consultation_button = QPushButton(self.tr("Add consultation"))
        self.remove_consultation_button = QPushButton(self.tr("Remove consultation"))
        self.add_consultation_button.clicked.connect(lambda: self.add_consultation())
        self.remove_consultation_button.clicked.connect(self._remove_consultation)
        row = QHBoxLayout()
        for button in (self.add_consultation_button, self.remove_consultation_button):
            row.addWidget(self._add(button))
        row.addStretch()
        return (self.tr("Consult a colleague, for instance the expert on domestic violence. Where "
                        "needed, consult Veilig Thuis; this can be done without naming anyone."),
                self.tr("What the consultations gave"), [table, _in_widget(row)])

    def _talk_page(self) -> tuple[str, str, list[QWidget]]:
        form = QFormLayout()
        self.talked_on = self._date(self.tr("Talked with the person concerned on"))
        self.why_not = self._text(3, self.tr("If there was no talk: why not"))
        form.addRow(self.tr("Talked on"), self.talked_on)
        form.addRow(self.tr("If not: why not"), self.why_not)
        return (self.tr("Discuss the signals with the person concerned. Skip this only when the "
                        "talk would endanger someone's safety, and record why."),
                self.tr("What the person concerned said"), [_in_widget(form)])

    def _weigh_page(self) -> tuple[str, str, list[QWidget]]:
        return (self.tr("Weigh the risk, the seriousness and the nature of the violence or abuse "
                        "with the assessment framework (afwegingskader). When in doubt, consult "
                        "Veilig Thuis."), self.tr("Weighing"), [])

    def _decide_page(self) -> tuple[str, str, list[QWidget]]:
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.answers: dict[SafetyQuestion, dict[bool | None, QRadioButton]] = {}
        for row, question in enumerate(QUESTIONS):
            text = f"{row + 1}. {safety_question_label(question)}"
            grid.addWidget(wrapped_label(text), row, 0)
            group = QButtonGroup(self)
            self.answers[question] = {}
            for column, answer in enumerate((True, False, None), start=1):
                button = self.answers[question][answer] = QRadioButton(answer_label(answer))
                button.setAccessibleName(f"{text} {answer_label(answer)}")
                group.addButton(button)
                grid.addWidget(self._add(button), row, column)
            group.buttonToggled.connect(self._answers_changed)
        self.advice = wrapped_label("")
        self.advice.setStyleSheet(ADVICE_STYLE)
        self.deviation = wrapped_label("")
        self.deviation.setStyleSheet("color: #b45309; font-weight: 600;")
        self.decision = QComboBox()
        for value in (None, *SafetyDecision):
            self.decision.addItem(safety_decision_label(value), value)
        self.decision.setAccessibleName(self.tr("Decision"))
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._add(self.decision)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Decision"), self.decision)
        self.decided_on = self._date(self.tr("Decided on"))
        form.addRow(self.tr("Decided on"), self.decided_on)
        self.reason = self._text(4, self.tr("Reason for the decision, required"))
        form.addRow(self.tr("Reason*"), self.reason)
        return (self.tr("Answer the questions in turn. The advice follows from the answers; you "
                        "decide, and say why."), self.tr("Other notes"),
                [_in_widget(grid), self.advice, self.deviation, _in_widget(form)])

    # -- consultations -------------------------------------------------------------------------

    def add_consultation(self, consultation: Consultation | None = None) -> int:
        """Add a row (dated today when none is given; then its 'who' is edited); returns it."""
        c = consultation or Consultation("", self._today)
        table, row = self.consultations, self.consultations.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(c.who))
        table.setItem(row, 1, QTableWidgetItem(format_date(c.consulted_on)))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                       | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(CHECKED if c.with_veilig_thuis else UNCHECKED)
        check.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("With Veilig Thuis"))
        table.setItem(row, 2, check)
        if consultation is None:
            table.setCurrentCell(row, 0)
            table.editItem(self._cell(row, 0))
        self._mark_dirty()
        return row

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.consultations.item(row, column)
        assert item is not None  # every row gets its three items when it is added
        return item

    def _remove_consultation(self) -> None:
        if (row := self.consultations.currentRow()) >= 0:
            self.consultations.removeRow(row)
            self._mark_dirty()
