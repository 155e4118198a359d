"""Running the command line as a real process for the tests: with a timeout, the child's
output in every failure message, and the promise of issue 14 checked on every run: no
Python traceback and no English SQLCipher or log lines on the terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# What must never reach the terminal (issue 14): a traceback, SQLCipher's own log lines,
# the standard library's English log output.
FOREIGN = ("Traceback", "ERROR CORE", "hmac check", "WARNING:", "ERROR:", "INFO:")


def run_cli(*args: str, stdin: str | bytes | None = "", folder: Path | None = None,
            code: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m toegang_desktop [--data-dir folder] args`, or `python -c code args` (for a
    test that changes something in the child first). `stdin=None`: no standard input."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    head = ["-c", code] if code is not None else ["-m", "toegang_desktop"]
    where = ["--data-dir", str(folder)] if folder is not None else []
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    raw = subprocess.run([sys.executable, *head, *where, *args], input=data,
                         stdin=subprocess.DEVNULL if stdin is None else None,
                         capture_output=True, env=env, timeout=90)
    result = subprocess.CompletedProcess(raw.args, raw.returncode,
                                         raw.stdout.decode("utf-8", "replace"),
                                         raw.stderr.decode("utf-8", "replace"))
    both = result.stdout + result.stderr
    assert not [word for word in FOREIGN if word in both], explain(result)
    return result


def explain(result: subprocess.CompletedProcess[str]) -> str:
    return (f"exit {result.returncode}\n--- stdout ---\n{result.stdout}\n"
            f"--- stderr ---\n{result.stderr}")
