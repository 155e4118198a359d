"""The team's caseload (Ga naar → Team): every resident of the team, to find them; coordinator,
involved colleagues, last contact, next legal term and "onderweg met … tot …". Two views:
*Mijn dossiers* (those I coordinate or am involved in) and *Team* (all), searched alike. A
dossier without a coordinator (or whose coordinator left the team) stands in red at the top
for the team leader. Only the dossiers held on this laptop open; for the others the list says
whom to ask, and a team member who must act now may break the glass. Read from the laptop's
own copy (no network); the actions (involve, hand over, stand in, glass) are signals the
team wiring turns into server calls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.team import TeamCaseloadRow
from ..common.formatting import format_date, format_moment
from ..common.tables import read_only_table

SEARCH_DELAY_MS = 150
NOT_HELD = QColor("#5f6368")
NO_COORDINATOR = QColor("#b3261e")


def on_the_road_text(who: str, until: datetime | None, me: str = "") -> str:
    """'onderweg met Sanne Visser tot 09-12-2026 17:00' ('met u' when it is this laptop's user)."""
    if not who:
        return ""
    person = QCoreApplication.translate("Team", "you") if who == me and me else who
    if until is None:
        return QCoreApplication.translate("Team", "on the road with %1").replace("%1", person)
    return QCoreApplication.translate("Team", "on the road with %1 until %2").replace(
        "%1", person).replace("%2", format_moment(until))


def coordinator_text(entry: TeamCaseloadRow) -> str:
    """The coordinator as the team view says it: who stands in for whom, or that nobody does."""
    if not entry.coordinator_active:
        return QCoreApplication.translate("Team", "without a coordinator (%1 left)").replace(
            "%1", entry.coordinator)
    if entry.stand_in_for:
        until = format_date(entry.stand_in_until.date()) if entry.stand_in_until else ""
        return QCoreApplication.translate("Team", "%1 (stands in for %2 until %3)").replace(
            "%1", entry.coordinator).replace("%2", entry.stand_in_for).replace("%3", until)
    return entry.coordinator


class TeamCaseloadPage(QWidget):
    open_resident = Signal(int)  # a dossier held on this laptop
    back = Signal()
    involve_requested = Signal(object)  # TeamCaseloadRow
    handover_requested = Signal(object)  # TeamCaseloadRow
    glass_requested = Signal(object)  # TeamCaseloadRow
    stand_in_requested = Signal(list)  # [TeamCaseloadRow]

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
        self.login = ""  # this professional's server login: "my" dossiers
        self.leader = False  # the team leader sees dossiers without a coordinator first, in red
        self.view = QComboBox()
        self.view.addItem(self.tr("My dossiers"), "mine")
        self.view.addItem(self.tr("Team"), "team")
        self.view.setCurrentIndex(1)
        self.view.setAccessibleName(self.tr("Which dossiers"))
        self.view.currentIndexChanged.connect(lambda _index: self.refresh())
        self.table = read_only_table(
            [self.tr("Name"), self.tr("Date of birth"), self.tr("Coordinator"),
             self.tr("Next legal term"), self.tr("On the road"), self.tr("Involved"),
             self.tr("Last contact")], self.tr("Team caseload"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._enable)
        self.involve = QPushButton(self.tr("Involve a colleague…"))
        self.involve.clicked.connect(lambda: self._one(self.involve_requested))
        self.handover = QPushButton(self.tr("Propose a handover…"))
        self.handover.clicked.connect(lambda: self._one(self.handover_requested))
        self.glass = QPushButton(self.tr("Break the glass…"))
        self.glass.clicked.connect(lambda: self._one(self.glass_requested))
        self.stand_in = QPushButton(self.tr("Stand in…"))
        self.stand_in.clicked.connect(lambda: self.stand_in_requested.emit(self.selected()))
        self.stand_in.hide()
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
        top.addWidget(self.view)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.involve, self.handover, self.stand_in):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.glass)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        self._enable()

    def set_me(self, me: str) -> None:
        self._me = me

    def set_login(self, login: str, leader: bool) -> None:
        """Who looks: "my" dossiers are this login's; a team leader may stand in."""
        changed = (login, leader) != (self.login, self.leader)
        self.login, self.leader = login, leader
        self.stand_in.setVisible(leader)
        if changed and self.isVisible():
            self.refresh()

    def mine(self, entry: TeamCaseloadRow) -> bool:
        return bool(self.login) and (entry.coordinator_login == self.login
                                     or self.login in entry.involved_logins)

    def refresh(self) -> None:
        """Search again (after typing, and after a sync brought changes)."""
        rows = self._search_rows(self.search.text().strip())
        if self.view.currentData() == "mine":
            rows = [r for r in rows if self.mine(r)]
        if self.leader:  # nobody's dossiers first: they must not fall between two chairs
            rows = sorted(rows, key=lambda r: r.coordinator_active)
        self.rows = rows
        self.table.setRowCount(len(self.rows))
        for row, entry in enumerate(self.rows):
            texts = (entry.display_name, format_date(entry.date_of_birth), coordinator_text(entry),
                     format_date(entry.next_legal_term),
                     on_the_road_text(entry.on_the_road_with, entry.on_the_road_until, self._me),
                     entry.involved, format_date(entry.last_contact))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if self.leader and not entry.coordinator_active:
                    item.setForeground(QBrush(NO_COORDINATOR))
                    item.setToolTip(self.tr("Nobody coordinates this dossier: hand it over or "
                                            "arrange a stand-in."))
                elif not entry.held_here:
                    item.setForeground(QBrush(NOT_HELD))
                    item.setToolTip(self.tr("Not on this laptop: ask %1.").replace(
                        "%1", entry.coordinator or self.tr("the coordinator")))
                self.table.setItem(row, column, item)
        self.count_label.setText(self.tr("%n resident(s)", "", len(self.rows)))
        self._enable()

    def selected(self) -> list[TeamCaseloadRow]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.rows[r] for r in rows if 0 <= r < len(self.rows)]

    def _one(self, signal: SignalInstance) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            signal.emit(chosen[0])

    def _enable(self) -> None:
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        mine = one is not None and one.coordinator_login == self.login and bool(self.login)
        self.involve.setEnabled(one is not None and (mine or self.leader))
        self.handover.setEnabled(mine)
        self.glass.setEnabled(one is not None and not one.held_here)
        self.stand_in.setEnabled(bool(chosen))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            entry = self.rows[row]
            if entry.held_here and entry.resident_id is not None:
                self.open_resident.emit(entry.resident_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
