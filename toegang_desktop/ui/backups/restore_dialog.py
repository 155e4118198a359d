"""Herstel uit back-up: the list of copies (date, time, residents, kind) and, after a
confirmation, the choice of one. The restore itself is done by the launcher, which closes
the window's session first and opens a fresh window on the restored store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...services.backups import BackupEntry
from ...wording.backup_texts import kind_text, residents_text
from ..common.formatting import format_date, format_time
from ..common.tables import read_only_table
from ..common.widgets import confirmed


class RestoreDialog(QDialog):
    """`chosen` holds the name of the copy to restore once the dialog is accepted."""

    def __init__(self, entries: list[BackupEntry], folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.entries = entries
        self.chosen: str | None = None
        intro = QLabel(self.tr(
            "Choose the backup to go back to. The data as it is now is saved as a backup "
            "first, so nothing is lost. Changes made after the chosen backup are not in it.\n"
            "Backups are kept in %1.").replace("%1", folder))
        intro.setWordWrap(True)
        self.table = read_only_table(
            [self.tr("Date"), self.tr("Time"), self.tr("Residents"), self.tr("Kind")],
            self.tr("Backups"),
            [[format_date(entry.taken_at.astimezone().date()), format_time(entry.taken_at),
              residents_text(entry), kind_text(entry.kind)] for entry in entries])
        for row, entry in enumerate(entries):
            if entry.residents is None:  # unreadable: shown, but it cannot be chosen
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    if item is not None:  # every cell was filled just above
                        item.setForeground(Qt.GlobalColor.darkRed)
        self.empty = QLabel(self.tr("There are no backups yet. A backup is made when the app "
                                    "starts and every 30 minutes while data changes."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not entries)
        self.table.setVisible(bool(entries))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.doubleClicked.connect(self.restore_selected)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.empty):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        if entries:
            self.table.selectRow(0)
        self._update_button()
        self.resize(620, 420)

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        entry = self.selected()
        self.restore_button.setEnabled(entry is not None and entry.readable)

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or not entry.readable:
            return
        local = entry.taken_at.astimezone()
        if confirmed(
                self, APP_NAME,
                self.tr("Go back to the backup of %1 at %2 (%3)?\n\nThe data as it is now is "
                        "saved as a backup first. Changes made after %2 are not in this backup. "
                        "The window closes and opens again on the restored data.")
                .replace("%1", format_date(local.date())).replace("%2", format_time(entry.taken_at))
                .replace("%3", residents_text(entry))):
            self.chosen = entry.name
            self.accept()
