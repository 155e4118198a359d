"""*Meenemen voor huisbezoek*: a lease on one dossier for at most seven days, so colleagues
see "onderweg met … tot …" and conflicts stay rare; and giving it back. The bar sits on the
dossier page while the laptop is in a team."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.team import TeamCaseloadRow
from ..common.widgets import set_primary, wrapped_label
from .team_page import on_the_road_text

MAX_DAYS = 7  # the server refuses a longer lease (docs/team-protocol.md)
DEFAULT_DAYS = 2


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


class TakeAlongDialog(QDialog):
    """How many days the dossier goes along (1-7)."""

    def __init__(self, resident_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take along for a home visit"))
        text = wrapped_label(self.tr(
            "You take the dossier of %1 along: until you give it back (or the days are over) "
            "only you change it, also without network. Colleagues see that it is on the road "
            "with you; a change they make meanwhile is kept as a conflict, never lost. It is "
            "given back at the next update after you press Give back.").replace(
            "%1", resident_name), "explanation")
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" day(s)"))
        self.days.setAccessibleName(self.tr("Number of days"))
        form = QFormLayout()
        form.addRow(self.tr("For"), self.days)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Take along"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        set_primary(self, ok)
        self.setMinimumWidth(460)


class TakeAlongBar(QWidget):
    """On the dossier page: who has the dossier on the road, and the button to take it along
    or give it back."""

    take_along = Signal(int, int)  # resident id, days
    give_back = Signal(int)  # resident id

    def __init__(self, parent: QWidget | None = None,
                 ask_days: Callable[[str], int | None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeAlongBar")
        # A quiet band while the dossier is on the road, so it is seen without being loud.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#takeAlongBar[onTheRoad=\"true\"] { background: #e8f0fe;"
                           " border: 1px solid #c6dafc; border-radius: 4px; }")
        self._ask_days = ask_days or self._ask
        self._resident: tuple[int, str] | None = None
        self._mine = False
        self.label = QLabel()
        self.label.setObjectName("onTheRoad")
        self.button = QPushButton(self.tr("Take along for a home visit…"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)

    def show_lease(self, resident_id: int, name: str, row: TeamCaseloadRow | None,
                   me: str) -> None:
        """The dossier on screen and its lease as the team's list knows it."""
        self._resident = (resident_id, name)
        who = row.on_the_road_with if row is not None else ""
        until = row.on_the_road_until if row is not None else None
        self._mine = bool(who) and who == me
        self.setProperty("onTheRoad", bool(who))
        self.style().unpolish(self)
        self.style().polish(self)
        if not who:
            self.label.setText("")
            self.button.setText(self.tr("Take along for a home visit…"))
            self.button.setEnabled(True)
        elif self._mine:
            self.label.setText(_first_upper(on_the_road_text(who, until, me)))
            self.button.setText(self.tr("Give back"))
            self.button.setEnabled(True)
        else:
            self.label.setText(_first_upper(on_the_road_text(who, until, me)) + " " + self.tr(
                "(your changes meanwhile become conflicts)"))
            self.button.setText(self.tr("Take along for a home visit…"))
            self.button.setEnabled(False)
        self.show()

    def shown_lease(self, resident_id: int, until: datetime | None, me: str) -> None:
        """After taking it along (the service said until when) or giving it back (None)."""
        if self._resident is None or self._resident[0] != resident_id:
            return
        row = None if until is None else TeamCaseloadRow(
            "", self._resident[1], None, "", None, on_the_road_with=me,
            on_the_road_until=until, held_here=True, resident_id=resident_id)
        self.show_lease(resident_id, self._resident[1], row, me)

    def _ask(self, name: str) -> int | None:
        dialog = TakeAlongDialog(name, self.window())
        return dialog.days.value() if dialog.exec() else None

    def _clicked(self) -> None:
        if self._resident is None:
            return
        resident_id, name = self._resident
        if self._mine:
            self.give_back.emit(resident_id)
            return
        days = self._ask_days(name)
        if days is not None:
            self.take_along.emit(resident_id, min(max(days, 1), MAX_DAYS))
