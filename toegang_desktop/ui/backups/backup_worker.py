"""Back-ups off the GUI thread: a check and a copy at start, then a copy every 30 minutes
when the data changed. The window keeps working while a copy is made (a store of 100,000
residents takes seconds); each job opens its own connection through the services."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from ...services.backups import BackupEntry, BackupService
from ...services.errors import BackupFailedError, StoreError
from ...wording.store_messages import store_error_text
from ..common.formatting import format_time

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 30 * 60 * 1000


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker arrive there queued."""

    made = Signal(object)  # BackupEntry
    failed = Signal(str)
    damaged = Signal(list, object)  # what the check found, the newest good BackupEntry or None


class _Job(QRunnable):
    def __init__(self, service: BackupService, relay: _Relay, check_first: bool) -> None:
        super().__init__()
        self._service = service
        self._relay = relay
        self._check_first = check_first

    def run(self) -> None:
        # Nothing may escape a worker thread: the unexpected-error dialog belongs to the GUI
        # thread. Everything goes through the relay's signals.
        try:
            self._back_up()
        except StoreError as error:  # e.g. the quick check after a failed copy found it busy
            log.warning("backup failed: %s", error.code)
            self._relay.failed.emit(store_error_text(error))
        except Exception:  # a worker must never die silently; the log gets the type
            log.exception("backup failed unexpectedly")
            self._relay.failed.emit(store_error_text(StoreError(self._service.folder)))

    def _back_up(self) -> None:
        try:
            if self._check_first and self._damaged():
                return  # a damaged store is not copied over good backups
            self._relay.made.emit(self._service.back_up_now())
        except BackupFailedError as error:  # the copy failed its check: is the store damaged?
            if not self._damaged():
                log.warning("backup failed: %s", error.code)
                self._relay.failed.emit(store_error_text(error))

    def _damaged(self) -> bool:
        problems = self._service.check_store()
        if problems:
            log.error("the store failed its quick check")
            self._relay.damaged.emit(problems, self._service.newest_good())
        return bool(problems)


class BackupScheduler(QObject):
    """Runs the jobs one at a time on a thread of its own; `stop` waits for a running one."""

    def __init__(
        self, service: BackupService, change_marker: Callable[[], object], parent: QObject,
        interval_ms: int = BACKUP_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._marker = change_marker
        self._last_marker: object = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.relay = _Relay(self)
        self.made, self.failed, self.damaged = self.relay.made, self.relay.failed, self.relay.damaged
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.back_up_if_changed)

    def start(self) -> None:
        """The quick check and a first copy now, then the 30-minute rhythm."""
        self._submit(check_first=True)
        self._timer.start()

    def back_up_if_changed(self) -> bool:
        if self._marker() == self._last_marker or self._pool.activeThreadCount() > 0:
            return False
        self._submit(check_first=False)
        return True

    def _submit(self, check_first: bool) -> None:
        self._last_marker = self._marker()  # before the copy: later changes count as new
        self._pool.start(_Job(self._service, self.relay, check_first))

    def stop(self) -> None:
        self._timer.stop()
        self._pool.waitForDone()

    def wait(self, msecs: int) -> bool:
        """For tests and closing: True when no job is running any more."""
        return bool(self._pool.waitForDone(msecs))


def made_text(entry: BackupEntry) -> str:
    return translate("Backups", "Backup made at %1.").replace("%1", format_time(entry.taken_at))
