"""Guarantee 5, one writer: a second start on the same folder brings the first to the front and
writes nothing; another program's lock on the store makes saving wait, then say "bezet", and
nothing typed is lost."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from toegang_desktop.domain.conversation import Place
from toegang_desktop.paths import AppPaths
from toegang_desktop.store.connection import set_busy_timeout
from toegang_desktop.ui.shell.launch import claim_data_folder
from toegang_desktop.ui.shell.single_instance import (
    LOCK_FILE,
    InstanceGuard,
    Outcome,
    bring_to_front,
    server_name,
)

from .conftest import open_new_conversation
from .typing import type_text

OFFSCREEN = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _folder_state(root: Path) -> dict[str, tuple[int, str]]:
    """Every file in the data folder with its modification time and content hash."""
    return {str(p.relative_to(root)): (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_second_start_brings_the_first_to_the_front_and_writes_nothing(
    qtbot, open_window, app_paths: AppPaths  # type: ignore[no-untyped-def]
) -> None:
    guard = InstanceGuard(app_paths.root)
    assert guard.acquire() is Outcome.FIRST
    window = open_window()
    requests: list[float] = []
    guard.activate_requested.connect(lambda: (requests.append(time.perf_counter()),
                                              bring_to_front(window)))
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    before = _folder_state(app_paths.root)
    assert "toegang.sqlite" in before and LOCK_FILE in before

    started = time.perf_counter()
    second = subprocess.Popen([sys.executable, "-m", "toegang_desktop", "--data-dir",
                               str(app_paths.root)], env=OFFSCREEN, stderr=subprocess.PIPE)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
    elapsed = time.perf_counter() - started
    try:
        assert second.returncode == 0, second.stderr.read() if second.stderr else ""
        assert len(requests) == 1
        assert not window.isMinimized() and window.isVisible()
        assert _folder_state(app_paths.root) == before  # not a byte, not a time stamp changed
        print(f"\nsecond start answered and exited in {elapsed:.2f} s "
              f"(activation request after {requests[0] - started:.2f} s)")
    finally:
        if second.stderr:
            second.stderr.close()
        guard.release()


def test_a_first_instance_that_does_not_answer_is_explained(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_paths.root.mkdir(parents=True)
    held = QLockFile(str(app_paths.root / LOCK_FILE))  # holds the folder, but never answers
    assert held.tryLock(0)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    try:
        assert claim_data_folder(app_paths.root) == (None, 3)
    finally:
        held.unlock()
    assert len(shown) == 1
    assert "reageert niet" in shown[0] and str(app_paths.root) in shown[0]


HOLD_AND_DIE = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "failed", flush=True)
time.sleep(60)
"""


def test_lock_of_a_crashed_instance_is_taken_over(app_paths: AppPaths) -> None:
    app_paths.root.mkdir(parents=True)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_AND_DIE, str(app_paths.root / LOCK_FILE)],
                              stdout=subprocess.PIPE, env=OFFSCREEN)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == b"locked"
    assert InstanceGuard(app_paths.root).acquire() is Outcome.NO_ANSWER  # alive: not taken over
    holder.kill()  # a crash: the lock file stays behind
    holder.wait()
    holder.stdout.close()
    assert (app_paths.root / LOCK_FILE).exists()
    guard = InstanceGuard(app_paths.root)
    assert guard.acquire() is Outcome.FIRST
    guard.release()


def test_each_data_folder_has_its_own_instance(tmp_path: Path) -> None:
    real = AppPaths.resolve(tmp_path / "toegang", demo=False)
    demo = AppPaths.resolve(tmp_path / "toegang", demo=True)
    assert server_name(real.root) != server_name(demo.root)
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")
    first = InstanceGuard(real.root)
    assert first.acquire() is Outcome.FIRST
    other = InstanceGuard(demo.root)  # the demo store next to it is not blocked
    assert other.acquire() is Outcome.FIRST
    other.release()
    first.release()


HOLD_WRITE_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def test_store_locked_by_another_program_waits_says_busy_and_saves_later(
    qtbot, open_window, app_paths: AppPaths  # type: ignore[no-untyped-def]
) -> None:
    window = open_window()
    page = open_new_conversation(window, "Łukasz", Place.OFFICE)
    page.show_domain("social_network")
    set_busy_timeout(window._conversations._db, 300)  # the real 5 s, shortened for the test

    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE_LOCK, str(app_paths.store)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == b"locked"
        text = "De buurvrouw doet boodschappen."
        type_text(page.editor.wishes, text)
        qtbot.waitUntil(lambda: "bezet" in page.save_status.text(), timeout=3000)
        assert page.save_status.property("problem") is True
        assert page.editor.wishes.toPlainText() == text and page.autosaver.pending
    finally:
        holder.stdin.close()  # the other program lets go
        holder.wait()
        holder.stdout.close()
    qtbot.waitUntil(lambda: page.save_status.text().startswith("Opgeslagen om"), timeout=6000)
    stored = window._conversations.load(int(page.conversation.id or 0))
    assert stored is not None and stored.assessment("social_network").wishes == text
