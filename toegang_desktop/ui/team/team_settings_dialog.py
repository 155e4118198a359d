"""Settings → Team… while in a team: the team this laptop is in, how often it updates (the
choice kept in QSettings, read by the team wiring at start), and leaving the team."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...domain.team import SyncStatus
from ...services.settings import TEAM_JOINED_KEY
from ...wording.team_messages import team_problem_text
from ..common.formatting import format_moment
from ..common.widgets import confirmed, set_primary
from .port import TeamBackend, failure_code
from .sync_worker import DEFAULT_INTERVAL_MINUTES, INTERVAL_KEY, TeamWorker

INTERVAL_CHOICES = (2, 5, 10, 15, 30)


class TeamMode(Protocol):
    """What the dialog uses of the team wiring (wiring.py), named here so that this module
    does not import the wiring that opens it."""

    status: SyncStatus
    worker: TeamWorker
    backend: TeamBackend

    def stop(self) -> bool: ...

    def restart(self) -> None: ...


def interval_minutes(settings: QSettings) -> int:
    try:
        minutes = int(str(settings.value(INTERVAL_KEY, DEFAULT_INTERVAL_MINUTES)))
    except ValueError:
        return DEFAULT_INTERVAL_MINUTES
    return minutes if minutes in INTERVAL_CHOICES else DEFAULT_INTERVAL_MINUTES


class TeamInfoDialog(QDialog):
    """The team this laptop is in, how often it updates, and leaving the team."""

    def __init__(self, wiring: TeamMode, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team"))
        self._wiring = wiring
        self._settings = settings
        self.left = False
        status = wiring.status
        form = QFormLayout()
        form.addRow(self.tr("Team"), QLabel(status.team_name or "?"))
        form.addRow(self.tr("Signed in as"), QLabel(status.member or "?"))
        form.addRow(self.tr("Last update"), QLabel(
            format_moment(status.last_synced_at) if status.last_synced_at else
            self.tr("not yet")))
        form.addRow(self.tr("Changes waiting"), QLabel(str(status.pending_operations)))
        self.interval = QComboBox()
        for minutes in INTERVAL_CHOICES:
            self.interval.addItem(self.tr("every %n minute(s)", "", minutes), minutes)
        self.interval.setCurrentIndex(INTERVAL_CHOICES.index(interval_minutes(settings)))
        self.interval.setAccessibleName(self.tr("Update automatically"))
        self.interval.currentIndexChanged.connect(self._interval_chosen)
        form.addRow(self.tr("Update automatically"), self.interval)
        buttons = QDialogButtonBox()
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        self.leave_button = buttons.addButton(self.tr("Leave the team…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.leave_button.setAutoDefault(False)
        self.leave_button.clicked.connect(self.leave)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        set_primary(self, close)

    def _interval_chosen(self, index: int) -> None:
        minutes = INTERVAL_CHOICES[index]
        self._settings.setValue(INTERVAL_KEY, minutes)
        self._settings.sync()
        self._wiring.worker.set_interval(minutes)

    def leave(self) -> None:
        waiting = self._wiring.status.pending_operations
        question = self.tr(
            "This laptop leaves the team: it no longer sends or fetches changes, and the "
            "connection details are removed. The dossiers on this laptop stay on it.")
        if waiting:
            question += " " + self.tr("%n change(s) have not been sent yet and will not "
                                      "reach the team; press F5 first to send them.", "",
                                      waiting)
        if not confirmed(self, self.tr("Leave the team"), question + " " + self.tr(
                "Leave the team?")):
            return
        wiring = self._wiring
        self.leave_button.setEnabled(False)
        wiring.stop()  # no sync while the connection details go
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            wiring.backend.leave()
        except Exception as error:
            code = failure_code(error)
            if code is None:
                raise
            QApplication.restoreOverrideCursor()
            self.leave_button.setEnabled(True)
            wiring.restart()
            QMessageBox.warning(self, APP_NAME, team_problem_text(code))
            return
        QApplication.restoreOverrideCursor()
        self._settings.remove(TEAM_JOINED_KEY)
        self._settings.sync()
        self.left = True
        self.accept()
