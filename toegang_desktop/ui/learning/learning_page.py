"""The learning loop (leerloop) window: the bottlenecks and neighbourhood signals recorded on
this workstation (add, edit, mark solved, remove) and the way to the period report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.learning import Bottleneck, BottleneckCategory, NeighbourhoodSignal
from ...services.session import Session
from ...wording.learning_labels import category_label, law_label, theme_label
from ..common.formatting import format_date
from ..common.service_call import ServiceCall
from ..common.tables import fill_row, record_table
from ..common.widgets import ProblemBanner, action_button, confirmed, set_primary
from .learning_dialogs import BottleneckDialog, SignalDialog, field_problem_lines


class LearningDialog(QDialog):
    """Lists and edits the learning loop's records."""

    def __init__(self, session: Session, municipality: str = "",
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._municipality = municipality
        self._service = session.learning
        self._today = today
        self.bottlenecks: list[Bottleneck] = []
        self.signals: list[NeighbourhoodSignal] = []
        self._domain_labels = {d.key: d.label for d in session.conversations.checklist.domains}
        self.setWindowTitle(self.tr("Learning loop: bottlenecks and neighbourhood signals"))
        intro = QLabel(self.tr(
            "Where help got stuck, and what you notice in the neighbourhood: without personal "
            "data, so the municipality can learn from it. The period report shows only counts."))
        intro.setWordWrap(True)
        self.banner = ProblemBanner()

        self.bottleneck_table = record_table(
            [self.tr("Date"), self.tr("Kind"), self.tr("What happened"), self.tr("Laws"),
             self.tr("Partner"), self.tr("Solved")], (2,), self.tr("Bottlenecks"))
        header = self.bottleneck_table.horizontalHeader()
        for column, chars in ((3, 26), (4, 24)):  # laws and partner: wrap, leave room for the text
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * chars)
        self.bottleneck_table.itemSelectionChanged.connect(self._update_buttons)
        self.bottleneck_table.itemDoubleClicked.connect(lambda _item: self.edit_bottleneck())
        self.open_only = QCheckBox(self.tr("Only bottlenecks not yet solved"))
        self.open_only.toggled.connect(self.refresh)
        self.add_bottleneck_button = action_button(
            self.tr("Record bottleneck…"), self.tr("Record bottleneck"), self.add_bottleneck)
        self.edit_bottleneck_button = action_button(
            self.tr("Edit…"), self.tr("Edit bottleneck"), self.edit_bottleneck)
        self.solved_button = QPushButton(self.tr("Mark as solved"))
        self.solved_button.clicked.connect(self.toggle_solved)
        self.remove_bottleneck_button = action_button(
            self.tr("Remove"), self.tr("Remove bottleneck"), self.remove_bottleneck)
        bottleneck_page = self._page(self.bottleneck_table, [
            self.add_bottleneck_button, self.edit_bottleneck_button, self.solved_button,
            self.remove_bottleneck_button], self.open_only)

        self.signal_table = record_table(
            [self.tr("Date"), self.tr("Theme"), self.tr("Neighbourhood or area"),
             self.tr("What you notice")], (2, 3), self.tr("Neighbourhood signals"))
        self.signal_table.itemSelectionChanged.connect(self._update_buttons)
        self.signal_table.itemDoubleClicked.connect(lambda _item: self.edit_signal())
        self.add_signal_button = action_button(
            self.tr("Record signal…"), self.tr("Record neighbourhood signal"), self.add_signal)
        self.edit_signal_button = action_button(
            self.tr("Edit…"), self.tr("Edit neighbourhood signal"), self.edit_signal)
        self.remove_signal_button = action_button(
            self.tr("Remove"), self.tr("Remove neighbourhood signal"), self.remove_signal)
        signal_page = self._page(self.signal_table, [
            self.add_signal_button, self.edit_signal_button, self.remove_signal_button], None)

        self.tabs = QTabWidget()
        self.tabs.addTab(bottleneck_page, self.tr("Bottlenecks"))
        self.tabs.addTab(signal_page, self.tr("Neighbourhood signals"))
        self.report_button = action_button(
            self.tr("Period report…"), self.tr("Period report"), self.open_report)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.report_button)
        bottom.addStretch()
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        # A list with its own buttons: Enter closes, it never records or removes something.
        set_primary(self, close.button(QDialogButtonBox.StandardButton.Close))
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 170, metrics.lineSpacing() * 40)
        self.refresh()

    @staticmethod
    def _page(table: QWidget, buttons: list[QPushButton], extra: QWidget | None) -> QWidget:
        page = QWidget()
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        if extra is not None:
            row.addWidget(extra)
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return page

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        partners = {p.id: p.organisation for p in self._session.plan.partners(include_inactive=True)}
        self.bottlenecks = [b for b in self._service.bottlenecks()
                            if not (self.open_only.isChecked() and b.solved)]
        self.bottleneck_table.setRowCount(len(self.bottlenecks))
        for row, b in enumerate(self.bottlenecks):
            fill_row(self.bottleneck_table, row, (
                format_date(b.occurred_on), category_label(b.category), b.what_happened,
                ", ".join(law_label(law) for law in sorted(b.laws)),
                partners.get(b.partner_id, "") if b.partner_id else "",
                format_date(b.solved_on) if b.solved_on else self.tr("Not yet")))
        self.signals = self._service.signals()
        self.signal_table.setRowCount(len(self.signals))
        for row, s in enumerate(self.signals):
            fill_row(self.signal_table, row, (format_date(s.noticed_on), theme_label(s.theme),
                                              s.area, s.description))
        for table in (self.bottleneck_table, self.signal_table):
            table.resizeRowsToContents()
        self._update_buttons()

    def _selected(self, table: QWidget, items: list) -> object | None:  # type: ignore[type-arg]
        rows = {index.row() for index in table.selectionModel().selectedRows()}  # type: ignore[attr-defined]
        return items[min(rows)] if rows and min(rows) < len(items) else None

    def selected_bottleneck(self) -> Bottleneck | None:
        found = self._selected(self.bottleneck_table, self.bottlenecks)
        return found if isinstance(found, Bottleneck) else None

    def selected_signal(self) -> NeighbourhoodSignal | None:
        found = self._selected(self.signal_table, self.signals)
        return found if isinstance(found, NeighbourhoodSignal) else None

    def _update_buttons(self) -> None:
        bottleneck = self.selected_bottleneck()
        for button in (self.edit_bottleneck_button, self.solved_button, self.remove_bottleneck_button):
            button.setEnabled(bottleneck is not None)
        solved = bottleneck is not None and bottleneck.solved
        self.solved_button.setText(self.tr("Mark as not solved") if solved
                                   else self.tr("Mark as solved"))
        signal = self.selected_signal()
        for button in (self.edit_signal_button, self.remove_signal_button):
            button.setEnabled(signal is not None)

    def _select(self, table: QWidget, items: list, item_id: int | None) -> None:  # type: ignore[type-arg]
        for row, item in enumerate(items):
            if item.id == item_id:
                table.selectRow(row)  # type: ignore[attr-defined]

    # -- bottlenecks -----------------------------------------------------------------------

    def bottleneck_dialog(self, bottleneck: Bottleneck) -> BottleneckDialog:
        return BottleneckDialog(self._service, self._session.plan, list(self._domain_labels.items()),
                                bottleneck, self._today, self)

    def add_bottleneck(self) -> None:
        self._edit_bottleneck(Bottleneck(category=BottleneckCategory.WAITING_LIST,
                                         what_happened="", occurred_on=self._today()))

    def edit_bottleneck(self) -> None:
        bottleneck = self.selected_bottleneck()
        if bottleneck is not None:
            self._edit_bottleneck(bottleneck)

    def _edit_bottleneck(self, bottleneck: Bottleneck) -> None:
        dialog = self.bottleneck_dialog(bottleneck)
        if dialog.exec() and dialog.saved is not None:
            self.banner.show_lines([])
            self.refresh()
            self._select(self.bottleneck_table, self.bottlenecks, dialog.saved.id)

    def toggle_solved(self) -> None:
        bottleneck = self.selected_bottleneck()
        if bottleneck is None or bottleneck.id is None:
            return
        bottleneck_id = bottleneck.id
        solved_on = None if bottleneck.solved else max(self._today(), bottleneck.occurred_on)
        if self._run(lambda: self._service.mark_solved(bottleneck_id, solved_on)):
            self._select(self.bottleneck_table, self.bottlenecks, bottleneck_id)

    def remove_bottleneck(self) -> None:
        bottleneck = self.selected_bottleneck()
        if bottleneck is None or bottleneck.id is None or not self._confirm_remove(
                self.tr("Remove this bottleneck? It is no longer counted in reports.")):
            return
        self._run(lambda: self._service.remove_bottleneck(int(bottleneck.id or 0)))

    # -- signals ---------------------------------------------------------------------------

    def add_signal(self) -> None:
        self._edit_signal(None)

    def edit_signal(self) -> None:
        signal = self.selected_signal()
        if signal is not None:
            self._edit_signal(signal)

    def _edit_signal(self, signal: NeighbourhoodSignal | None) -> None:
        dialog = SignalDialog(self._service, signal, self._today, self)
        if dialog.exec() and dialog.saved is not None:
            self.banner.show_lines([])
            self.refresh()
            self._select(self.signal_table, self.signals, dialog.saved.id)

    def remove_signal(self) -> None:
        signal = self.selected_signal()
        if signal is None or signal.id is None or not self._confirm_remove(
                self.tr("Remove this neighbourhood signal? It is no longer counted in reports.")):
            return
        self._run(lambda: self._service.remove_signal(int(signal.id or 0)))

    # -- shared ----------------------------------------------------------------------------

    def _confirm_remove(self, question: str) -> bool:
        return confirmed(self, self.tr("Remove"), question)

    def _run(self, action: Callable[[], object]) -> bool:
        """Do the change, then show the lists again; False (the problem shown) when refused."""
        return ServiceCall(self, action).in_banner(self.banner).worded(field_problem_lines) \
            .on_success(lambda _: self.refresh()).run()

    def open_report(self) -> None:
        from ..reports.period_report_dialog import PeriodReportDialog

        PeriodReportDialog(self._session.period_report, self._municipality, self._today,
                           self).exec()
