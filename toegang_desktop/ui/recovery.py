"""Restoring a back-up from the window's side: with the store closed, a busy cursor while the
copy is checked and swapped in, and a clear message when it cannot be done."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME
from ..paths import AppPaths
from ..services.backup_texts import restored_text
from ..services.backups import BackupService, RestoreResult
from ..services.errors import StoreError
from ..services.messages import store_error_text
from .backup_actions import damaged_offer_text, damaged_without_backup_text
from .formatting import format_moment

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls
log = logging.getLogger(__name__)


def restore_now(parent: QWidget | None, paths: AppPaths, name: str) -> str:
    """Restore `name` (every connection to the store closed); returns what happened, for
    the status bar, or "" after telling the person why it could not be done."""
    result = _restore(parent, paths, name)
    if result is None:
        return ""
    return restored_text(result, format_moment(result.restored.taken_at))


def _restore(parent: QWidget | None, paths: AppPaths, name: str) -> RestoreResult | None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return BackupService(paths).restore(name)
    except StoreError as error:
        log.error("restore failed: %s", error.code)
        message = store_error_text(error)
    except LookupError:
        message = translate("Backups", "This backup no longer exists. Nothing was changed.")
    finally:
        QGuiApplication.restoreOverrideCursor()
    QMessageBox.critical(parent, APP_NAME, message)
    return None


def offer_restore_at_start(paths: AppPaths) -> str:
    """The store cannot even be opened because it is damaged: offer the newest good backup.
    Returns the status text when it was restored, "" when not (the person was told)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        good = BackupService(paths).newest_good()
    finally:
        QGuiApplication.restoreOverrideCursor()
    if good is None:
        QMessageBox.critical(None, APP_NAME, damaged_without_backup_text(str(paths.store)))
        return ""
    answer = QMessageBox.question(
        None, APP_NAME, damaged_offer_text(str(paths.store), good),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        log.info("restore of a damaged store declined")
        return ""
    return restore_now(None, paths, good.name)
