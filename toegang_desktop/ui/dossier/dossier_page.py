"""A resident's dossier: who they are, their household, and their conversations over time."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.resident import Resident
from ...domain.retention import Closure
from ...wording.labels import place_label, role_label
from ..common.formatting import age_text, format_date
from ..common.tables import read_only_table
from .glance_panel import GlancePanel
from .journal_panel import JournalPanel

if TYPE_CHECKING:
    from ...services.dossier_overview import DossierOverview


class DossierPage(QWidget):
    back = Signal()
    edit_resident = Signal(int)
    new_conversation = Signal(int)
    open_conversation = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resident: Resident | None = None
        self._conversation_ids: list[int] = []
        # What runs now, read by the service in one call; set by whoever holds the session.
        self.glance = GlancePanel()
        # The contacts between conversations; its service is set by the main window.
        self.journal = JournalPanel()
        self.back_button = QPushButton(self.tr("← Caseload"))
        self.back_button.setToolTip(self.tr("Back to the caseload (Alt+Left)"))
        self.back_button.clicked.connect(self.back)
        self.name_label = QLabel()
        self.name_label.setObjectName("pageTitle")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Change details…"))
        self.edit_button.clicked.connect(self._edit)
        # The resident's privacy rights and the access log; the main window connects them.
        self.privacy_button = QPushButton(self.tr("Privacy"))
        privacy = QMenu(self.privacy_button)
        self.seen_action = privacy.addAction(self.tr("Who has seen this…"))
        self.changes_action = privacy.addAction(self.tr("Changes to the details…"))
        self.access_action = privacy.addAction(self.tr("Access request (everything stored)…"))
        privacy.addSeparator()
        self.close_action: QAction = privacy.addAction(self.tr("Close dossier…"))
        self.reopen_action: QAction = privacy.addAction(self.tr("Reopen dossier"))
        self.erase_action = privacy.addAction(self.tr("Erase dossier…"))
        self.privacy_button.setMenu(privacy)
        self.closure_label = QLabel()
        self.closure_label.setObjectName("closure")
        self.closure_label.hide()
        # Broken glass: the dossier may be read, not changed, until the end of the day; the
        # band says so and the way out, and the actions that would write are off.
        self.read_only_band = QLabel(self.tr(
            "Read only (emergency access) until 23:59 — ask the coordinator to involve you"))
        self.read_only_band.setObjectName("readOnlyBand")
        self.read_only_band.setWordWrap(True)
        self.read_only_band.hide()
        self.read_only = False

        self.details = QGridLayout()
        details_box = QGroupBox(self.tr("Personal details"))
        details_box.setLayout(self.details)

        self.household = read_only_table([self.tr("Name"), self.tr("Role"), self.tr("Age")],
                                         self.tr("Household"))
        # A household is a few people: a short table leaves the room to what runs now.
        self.household.setMaximumHeight(self.fontMetrics().height() * 8)
        household_box = QGroupBox(self.tr("Household"))
        QVBoxLayout(household_box).addWidget(self.household)

        self.conversations = read_only_table(
            [self.tr("Date"), self.tr("Place"), self.tr("Domains handled"),
             self.tr("Question of the resident")], self.tr("Conversations"))
        self.conversations.activated.connect(self._open_selected)
        self.conversations.doubleClicked.connect(self._open_selected)
        self.new_button = QPushButton(self.tr("New conversation…"))
        self.new_button.setToolTip(self.tr("Start a broad-view conversation (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self._new)
        self.open_button = QPushButton(self.tr("Open conversation"))
        self.open_button.clicked.connect(self._open_selected)
        conversation_box = QGroupBox(self.tr("Conversations"))
        conversation_layout = QVBoxLayout(conversation_box)
        conversation_layout.addWidget(self.conversations)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        conversation_layout.addLayout(buttons)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.closure_label)
        top.addWidget(self.edit_button)
        top.addWidget(self.privacy_button)
        middle = QHBoxLayout()
        middle.addWidget(details_box, 1)
        middle.addWidget(household_box, 1)
        self.conversations.setMinimumHeight(self.fontMetrics().height() * 8)
        # The page scrolls rather than squeezing its parts at 150 % or on a small screen.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(middle)
        body_layout.addWidget(self.glance)
        body_layout.addWidget(self.journal, 1)
        body_layout.addWidget(conversation_box, 1)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.read_only_band)
        layout.addWidget(scroll, 1)

    def add_banner(self, widget: QWidget) -> None:
        """A line under the title (the team's "onderweg met … tot …" and its button)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, widget)

    def show_dossier(self, overview: DossierOverview, today: date) -> None:
        """The whole page from one read (the service's overview), so opening a dossier reads
        the resident and the conversations once."""
        resident, conversations = overview.resident, overview.conversations
        self.resident = resident
        self.name_label.setText(resident.name)
        self._fill_details(resident, today)
        self.household.setRowCount(len(resident.household))
        for row, member in enumerate(resident.household):
            for column, text in enumerate(
                (member.name, role_label(member.role), age_text(member.date_of_birth, today))
            ):
                self.household.setItem(row, column, QTableWidgetItem(text))
        self._conversation_ids = [c.id for c in conversations if c.id is not None]
        # Columns sized to their contents re-measure on every cell set; measure once at the
        # end (as the glance's agreements: 10 conversations, ~15 ms less per opened dossier).
        header = self.conversations.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.conversations.setRowCount(len(conversations))
        for row, c in enumerate(conversations):
            progress = self.tr("%1 of %2").replace("%1", str(c.discussed_count)).replace(
                "%2", str(len(c.assessments)))
            question = " ".join(c.question.split())
            if len(question) > 120:
                question = question[:119] + "…"
            for column, text in enumerate(
                (format_date(c.held_on), place_label(c.place), progress, question)
            ):
                self.conversations.setItem(row, column, QTableWidgetItem(text))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if conversations:
            self.conversations.selectRow(0)
        self.open_button.setEnabled(bool(conversations))
        self._set_read_only(overview.read_only)
        self.show_overview(overview)

    def _set_read_only(self, read_only: bool) -> None:
        """The band and the write actions for a dossier held only by broken glass (the services
        refuse its writes anyway: this keeps the professional from typing work that is lost)."""
        self.read_only = read_only
        self.read_only_band.setVisible(read_only)
        for widget in (self.edit_button, self.new_button):
            widget.setEnabled(not read_only)
        for action in (self.close_action, self.reopen_action, self.erase_action):
            action.setEnabled(not read_only)
        self.journal.read_only = read_only

    def show_overview(self, overview: DossierOverview) -> None:
        """The plan, open agreements, next term, signals, levels chart and the journal's
        latest contacts, without a click."""
        self.glance.show_overview(overview)
        self.journal.show_overview(overview)

    def show_closure(self, closure: Closure | None) -> None:
        """Whether the dossier is closed, and until when it is kept."""
        self.closure_label.setVisible(closure is not None)
        if closure is not None:
            self.closure_label.setText(
                self.tr("Closed on %1, kept until %2")
                .replace("%1", format_date(closure.closed_on))
                .replace("%2", format_date(closure.retain_until)))
        self.close_action.setVisible(closure is None)
        self.reopen_action.setVisible(closure is not None)

    def _fill_details(self, r: Resident, today: date) -> None:
        while self.details.count():
            item = self.details.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        address = " ".join(p for p in (r.street, r.house_number) if p)
        place = "  ".join(p for p in (r.postcode, r.city) if p)
        rows = (
            (self.tr("Date of birth"),
             f"{format_date(r.date_of_birth)} ({age_text(r.date_of_birth, today)})"),
            (self.tr("BSN"), r.bsn or self.tr("not recorded")),
            (self.tr("Address"), "\n".join(p for p in (address, place) if p) or "—"),
            (self.tr("Phone"), r.phone or "—"),
            (self.tr("E-mail"), r.email or "—"),
        )
        for row, (label, value) in enumerate(rows):
            name = QLabel(label)
            name.setObjectName("fieldName")
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label)
            self.details.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.details.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignTop)
        self.details.setColumnStretch(1, 1)
        self.details.setRowStretch(len(rows), 1)

    def _edit(self) -> None:
        if self.resident is not None and self.resident.id is not None:
            self.edit_resident.emit(self.resident.id)

    def _new(self) -> None:
        if self.resident is not None and self.resident.id is not None:
            self.new_conversation.emit(self.resident.id)

    def _open_selected(self) -> None:
        row = self.conversations.currentRow()
        if 0 <= row < len(self._conversation_ids):
            self.open_conversation.emit(self._conversation_ids[row])
