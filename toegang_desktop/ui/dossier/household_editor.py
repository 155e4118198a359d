"""Editing the members of a resident's household, one row per member."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.resident import HouseholdMember, HouseholdRole
from ...wording.labels import role_label
from ..common.widgets import DateField


class MemberRow:
    """The widgets of one household member inside the editor's grid."""

    def __init__(self, member: HouseholdMember | None) -> None:
        self.role = QComboBox()
        for role in HouseholdRole:
            self.role.addItem(role_label(role), role)
        self.first_names = QLineEdit()
        self.prefix = QLineEdit()
        self.prefix.setMaximumWidth(90)
        self.surname = QLineEdit()
        self.born = DateField()
        self.born.setMaximumWidth(120)
        self.remove = QPushButton("✕")
        self.remove.setFixedWidth(self.remove.fontMetrics().horizontalAdvance("✕") + 24)
        self.member_id: int | None = None
        if member is not None:
            self.role.setCurrentIndex(list(HouseholdRole).index(member.role))
            self.first_names.setText(member.first_names)
            self.prefix.setText(member.prefix)
            self.surname.setText(member.surname)
            self.born.set_date(member.date_of_birth)
            self.member_id = member.id

    def widgets(self) -> list[QWidget]:
        return [self.role, self.first_names, self.prefix, self.surname, self.born, self.remove]

    def member(self) -> HouseholdMember:
        return HouseholdMember(
            id=self.member_id,
            role=HouseholdRole(self.role.currentData()),
            first_names=self.first_names.text(),
            prefix=self.prefix.text(),
            surname=self.surname.text(),
            date_of_birth=self.born.date_value(),
        )


class HouseholdEditor(QWidget):
    """One grid row per member; `rows_changed` after a row came or went, `changed` after any edit."""

    rows_changed = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MemberRow] = []
        self._grid = QGridLayout()
        headers = (
            self.tr("Role"), self.tr("First name(s)"), self.tr("Prefix"), self.tr("Surname"),
            self.tr("Date of birth"),
        )
        for column, text in enumerate(headers):
            self._grid.addWidget(QLabel(text), 0, column)
        self._empty = QLabel(self.tr("No household members recorded."))
        self._empty.setObjectName("hint")
        self.add_button = QPushButton(self.tr("Add household member"))
        self.add_button.clicked.connect(lambda: self.add_member(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self._empty)
        layout.addLayout(buttons)
        self._update_empty()

    def set_members(self, members: list[HouseholdMember]) -> None:
        for row in list(self.rows):
            self._remove(row)
        for member in members:
            self.add_member(member)

    def members(self) -> list[HouseholdMember]:
        return [row.member() for row in self.rows]

    def add_member(self, member: HouseholdMember | None) -> MemberRow:
        row = MemberRow(member)
        row.remove.setToolTip(self.tr("Remove this household member"))
        row.remove.clicked.connect(lambda: self._remove(row))
        for edit in (row.first_names, row.prefix, row.surname, row.born):
            edit.textEdited.connect(self.changed)
        row.role.currentIndexChanged.connect(self.changed)
        self.rows.append(row)
        self._relayout()
        if member is None:
            row.first_names.setFocus()
        self.rows_changed.emit()
        self.changed.emit()
        return row

    def _remove(self, row: MemberRow) -> None:
        index = self.rows.index(row)
        had_focus = any(widget.hasFocus() for widget in row.widgets())
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.rows.remove(row)
        self._relayout()
        if had_focus:  # keep the keyboard user in the list instead of losing focus
            if self.rows:
                self.rows[min(index, len(self.rows) - 1)].remove.setFocus()
            else:
                self.add_button.setFocus()
        self.rows_changed.emit()
        self.changed.emit()

    def _relayout(self) -> None:
        """Place the rows in order and name their fields after their (new) number."""
        names = (self.tr("Role"), self.tr("First name(s)"), self.tr("Prefix"), self.tr("Surname"),
                 self.tr("Date of birth"), self.tr("Remove"))
        for number, row in enumerate(self.rows, start=1):
            for column, (widget, name) in enumerate(zip(row.widgets(), names, strict=True)):
                self._grid.addWidget(widget, number, column)
                widget.setAccessibleName(self.tr("Household member %1: %2").replace(
                    "%1", str(number)).replace("%2", name))
        self._update_empty()

    def tab_chain(self) -> list[QWidget]:
        """The editor's widgets in the order the keyboard should visit them."""
        return [widget for row in self.rows for widget in row.widgets()] + [self.add_button]

    def _update_empty(self) -> None:
        self._empty.setVisible(not self.rows)
        for column in range(5):
            item = self._grid.itemAtPosition(0, column)
            header = item.widget() if item is not None else None
            if header is not None:
                header.setVisible(bool(self.rows))
