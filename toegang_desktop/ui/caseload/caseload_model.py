"""The caseload table: holds only the ids of matching residents, fetches rows in blocks.

Sorting and filtering happen in SQL (an FTS5 index for search), so 100,000 residents never
load into memory as rows. The whole caseload in name order (what start-up shows) begins with
only the number of residents and the first block of ids; the rest of the ids are read when
the view first needs a row beyond that block.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor

from ...domain.caseload import CASELOAD_BLOCK, CaseloadEntry, CaseloadSort
from ...domain.legal_clock import deadline_state
from ...services.dossiers import DossierService
from ..common.formatting import deadline_color, format_date

CACHE_BLOCKS = 20
_COLUMNS = (
    CaseloadSort.NAME,
    CaseloadSort.DATE_OF_BIRTH,
    CaseloadSort.POSTCODE,
    CaseloadSort.LAST_CONVERSATION,
    CaseloadSort.NEXT_DEADLINE,
)
AnyIndex = QModelIndex | QPersistentModelIndex


class CaseloadModel(QAbstractTableModel):
    def __init__(self, service: DossierService, today: Callable[[], date]) -> None:
        super().__init__()
        self._service = service
        self._today = today
        self._ids: list[int] = []
        self._rows = 0
        self._complete = True  # False while only the head of the whole caseload is read
        self._blocks: OrderedDict[int, dict[int, CaseloadEntry]] = OrderedDict()
        self._query = ""
        self._sort = CaseloadSort.NAME
        self._descending = False
        self._loaded = False

    # -- what the view asks -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"), self.tr("Date of birth"), self.tr("Address"),
            self.tr("Last conversation"), self.tr("Next legal term"),
        )
        return titles[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(entry, column) or self.tr("none")
        if role == Qt.ItemDataRole.ForegroundRole and column is CaseloadSort.NEXT_DEADLINE:
            return self._deadline_color(entry.next_deadline)
        if role == Qt.ItemDataRole.ToolTipRole and column is CaseloadSort.NEXT_DEADLINE:
            return self.tr("Investigation (6 weeks after the request) or decision (2 weeks after "
                           "the application) still open")
        return None

    def _deadline_color(self, due: date | None) -> QColor | None:
        return None if due is None else deadline_color(deadline_state(due, False, self._today()))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Also the first load: the view asks for its sort order as soon as sorting is enabled."""
        wanted = (_COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if self._loaded and wanted == (self._sort, self._descending):
            return  # the view repeats its sort order; do not query 100,000 ids again
        self._sort, self._descending = wanted
        self.refresh()

    # -- what the page asks ---------------------------------------------------------------

    def set_query(self, text: str) -> None:
        self._query = text
        self.refresh()

    def refresh(self, new_search: bool = True) -> None:
        """Query the matching ids again (after a search, sort or change); `new_search=False`
        re-reads the same search (another program changed the data): not logged again."""
        self.beginResetModel()
        whole_caseload = not self._query.strip() and not self._descending
        if whole_caseload and self._sort is CaseloadSort.NAME:
            self._rows, self._ids = self._service.caseload_head(CASELOAD_BLOCK)
        else:
            self._ids = self._service.search(self._query, self._sort, self._descending,
                                             logged=new_search)
            self._rows = len(self._ids)
        self._complete = len(self._ids) >= self._rows
        self._blocks.clear()
        self._loaded = True
        self.endResetModel()

    def _read_all_ids(self) -> None:
        """The rest of the caseload's ids, once the view needs a row past the head."""
        ids = self._service.search("", CaseloadSort.NAME)
        if ids[:len(self._ids)] != self._ids or len(ids) != self._rows:
            # The caseload changed since the head was read (another window, an import): show
            # it afresh, after whatever the view is doing now (a paint) has finished.
            QTimer.singleShot(0, self.refresh)
        self._ids, self._complete = ids, True
        self._blocks.clear()

    def _ids_up_to(self, end: int) -> list[int]:
        if not self._complete and end > len(self._ids):
            self._read_all_ids()
        return self._ids

    def resident_id(self, row: int) -> int | None:
        ids = self._ids_up_to(row + 1)
        return ids[row] if 0 <= row < min(len(ids), self._rows) else None

    def row_of(self, resident_id: int) -> int | None:
        try:
            return self._ids_up_to(self._rows).index(resident_id)
        except ValueError:
            return None

    def entry(self, row: int) -> CaseloadEntry | None:
        if not 0 <= row < self._rows:
            return None
        block_no = row // CASELOAD_BLOCK
        ids = self._ids_up_to(row + 1)
        if row >= len(ids):
            return None
        block = self._blocks.get(block_no)
        if block is None:
            block = self._service.caseload_entries(
                ids[block_no * CASELOAD_BLOCK:(block_no + 1) * CASELOAD_BLOCK])
            self._blocks[block_no] = block
            if len(self._blocks) > CACHE_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        return block.get(ids[row])

    def _display(self, entry: CaseloadEntry, column: CaseloadSort) -> str:
        if column is CaseloadSort.NAME:
            return entry.name
        if column is CaseloadSort.DATE_OF_BIRTH:
            return format_date(entry.date_of_birth)
        if column is CaseloadSort.POSTCODE:
            return "  ".join(part for part in (entry.postcode, entry.city) if part)
        if column is CaseloadSort.LAST_CONVERSATION:
            return format_date(entry.last_conversation)
        due = entry.next_deadline
        if due is None:
            return ""
        days = (due - self._today()).days
        if days < 0:
            return self.tr("%1 (%n day(s) late)", "", -days).replace("%1", format_date(due))
        return self.tr("%1 (%n day(s))", "", days).replace("%1", format_date(due))
