"""Showing dates, ages and levels the Dutch way (dd-MM-yyyy via QLocale nl_NL)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor

from ...domain.legal_clock import DeadlineState
from ...domain.resident import age_on

DATE_FORMAT = "dd-MM-yyyy"
LEVEL_COLORS = {
    1: "#c62828",
    2: "#ef6c00",
    3: "#f9a825",
    4: "#7cb342",
    5: "#2e7d32",
}
NO_LEVEL_COLOR = "#9e9e9e"


def dutch_locale() -> QLocale:
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return dutch_locale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def format_datetime(iso_utc: str) -> str:
    """A stored UTC timestamp as local 'dd-MM-yyyy HH:mm' (the access log, the history)."""
    local = datetime.fromisoformat(iso_utc).astimezone()
    return f"{format_date(local.date())} {local.strftime('%H:%M')}"


def format_time(moment: datetime) -> str:
    """A moment's clock time (HH:mm) in the computer's own time zone."""
    local = moment.astimezone()
    return dutch_locale().toString(QTime(local.hour, local.minute, local.second), "HH:mm")


def format_moment(moment: datetime) -> str:
    """A moment as date and time in the computer's own time zone: 23-11-2026 14:30."""
    return f"{format_date(moment.astimezone().date())} {format_time(moment)}"


def parse_date(text: str) -> date | None:
    """A date typed as dd-mm-yyyy, or None when it is incomplete or impossible."""
    parsed = dutch_locale().toDate(text.strip(), DATE_FORMAT)
    if not parsed.isValid():
        return None
    return date(parsed.year(), parsed.month(), parsed.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def level_color(level: int | None) -> QColor:
    return QColor(LEVEL_COLORS.get(level or 0, NO_LEVEL_COLOR))


def age_text(born: date | None, today: date) -> str:
    if born is None:
        return ""
    return QCoreApplication.translate("Formatting", "%n year(s)", "", age_on(born, today))


def deadline_color(state: DeadlineState) -> QColor | None:
    """Red when overdue, orange when due within a week; otherwise the normal text colour."""
    return {DeadlineState.OVERDUE: QColor("#c62828"),
            DeadlineState.DUE_SOON: QColor("#b45309")}.get(state)
