"""The list on the left of a conversation: its own pages first, then one row per life domain."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...domain.conversation import Conversation
from ..common.widgets import level_icon

NEXT_DOMAIN = QKeySequence("Ctrl+PgDown")
PREVIOUS_DOMAIN = QKeySequence("Ctrl+PgUp")


class ConversationNav(QListWidget):
    """Rows 0..n-1 are the conversation's pages; the life domains follow."""

    def __init__(self, page_titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page_titles = page_titles
        self.first_domain_row = len(page_titles)
        self.setAccessibleName(self.tr("Parts of the conversation and life domains"))
        self.setIconSize(QSize(22, 22))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Let the domain shortcuts win over the list's own Ctrl+Page Up/Down handling."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in (NEXT_DOMAIN, PREVIOUS_DOMAIN)
        ):
            return True
        return super().eventFilter(watched, event)

    def fill(self, conversation: Conversation) -> None:
        self.blockSignals(True)
        self.clear()
        for title in self._page_titles:
            self.addItem(QListWidgetItem(title))
        for assessment in conversation.assessments:
            item = QListWidgetItem(assessment.label)
            item.setData(Qt.ItemDataRole.UserRole, assessment.domain_key)
            self.addItem(item)
        for assessment in conversation.assessments:
            self.refresh_domain(conversation, assessment.domain_key)
        self.blockSignals(False)
        # Wide enough for the longest label, whatever the font size or display scaling.
        scrollbar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + scrollbar + 8)

    def refresh_domain(self, conversation: Conversation, key: str) -> None:
        assessment = conversation.assessment(key)
        item = self.item(self.first_domain_row + conversation.assessments.index(assessment))
        if item is not None:
            item.setIcon(level_icon(assessment.level, assessment.discussed))
            level = str(assessment.level) if assessment.level else self.tr("no level")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{assessment.label}, {level}")

    def set_page_title(self, row: int, text: str, emphasis: bool) -> None:
        item = self.item(row)
        if item is not None:
            item.setText(text)
            font = item.font()
            font.setBold(emphasis)
            item.setFont(font)

    def domain_row(self, key: str) -> int | None:
        for row in range(self.first_domain_row, self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == key:
                return row
        return None
