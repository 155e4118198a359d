"""The caseload: every resident, found as you type."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .caseload_model import CaseloadModel

SEARCH_DELAY_MS = 120


class CaseloadPage(QWidget):
    open_resident = Signal(int)
    new_resident = Signal()

    def __init__(self, model: CaseloadModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        title = QLabel(self.tr("Caseload"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search by name, BSN, date of birth (dd-mm-yyyy) or postcode")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search residents"))
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("New resident…"))
        self.new_button.setToolTip(self.tr("Register a new resident (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_resident)

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Residents"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Indicator first: enabling sorting sorts (= loads) once, by name A-Z.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Fixed widths from the font, not ResizeToContents: that reads 1,000 rows per reset,
        # which made every keystroke in the search field slow on a large caseload.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in ((1, "00-00-0000__"), (2, "0000 AA  Voorbeeldstad__"),
                               (3, "00-00-0000__"), (4, "00-00-0000 (00 dagen te laat)__")):
            heading = str(model.headerData(column, Qt.Orientation.Horizontal,
                                           Qt.ItemDataRole.DisplayRole))
            width = max(metrics.horizontalAdvance(sample),
                        metrics.horizontalAdvance(heading + "____"))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.activated.connect(self._activated)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._open_first)
        model.modelReset.connect(self._update_count)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(self.new_button)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def select_resident(self, resident_id: int) -> None:
        row = self.model.row_of(resident_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _run_search(self) -> None:
        self.model.set_query(self.search.text())

    def _update_count(self) -> None:
        # %Ln: the number in the default (Dutch) locale, so 100.000 rather than 100000.
        self.count_label.setText(self.tr("%Ln resident(s)", "", self.model.rowCount()))

    def _activated(self, index: QModelIndex) -> None:
        resident_id = self.model.resident_id(index.row())
        if resident_id is not None:
            self.open_resident.emit(resident_id)

    def _open_first(self) -> None:
        """Enter in the search field opens the only match, or moves to the list."""
        if self._timer.isActive():
            self._timer.stop()
            self._run_search()
        if self.model.rowCount() == 1:
            self._activated(self.model.index(0, 0))
        elif self.model.rowCount() > 1:
            self.table.setFocus()
            self.table.selectRow(0)
