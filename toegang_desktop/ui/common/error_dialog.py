"""Errors nobody caught: logged (type and place only) and explained in a dialog, never a
silent traceback. A store error gets its own message with the way out."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ... import APP_NAME
from ...logging_setup import log_file
from ...services.errors import StoreError
from ...wording.store_messages import store_error_text

log = logging.getLogger(__name__)


def show_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if isinstance(error, StoreError):
        log.warning("store error in the interface: %s", error.code)
        QMessageBox.warning(None, APP_NAME, store_error_text(error))
        return
    # The type and the place in the code, never the message: it may quote personal data. Only
    # file names: a full path may hold the Windows user name.
    frames = traceback.extract_tb(tb)[-3:] if tb else []
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    log.error("unexpected %s at %s", kind.__name__, where or "?")
    path = log_file()
    QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
        "ErrorDialog",
        "Something went wrong that Toegang Desktop did not expect (%1).\n\nYour data is safe: "
        "everything is saved automatically within a second of each change, and saving goes on. "
        "Only the very last change may be missing; check it. You can go on working.\n\nIf this "
        "happens again, tell your application manager and give them the log file:\n%2")
        .replace("%1", kind.__name__).replace("%2", str(path) if path else "-"))


def install_exception_hook() -> None:
    """Exceptions in Qt slots reach sys.excepthook: show them instead of losing them."""
    sys.excepthook = show_unexpected
