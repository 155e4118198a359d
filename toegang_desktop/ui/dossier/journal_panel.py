"""The dossier's journal (journaal, contactmomenten): newest contact first, written quickly
(Ctrl+J), corrected by a new entry (the earlier text stays, struck through and linked to its
correction), searched without regard to case or accents, and ticked for the resident's report.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.journal import ContactKind, Journal, JournalEntry
from ...wording.labels import contact_kind_label
from ..common.service_call import ServiceCall
from ..common.widgets import chain_tab_order
from .journal_dialog import JournalEntryDialog, entry_moment

if TYPE_CHECKING:
    from ...services.dossier_overview import DossierOverview
    from ...services.journal import JournalService

CORRECTED_COLOUR = QColor("#5f6368")  # grey, always with the words "corrected": not colour alone
NOTE_CHARS = 140  # a note's first line in the table; the whole note below it


class JournalPanel(QGroupBox):
    """The panel on the dossier page. `set_service` is called by whoever holds the session;
    without it the panel only shows."""

    def __init__(self, parent: QWidget | None = None,
                 now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Journal (contacts between conversations)"))
        self._service: JournalService | None = None
        # A dossier held only by broken glass: the contacts are shown, none can be written.
        self.read_only = False
        self._now = now
        self._resident_id: int | None = None
        self.journal = Journal()
        self._domains: list[tuple[str, str]] = []
        self._domain_names: dict[str, str] = {}
        self._agreements: dict[int, str] = {}
        self._shown: list[JournalEntry] = []  # the rows of the table, in order

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the journal…"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refill)
        self.add_button = QPushButton(self.tr("New contact…"))
        self.add_button.setToolTip(self.tr("Write down a contact: now, by phone (Ctrl+J)"))
        self.add_button.clicked.connect(self.add_entry)
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setToolTip(
            self.tr("Write a correction; the earlier text stays, marked as corrected"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.count_label = QLabel()
        tools = QHBoxLayout()
        tools.addWidget(self.search, 2)
        tools.addWidget(self.count_label, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.correct_button)

        self.model = JournalModel(
            [self.tr("When"), self.tr("Kind"), self.tr("With whom"), self.tr("Note"),
             self.tr("Written by"), self.tr("For resident")],
            self.tr("[corrected] %1"), self.tr("[correction] %1"), self.tr("yes"), self)
        # A model, not a table of items: 200 contacts fill in well under a millisecond, where
        # items and columns sized to their contents cost some 25 ms per opened dossier.
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Journal"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumHeight(self.fontMetrics().height() * 12)
        self._size_columns()
        selection = self.table.selectionModel()
        assert selection is not None
        selection.currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.activated.connect(lambda *_: self._follow_correction())
        self.table.doubleClicked.connect(lambda *_: self._follow_correction())

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.setAccessibleName(self.tr("The chosen contact"))
        self.details.linkActivated.connect(self._go_to_link)
        self.for_report = QCheckBox(self.tr("Include this contact in the report for the resident"))
        self.for_report.setToolTip(self.tr(
            "The journal stays out of the resident's report unless you tick a contact here"))
        self.for_report.clicked.connect(self._tick)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.for_report)
        chain_tab_order([self.search, self.add_button, self.correct_button, self.table,
                         self.details, self.for_report])
        # Ctrl+J (File > New journal contact, main_menus.py) opens `add_entry` from anywhere.
        self._show_selected()

    # -- what the panel shows ------------------------------------------------------------

    def set_service(self, service: JournalService) -> None:
        self._service = service

    def show_overview(self, overview: DossierOverview) -> None:
        """The dossier's journal as read with the rest of the page (one logged look). The same
        dossier read again (a change by another program) keeps the search and the chosen
        contact; another dossier starts without a search, on its newest contact."""
        same = overview.resident.id == self._resident_id
        chosen = self.selected() if same else None
        self._resident_id = overview.resident.id
        self._domains = overview.domains
        self._domain_names = dict(overview.domains)
        self._agreements = overview.agreement_names
        if not same:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self._show(overview.journal, select=chosen.id if chosen is not None else None)

    def _show(self, journal: Journal, select: int | None = None) -> None:
        self.journal = journal
        self._refill(select=select)

    def _refill(self, *_args: object, select: int | None = None) -> None:
        journal = self.journal
        query = self.search.text()
        kinds = {kind: contact_kind_label(kind) for kind in ContactKind}
        if query.strip():
            names = {e.id or 0: kinds[e.kind] for e in journal.entries}
            shown = journal.search(query, names)
        else:
            shown = journal.entries
        self._shown = shown
        self.model.show(shown, journal, kinds)
        total = len(journal.entries)
        self.count_label.setText(
            self.tr("%1 of %2 contacts").replace("%1", str(len(shown))).replace("%2", str(total))
            if query.strip() else self.tr("%1 contacts").replace("%1", str(total)))
        row = next((r for r, e in enumerate(shown) if select is not None and e.id == select),
                   0 if shown else -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_selected()

    def _size_columns(self) -> None:
        """Columns measured once from the font (not from 200 rows on every opening): the
        date and time, the longest kind, a name, the note taking the rest."""
        metrics = self.table.fontMetrics()
        pad = metrics.averageCharWidth() * 3
        header = self.table.horizontalHeader()
        titles = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(6)]
        widths = {
            0: metrics.horizontalAdvance("00-00-0000 00:00"),
            1: max(metrics.horizontalAdvance(contact_kind_label(k)) for k in ContactKind),
            2: metrics.averageCharWidth() * 26,
            4: metrics.averageCharWidth() * 12,
            5: 0,
        }
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in widths.items():
            title = header.fontMetrics().horizontalAdvance(titles[column])
            header.resizeSection(column, max(width, title) + pad)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  # Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # 150 %: the columns grow with the text
            self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            self._size_columns()

    def row_texts(self, row: int) -> list[str]:
        """What row `row` of the table shows, column by column (for tests and screen readers)."""
        return [str(self.model.data(self.model.index(row, c))) for c in range(6)]

    def selected(self) -> JournalEntry | None:
        row = self.table.currentIndex().row()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _show_selected(self) -> None:
        entry = self.selected()
        writable = self._service is not None and not self.read_only
        self.add_button.setEnabled(writable and self._resident_id is not None)
        self.correct_button.setEnabled(
            writable and entry is not None and not self.journal.is_corrected(entry))
        self.for_report.setEnabled(writable and entry is not None)
        self.for_report.setChecked(entry is not None and entry.for_resident_report)
        if entry is None:
            self.details.setText(self.tr("No contacts written down yet.")
                                 if not self.journal.entries
                                 else self.tr("No contact matches the search."))
            return
        self.details.setText(self._details_html(entry))

    def _details_html(self, entry: JournalEntry) -> str:
        def esc(text: str) -> str:
            return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\n", "<br>"))

        written = entry.written_at.astimezone() if entry.written_at else None
        lines = [
            "<b>" + esc(self.tr("%1, %2 with %3")
                        .replace("%1", entry_moment(entry))
                        .replace("%2", contact_kind_label(entry.kind))
                        .replace("%3", entry.with_whom or "—")) + "</b>",
            esc(entry.note),
        ]
        if entry.domains:
            lines.append(esc(self.tr("Life domains: %1").replace(
                "%1", ", ".join(self._domain_names.get(k, k) for k in entry.domains))))
        if entry.agreement_ids:
            lines.append(esc(self.tr("Agreements: %1").replace("%1", "; ".join(
                self._agreements.get(a, self.tr("(removed)")) for a in entry.agreement_ids))))
        lines.append("<i>" + esc(self.tr("Written by %1 on %2").replace(
            "%1", entry.written_by or "—").replace(
            "%2", f"{written.strftime('%d-%m-%Y %H:%M')}" if written else "—")) + "</i>")
        correcting = self.journal.corrected_by.get(entry.id or 0)
        if correcting is not None and (newer := self.journal.entry(correcting)) is not None:
            lines.append(esc(self.tr("Corrected by %1:").replace("%1", newer.written_by or "—"))
                         + f' <a href="entry:{correcting}">'
                         + esc(self.tr("see the correction of %1").replace(
                             "%1", entry_moment(newer))) + "</a>")
        if entry.corrects is not None and (older := self.journal.entry(entry.corrects)):
            lines.append(esc(self.tr("This corrects:"))
                         + f' <a href="entry:{entry.corrects}">'
                         + esc(self.tr("the contact of %1").replace("%1", entry_moment(older)))
                         + "</a>")
        return "<br>".join(lines)

    # -- moving between an entry and its correction ----------------------------------------

    def select_entry(self, entry_id: int) -> None:
        """Select the entry, clearing the search when it hides it."""
        if not any(e.id == entry_id for e in self._shown):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self._refill(select=entry_id)
        self.table.setFocus()

    def _go_to_link(self, link: str) -> None:
        if link.startswith("entry:"):
            self.select_entry(int(link.split(":", 1)[1]))

    def _follow_correction(self) -> None:
        """Enter or a double-click on a corrected entry goes to its correction."""
        entry = self.selected()
        if entry is not None and (newer := self.journal.corrected_by.get(entry.id or 0)):
            self.select_entry(newer)

    # -- writing ---------------------------------------------------------------------------

    def add_entry(self) -> None:
        self._write(None)

    def correct_selected(self) -> None:
        entry = self.selected()
        if entry is not None and not self.journal.is_corrected(entry):
            self._write(entry)

    def _write(self, corrects: JournalEntry | None) -> None:
        service, resident_id = self._service, self._resident_id
        if service is None or resident_id is None:
            return
        dialog = JournalEntryDialog(service, resident_id, self._domains, self._agreements,
                                    self._now, corrects, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._show(service.journal(resident_id), select=dialog.saved.id)
            self.table.setFocus()

    def _tick(self, ticked: bool) -> None:
        entry, service = self.selected(), self._service
        if entry is None or service is None:
            return

        def refused(_failure: object) -> None:
            self.for_report.setChecked(entry.for_resident_report)

        ServiceCall(self, lambda: service.set_for_resident_report(entry, ticked)) \
            .on_failure(refused) \
            .on_success(lambda saved: self._show(service.journal(saved.resident_id),
                                                 select=saved.id)).run()


class JournalModel(QAbstractTableModel):
    """The shown entries as rows; a corrected one grey and its note struck through, always
    with the words "[corrected]": colour alone is not enough."""

    def __init__(self, headers: list[str], corrected: str, correction: str, yes: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._corrected, self._correction, self._yes = corrected, correction, yes
        self._entries: list[JournalEntry] = []
        self._journal = Journal()
        self._kinds: dict[ContactKind, str] = {}
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def show(self, entries: list[JournalEntry], journal: Journal,
             kinds: dict[ContactKind, str]) -> None:
        self.beginResetModel()
        self._entries, self._journal, self._kinds = entries, journal, kinds
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        corrected = self._journal.is_corrected(entry)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column, corrected)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return entry.note
        if role == Qt.ItemDataRole.ForegroundRole and corrected:
            return QBrush(CORRECTED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and corrected and column == 3:
            return self._struck
        return None

    def _text(self, entry: JournalEntry, column: int, corrected: bool) -> str:
        if column == 0:
            return entry_moment(entry)
        if column == 1:
            return self._kinds.get(entry.kind, entry.kind.value)
        if column == 2:
            return entry.with_whom or "—"
        if column == 3:
            note = " ".join(entry.note.split())
            if len(note) > NOTE_CHARS:
                note = note[:NOTE_CHARS - 1] + "…"
            if corrected:
                return self._corrected.replace("%1", note)
            if entry.corrects is not None:
                return self._correction.replace("%1", note)
            return note
        if column == 4:
            return entry.written_by
        return self._yes if entry.for_resident_report else ""
