"""The team's place in the status bar: "Team: bijgewerkt om 10:32", "Offline: 12 wijzigingen
wachten", "2 conflicten" (a link to the conflicts screen), "Bezig met bijwerken…" with a
progress bar during a long sync. Not shown at all when the laptop is in no team."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ...domain.team import SyncProgress, SyncStatus
from ...wording.team_messages import UNREACHABLE, team_problem_text
from ..common.formatting import format_moment, format_time


class TeamStatusWidget(QWidget):
    conflicts_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Team status"))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.conflicts = QLabel()
        self.conflicts.setTextFormat(Qt.TextFormat.RichText)
        self.conflicts.setAccessibleName(self.tr("Open the conflicts"))
        self.conflicts.linkActivated.connect(lambda _link: self.conflicts_clicked.emit())
        self.conflicts.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.conflicts)
        self._status = SyncStatus(joined=False)
        self._busy = False
        self._now: datetime | None = None  # "now" as the caller (a test) gave it
        self.setVisible(False)

    @property
    def text(self) -> str:
        """What the status bar says now (for the tests and screen readers)."""
        parts = [self.label.text()]
        if self.conflicts.isVisibleTo(self):
            parts.append(self.conflicts.text())
        return "  ".join(parts)

    def show_status(self, status: SyncStatus, now: datetime | None = None) -> None:
        self._status = status
        self._now = now
        self._render(now)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        if not busy:
            self.progress.hide()
        self._render(self._now)

    def show_progress(self, progress: SyncProgress) -> None:
        """A long sync: a bar that fills (or moves, while the total is not known yet)."""
        phase = {"push": self.tr("sending"), "pull": self.tr("fetching"),
                 "log": self.tr("access log")}.get(progress.phase, progress.phase)
        self.progress.setRange(0, max(progress.total, 0))
        if progress.total:
            self.progress.setValue(min(progress.done, progress.total))
            self.progress.setFormat(self.tr("%1: %2 of %3").replace("%1", phase).replace(
                "%2", str(min(progress.done, progress.total))).replace("%3", str(progress.total)))
        self.progress.setToolTip(phase)
        self.progress.show()

    def _render(self, now: datetime | None) -> None:
        status = self._status
        self.setVisible(status.joined)
        if not status.joined:
            return
        main, tip = self.status_texts(status, self._busy, now)
        self.label.setText(main)
        self.label.setToolTip(tip)
        self.label.setAccessibleDescription(tip or main)
        if status.open_conflicts:
            words = self.tr("%n conflict(s)", "", status.open_conflicts)
            self.conflicts.setText(f'<a href="conflicts">{words}</a>')
            self.conflicts.setToolTip(self.tr(
                "Two values for one field: choose or merge them (click to open)."))
        self.conflicts.setVisible(bool(status.open_conflicts))

    def status_texts(self, status: SyncStatus, busy: bool,
                     now: datetime | None = None) -> tuple[str, str]:
        """The status line and its tooltip (the longer explanation)."""
        waiting = self.tr("%n change(s) waiting", "", status.pending_operations)
        if busy:
            return self.tr("Updating…"), self.tr(
                "The team's dossiers are being updated in the background; you can keep "
                "working.")
        if status.last_error == UNREACHABLE:
            main = (self.tr("Offline: %1").replace("%1", waiting) if status.pending_operations
                    else self.tr("Offline"))
            return main, team_problem_text(UNREACHABLE)
        if status.last_error:
            return self.tr("Team: not updated"), team_problem_text(status.last_error)
        if status.last_synced_at is None:
            main = self.tr("Team: not updated yet")
        else:
            local = status.last_synced_at.astimezone()
            today = (now or datetime.now().astimezone()).astimezone().date()
            main = (self.tr("Team: updated at %1").replace("%1", format_time(local))
                    if local.date() == today else
                    self.tr("Team: updated on %1").replace("%1", format_moment(local)))
        if status.pending_operations:
            main += " · " + waiting
        team = status.team_name or self.tr("your team")
        return main, self.tr("Team %1, signed in as %2. F5 updates now.").replace(
            "%1", team).replace("%2", status.member or "?")
