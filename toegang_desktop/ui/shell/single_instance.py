"""One writer per data folder: a second start brings the first window to the front.

The first instance holds a `QLockFile` in the data folder for as long as it runs and listens on
a local socket (a named pipe on Windows) whose name is derived from the folder, so a demo
store, a real store and two portable folders are kept apart. A later start on the same folder
cannot take the lock; it asks the first to show its window and exits without writing anything.
A lock left behind by a crashed instance is recognised (its process is gone) and taken over.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from ...paths import LOCK_FILE

ACTIVATE = b"activate\n"
ANSWER = b"ok\n"
ANSWER_TIMEOUT_MS = 3000
log = logging.getLogger(__name__)


class Outcome(enum.Enum):
    FIRST = "first"  # this instance owns the folder
    FORWARDED = "forwarded"  # another instance owns it and was asked to come to the front
    NO_ANSWER = "no_answer"  # another instance owns it but did not answer
    UNGUARDED = "unguarded"  # the lock could not be made (folder missing or read-only)


def server_name(root: Path) -> str:
    """A local-socket name for this data folder: same folder, same name; short enough for
    the Unix socket path limit; the folder's path itself is not revealed."""
    key = os.path.normcase(str(root.expanduser().resolve()))
    return "toegang-desktop-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class InstanceGuard(QObject):
    """Owns the data folder for this process, or reaches the process that owns it."""

    activate_requested = Signal()

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.name = server_name(root)
        self._lock = QLockFile(str(root / LOCK_FILE))
        # The app runs for hours: the lock must never count as stale because of its age, only
        # when the process that made it is gone (a crash or a killed process).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> Outcome:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError:
            return Outcome.UNGUARDED  # opening the store will explain what is wrong
        if self._lock.tryLock(0):
            self._listen()
            return Outcome.FIRST
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("instance lock not made: %s", self._lock.error().name)
            return Outcome.UNGUARDED
        return Outcome.FORWARDED if self._ask_first_to_activate() else Outcome.NO_ANSWER

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _listen(self) -> None:
        QLocalServer.removeServer(self.name)  # a socket file left by a crashed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("instance server not started: %s", server.serverError().name)
            return
        server.newConnection.connect(self._answer)
        self._server = server

    def _answer(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read_request(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read_request(socket)  # the request may have arrived with the connection

    def _read_request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == ACTIVATE:
            log.info("second start on this folder: window brought to the front")
            socket.write(ANSWER)
            socket.flush()
            self.activate_requested.emit()
        socket.disconnectFromServer()

    def _ask_first_to_activate(self) -> bool:
        _allow_first_to_take_focus()
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(ANSWER_TIMEOUT_MS):
            return False
        socket.write(ACTIVATE)
        if not socket.waitForBytesWritten(ANSWER_TIMEOUT_MS):
            return False
        answer = b""
        while not answer.endswith(b"\n") and socket.waitForReadyRead(ANSWER_TIMEOUT_MS):
            answer += bytes(socket.readAll().data())
        socket.abort()
        return answer == ANSWER


def bring_to_front(window: QWidget | None) -> None:
    """Show the window un-minimised, on top and active (as far as the system allows)."""
    if window is None:
        return
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def _allow_first_to_take_focus() -> None:
    """Windows lets only the foreground process give the focus away: this (just started by
    the person) process allows the first instance to bring its window to the front."""
    if sys.platform == "win32":
        import ctypes

        asfw_any = -1
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)
