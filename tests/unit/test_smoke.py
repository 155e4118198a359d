"""The smoke test of a build, run from source: main window, one PDF, exit code 0."""

from __future__ import annotations

import os
import sys
import time

from ..children import run_child


def test_smoke_test_passes_from_source() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    result = run_child([sys.executable, "-m", "toegang_desktop", "smoke-test"],
                       capture_output=True, text=True, env=env, timeout=60)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    assert elapsed < 20


def test_smoke_test_is_not_in_the_help() -> None:
    result = run_child([sys.executable, "-m", "toegang_desktop", "--help"],
                       capture_output=True, text=True, timeout=60,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0
    assert "smoke-test" not in result.stdout
