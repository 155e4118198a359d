"""Perioderapportage: choose a period (the last quarter by default, or any range), see the
main numbers (suppressed, as in the report), and export PDF, CSV or the aggregate file; or
merge the aggregate files of several workstations into one team report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.period_disclosure import mask
from ...domain.period_report import (
    SUPPRESS_BELOW,
    Aggregate,
    Period,
    last_full_quarter,
    median_days,
    quarter_of,
    trend,
)
from ...paths import documents_folder
from ...services.period_report import AggregateFileError, PeriodMismatch, PeriodReportService
from ...wording.learning_messages import aggregate_error_text, period_mismatch_text
from ...wording.messages import file_write_error_text
from ..common.formatting import format_date
from ..common.service_call import ServiceCall
from ..common.widgets import DateField, ProblemBanner, mark_invalid, set_primary

QUARTERS_BACK = 8


class PeriodReportDialog(QDialog):
    def __init__(self, service: PeriodReportService, municipality: str = "",
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._municipality = municipality
        self._today = today
        self.aggregate: Aggregate | None = None
        self.merged_from: list[Path] = []
        self.setWindowTitle(self.tr("Period report"))
        intro = QLabel(self.tr(
            "An anonymous report for policy: counts only, no personal data and no free text. "
            "Counts from 1 to %1 are shown as \u201c< %2\u201d.").replace(
            "%1", str(SUPPRESS_BELOW - 1)).replace("%2", str(SUPPRESS_BELOW)))
        intro.setWordWrap(True)
        self.banner = ProblemBanner()

        self.period_choice = QComboBox()
        self.period_choice.setAccessibleName(self.tr("Period"))
        quarter = last_full_quarter(today())
        current = quarter_of(today())
        self.period_choice.addItem(
            self.tr("%1 (so far)").replace("%1", self._quarter_text(current)), current)
        for _ in range(QUARTERS_BACK):
            self.period_choice.addItem(self._quarter_text(quarter), quarter)
            quarter = quarter.previous()
        self.period_choice.addItem(self.tr("Other period…"), None)
        self.period_choice.setCurrentIndex(1)
        self.start = DateField()
        self.start.setAccessibleName(self.tr("From"))
        self.end = DateField()
        self.end.setAccessibleName(self.tr("To"))
        range_row = QHBoxLayout()
        for label, field in ((self.tr("From"), self.start), (self.tr("to"), self.end)):
            text = QLabel(label)
            text.setBuddy(field)
            range_row.addWidget(text)
            field.setMaximumWidth(field.fontMetrics().averageCharWidth() * 16)
            range_row.addWidget(field)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.clicked.connect(self.compute)
        range_row.addWidget(self.show_button)
        range_row.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Period"), self.period_choice)
        form.addRow("", range_row)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("reportSummary")
        self.summary.setStyleSheet("QLabel#reportSummary { background: #f4f7fa; padding: 10px;"
                                   " border: 1px solid #d5dee8; border-radius: 4px; }")

        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(self.export_csv)
        self.aggregate_button = QPushButton(self.tr("Export aggregate file…"))
        self.aggregate_button.setToolTip(self.tr(
            "For the team report: a file with this workstation's counts (no personal data) that "
            "a colleague merges with the files of the others."))
        self.aggregate_button.clicked.connect(self.export_aggregate)
        self.merge_button = QPushButton(self.tr("Merge aggregate files…"))
        self.merge_button.setToolTip(self.tr(
            "Choose the aggregate files of several workstations (same period): the report then "
            "shows the team's total."))
        self.merge_button.clicked.connect(self.merge_files)
        self.own_button = QPushButton(self.tr("Back to this workstation"))
        self.own_button.clicked.connect(self.compute)
        exports = QHBoxLayout()
        for button in (self.pdf_button, self.csv_button, self.aggregate_button):
            exports.addWidget(button)
        exports.addStretch()
        team = QHBoxLayout()
        team.addWidget(self.merge_button)
        team.addWidget(self.own_button)
        team.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(exports)
        layout.addLayout(team)
        layout.addStretch()
        layout.addWidget(close)
        set_primary(self, self.show_button)  # Enter in a date field shows that period
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        self.period_choice.currentIndexChanged.connect(self._period_chosen)
        self._period_chosen()

    def _quarter_text(self, period: Period) -> str:
        number = (period.start.month - 1) // 3 + 1
        return self.tr("Quarter %1 %2 (%3 to %4)").replace("%1", str(number)).replace(
            "%2", str(period.start.year)).replace("%3", format_date(period.start)).replace(
            "%4", format_date(period.end))

    # -- the period ------------------------------------------------------------------------

    def _period_chosen(self, *_args: object) -> None:
        chosen = self.period_choice.currentData()
        custom = chosen is None
        for widget in (self.start, self.end, self.show_button):
            widget.setEnabled(custom)
        if not custom:
            self.start.set_date(chosen.start)
            self.end.set_date(chosen.end)
            self.compute()

    def period(self) -> Period | None:
        start, end = self.start.date_value(), self.end.date_value()
        bad_start, bad_end = start is None, end is None or (start is not None and end < start)
        mark_invalid(self.start, bad_start)
        mark_invalid(self.end, bad_end)
        if start is None or end is None or end < start:
            self.banner.show_lines([self.tr(
                "Enter the period as two dates (dd-mm-yyyy), the second on or after the first.")])
            return None
        return Period(start, end)

    def compute(self) -> None:
        """The numbers of this workstation for the period on screen."""
        period = self.period()
        if period is None:
            return
        # A quarter of a large caseload takes a few seconds (the rules run over its conversations).
        ServiceCall(self, partial(self._service.aggregate, period)).in_banner(self.banner) \
            .on_success(self._computed).run()

    def _computed(self, aggregate: Aggregate) -> None:
        self.aggregate = aggregate
        self.merged_from = []
        self._show()

    def _show(self) -> None:
        a = self.aggregate
        self.own_button.setVisible(bool(self.merged_from))
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(a is not None)
        self.aggregate_button.setEnabled(a is not None and not self.merged_from)
        if a is None:
            self.summary.setText("")
            return
        b, p = a.bottlenecks, a.previous_bottlenecks
        m = mask(a)  # the same numbers the PDF and CSV show: small and derivable ones hidden
        both = m.visible("summary", "bottlenecks_now", b.total) and \
            m.visible("summary", "bottlenecks_before", p.total)
        source = (self.tr("Team report, merged from %n workstation(s).", "", a.workstations)
                  if self.merged_from else self.tr("This workstation."))
        lines = [
            self.tr("%1 to %2. %3").replace("%1", format_date(a.period.start))
            .replace("%2", format_date(a.period.end)).replace("%3", source),
            self.tr("Bottlenecks: %1 (previous period %2, difference %3), of which solved: %4")
            .replace("%1", m.text("summary", "bottlenecks_now", b.total))
            .replace("%2", m.text("summary", "bottlenecks_before", p.total))
            .replace("%3", trend(b.total, p.total) if both else "–")
            .replace("%4", m.text("solved_now", "solved", b.solved)),
            self.tr("Neighbourhood signals: %1").replace(
                "%1", m.text("summary", "signals_now", a.signals)),
            self.tr("Conversations: %1").replace(
                "%1", m.text("summary", "conversations", a.conversations)),
            self.tr("Investigations finished within 6 weeks: %1; median days from request to "
                    "report: %2").replace("%1", m.share_within_term(a.clock))
            .replace("%2", median_days(a.clock)),
        ]
        self.summary.setText("\n".join(lines))

    # -- files -----------------------------------------------------------------------------

    def _ask_path(self, suffix: str, kind: str) -> Path | None:
        a = self.aggregate
        assert a is not None
        name = f"leerloop-{a.period.start.isoformat()}-{a.period.end.isoformat()}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(),
                                                str(documents_folder() / name), kind)
        return Path(chosen) if chosen else None

    def _write(self, suffix: str, kind: str, write: Callable[[Aggregate, Path], object]) -> None:
        if self.aggregate is None:
            return
        path = self._ask_path(suffix, kind)
        if path is None:
            return
        try:
            write(self.aggregate, path)
        except OSError as error:
            self.banner.show_lines([file_write_error_text(error)])
            return
        self.banner.show_lines([])
        self.summary.setText(self.summary.text() + "\n" + self.tr("Saved: %1").replace("%1", str(path)))

    def export_pdf(self) -> None:
        self._write(".pdf", self.tr("PDF files (*.pdf)"),
                    lambda a, path: self._service.write_pdf(a, path, self._municipality))

    def export_csv(self) -> None:
        self._write(".csv", self.tr("CSV files (*.csv)"), self._service.write_csv)

    def export_aggregate(self) -> None:
        self._write("-aggregaat.json", self.tr("Aggregate files (*.json)"),
                    self._service.write_aggregate)

    def merge_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Merge aggregate files"), str(documents_folder()),
            self.tr("Aggregate files (*.json)"))
        if chosen:
            self.merge_paths([Path(p) for p in chosen])

    def merge_paths(self, paths: list[Path]) -> None:
        try:
            merged = self._service.read_aggregates(paths, self._service.level_names)
        except AggregateFileError as error:
            self.banner.show_lines([aggregate_error_text(error)])
            return
        except PeriodMismatch:
            self.banner.show_lines([period_mismatch_text()])
            return
        self.banner.show_lines([])
        self.aggregate = merged
        self.merged_from = paths
        self.start.set_date(merged.period.start)
        self.end.set_date(merged.period.end)
        self._show()
