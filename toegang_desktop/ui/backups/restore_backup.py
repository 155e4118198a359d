"""Restoring a back-up from the window's side: with the store closed, a busy dialog while the
copy is checked and swapped in on a thread, and a clear message when it cannot be done."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from ... import APP_NAME
from ...paths import AppPaths
from ...services.backups import BackupService, RestoreResult
from ...services.errors import StoreError
from ...wording.backup_texts import restored_text
from ...wording.store_messages import store_error_text
from ..common.formatting import format_moment
from .backup_actions import damaged_restore_confirmed

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls
log = logging.getLogger(__name__)
T = TypeVar("T")


def restore_now(paths: AppPaths, name: str, key: bytes | None = None) -> str:
    """Restore `name` (every connection to the store closed); returns what happened, for
    the status bar, or "" after telling the person why it could not be done."""
    result = _restore(paths, name, key)
    if result is None:
        return ""
    return restored_text(result, format_moment(result.restored.taken_at))


def in_background(label: str, work: Callable[[], T]) -> T:
    """Run `work` on a thread while a small busy dialog keeps the screen alive: checking
    and swapping a store of 100,000 residents takes seconds, and no window is open then."""
    progress = QProgressDialog(label, "", 0, 0)
    progress.setCancelButton(None)
    progress.setWindowTitle(APP_NAME)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            future = pool.submit(work)
            while not future.done():
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                wait([future], timeout=0.03)
        return future.result()
    finally:
        QGuiApplication.restoreOverrideCursor()
        progress.close()
        progress.deleteLater()


def _restore(paths: AppPaths, name: str, key: bytes | None) -> RestoreResult | None:
    try:
        return in_background(translate("Backups", "Restoring the backup…"),
                             lambda: BackupService(paths, key=key).restore(name))
    except StoreError as error:
        log.error("restore failed: %s", error.code)
        message = store_error_text(error)
    except LookupError:
        message = translate("Backups", "This backup no longer exists. Nothing was changed.")
    QMessageBox.critical(None, APP_NAME, message)
    return None


def offer_restore_at_start(paths: AppPaths, key: bytes | None = None) -> str:
    """The store cannot even be opened because it is damaged: offer the newest good backup.
    Returns the status text when it was restored, "" when not (the person was told)."""
    good = in_background(translate("Backups", "Checking the backups…"),
                         BackupService(paths, key=key).newest_good)
    if not damaged_restore_confirmed(None, str(paths.store), good):
        log.info("restore of a damaged store declined or impossible")
        return ""
    assert good is not None  # confirmed only when there is a good backup
    return restore_now(paths, good.name, key)
