"""The main window's report actions: the conversation's PDF report, the learning loop and the
period report. The texts keep the MainWindow translation context; the dialogs are imported on
first use, so start-up does not load them (tests/unit/test_startup_imports.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ... import APP_NAME

if TYPE_CHECKING:
    from ...services.session import Session
    from ..conversation.conversation_page import ConversationPage

# They get what they use rather than the window, so they do not import main_window.py back
# (tests/unit/test_import_cycles.py).

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


def export_report(window: QMainWindow, page: ConversationPage | None, shown: QWidget | None,
                  session: Session, settings: QSettings) -> None:
    """The report of the conversation on screen (`page` when it is the `shown` page), as PDF,
    after saving what is on screen."""
    from ..reports.report_dialog import ReportDialog  # imported late: start-up

    conversation = page.conversation if page is not None else None
    if (page is None or shown is not page or conversation is None
            or conversation.id is None):
        QMessageBox.information(window, APP_NAME, translate(
            "MainWindow", "Open a conversation first, then export its report."))
        return
    if not page.leave():  # the report must show what is on screen
        QMessageBox.warning(window, APP_NAME, translate(
            "MainWindow",
            "Not everything on screen could be saved, so the report would not show it. "
            "Correct what is marked in red or wait until saving works again, then export "
            "the report."))
        return
    dialog = ReportDialog(session.report, conversation, settings, parent=window)
    if dialog.exec() and dialog.saved_path is not None:
        window.statusBar().showMessage(
            translate("MainWindow", "Report saved (%n page(s)): %1", "", dialog.pages)
            .replace("%1", str(dialog.saved_path)), 10000)


def open_learning(parent: QWidget, session: Session, settings: QSettings,
                  today: Callable[[], date]) -> None:
    """The learning loop: bottlenecks and neighbourhood signals (no resident needed)."""
    from ..learning.learning_page import LearningDialog  # imported late: start-up

    LearningDialog(session, _municipality(settings), today, parent=parent).exec()


def open_period_report(parent: QWidget, session: Session, settings: QSettings,
                       today: Callable[[], date]) -> None:
    from ..reports.period_report_dialog import PeriodReportDialog  # imported late: start-up

    PeriodReportDialog(session.period_report, _municipality(settings), today,
                       parent=parent).exec()


def _municipality(settings: QSettings) -> str:
    from ...services.report import MUNICIPALITY_KEY

    return str(settings.value(MUNICIPALITY_KEY, "") or "").strip()
