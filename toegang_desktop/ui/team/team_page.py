"""The team's caseload (Ga naar → Team): every resident of the team, to find them; coordinator,
next legal term and "onderweg met … tot …". Only the dossiers held on this laptop open; for
the others the list says whom to ask. Read from the laptop's own copy (no network)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.team import TeamCaseloadRow
from ..common.formatting import format_date, format_moment
from ..common.tables import read_only_table

SEARCH_DELAY_MS = 150
NOT_HELD = QColor("#5f6368")


def on_the_road_text(who: str, until: datetime | None, me: str = "") -> str:
    """'onderweg met Sanne Visser tot 09-12-2026 17:00' ('met u' when it is this laptop's user)."""
    if not who:
        return ""
    person = QCoreApplication.translate("Team", "you") if who == me and me else who
    if until is None:
        return QCoreApplication.translate("Team", "on the road with %1").replace("%1", person)
    return QCoreApplication.translate("Team", "on the road with %1 until %2").replace(
        "%1", person).replace("%2", format_moment(until))


class TeamCaseloadPage(QWidget):
    open_resident = Signal(int)  # a dossier held on this laptop
    back = Signal()

    def __init__(self, search: Callable[[str], list[TeamCaseloadRow]], me: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search_rows = search
        self._me = me
        self.rows: list[TeamCaseloadRow] = []
        title = QLabel(self.tr("Team caseload"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the team by name or date of birth "
                                               "(dd-mm-yyyy)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the team's residents"))
        self.count_label = QLabel()
        self.table = read_only_table(
            [self.tr("Name"), self.tr("Date of birth"), self.tr("Coordinator"),
             self.tr("Next legal term"), self.tr("On the road")], self.tr("Team caseload"))
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.note = QLabel(self.tr(
            "Grey: the dossier is not on this laptop (you neither coordinate it nor are "
            "involved); ask its coordinator."))
        self.note.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def set_me(self, me: str) -> None:
        self._me = me

    def refresh(self) -> None:
        """Search again (after typing, and after a sync brought changes)."""
        self.rows = self._search_rows(self.search.text().strip())
        self.table.setRowCount(len(self.rows))
        for row, entry in enumerate(self.rows):
            texts = (entry.display_name, format_date(entry.date_of_birth), entry.coordinator,
                     format_date(entry.next_legal_term),
                     on_the_road_text(entry.on_the_road_with, entry.on_the_road_until, self._me))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if not entry.held_here:
                    item.setForeground(QBrush(NOT_HELD))
                    item.setToolTip(self.tr("Not on this laptop: ask %1.").replace(
                        "%1", entry.coordinator or self.tr("the coordinator")))
                self.table.setItem(row, column, item)
        self.count_label.setText(self.tr("%n resident(s)", "", len(self.rows)))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            entry = self.rows[row]
            if entry.held_here and entry.resident_id is not None:
                self.open_resident.emit(entry.resident_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
