"""The team overview for the team leader (issue 17): per professional the dossiers coordinated
and involved in, overdue and soon-due legal terms, signals not yet weighed, plans past their
evaluation date, open conflicts and broken glass; the dossiers without a coordinator in red; a
bar chart of the caseload (QPainter). Counts only: clicking a count asks for the list behind it
(`list_requested`), which shows the caseload's fields and nothing more."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.team import OverviewRow, TeamCaseloadRow, TeamOverview
from ...wording.team_work_texts import overview_columns
from ..common.formatting import format_date
from ..common.tables import read_only_table

COORDINATED = QColor("#1f5f99")
INVOLVED = QColor("#b8c4cf")
ALERT = QColor("#b3261e")
ROW_HEIGHT = 22
LABEL_WIDTH = 170


class CaseloadChart(QWidget):
    """Per professional a stacked horizontal bar: coordinated, then involved in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OverviewRow] = []
        self.setAccessibleName(self.tr("Caseload per professional"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[OverviewRow]) -> None:
        self.rows = list(rows)
        self.setAccessibleDescription("; ".join(
            self.tr("%1: coordinates %2, involved in %3").replace("%1", r.display_name)
            .replace("%2", str(r.coordinated)).replace("%3", str(r.involved)) for r in self.rows))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(520, 34 + ROW_HEIGHT * max(len(self.rows), 1))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        width = self.width()
        x0 = LABEL_WIDTH + 8
        bar_width = max(width - x0 - 60, 40)
        most = max([r.coordinated + r.involved for r in self.rows] + [1])
        unit = bar_width / most
        # legend
        x = float(x0)
        for colour, text in ((COORDINATED, self.tr("coordinator")), (INVOLVED, self.tr("involved"))):
            painter.fillRect(QRectF(x, 6, 12, 10), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 16, 0, 200, 22), Qt.AlignmentFlag.AlignVCenter, text)
            x += 30 + metrics.horizontalAdvance(text)
        for index, row in enumerate(self.rows):
            y = 28 + index * ROW_HEIGHT
            name = row.display_name if row.in_team else self.tr("%1 (left)").replace(
                "%1", row.display_name)
            painter.setPen(ALERT if not row.in_team else self.palette().text().color())
            painter.drawText(QRectF(0, y, LABEL_WIDTH, ROW_HEIGHT),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, LABEL_WIDTH))
            painter.fillRect(QRectF(x0, y + 5, unit * row.coordinated, ROW_HEIGHT - 10), COORDINATED)
            painter.fillRect(QRectF(x0 + unit * row.coordinated, y + 5, unit * row.involved,
                                    ROW_HEIGHT - 10), INVOLVED)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x0 + unit * (row.coordinated + row.involved) + 6, y, 60, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter, f"{row.coordinated} + {row.involved}")
        painter.end()


class TeamOverviewPage(QWidget):
    """The overview's counts; `list_requested(kind, login)` ('' for the whole team) when the
    team leader clicks a count, `export_requested` for the PDF, `refresh_requested`."""

    list_requested = Signal(str, str)
    export_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: TeamOverview | None = None
        title = QLabel(self.tr("Team overview"))
        title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.without = QPushButton()
        self.without.setObjectName("withoutCoordinator")
        self.without.setFlat(True)
        self.without.setStyleSheet("QPushButton#withoutCoordinator { color: #b3261e; "
                                   "font-weight: 600; text-align: left; }")
        self.without.clicked.connect(lambda: self.list_requested.emit("without_coordinator", ""))
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.chart = CaseloadChart()
        self.columns = overview_columns()
        self.table = read_only_table([self.tr("Professional"), *(h for _, h in self.columns)],
                                     self.tr("Counts per professional"))
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectItems)
        self.table.cellClicked.connect(self._clicked)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.list_title = QLabel()
        self.list_title.setObjectName("sectionTitle")
        self.list = read_only_table([self.tr("Name"), self.tr("Date of birth"),
                                     self.tr("Coordinator"), self.tr("Next legal term")],
                                    self.tr("Dossiers behind the count"))
        self.list.hide()
        export = QPushButton(self.tr("PDF for the team meeting…"))
        export.clicked.connect(self.export_requested)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addStretch(1)
        buttons.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addWidget(self.without)
        layout.addWidget(self.totals)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.list_title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_overview(self, overview: TeamOverview) -> None:
        self.overview = overview
        self.intro.setText(self.tr("As of %1. Terms \"soon\": within %2 days. Glass broken: the "
                                   "last %3 days. Counts only: click a count for its list.")
                           .replace("%1", format_date(overview.today))
                           .replace("%2", str(overview.soon_days))
                           .replace("%3", str(overview.glass_days)))
        self.without.setText(self.tr("Without a coordinator: %1 (show them)").replace(
            "%1", str(overview.without_coordinator)))
        self.without.setVisible(overview.without_coordinator > 0)
        self.totals.setText(self.tr("Dossiers in the team: %1. Handovers waiting for an answer: "
                                    "%2. Stand-ins running: %3. Glass broken: %4.")
                            .replace("%1", str(overview.dossiers))
                            .replace("%2", str(overview.open_handovers))
                            .replace("%3", str(overview.stand_ins))
                            .replace("%4", str(overview.broken_glass)))
        self.chart.set_rows(overview.people)
        self.table.setRowCount(len(overview.people))
        for row, person in enumerate(overview.people):
            name = QTableWidgetItem(person.display_name if person.in_team else self.tr(
                "%1 (left the team)").replace("%1", person.display_name))
            if not person.in_team:
                name.setForeground(ALERT)
            name.setData(Qt.ItemDataRole.UserRole, person.login)
            self.table.setItem(row, 0, name)
            for column, (key, _) in enumerate(self.columns, start=1):
                value = int(getattr(person, key))
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if value and key in ("overdue_terms", "open_conflicts", "broken_glass"):
                    item.setForeground(ALERT)
                self.table.setItem(row, column, item)

    def _clicked(self, row: int, column: int) -> None:
        name = self.table.item(row, 0)
        if column == 0 or self.overview is None or name is None:
            return
        login = str(name.data(Qt.ItemDataRole.UserRole))
        self.list_requested.emit(self.columns[column - 1][0], login)

    def show_list(self, title: str, rows: Sequence[TeamCaseloadRow]) -> None:
        self.list_title.setText(title)
        self.list.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate((row.display_name, format_date(row.date_of_birth),
                                           row.coordinator, format_date(row.next_legal_term))):
                self.list.setItem(index, column, QTableWidgetItem(text))
        self.list.show()
