"""A warning across the top of the main window when the data folder is in a risky place."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from ...domain.storage_location import LocationRisk, RiskyLocation

log = logging.getLogger(__name__)


class LocationBanner(QFrame):
    """Says why the folder is risky and what to do; it does not block the work."""

    def __init__(self, risk: RiskyLocation, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locationBanner")
        self.setStyleSheet("#locationBanner { background: #fff4d6; border: 1px solid #e0a800; }")
        self.text = QLabel(self._text(risk, root))
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Warning about the data folder"))
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hide_button)

    def _text(self, risk: RiskyLocation, root: Path) -> str:
        if risk.risk is LocationRisk.NETWORK:
            text = self.tr(
                "Your data folder %1 is on a network drive. The safeguards of the data file only "
                "work on a disk in this computer: on a network drive data can be lost or damaged, "
                "for instance when the connection drops. Choose a folder on this computer: start "
                "Toegang Desktop with --data-dir and a local folder, or ask your application "
                "manager.")
        else:
            text = self.tr(
                "Your data folder %1 is inside a folder that %2 synchronises. A sync program can "
                "copy the data file while it is being written, or put back an older copy; then "
                "data is lost or damaged. Choose a folder on this computer that is not "
                "synchronised: start Toegang Desktop with --data-dir and such a folder, or ask "
                "your application manager.").replace("%2", risk.service)
        return text.replace("%1", str(root))


def show_location_warning(window: QMainWindow, risk: RiskyLocation, root: Path) -> LocationBanner:
    """Put the banner above the window's pages (the pages themselves stay as they are)."""
    log.warning("data folder in a risky place: %s %s", risk.risk.value, risk.service)
    banner = LocationBanner(risk, root)
    container = QWidget()
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    central = window.takeCentralWidget()
    if central is not None:  # the window's page, now below the banner
        layout.addWidget(central, 1)
    window.setCentralWidget(container)
    return banner
