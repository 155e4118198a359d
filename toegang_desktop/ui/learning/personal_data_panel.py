"""What the learning dialogs show when the personal-data check found something: the findings
highlighted in the text (`highlight`), and the two ways on (`PersonalDataActions`): rewrite
(the easy path: go to the first marked detail), or confirm a false alarm with a reason per
finding, after which the dialog saves with those confirmations (the access log records the
kind and the reason, never the text)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.personal_data import ConfirmedFalseAlarm, FalseAlarmReason, Finding
from ...wording.learning_messages import (
    false_alarm_reason_text,
    false_alarm_words,
    field_label,
    finding_kind_text,
)
from ..common.widgets import mark_invalid

HIGHLIGHT = QColor("#ffe08a")
UNDERLINE = QColor("#c62828")


def highlight(box: QPlainTextEdit, findings: list[Finding]) -> None:
    """Mark every finding in the text box (cleared as soon as the text changes)."""
    selections = []
    for found in findings:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(box.document())
        cursor.setPosition(found.start)
        cursor.setPosition(found.end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        char_format = QTextCharFormat()
        char_format.setBackground(HIGHLIGHT)
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        char_format.setUnderlineColor(UNDERLINE)
        selection.format = char_format
        selections.append(selection)
    box.setExtraSelections(selections)


def mark_findings(fields: dict[str, QWidget], found: list[tuple[str, Finding]]) -> None:
    """A red border on each field with a finding, the findings highlighted in text boxes."""
    for name, widget in fields.items():
        in_field = [f for field, f in found if field == name]
        if in_field:
            mark_invalid(widget, True)
        if isinstance(widget, QPlainTextEdit):
            highlight(widget, in_field)


def select_finding(widget: QWidget, found: Finding) -> None:
    """Focus the field with the finding selected, so typing replaces it."""
    if isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(found.start)
        cursor.setPosition(found.end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
    elif isinstance(widget, QLineEdit):
        widget.setSelection(found.start, found.end - found.start)
    widget.setFocus()


class PersonalDataActions(QWidget):
    """'Rewrite' and 'Not personal data…'; the latter opens a reason per finding."""

    rewrite_requested = Signal()
    confirmed = Signal(list)  # list[ConfirmedFalseAlarm]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        words = false_alarm_words()
        self._words = words
        self._found: list[tuple[str, Finding]] = []
        self.rewrite_button = QPushButton(words["rewrite"])
        self.rewrite_button.setToolTip(words["rewrite_tip"])
        self.rewrite_button.clicked.connect(self.rewrite_requested)
        self.not_personal_button = QPushButton(words["not_personal"])
        self.not_personal_button.setToolTip(words["not_personal_tip"])
        self.not_personal_button.clicked.connect(self._open_reasons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rewrite_button)
        buttons.addWidget(self.not_personal_button)
        buttons.addStretch()
        self.reasons_box = QGroupBox(words["list_name"])
        explain = QLabel(words["explain"])
        explain.setWordWrap(True)
        self._reasons_form = QFormLayout()
        self.reason_boxes: list[QComboBox] = []
        self.confirm_button = QPushButton(words["confirm"])
        self.confirm_button.clicked.connect(self._confirm)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addStretch()
        box_layout = QVBoxLayout(self.reasons_box)
        box_layout.addWidget(explain)
        box_layout.addLayout(self._reasons_form)
        box_layout.addLayout(confirm_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.reasons_box)
        self.reasons_box.hide()
        self.hide()

    def show_found(self, found: list[tuple[str, Finding]]) -> None:
        self._found = found
        self.reasons_box.hide()
        self.show()

    def dismiss(self) -> None:
        self._found = []
        self.hide()

    def _open_reasons(self) -> None:
        while self._reasons_form.rowCount():
            self._reasons_form.removeRow(0)
        self.reason_boxes = []
        for name, found in self._found:
            combo = QComboBox()
            combo.addItem(self._words["choose"], None)
            for reason in FalseAlarmReason:
                combo.addItem(false_alarm_reason_text(reason), reason)
            label = self._words["row"].format(fragment=found.fragment,
                                              kind=finding_kind_text(found.kind))
            combo.setAccessibleName(f"{field_label(name)}: {label}")
            combo.currentIndexChanged.connect(self._update_confirm)
            self._reasons_form.addRow(f"{field_label(name)}: {label}", combo)
            self.reason_boxes.append(combo)
        self._update_confirm()
        self.reasons_box.show()
        if self.reason_boxes:
            self.reason_boxes[0].setFocus()

    def _update_confirm(self) -> None:
        self.confirm_button.setEnabled(all(c.currentData() is not None for c in self.reason_boxes))

    def _confirm(self) -> None:
        if not all(c.currentData() is not None for c in self.reason_boxes):
            return
        self.confirmed.emit([
            ConfirmedFalseAlarm(name, found.kind, found.fragment, FalseAlarmReason(combo.currentData()))
            for (name, found), combo in zip(self._found, self.reason_boxes, strict=True)])
