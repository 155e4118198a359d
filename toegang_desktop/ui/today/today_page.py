"""Today's work (Vandaag): one line per thing due across the caseload; a line opens the
conversation where it is handled."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.legal_clock import DeadlineKind
from ...domain.today import TodayItem, TodayKind
from ...wording.labels import deadline_label
from ...wording.today_labels import today_kind_label
from ..common.formatting import format_date
from ..common.tables import fill_row, record_table

LATE_COLOR = "#c62828"  # as the acute level: red reads as "now" (and as dark in grey print)


class TodayPage(QWidget):
    back = Signal()
    open_item = Signal(int, int)  # resident id, conversation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[TodayItem] = []
        self.back_button = QPushButton(self.tr("← Caseload"))
        self.back_button.clicked.connect(self.back)
        title = QLabel(self.tr("Today's work"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = record_table(
            [self.tr("What"), self.tr("Resident"), self.tr("Date"), self.tr("Details")],
            stretch=(3,), name=self.tr("Today's work"))
        self.table.activated.connect(lambda index: self._open(index.row()))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(title)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def show_items(self, items: list[TodayItem], today: date) -> None:
        self.items = items
        self.summary.setText(
            self.tr("%n thing(s) to do. Double-click a line or press Enter to open the "
                    "conversation where it is handled.", "", len(items)) if items
            else self.tr("Nothing is due today. New agreements, terms and signals appear "
                         "here when they are due."))
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            fill_row(self.table, row, (today_kind_label(item.kind), item.resident_name,
                                       format_date(item.due), self._detail(item)))
            if item.due < today and item.kind is not TodayKind.NOT_FINAL \
                    and item.kind is not TodayKind.SIGNAL:
                for column in range(self.table.columnCount()):
                    cell = self.table.item(row, column)
                    if cell is not None:  # fill_row made every cell
                        cell.setForeground(QBrush(QColor(LATE_COLOR)))
        self.table.resizeRowsToContents()
        if items:
            self.table.selectRow(0)
        self.table.setFocus()

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.items):
            item = self.items[row]
            self.open_item.emit(item.resident_id, item.conversation_id or 0)

    def _detail(self, item: TodayItem) -> str:
        if item.kind is TodayKind.LEGAL_TERM:
            return deadline_label(DeadlineKind(item.detail))
        if item.kind is TodayKind.NOT_FINAL:
            return self.tr("Held on this date; make it final when the weighing is done")
        if item.kind is TodayKind.EVALUATION:
            return self.tr("Evaluate the plan with the resident")
        return item.detail
