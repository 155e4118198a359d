"""Editor widgets bound to the fields of a dataclass from one table of (field, kind, label).

A screen lists its fields once, as `FieldWidget`s; `FieldBinder` makes the widget of each
(kept by field name in `widgets`), shows an object's values in them, writes the widgets'
values back, and tells when any of them was edited.
Widgets with their own construction (radio buttons with icons) are made by the screen and
handed to the binder as a button group whose ids stand for the values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum, StrEnum, auto
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from .widgets import text_box


class WidgetKind(Enum):
    LINE = auto()  # one line of text
    TEXT = auto()  # a text box of `lines` lines
    CHECK = auto()  # a check box with the label as its text
    CHOICE = auto()  # a drop-down of an enum's members, with "not yet known" (None) first
    BUTTONS = auto()  # radio buttons the screen makes; their ids stand for `values`


@dataclass(frozen=True)
class FieldWidget:
    """One field on screen, its texts translated already.

    `label` is the screen-reader name (a check box's text); `row` the caption of the form
    row the widget sits in (widgets with the same caption share the row; None: the screen
    places it); `hint` the placeholder text.
    """

    field: str
    kind: WidgetKind
    label: str
    row: str | None = None
    hint: str = ""
    lines: int = 3
    choices: type[StrEnum] | None = None  # CHOICE: the members offered
    choice_label: Callable[[Any], str] | None = None  # CHOICE: a member's (or None's) name
    values: tuple[Any, ...] = ()  # BUTTONS: the value of the button with id 0, 1, ...


class FieldBinder:
    """The widgets of a table of fields, their values in and out, and one `edited` hook."""

    def __init__(self, table: Iterable[FieldWidget]) -> None:
        self.table = tuple(table)
        self.widgets: dict[str, QWidget | QButtonGroup] = {}

    def make(self, spec: FieldWidget, buttons: QButtonGroup | None = None) -> Any:
        """The widget for `spec` (for BUTTONS: the screen's group, with its ids)."""
        widget: QWidget | QButtonGroup
        if spec.kind is WidgetKind.LINE:
            widget = QLineEdit()
            widget.setPlaceholderText(spec.hint)
            widget.setAccessibleName(spec.label)
        elif spec.kind is WidgetKind.TEXT:
            widget = text_box(spec.lines, spec.label, spec.hint)
        elif spec.kind is WidgetKind.CHECK:
            widget = QCheckBox(spec.label)
        elif spec.kind is WidgetKind.CHOICE:
            assert spec.choices is not None and spec.choice_label is not None, spec.field
            widget = QComboBox()
            for member in (None, *spec.choices):
                widget.addItem(spec.choice_label(member), member)
            widget.setAccessibleName(spec.label)
        else:
            assert buttons is not None, f"{spec.field}: the screen makes the buttons"
            widget = buttons
        self.widgets[spec.field] = widget
        return widget

    def add_rows(self, form: QFormLayout) -> None:
        """Make the widgets that have a form row and add them in table order; consecutive
        widgets with the same caption go side by side in one row."""
        specs = [spec for spec in self.table if spec.row is not None]
        index = 0
        while index < len(specs):
            caption = specs[index].row or ""
            same = [specs[index]]
            while index + len(same) < len(specs) and specs[index + len(same)].row == caption:
                same.append(specs[index + len(same)])
            if len(same) == 1:
                form.addRow(caption, self.make(same[0]))
            else:
                row = QHBoxLayout()
                for spec in same:
                    row.addWidget(self.make(spec))
                row.addStretch()
                form.addRow(caption, row)
            index += len(same)

    def connect(self, edited: Callable[..., None]) -> None:
        """Call `edited` after each edit in any of the widgets."""
        for spec in self.table:
            self._signal(spec).connect(edited)

    def load(self, item: object) -> None:
        """Show the item's value of every field in its widget."""
        for spec in self.table:
            value, widget = getattr(item, spec.field), self.widgets[spec.field]
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
            elif isinstance(widget, QButtonGroup):
                button = widget.button(spec.values.index(value))
                button.setChecked(True)

    def read(self, spec: FieldWidget) -> Any:
        """The value the field's widget shows now."""
        widget = self.widgets[spec.field]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            chosen = widget.currentData()
            return spec.choices(chosen) if chosen and spec.choices else None
        assert isinstance(widget, QButtonGroup)
        checked = widget.checkedId()
        return spec.values[checked] if 0 <= checked < len(spec.values) else None

    def store(self, item: object) -> None:
        """Write every widget's value to the item's field."""
        for spec in self.table:
            setattr(item, spec.field, self.read(spec))

    def _signal(self, spec: FieldWidget) -> SignalInstance:
        widget = self.widgets[spec.field]
        if isinstance(widget, QLineEdit):
            return widget.textEdited
        if isinstance(widget, QPlainTextEdit):
            return widget.textChanged
        if isinstance(widget, QCheckBox):
            return widget.toggled
        if isinstance(widget, QComboBox):
            return widget.currentIndexChanged
        assert isinstance(widget, QButtonGroup)
        return widget.buttonToggled
