"""Help > Manual (F1): a short manual in a read-only, searchable window beside the main window.
The keyboard table is read from the window's own menus, and the folders are this computer's
real ones, so the manual cannot drift from the app."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...paths import AppPaths
from ..common.widgets import set_primary


class HelpWindow(QDialog):
    """Not modal: the professional can keep it open while working."""

    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("%1 manual").replace("%1", APP_NAME))
        self.setModal(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search in the manual"))
        self.search.setAccessibleName(self.tr("Search in the manual"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.find_next(from_start=True))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.find_button = QPushButton(self.tr("&Next"))
        self.find_button.clicked.connect(lambda: self.find_next())
        self.not_found = QLabel()
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(html)
        self.text.setAccessibleName(self.tr("Manual"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        row.addWidget(self.find_button)
        row.addWidget(self.not_found)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        set_primary(self, self.find_button)  # Enter in the search field finds the next place
        metrics = self.fontMetrics()  # sized in characters, so it reads the same at 150 %
        self.resize(metrics.averageCharWidth() * 104, metrics.lineSpacing() * 40)

    def find_next(self, from_start: bool = False) -> bool:
        """Select the next place the search text occurs (wrapping round); False when none."""
        text = self.search.text().strip()
        if from_start:
            cursor = self.text.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.text.setTextCursor(cursor)
        if not text:
            self.not_found.clear()
            return False
        found = self.text.find(text)
        if not found:  # wrap round once
            cursor = self.text.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.text.setTextCursor(cursor)
            found = self.text.find(text, QTextDocument.FindFlag(0))
        self.not_found.setText("" if found else self.tr("Not found"))
        return found


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(what, keys) for every menu action with a shortcut, in menu order."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            keys = action.shortcut()
            if not keys.isEmpty():
                rows.append((action.text().replace("&", "").rstrip("…"),
                             keys.toString(QKeySequence.SequenceFormat.NativeText)))
    return rows


def show_manual(window: QMainWindow, paths: AppPaths) -> HelpWindow:
    """Open the manual (or bring the open one forward)."""
    from .manual_text import manual_html  # the texts load on first use, not at start-up

    shown = window.findChild(HelpWindow)
    if shown is None:
        shown = HelpWindow(manual_html(shortcut_rows(window), paths), window)
        shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    shown.show()
    shown.raise_()
    shown.activateWindow()
    shown.search.setFocus()
    return shown
