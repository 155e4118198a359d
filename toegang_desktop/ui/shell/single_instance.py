"""One writer per data folder: a second start brings the first window to the front.

The first instance holds a `QLockFile` in the data folder for as long as it runs and listens on
a local socket (a named pipe on Windows) whose name is derived from the folder, so a demo
store, a real store and two portable folders are kept apart. A later start on the same folder
cannot take the lock; it asks the first to show its window and exits without writing anything.
A lock left behind by a crashed or killed instance is taken over when no running process holds
its native lock, whatever the lock file says (it may be empty, half-written, or name a process
id that now belongs to another program). Every wait on the other instance is bounded.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import APP_NAME
from ...paths import LOCK_FILE

ACTIVATE = b"activate\n"
ANSWER = b"ok\n"
ANSWER_TIMEOUT_MS = 3000  # the whole exchange with the first instance, not each step
TAKE_OVER_ATTEMPTS = 3  # two starts at once after a crash: one takes over, the other asks it
SETTLE_S = 0.25  # a starting instance locks its new lock file within microseconds of making it
log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


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
        self.lock_path = root / LOCK_FILE
        self._lock = QLockFile(str(self.lock_path))
        # The app runs for hours: the lock must never count as stale because of its age, only
        # when the process that made it is gone (a crash or a killed process).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> Outcome:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError:
            return Outcome.UNGUARDED  # opening the store will explain what is wrong
        for _attempt in range(TAKE_OVER_ATTEMPTS):
            if self._lock.tryLock(0):
                self._listen()
                return Outcome.FIRST
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                log.warning("instance lock not made: %s", self._lock.error().name)
                return Outcome.UNGUARDED
            if self._ask_first_to_activate():
                return Outcome.FORWARDED
            # No answer. Qt takes over a lock only when the process id in it is gone; a lock
            # left empty or half-written by a kill, or whose id now belongs to another
            # program, would lock the folder for good. The native lock decides instead.
            if not remove_abandoned_lock(self.lock_path):
                return Outcome.NO_ANSWER  # a running process holds it: it is busy or hangs
            log.warning("instance lock of a stopped instance taken over")
            remove_abandoned_lock(self.lock_path.with_name(LOCK_FILE + ".rmlock"))
        return Outcome.NO_ANSWER

    def owner(self) -> str:
        """Which process holds the lock, as far as its file tells ("" when it does not)."""
        found = self._lock.getLockInfo()
        if not isinstance(found, tuple) or not found or not found[0]:
            return ""
        pid, host = int(found[0]), str(found[1])
        return f"{pid} ({host})" if host else str(pid)

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
        deadline = time.monotonic() + ANSWER_TIMEOUT_MS / 1000

        def left_ms() -> int:
            return max(0, int((deadline - time.monotonic()) * 1000))

        socket = QLocalSocket()
        try:
            socket.connectToServer(self.name)
            if not socket.waitForConnected(left_ms()):
                return False
            socket.write(ACTIVATE)
            if not socket.waitForBytesWritten(left_ms()):
                return False
            answer = b""
            while not answer.endswith(b"\n") and left_ms() > 0 and socket.waitForReadyRead(left_ms()):
                answer += bytes(socket.readAll().data())
            return answer == ANSWER
        finally:
            socket.abort()


def no_answer_box(root: Path, owner: str) -> QMessageBox:
    """The question when the folder's owner is running but does not answer: try again (it
    may be busy with a long task), or stop. Opening anyway would make two writers, so it is
    not offered; an owner that has ended is taken over by trying again."""
    text = translate(
        "Launch", "Toegang Desktop is already open with this data folder, but does not "
        "respond. It may be busy with a long task, such as a backup or an import.\n\n"
        "Wait a moment and choose Try again. If it keeps not responding, close the other "
        "Toegang Desktop window. If that window cannot be closed, end Toegang Desktop "
        "(process %2) in the Task Manager and choose Try again: the app then takes over the "
        "data folder. Nothing has been changed.\n\nData folder: %1")
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                      text.replace("%1", str(root)).replace("%2", owner or "?"))
    try_again = box.addButton(translate("Launch", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(try_again)
    box.addButton(translate("Launch", "Close"), QMessageBox.ButtonRole.RejectRole)
    return box


def ask_to_try_again(root: Path, owner: str) -> bool:
    box = no_answer_box(root, owner)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


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


def remove_abandoned_lock(path: Path) -> bool:
    """Remove the lock file when no running process holds it; True when it is gone afterwards.

    The owner holds the file's native lock (flock and fcntl on POSIX, a handle that shares
    the file for reading only on Windows) until it ends, also when it is killed: a free native
    lock proves the owner gone. The file is checked twice, `SETTLE_S` apart and without holding
    it in between, so an instance that has just made the file (and not yet locked it) is not
    mistaken for a dead one; a file that changed meanwhile is left alone."""
    first = _identity_if_free(path)
    if first is None:
        return not path.exists()
    time.sleep(SETTLE_S)
    try:
        handle = _hold_if_free(path)
    except FileNotFoundError:
        return True  # removed meanwhile (by another start taking it over)
    if handle is None:
        return False
    try:
        now = os.fstat(handle)
        same = (_identity(now) == first and _identity(os.stat(path)) == first)
        if same and sys.platform != "win32":
            os.unlink(path)  # while holding it, so nobody can take it up half-way
    except OSError:
        same = False
    finally:
        os.close(handle)
    if same and sys.platform == "win32":  # Windows removes no file that is open
        try:
            os.unlink(path)
        except OSError:
            return False
    return same


def _identity(status: os.stat_result) -> tuple[int, int, int, int]:
    return status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns


def _identity_if_free(path: Path) -> tuple[int, int, int, int] | None:
    try:
        handle = _hold_if_free(path)
    except FileNotFoundError:
        return None
    if handle is None:
        return None
    try:
        return _identity(os.fstat(handle))
    finally:
        os.close(handle)


def _hold_if_free(path: Path) -> int | None:
    """An open descriptor holding the file's native locks; None when a running process holds
    them (or the file cannot be opened for writing). FileNotFoundError when it is gone."""
    try:
        handle = os.open(path, os.O_RDWR)  # on Windows a sharing violation while the owner runs
    except FileNotFoundError:
        raise
    except OSError:
        return None
    if sys.platform == "win32":
        return handle
    import fcntl

    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held by an owner on a local disk
        fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # ... and on a network folder
    except OSError:
        os.close(handle)
        return None
    return handle
