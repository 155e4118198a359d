"""The main window's back-ups: the background schedule, the menu entry "Herstel uit back-up…",
and the offer to restore when the start-up check finds the store damaged. A restore is only
requested here (`restore_requested`); the launcher closes the window and performs it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ... import APP_NAME
from ...services.session import Session
from ...wording.backup_texts import residents_text
from ..common.formatting import format_date, format_time
from ..common.widgets import confirmed

if TYPE_CHECKING:
    from ...services.backups import BackupEntry
    from .backup_worker import BackupScheduler

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls
log = logging.getLogger(__name__)


def damaged_offer_text(path: str, entry: BackupEntry) -> str:
    local = entry.taken_at.astimezone()
    return translate(
        "Backups",
        "The data file %1 is damaged. Your data is not lost: the backup of %2 at %3 (%4) "
        "was checked and is in order.\n\nRestore this backup now? The damaged file is kept "
        "unchanged next to it, nothing is deleted. Changes made after %3 are not in the backup.",
    ).replace("%1", path).replace("%2", format_date(local.date())).replace(
        "%3", format_time(entry.taken_at)).replace(
        "%4", residents_text(entry))


def damaged_restore_confirmed(parent: QWidget | None, path: str, good: BackupEntry | None) -> bool:
    """The store is damaged: say so, and ask whether to restore the newest good backup (or say
    that there is none)."""
    if good is None:
        QMessageBox.critical(parent, APP_NAME, damaged_without_backup_text(path))
        return False
    return confirmed(parent, APP_NAME, damaged_offer_text(path, good), yes_first=True)


def damaged_without_backup_text(path: str) -> str:
    return translate(
        "Backups",
        "The data file %1 is damaged, and there is no backup that is in order. Nothing was "
        "changed or deleted. Stop working in the app and contact your application manager.",
    ).replace("%1", path)


class BackupActions(QObject):
    restore_requested = Signal(str)  # the name of the copy to restore

    def __init__(self, session: Session, window: QMainWindow) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self._scheduler: BackupScheduler | None = None

    @property
    def scheduler(self) -> BackupScheduler:
        """Made on first use (start-up shows the window before the backup code loads)."""
        if self._scheduler is None:
            from .backup_worker import BackupScheduler

            scheduler = BackupScheduler(self._session.backups, self._session.change_marker, self)
            scheduler.made.connect(self._made)
            scheduler.failed.connect(self._failed)
            scheduler.damaged.connect(self.offer_restore_for_damage)
            self._scheduler = scheduler
        return self._scheduler

    def start(self) -> None:
        self.scheduler.start()

    def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.stop()

    def _made(self, entry: BackupEntry) -> None:
        from .backup_worker import made_text

        self._window.statusBar().showMessage(made_text(entry), 10000)

    def _failed(self, text: str) -> None:
        self._window.statusBar().showMessage(text)  # stays until the next message

    def choose_backup(self) -> None:
        """Herstel uit back-up…: list the copies and request the one chosen."""
        from .restore_dialog import RestoreDialog  # imported late: start-up

        dialog = RestoreDialog(self._session.backups.list(), str(self._session.backups.folder),
                               self._window)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_requested.emit(dialog.chosen)

    def offer_restore_for_damage(self, _problems: list[str], good: BackupEntry | None) -> None:
        """Also without a good backup: then the person is told to stop and get help."""
        if damaged_restore_confirmed(self._window, str(self._session.backups.store), good):
            assert good is not None  # confirmed only when there is a good backup
            self.restore_requested.emit(good.name)
