"""The team sync off the GUI thread: one job at a time on a thread of its own (a sync, or a
call that talks to the server: taking a dossier along, resolving a conflict). Each job opens
its own TeamSync, so its store connection is made and used on the worker thread, and reads
the status there when it is done. The window never waits for the network; on a lock or quit
`stop` asks a running sync to stop and waits a bounded time."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ...domain.team import SyncProgress, SyncReport, SyncStatus
from .port import STOP_TIMEOUT_MS, TeamOpener, TeamPort, failure_code

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MINUTES = 5
INTERVAL_KEY = "team/sync_minutes"  # the setting: how often the background sync runs

Job = Callable[[TeamPort], Any]


class _Relay(QObject):
    """Lives in the GUI thread; what the worker emits arrives there queued."""

    progress = Signal(object)  # SyncProgress
    synced = Signal(object)  # SyncReport
    done = Signal(object, object)  # the job's callback, its result
    failed = Signal(object, str)  # the job's failure callback (or None), the problem code
    status = Signal(object)  # SyncStatus, read after every job
    finished = Signal()


class _Run(QRunnable):
    def __init__(self, opener: TeamOpener, relay: _Relay, job: Job | None,
                 on_done: Callable[[Any], object] | None,
                 on_failed: Callable[[str], object] | None,
                 stopping: threading.Event) -> None:
        super().__init__()
        self._opener = opener
        self._relay = relay
        self._job = job  # None: a sync
        self._on_done = on_done
        self._on_failed = on_failed
        self._stopping = stopping

    def run(self) -> None:
        # Nothing may escape a worker thread: everything goes through the relay's signals.
        try:
            with self._opener() as team:
                try:
                    self._work(team)
                finally:
                    self._relay.status.emit(team.status())
        except Exception as error:  # worded when it is a team failure, logged when a bug
            code = failure_code(error)
            if code is None:
                log.exception("team job failed unexpectedly")
                code = "unexpected"
            else:
                log.info("team job failed: %s", code)
            self._relay.failed.emit(self._on_failed, code)
        finally:
            self._relay.finished.emit()

    def _work(self, team: TeamPort) -> None:
        if self._job is None:
            report = team.sync(progress=self._relay.progress.emit,
                               should_stop=self._stopping.is_set)
            self._relay.synced.emit(report)
            return
        result = self._job(team)
        self._relay.done.emit(self._on_done, result)


class TeamWorker(QObject):
    """Runs the sync at start (after the first paint), every few minutes and on demand; and
    the screens' server calls, one at a time."""

    progress = Signal(object)  # SyncProgress: a (long) sync's step
    synced = Signal(object)  # SyncReport
    failed = Signal(str)  # a sync's problem code (worded by wording/team_messages.py)
    status_changed = Signal(object)  # SyncStatus
    busy_changed = Signal(bool)  # a sync started (True) or ended (False): "Bezig met bijwerken…"

    def __init__(self, opener: TeamOpener, parent: QObject | None = None,
                 interval_minutes: int = DEFAULT_INTERVAL_MINUTES) -> None:
        super().__init__(parent)
        self._opener = opener
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one job at a time: never two syncs at once
        self._stopping = threading.Event()
        self._pending = 0  # jobs submitted and not finished (GUI thread only)
        self._syncing = False
        self.relay = _Relay(self)
        self.relay.progress.connect(self.progress)
        self.relay.synced.connect(self._synced)
        self.relay.done.connect(self._done)
        self.relay.failed.connect(self._failed)
        self.relay.status.connect(self.status_changed)
        self.relay.finished.connect(self._finished)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        self.set_interval(interval_minutes)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    @property
    def syncing(self) -> bool:
        return self._syncing

    def set_interval(self, minutes: int) -> None:
        self._timer.setInterval(max(1, minutes) * 60 * 1000)

    def start(self) -> None:
        """A sync now, then every few minutes."""
        self._stopping.clear()
        self._timer.start()
        self.sync_now()

    def sync_now(self) -> bool:
        """Start a sync; False when one is already running or waiting (it would do the same)."""
        if self._syncing or self._stopping.is_set():
            return False
        self._syncing = True
        self.busy_changed.emit(True)
        self._submit(_Run(self._opener, self.relay, None, None, self._sync_failed,
                          self._stopping))
        return True

    def run(self, job: Job, on_done: Callable[[Any], object],
            on_failed: Callable[[str], object] | None = None) -> bool:
        """Run `job(team)` on the worker after what is running; `on_done(result)` or
        `on_failed(code)` are called on the GUI thread. False when stopping."""
        if self._stopping.is_set():
            return False
        self._submit(_Run(self._opener, self.relay, job, on_done, on_failed, self._stopping))
        return True

    def _submit(self, run: _Run) -> None:
        self._pending += 1
        self._pool.start(run)

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """No new jobs; a running sync is asked to stop (between pages: nothing half-done).
        True when the worker is idle within the timeout."""
        self._timer.stop()
        self._stopping.set()
        self._pool.clear()  # jobs still waiting do not start
        idle = bool(self._pool.waitForDone(timeout_ms))
        if not idle:
            log.warning("team sync still running after %d ms at stop", timeout_ms)
        return idle

    def _synced(self, report: SyncReport) -> None:
        self._syncing = False
        self.busy_changed.emit(False)
        self.synced.emit(report)

    def _done(self, callback: Callable[[Any], object] | None, result: object) -> None:
        if callback is not None:
            callback(result)

    def _failed(self, callback: Callable[[str], object] | None, code: str) -> None:
        if callback is not None:
            callback(code)

    def _sync_failed(self, code: str) -> None:
        self._syncing = False
        self.busy_changed.emit(False)
        self.failed.emit(code)  # the status bar says so; the next attempt goes on

    def _finished(self) -> None:
        self._pending = max(0, self._pending - 1)


def status_of(status: SyncStatus | None) -> SyncStatus:
    """The status to show before the first one was read: joined, nothing known yet."""
    return status if status is not None else SyncStatus(joined=True)


def progress_fraction(progress: SyncProgress) -> tuple[int, int]:
    """(done, total) for a QProgressBar; total 0 makes it a busy bar."""
    return min(progress.done, progress.total) if progress.total else 0, progress.total
