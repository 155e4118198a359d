"""The dossier at a glance: the current plan, open agreements, the next legal term, signals
still to weigh and the levels chart, shown on opening a dossier without further clicks."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.plan import Owner
from ...services.dossier_overview import DossierOverview, OpenAgreement
from ...wording.labels import deadline_label, deadline_state_text, owner_label
from ..common.formatting import format_date
from ..common.tables import read_only_table
from .level_chart import LevelChart

OVERDUE_COLOUR = QColor("#b00020")  # red, always with the text marker: colour alone is not enough


class GlancePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.term_label = QLabel()
        self.term_label.setWordWrap(True)
        self.signals_label = QLabel()
        self.signals_label.setWordWrap(True)
        now_box = QGroupBox(self.tr("What runs now"))
        now = QVBoxLayout(now_box)
        for label in (self.plan_label, self.term_label, self.signals_label):
            now.addWidget(label)
        self.agreements = read_only_table(
            [self.tr("Due"), self.tr("Who"), self.tr("Agreement")], self.tr("Open agreements"))
        # About five rows in view; more scroll inside the table, so the page keeps its shape.
        self.agreements.setMinimumHeight(self.fontMetrics().height() * 7)
        self.agreements.setMaximumHeight(self.fontMetrics().height() * 12)
        agreements_title = QLabel(self.tr("Open agreements"))
        agreements_title.setObjectName("fieldName")
        now.addWidget(agreements_title)
        now.addWidget(self.agreements)
        now.addStretch()
        self.chart = LevelChart()
        chart_box = QGroupBox(self.tr("Levels per life domain"))
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.chart)
        chart_layout.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(now_box, 1)
        layout.addWidget(chart_box, 1)

    def show_overview(self, overview: DossierOverview) -> None:
        route = overview.route
        if route is None:
            self.plan_label.setText(self.tr("No conversation yet, so no plan."))
        else:
            lines = [
                self.tr("Coordinator: %1").replace("%1", route.coordinator or "—"),
                self.tr("Route: %1").replace("%1", _route_text(route.team_does_itself,
                                                               route.refers_to)),
                self.tr("Evaluation: %1").replace(
                    "%1", format_date(route.evaluation_date) if route.evaluation_date else "—"),
            ]
            self.plan_label.setText("\n".join(lines))
        term = overview.next_term
        self.term_label.setText(
            self.tr("Next legal term: %1 on %2 (%3)").replace("%1", deadline_label(term.kind))
            .replace("%2", format_date(term.due)).replace("%3", deadline_state_text(term))
            if term is not None else self.tr("Next legal term: none open."))
        signals = overview.signals_to_weigh
        self.signals_label.setText(
            self.tr("Signals still to weigh: %1").replace("%1", "; ".join(signals))
            if signals else self.tr("Signals still to weigh: none."))
        self._fill_agreements(overview.agreements)
        self.chart.show_levels(overview.domains, overview.rounds)

    def _fill_agreements(self, agreements: list[OpenAgreement]) -> None:
        # Columns sized to their contents re-measure on every cell set; measure once at the end
        # (30 agreements: ~19 ms less per opened dossier).
        header = self.agreements.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.agreements.setRowCount(len(agreements))
        for row, a in enumerate(agreements):
            due = format_date(a.due_date) if a.due_date else self.tr("no date")
            if a.overdue:
                due = self.tr("%1 – overdue").replace("%1", due)
            who = owner_label(a.owner)
            if a.owner is Owner.PARTNER and a.partner:
                who = a.partner
            for column, text in enumerate((due, who, a.what)):
                item = QTableWidgetItem(("⚠ " if a.overdue and column == 0 else "") + text)
                if a.overdue:
                    item.setForeground(QBrush(OVERDUE_COLOUR))
                self.agreements.setItem(row, column, item)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def overdue_rows(self) -> list[int]:
        return [row for row in range(self.agreements.rowCount())
                if (item := self.agreements.item(row, 0)) is not None
                and item.text().startswith("⚠")]


def _route_text(team_does_itself: str, refers_to: str) -> str:
    return " · ".join(p for p in (team_does_itself, refers_to) if p) or "—"
