"""Issue 14: a lock left behind by a killed instance must never lock the professional out.

Each shape a kill can leave is made by hand: an empty or half-written lock file, one whose
process id now belongs to another (live, same-named) program, a stale-lock removal that was
itself interrupted (its `.rmlock` left behind), and the local-socket file of the dead server.
A new start takes each over, quickly; a lock a running process holds is never taken.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QLockFile
from PySide6.QtNetwork import QLocalSocket

from toegang_desktop.ui.shell import single_instance
from toegang_desktop.ui.shell.single_instance import LOCK_FILE, InstanceGuard, Outcome, remove_abandoned_lock

from ..children import read_line, stop, wait_for

TAKE_OVER_WITHIN_S = 2.0


@pytest.fixture
def live_python() -> Iterator[int]:
    """The id of a running Python process: what a killed instance's id may have become."""
    child = subprocess.Popen([sys.executable, "-c", "print('up', flush=True); input()"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert read_line(child, 30).strip() == b"up"
    yield child.pid
    stop(child)


def _lock_text(tmp_path: Path, pid: int) -> bytes:
    """What QLockFile writes (id, program name, host, machine and boot ids), with `pid`."""
    probe = QLockFile(str(tmp_path / "probe.lock"))
    assert probe.tryLock(0)
    lines = (tmp_path / "probe.lock").read_bytes().split(b"\n")
    probe.unlock()
    return b"\n".join([str(pid).encode(), *lines[1:]])


def _half(text: bytes) -> bytes:
    """Cut off in the host name: Qt reads another host's lock and never takes it over."""
    return text[: text.index(b"\n", text.index(b"\n") + 1) + 2]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    wait_for(child, 30)
    return child.pid


SHAPES: dict[str, Callable[[Path, Path, int], None]] = {
    "empty": lambda lock, _tmp, _live: lock.write_bytes(b""),
    "half-written": lambda lock, tmp, live: lock.write_bytes(_half(_lock_text(tmp, live))),
    "id of another live program": lambda lock, tmp, live: lock.write_bytes(_lock_text(tmp, live)),
    "removal interrupted (.rmlock left)": lambda lock, tmp, live: (
        lock.write_bytes(_lock_text(tmp, _dead_pid())),
        lock.with_name(LOCK_FILE + ".rmlock").write_bytes(_lock_text(tmp, live))),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_stale_lock_of_any_shape_is_taken_over(
    shape: str, tmp_path: Path, live_python: int
) -> None:
    root = tmp_path / "data"
    root.mkdir()
    SHAPES[shape](root / LOCK_FILE, tmp_path, live_python)
    guard = InstanceGuard(root)
    started = time.perf_counter()
    outcome = guard.acquire()
    elapsed = time.perf_counter() - started
    try:
        assert outcome is Outcome.FIRST, shape
        assert elapsed < TAKE_OVER_WITHIN_S
        assert (root / LOCK_FILE).read_bytes().startswith(f"{os.getpid()}\n".encode())
        assert not (root / (LOCK_FILE + ".rmlock")).exists()
    finally:
        guard.release()
    print(f"\n{shape}: taken over in {elapsed:.3f} s")


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe leaves no file behind")
def test_the_dead_servers_socket_file_is_replaced(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    (root / LOCK_FILE).write_bytes(b"")
    guard = InstanceGuard(root)
    leftover = Path(QDir.tempPath()) / guard.name
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(leftover))  # bound, never listening, closed without removing: a killed server
    dead.close()
    try:
        assert leftover.exists()
        assert guard.acquire() is Outcome.FIRST
        client = QLocalSocket()
        client.connectToServer(guard.name)
        assert client.waitForConnected(2000)  # the new instance listens on the name again
        client.abort()
    finally:
        guard.release()
        leftover.unlink(missing_ok=True)


def test_a_lock_held_by_a_running_process_is_never_removed(tmp_path: Path) -> None:
    lock = tmp_path / LOCK_FILE
    holder = subprocess.Popen([sys.executable, "-c", single_instance_holder(), str(lock)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert read_line(holder, 30).strip() == b"locked"
        lock.write_bytes(b"")  # whatever the file says: the process holds it
        assert remove_abandoned_lock(lock) is False
        assert lock.exists()
    finally:
        stop(holder)
    assert remove_abandoned_lock(lock) is True
    assert not lock.exists()


def test_a_lock_file_that_changes_while_settling_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An instance that has just made the file (and not yet locked it) writes it meanwhile."""
    lock = tmp_path / LOCK_FILE
    lock.write_bytes(b"")
    monkeypatch.setattr(single_instance.time, "sleep",
                        lambda _s: lock.write_bytes(b"4242\npython\nhost\n"))
    assert remove_abandoned_lock(lock) is False
    assert lock.read_bytes() == b"4242\npython\nhost\n"


def single_instance_holder() -> str:
    return (
        "import sys, time\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "print('locked' if lock.tryLock(0) else 'failed', flush=True)\n"
        "time.sleep(60)\n"
    )
