"""The bounded waits on child processes (tests/children.py) end a hanging child and fail with
what it printed, instead of hanging the suite."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from ..children import read_line, run_child, wait_for

STUCK = ("import sys, time; print('halfway', flush=True); "
         "print('stuck in the dialog', file=sys.stderr, flush=True); time.sleep(60)")


def _stuck() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", STUCK], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_line_that_never_comes_fails_with_the_childs_output() -> None:
    child = _stuck()
    assert read_line(child, 30) == b"halfway\n"
    started = time.perf_counter()
    with pytest.raises(pytest.fail.Exception, match="stuck in the dialog"):
        read_line(child, 0.5)
    assert time.perf_counter() - started < 15
    assert child.poll() is not None  # killed, not left running


def test_a_child_that_does_not_end_fails_with_its_output() -> None:
    child = _stuck()
    with pytest.raises(pytest.fail.Exception, match="(?s)halfway.*stuck in the dialog"):
        wait_for(child, 1)
    assert child.poll() is not None


def test_run_child_fails_with_the_output_on_timeout_and_on_failure() -> None:
    with pytest.raises(pytest.fail.Exception, match="did not end within 1 s(?s:.*)halfway"):
        run_child([sys.executable, "-c", STUCK], capture_output=True, timeout=1)
    with pytest.raises(pytest.fail.Exception, match="exit code 4(?s:.*)why"):
        run_child([sys.executable, "-c", "print('why'); raise SystemExit(4)"],
                  capture_output=True, text=True, timeout=30, check=True)
