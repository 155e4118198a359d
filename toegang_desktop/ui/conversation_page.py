"""The broad-view conversation: its details, an overview, and one page per life domain."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.conversation import Conversation
from ..domain.resident import Resident
from ..services.conversations import ConversationService
from ..services.recognition import RecognitionService
from .autosave import HEADER, Autosaver
from .conversation_header import ConversationHeaderForm
from .domain_editor import DomainEditor
from .domain_overview import DomainOverview
from .formatting import format_date
from .signal_panel import SignalPanel
from .widgets import level_icon

DETAILS_ROW, OVERVIEW_ROW, SIGNALS_ROW, FIRST_DOMAIN_ROW = 0, 1, 2, 3
NEXT_DOMAIN = QKeySequence("Ctrl+PgDown")
PREVIOUS_DOMAIN = QKeySequence("Ctrl+PgUp")


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class ConversationPage(QWidget):
    back = Signal()

    def __init__(
        self, service: ConversationService, recognition: RecognitionService,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.conversation: Conversation | None = None
        self._resident_name = ""
        self.autosaver = Autosaver(service, self)

        self.back_button = QPushButton(self.tr("← Dossier"))
        self.back_button.setToolTip(self.tr("Back to the dossier (Alt+Left)"))
        self.back_button.clicked.connect(self.back)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.save_status = QLabel()
        self.save_status.setObjectName("saveStatus")
        self.save_status.setWordWrap(True)  # a problem message may be long; keep the title room
        self.save_status.setMaximumWidth(self.save_status.fontMetrics().averageCharWidth() * 55)
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.autosaver.status_changed.connect(self._show_status)

        self.domain_list = QListWidget()
        self.domain_list.setAccessibleName(self.tr("Life domains"))
        self.domain_list.setIconSize(QSize(22, 22))
        self.domain_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.domain_list.currentRowChanged.connect(self._show_row)

        self._today = today
        self.header_form = ConversationHeaderForm(today())
        self.header_form.changed.connect(self._header_changed)
        self.overview = DomainOverview()
        self.overview.domain_chosen.connect(self.show_domain)
        self.editor = DomainEditor(service.checklist)
        self.editor.changed.connect(self._domain_changed)
        self.editor.next_requested.connect(lambda: self.step(1))
        self.editor.previous_requested.connect(lambda: self.step(-1))
        self.signals = SignalPanel(recognition)
        self.signals.changed.connect(self._details_changed)
        self.signals.decisions_changed.connect(self._update_signals_item)
        self.pages = QStackedWidget()
        for page in (self.header_form, self.overview, self.signals, self.editor):
            self.pages.addWidget(_scrolling(page))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.domain_list)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.save_status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        QShortcut(NEXT_DOMAIN, self, lambda: self.step(1))
        QShortcut(PREVIOUS_DOMAIN, self, lambda: self.step(-1))
        QShortcut(QKeySequence("Ctrl+0"), self, lambda: self.domain_list.setCurrentRow(OVERVIEW_ROW))
        self.domain_list.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Let the domain shortcuts win over the list's own Ctrl+Page Up/Down handling."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in (NEXT_DOMAIN, PREVIOUS_DOMAIN)
        ):
            return True
        return super().eventFilter(watched, event)

    def show_conversation(self, conversation: Conversation, resident: Resident) -> None:
        self.autosaver.track(conversation)
        self.conversation = conversation
        self._resident_name = resident.name
        self.title.setText(self._title())
        self.signals.show_conversation(conversation, resident.household)
        self.header_form.set_today(self._today())
        self.save_status.setText("")
        self.header_form.load(conversation)
        self.overview.show_conversation(conversation)
        self.domain_list.blockSignals(True)
        self.domain_list.clear()
        details = QListWidgetItem(self.tr("Conversation details"))
        overview = QListWidgetItem(self.tr("Overview"))
        self.domain_list.addItem(details)
        self.domain_list.addItem(overview)
        self.domain_list.addItem(QListWidgetItem())
        self._update_signals_item()
        for assessment in conversation.assessments:
            item = QListWidgetItem(assessment.label)
            item.setData(Qt.ItemDataRole.UserRole, assessment.domain_key)
            self.domain_list.addItem(item)
            self._refresh_item(assessment.domain_key)
        self.domain_list.blockSignals(False)
        self._fit_list_width()
        fresh = not conversation.discussed_count and conversation.assessments
        start = FIRST_DOMAIN_ROW if fresh else OVERVIEW_ROW
        self.domain_list.setCurrentRow(start)
        self._show_row(start)

    def _title(self) -> str:
        held_on = self.conversation.held_on if self.conversation else None
        return self.tr("Conversation with %1 on %2").replace(
            "%1", self._resident_name).replace("%2", format_date(held_on))

    def _fit_list_width(self) -> None:
        """Wide enough for the longest domain label, whatever the font size or scaling."""
        scrollbar = self.domain_list.verticalScrollBar().sizeHint().width()
        needed = self.domain_list.sizeHintForColumn(0) + 2 * self.domain_list.frameWidth()
        self.domain_list.setMinimumWidth(needed + scrollbar + 8)

    def show_domain(self, key: str) -> None:
        for row in range(FIRST_DOMAIN_ROW, self.domain_list.count()):
            if self.domain_list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.domain_list.setCurrentRow(row)
                self.editor.own_words.setFocus()
                return

    def step(self, delta: int) -> None:
        """Go to the next or previous domain (from details/overview: the first domain)."""
        row = self.domain_list.currentRow()
        target = FIRST_DOMAIN_ROW if row < FIRST_DOMAIN_ROW else row + delta
        if FIRST_DOMAIN_ROW <= target < self.domain_list.count():
            self.domain_list.setCurrentRow(target)

    def leave(self) -> bool:
        """Save everything before the page is left; False when something could not be saved."""
        return self.autosaver.flush()

    def _show_row(self, row: int) -> None:
        if self.conversation is None or row < 0:
            return
        if row == DETAILS_ROW:
            self.pages.setCurrentIndex(0)
        elif row == OVERVIEW_ROW:
            self.overview.show_conversation(self.conversation)
            self.pages.setCurrentIndex(1)
        elif row == SIGNALS_ROW:
            self.signals.refresh()
            self.pages.setCurrentIndex(2)
        elif row - FIRST_DOMAIN_ROW < len(self.conversation.assessments):
            assessment = self.conversation.assessments[row - FIRST_DOMAIN_ROW]
            self.editor.load(assessment)
            self.editor.previous_button.setEnabled(row > FIRST_DOMAIN_ROW)
            self.editor.next_button.setEnabled(row < self.domain_list.count() - 1)
            self.pages.setCurrentIndex(3)
            self.pages.currentWidget().verticalScrollBar().setValue(0)  # type: ignore[attr-defined]

    def _header_changed(self) -> None:
        if self.conversation is not None:
            self.header_form.apply_to(self.conversation)
            self.header_form.show_deadlines(self.conversation)
            self.title.setText(self._title())
            self._details_changed()

    def _details_changed(self) -> None:
        unreadable = self.header_form.unreadable_dates() + self.signals.unreadable_dates()
        self.autosaver.mark_dirty(HEADER)
        self.autosaver.set_input_problem(
            self.tr("Not saved: %1 is not a real date (dd-mm-yyyy).").replace(
                "%1", ", ".join(unreadable)) if unreadable else "")

    def _update_signals_item(self) -> None:
        """The list entry shows how many signals still wait for a decision (live)."""
        item = self.domain_list.item(SIGNALS_ROW)
        if item is None:
            return
        waiting = self.signals.open_count()
        item.setText(self.tr("Signals and weighing (%1 open)").replace("%1", str(waiting))
                     if waiting else self.tr("Signals and weighing"))
        font = item.font()
        font.setBold(waiting > 0)
        item.setFont(font)

    def _domain_changed(self, key: str) -> None:
        self._refresh_item(key)
        self._update_signals_item()
        if self.conversation is not None:
            self.overview.update_domain(self.conversation.assessment(key), self.conversation)
        self.autosaver.mark_dirty(key)

    def _refresh_item(self, key: str) -> None:
        if self.conversation is None:
            return
        assessment = self.conversation.assessment(key)
        row = FIRST_DOMAIN_ROW + self.conversation.assessments.index(assessment)
        item = self.domain_list.item(row)
        if item is not None:
            item.setIcon(level_icon(assessment.level, assessment.discussed))
            level = str(assessment.level) if assessment.level else self.tr("no level")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{assessment.label}, {level}")

    def _show_status(self, text: str, problem: bool) -> None:
        self.save_status.setText(text)
        self.save_status.setProperty("problem", problem)
        self.save_status.setStyleSheet("color: #c62828; font-weight: bold;" if problem
                                       else "color: #2e7d32;")
