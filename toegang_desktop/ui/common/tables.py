"""The read-only tables of the app (dossier, access log, history, backups, partners)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
)


def read_only_table(headers: list[str], name: str, rows: Sequence[Sequence[str]] = ()
                    ) -> QTableWidget:
    """A table to look at: one whole row selected at a time, no editing, no row numbers,
    columns as wide as their contents and the last one taking the rest."""
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(text))
    return table


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text measured on the width a cell really paints in (the grid
    line takes a pixel), so a last word is never cut off with '…'."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -4, 0)
        return super().sizeHint(narrower, index)


def record_table(headers: list[str], stretch: tuple[int, ...], name: str) -> QTableWidget:
    """A read-only table of records, one selectable row each; Tab leaves the table."""
    table = read_only_table(headers, name)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    table.setItemDelegate(_WrappingDelegate(table))
    table.horizontalHeader().setStretchLastSection(False)  # the columns in `stretch` share it
    for column in range(len(headers)):
        table.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.Stretch if column in stretch
            else QHeaderView.ResizeMode.ResizeToContents)
    # Wrapped text needs taller rows when a column gets narrower, and the other way round.
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


def fill_row(table: QTableWidget, row: int, values: tuple[str, ...]) -> None:
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        item.setToolTip(value)  # a cut-off cell can still be read in full
        table.setItem(row, column, item)
