"""Waiting on a child process, always with a bound: a child that hangs or fails ends the test
with what it printed, never a suite that waits forever (issue 14: a `readline` without a
timeout hung the suite for 20 minutes)."""

from __future__ import annotations

import contextlib
import queue
import subprocess
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import pytest

TAIL_CHARS = 4000  # of each stream, in a failure message


def run_child(args: Sequence[str], *, timeout: float, **kwargs: Any) -> subprocess.CompletedProcess[Any]:
    """`subprocess.run` with a required timeout; a timeout (or, with check=True, a failure)
    fails the test with the child's output."""
    try:
        return subprocess.run(args, timeout=timeout, **kwargs)
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"{_name(args)} did not end within {timeout:g} s\n"
                    + _streams(error.stdout, error.stderr), pytrace=False)
    except subprocess.CalledProcessError as error:
        pytest.fail(f"{_name(args)} ended with exit code {error.returncode}\n"
                    + _streams(error.stdout, error.stderr), pytrace=False)


def read_line(child: subprocess.Popen[bytes], timeout: float, stderr_file: Path | None = None) -> bytes:
    """The next line the child prints on stdout (b"" when it closed it), within `timeout`;
    otherwise the child is killed and the test fails with its output."""
    stdout = child.stdout
    assert stdout is not None, "start the child with stdout=subprocess.PIPE"
    lines: queue.Queue[bytes] = queue.Queue()
    reader = threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True)
    reader.start()
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        _kill(child)
        reader.join(timeout=5)
        _fail(f"{_name(child.args)} printed no line within {timeout:g} s", child, stderr_file)


def wait_for(child: subprocess.Popen[Any], timeout: float, stderr_file: Path | None = None) -> int:
    """The child's exit code, within `timeout`; otherwise it is killed and the test fails with
    its output."""
    try:
        return child.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(child)
        _fail(f"{_name(child.args)} did not end within {timeout:g} s", child, stderr_file)


def stop(child: subprocess.Popen[Any]) -> None:
    """Kill the child (SIGKILL / TerminateProcess), reap it and close its pipes."""
    _kill(child)
    close_pipes(child)


def close_pipes(child: subprocess.Popen[Any]) -> None:
    for stream in (child.stdin, child.stdout, child.stderr):
        if stream is not None:
            with contextlib.suppress(OSError):  # stdin of a dead child: broken pipe on flush
                stream.close()


def _kill(child: subprocess.Popen[Any]) -> None:
    child.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):  # a kernel that does not kill
        child.wait(timeout=10)


def _fail(what: str, child: subprocess.Popen[Any], stderr_file: Path | None = None) -> None:
    output = output_of(child, stderr_file)
    close_pipes(child)
    pytest.fail(f"{what}\n{output}", pytrace=False)


def output_of(child: subprocess.Popen[Any], stderr_file: Path | None = None) -> str:
    """What a stopped child printed: its piped stdout and stderr, or the file its stderr went to."""
    err: bytes | str | None = None
    if stderr_file is not None and stderr_file.exists():
        err = stderr_file.read_bytes()
    elif child.stderr is not None:
        err = _read_rest(child.stderr)
    out = _read_rest(child.stdout) if child.stdout is not None else None
    return _streams(out, err)


def _read_rest(stream: IO[Any]) -> bytes | str | None:
    try:
        return stream.read() if not stream.closed else None
    except (OSError, ValueError):
        return None


def _streams(out: bytes | str | None, err: bytes | str | None) -> str:
    return f"--- stdout (end) ---\n{_tail(out)}\n--- stderr (end) ---\n{_tail(err)}"


def _tail(data: bytes | str | None) -> str:
    if data is None:
        return "(not captured)"
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    return text[-TAIL_CHARS:] or "(empty)"


def _name(args: Any) -> str:
    parts = [str(a) for a in args] if isinstance(args, list | tuple) else [str(args)]
    return "child `" + " ".join(p if len(p) < 60 else p[:57] + "..." for p in parts) + "`"


def wait_with_events(qtbot: Any, child: subprocess.Popen[Any], timeout: float) -> int:
    """Like `wait_for`, but the test's event loop runs meanwhile (the child may need an answer
    from this process, e.g. a second start asking the first)."""
    try:
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=int(timeout * 1000))
    except qtbot.TimeoutError:
        _kill(child)
        _fail(f"{_name(child.args)} did not end within {timeout:g} s", child)
    return int(child.returncode)
