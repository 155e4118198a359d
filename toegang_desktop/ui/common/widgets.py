"""Small widgets shared by several screens."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from .formatting import format_date, level_color, parse_date


class DateField(QLineEdit):
    """A date typed as dd-mm-jjjj; may be left empty (unlike QDateEdit)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setMaxLength(10)

    def date_value(self) -> date | None:
        return parse_date(self.text())

    def is_blank(self) -> bool:
        return not self.text().strip()

    def is_unreadable(self) -> bool:
        """Something was typed that is not a date (an empty field is not unreadable)."""
        return not self.is_blank() and self.date_value() is None

    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value))


class ProblemBanner(QLabel):
    """A red box that lists what is wrong with the input, in full sentences.

    Screen readers get the text as the banner's description and an alert when it appears;
    the banner can take keyboard focus (Tab reaches it) so it can be read again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
            " border-radius: 4px; padding: 8px; }"
            " QLabel:focus { border: 2px solid #8a1c1c; }"
        )
        self.setAccessibleName(self.tr("Problems with the input"))
        self.hide()

    def show_lines(self, lines: list[str], take_focus: bool = True) -> None:
        """Show the problems; focus the banner unless the caller focuses the wrong field."""
        text = "\n".join(f"• {line}" for line in lines)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(lines))
        if not lines:
            return
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        if take_focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setStyleSheet("border: 2px solid #c62828;" if invalid else "")


def level_icon(level: int | None, discussed: bool | None, size: int = 28) -> QIcon:
    """A round badge with the level number; hollow when no level was given."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = level_color(level)
    rect = QRectF(2, 2, size - 4, size - 4)
    if level is None:
        pen_color = QColor("#2e7d32") if discussed is False else color
        painter.setPen(pen_color)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        text = "–" if discussed is False else ""
        painter.setPen(QColor("#616161"))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(rect)
        text = str(level)
        painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.5))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab visits the widgets in this order (the order they are on screen)."""
    for before, after in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(before, after)


def discard_confirmed(parent: QWidget) -> bool:
    """Ask before typed input is thrown away (Esc, Cancel, closing the window)."""
    return confirmed(parent, QCoreApplication.translate("Dialogs", "Discard changes"),
                     QCoreApplication.translate("Dialogs", "Discard what you typed?"))


def confirmed(parent: QWidget | None, title: str, question: str, yes_first: bool = False) -> bool:
    """Ask a Yes/No question; No is the default unless `yes_first` (for a safe way back)."""
    default = QMessageBox.StandardButton.Yes if yes_first else QMessageBox.StandardButton.No
    return QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, default,
    ) == QMessageBox.StandardButton.Yes


def wrapped_label(text: str, name: str = "") -> QLabel:
    """A label whose text wraps; `name` is its object name (for style sheets and tests)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


def text_lines(box: QPlainTextEdit, lines: int) -> int:
    """The height that shows `lines` lines of text in the box's font, without a scroll bar.
    Each line takes the font's line spacing rounded up (the integer metrics round it down,
    which cuts off the last line at some font sizes); then the document margin and the frame."""
    margins = box.contentsMargins()
    return (math.ceil(QFontMetricsF(box.font()).lineSpacing()) * lines + margins.top()
            + margins.bottom() + 2 * int(box.document().documentMargin()) + 2 * box.frameWidth())


def text_box(lines: int, name: str = "", placeholder: str = "", grows: bool = False
             ) -> QPlainTextEdit:
    """A plain-text field `lines` high (it scrolls beyond that), or at least that high when it
    `grows` into spare room; Tab moves on, as in a form. `name` is for screen readers."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    if grows:
        box.setMinimumHeight(text_lines(box, lines))
    else:
        box.setFixedHeight(text_lines(box, lines))
    return box


def action_button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    """A push button with its own name for screen readers ('Edit…' says edit what)."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button


def set_primary(dialog: QDialog, button: QPushButton) -> None:
    """Enter (in any field of `dialog`) presses `button`. Call it once the button is inside the
    dialog: a default set before that is unknown to the dialog, which at show time then makes
    the first button of its focus chain the default (issue 14: the unlock dialog's recovery
    link, Cancel in the set-up and report dialogs). tests/ui/test_enter_key.py checks them all."""
    if not dialog.isAncestorOf(button):
        raise ValueError("set_primary: the button is not (yet) inside the dialog")
    button.setProperty("primary", True)
    button.setDefault(True)


def link_button(text: str) -> QPushButton:
    """A secondary action that looks like a link. It never becomes the default: Enter must not
    open it when the dialog has no (valid) default yet."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("QPushButton { color: #1a4f8b; text-decoration: underline; border: none;"
                         " text-align: left; padding: 2px; }")
    return button


class GuardedDialog(QDialog):
    """A dialog with typed input that asks before throwing it away (Esc, Cancel, closing the
    window). Subclasses connect their fields' change signals to `_mark_dirty`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True

    def is_dirty(self) -> bool:
        """Whether anything was typed or changed since the dialog opened (or was saved)."""
        return self._dirty

    def reject(self) -> None:
        if not self._dirty or discard_confirmed(self):
            super().reject()
