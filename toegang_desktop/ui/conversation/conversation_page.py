"""The broad-view conversation: its details, an overview, signals and weighing, route and
plan, completing the investigation, and one page per life domain."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.conversation import Conversation
from ...domain.resident import Resident
from ...services.session import Session
from ..common.autosave import HEADER, Autosaver
from ..common.formatting import format_date
from ..plan.plan_panel import PlanPanel
from ..safety.safety_dialog import SafetyDialog
from .conversation_header import ConversationHeaderForm
from .conversation_nav import NEXT_DOMAIN, PREVIOUS_DOMAIN, ConversationNav
from .domain_editor import DomainEditor
from .domain_overview import DomainOverview
from .investigation_panel import InvestigationPanel
from .signal_panel import SignalPanel

DETAILS_ROW, OVERVIEW_ROW, SIGNALS_ROW, PLAN_ROW, INVESTIGATION_ROW = range(5)


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class ConversationPage(QWidget):
    back = Signal()

    def __init__(self, session: Session, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conversation: Conversation | None = None
        self._resident_name = ""
        self._today = today
        self._safety = session.safety
        checklist = session.conversations.checklist
        self.autosaver = Autosaver(session.conversations, self)

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

        self.header_form = ConversationHeaderForm(today())
        self.header_form.changed.connect(self._header_changed)
        self.overview = DomainOverview()
        self.overview.domain_chosen.connect(self.show_domain)
        self.signals = SignalPanel(session.recognition)
        self.signals.changed.connect(self._details_changed)
        self.signals.decisions_changed.connect(self._update_signals_item)
        self.plan = PlanPanel(session.plan, {d.key: d.label for d in checklist.domains},
                              learning=session.learning)
        self.investigation = InvestigationPanel(session.investigation, today)
        self.investigation.finalised_changed.connect(self._finalised_changed)
        self.editor = DomainEditor(checklist)
        self.editor.changed.connect(self._domain_changed)
        self.editor.next_requested.connect(lambda: self.step(1))
        self.editor.previous_requested.connect(lambda: self.step(-1))
        self.editor.safety_requested.connect(self.open_safety)

        self.nav = ConversationNav([
            self.tr("Conversation details"), self.tr("Overview"), self.tr("Signals and weighing"),
            self.tr("Route and plan"), self.tr("Investigation and report")])
        self.nav.currentRowChanged.connect(self._show_row)
        self.pages = QStackedWidget()
        for page in (self.header_form, self.overview, self.signals, self.plan,
                     self.investigation, self.editor):
            self.pages.addWidget(_scrolling(page))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
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
        QShortcut(QKeySequence("Ctrl+0"), self, lambda: self.nav.setCurrentRow(OVERVIEW_ROW))

    def show_conversation(
        self, conversation: Conversation, resident: Resident, previous: Conversation | None = None
    ) -> None:
        """Show a conversation; `previous` (the one before) is shown beside it for comparison."""
        self.autosaver.track(conversation)
        self.conversation = conversation
        self._resident_name = resident.name
        self.title.setText(self._title())
        self.save_status.setText("")
        self.header_form.set_today(self._today())
        self.header_form.load(conversation)
        self.editor.set_previous(previous)
        self.overview.set_previous(previous)
        self.overview.show_conversation(conversation)
        self.signals.show_conversation(conversation, resident.household)
        self.plan.show_conversation(conversation)
        self.investigation.show_conversation(conversation)
        self.nav.fill(conversation)
        self._update_signals_item()
        fresh = not conversation.discussed_count and conversation.assessments
        start = self.nav.first_domain_row if fresh else OVERVIEW_ROW
        self.nav.setCurrentRow(start)
        self._show_row(start)

    def show_domain(self, key: str) -> None:
        row = self.nav.domain_row(key)
        if row is not None:
            self.nav.setCurrentRow(row)
            self.editor.own_words.setFocus()

    def step(self, delta: int) -> None:
        """Go to the next or previous domain (from the conversation's pages: the first domain)."""
        row, first = self.nav.currentRow(), self.nav.first_domain_row
        target = first if row < first else row + delta
        if first <= target < self.nav.count():
            self.nav.setCurrentRow(target)

    def leave(self) -> bool:
        """Save everything before the page is left; False when something could not be saved."""
        results = [self.autosaver.flush(), self.plan.flush(), self.investigation.flush()]
        return all(results)

    def open_safety(self) -> None:
        """The reporting-code flow: a restricted record, shown only in its own dialog."""
        if self.conversation is not None and self.conversation.id is not None:
            SafetyDialog(self._safety, self.conversation.id, self._resident_name, self._today(),
                         parent=self).exec()

    def _title(self) -> str:
        held_on = self.conversation.held_on if self.conversation else None
        return self.tr("Conversation with %1 on %2").replace(
            "%1", self._resident_name).replace("%2", format_date(held_on))

    def _show_row(self, row: int) -> None:
        conversation = self.conversation
        if conversation is None or row < 0:
            return
        first = self.nav.first_domain_row
        if row < first:
            refresh = {OVERVIEW_ROW: lambda: self.overview.show_conversation(conversation),
                       SIGNALS_ROW: self.signals.refresh, INVESTIGATION_ROW: self.investigation.refresh}
            refresh.get(row, lambda: None)()
            self.pages.setCurrentIndex(row)
        elif row - first < len(conversation.assessments):
            self.editor.load(conversation.assessments[row - first])
            self.editor.previous_button.setEnabled(row > first)
            self.editor.next_button.setEnabled(row < self.nav.count() - 1)
            self.pages.setCurrentIndex(first)
            area = self.pages.currentWidget()
            if isinstance(area, QScrollArea):  # every page is wrapped by _scrolling
                area.verticalScrollBar().setValue(0)

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

    def _finalised_changed(self) -> None:
        if self.conversation is not None:  # only the report date and the terms change
            self.header_form.finalised_on.set_date(self.conversation.finalised_on)
            self.header_form.show_deadlines(self.conversation)

    def _update_signals_item(self) -> None:
        """The list entry shows how many signals still wait for a decision (live)."""
        waiting = self.signals.open_count()
        self.nav.set_page_title(
            SIGNALS_ROW, self.tr("Signals and weighing (%1 open)").replace("%1", str(waiting))
            if waiting else self.tr("Signals and weighing"), waiting > 0)

    def _domain_changed(self, key: str) -> None:
        if self.conversation is None:
            return
        self.nav.refresh_domain(self.conversation, key)
        self._update_signals_item()
        self.overview.update_domain(self.conversation.assessment(key), self.conversation)
        self.autosaver.mark_dirty(key)

    def _show_status(self, text: str, problem: bool) -> None:
        self.save_status.setText(text)
        self.save_status.setProperty("problem", problem)
        self.save_status.setStyleSheet("color: #c62828; font-weight: bold;" if problem
                                       else "color: #2e7d32;")
