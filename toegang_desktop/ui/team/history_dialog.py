"""Team → *Teamgeschiedenis van dit dossier…*: what happened to one dossier in the team."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from ...domain.team import TeamHistoryEvent
from ...wording.team_work_texts import history_line
from ..common.formatting import format_date


class TeamHistoryDialog(QDialog):
    """Who coordinated, who was involved, handovers, stand-ins, broken glass and case
    discussions of one dossier, oldest first."""

    def __init__(self, name: str, events: list[TeamHistoryEvent], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team history of %1").replace("%1", name))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        for event in events:
            line = f"{format_date(event.at.astimezone().date())}  {history_line(event)}"
            if event.text:
                line += "\n    " + event.text.replace("\n", "\n    ")
            self.list.addItem(line)
        if not events:
            layout.addWidget(QLabel(self.tr("Nothing happened in the team yet.")))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 420)

