"""Errors nobody caught: logged (type and place only) and explained in a dialog, never a
silent traceback. A store error gets its own message with the way out."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from .. import APP_NAME
from ..services.errors import StoreError
from ..services.messages import store_error_text

log = logging.getLogger(__name__)


def show_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if isinstance(error, StoreError):
        log.warning("store error in the interface: %s", error.code)
        QMessageBox.warning(None, APP_NAME, store_error_text(error))
        return
    # The place in the code, not the message: a message may quote personal data.
    where = traceback.extract_tb(tb)[-1] if tb else None
    log.error("unexpected %s at %s:%s", kind.__name__, where.filename if where else "?",
              where.lineno if where else "?")
    QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
        "ErrorDialog",
        "Something went wrong that Toegang Desktop did not expect (%1). What was saved is safe; "
        "the last change may not have been saved. Check it, and tell your application manager "
        "if this happens again: the log file says where it went wrong.").replace("%1", kind.__name__))


def install_exception_hook() -> None:
    """Exceptions in Qt slots reach sys.excepthook: show them instead of losing them."""
    sys.excepthook = show_unexpected
