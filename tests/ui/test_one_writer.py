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

from toegang_desktop.domain.conversation import Place
from toegang_desktop.paths import AppPaths
from toegang_desktop.store.connection import set_busy_timeout
from toegang_desktop.ui.shell.launch import claim_data_folder
from toegang_desktop.ui.shell.single_instance import (
    LOCK_FILE,
    InstanceGuard,
    Outcome,
    bring_to_front,
    no_answer_box,
    server_name,
)

from ..children import read_line, stop, wait_for, wait_with_events
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
    wait_with_events(qtbot, second, 30)  # the first answers from its event loop
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
    asked: list[str] = []
    try:
        started = time.perf_counter()
        assert claim_data_folder(app_paths.root, lambda _root, owner: bool(asked.append(owner))
                                 ) == (None, 3)
        assert time.perf_counter() - started < 5  # bounded, also without an answer
    finally:
        held.unlock()
    assert len(asked) == 1 and asked[0].startswith(f"{os.getpid()} (")
    box = no_answer_box(app_paths.root, asked[0])
    text = box.text()
    assert "reageert niet" in text and str(app_paths.root) in text and str(os.getpid()) in text
    assert "Opnieuw proberen" in text and "Taakbeheer" in text and "computer" not in text
    assert [b.text() for b in box.buttons()] == ["Opnieuw proberen", "Sluiten"]
    assert box.defaultButton() is box.buttons()[0]


HOLD_AND_DIE = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "failed", flush=True)
time.sleep(60)
"""


def _holder(lock: Path) -> subprocess.Popen[bytes]:
    """Another process that holds the lock (alive, never answering) until it is killed."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD_AND_DIE, str(lock)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=OFFSCREEN)
    assert read_line(holder, 30).strip() == b"locked"
    return holder


def test_lock_of_a_crashed_instance_is_taken_over(app_paths: AppPaths) -> None:
    app_paths.root.mkdir(parents=True)
    holder = _holder(app_paths.root / LOCK_FILE)
    try:
        assert InstanceGuard(app_paths.root).acquire() is Outcome.NO_ANSWER  # alive: kept
    finally:
        stop(holder)  # a crash: the lock file stays behind
    assert (app_paths.root / LOCK_FILE).exists()
    started = time.perf_counter()
    guard = InstanceGuard(app_paths.root)
    assert guard.acquire() is Outcome.FIRST
    print(f"\nlock of a killed owner taken over in {time.perf_counter() - started:.3f} s")
    guard.release()


def test_try_again_takes_over_once_the_owner_has_been_ended(app_paths: AppPaths) -> None:
    """The way out of "does not respond": end the other one (Task Manager), try again."""
    app_paths.root.mkdir(parents=True)
    holder = _holder(app_paths.root / LOCK_FILE)
    asked: list[str] = []

    def end_it_and_try_again(_root: Path, owner: str) -> bool:
        asked.append(owner)
        stop(holder)
        return True

    guard, code = claim_data_folder(app_paths.root, end_it_and_try_again)
    assert guard is not None and code == 0
    assert len(asked) == 1 and asked[0].startswith(f"{holder.pid} ")
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
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert read_line(holder, 30).strip() == b"locked"
        text = "De buurvrouw doet boodschappen."
        type_text(page.editor.wishes, text)
        qtbot.waitUntil(lambda: "bezet" in page.save_status.text(), timeout=3000)
        assert page.save_status.property("problem") is True
        assert page.editor.wishes.toPlainText() == text and page.autosaver.pending
    finally:
        holder.stdin.close()  # the other program lets go
        wait_for(holder, 30)
        holder.stdout.close()
        holder.stderr.close()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.save_status.text().startswith("Opgeslagen om"), timeout=6000)
    stored = window._conversations.load(int(page.conversation.id or 0))
    assert stored is not None and stored.assessment("social_network").wishes == text
