"""Guarantee 1, kill at any moment: the real app, typing, killed hard over and over.

Each lane is one data folder that lives through many kills: a driver process
(tests/kill_driver.py) starts the real main window on it, types into the conversation's fields
and logs every completed edit; it is killed (SIGKILL on POSIX, TerminateProcess on Windows) at
a random moment, from start-up to well into typing. After each kill a copy of the files as the
dead process left them is opened through the normal code (`open_store`, which recovers the
WAL): `PRAGMA integrity_check` must say ok and every edit logged more than a second before the
kill must be stored. The next life then recovers the original files itself, taking over the
stale instance lock. Lanes run side by side to stay within the time budget.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from toegang_desktop.locations import migrations_dir
from toegang_desktop.paths import STORE_FILE
from toegang_desktop.services.content import active_checklist
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.store.connection import open_store

DRIVER = Path(__file__).parent.parent / "kill_driver.py"
LANES = 4
KILLS_PER_LANE = 26
SAFE_AFTER_S = 1.0  # an edit older than this at the moment of the kill must be stored
DURING_START_UP = 0.3  # this share of the kills comes while the app starts and opens the store
START_UP_S = (0.05, 1.5)  # such a kill comes this long after the process started
TYPING_S = (0.4, 2.0)  # the others this long after the driver started typing
LONG_LIFE_S = 6.0  # each lane's last life types this long: a long session must not crash


@dataclass
class LaneResult:
    kills: int = 0
    checks: int = 0  # (kill, edit) pairs verified
    verified: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def _edits(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:  # the line being written when the kill came
            continue
    return entries


def _verify(data: Path, scratch: Path, required: list[dict[str, object]], result: LaneResult) -> None:
    """Open a copy of what the killed process left, through the normal code, and check that
    every required edit (of this life and all lives before) is there."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = data / (STORE_FILE + suffix)
        if source.exists():
            shutil.copy2(source, scratch / source.name)
    db = open_store(scratch / STORE_FILE, scratch / "backups", migrations_dir())
    try:
        check = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        if check != ["ok"]:
            result.problems.append(f"integrity_check after kill {result.kills}: {check}")
        checklist, _problem = active_checklist(None)
        conversations = ConversationService(db, checklist)
        loaded = {}
        for entry in required:
            conv_id = int(entry["conversation"])  # type: ignore[call-overload]
            if conv_id not in loaded:
                loaded[conv_id] = conversations.load(conv_id)
            conversation = loaded[conv_id]
            if entry["field"] == "question":
                text = conversation.question if conversation else ""
            else:
                text = getattr(conversation.assessment(str(entry["domain"])), str(entry["field"])) \
                    if conversation else ""
            result.checks += 1
            if str(entry["token"]) in text:
                result.verified.add(str(entry["token"]))
            else:
                result.problems.append(f"after kill {result.kills}: {entry} lost")
    finally:
        db.close()


def _run_lane(number: int, folder: Path) -> LaneResult:
    rng = random.Random(5000 + number)
    data, scratch = folder / f"lane{number}", folder / f"lane{number}-check"
    edits_file, errors = folder / f"lane{number}-edits.jsonl", folder / f"lane{number}-stderr.txt"
    result = LaneResult()
    required: list[dict[str, object]] = []
    for life in range(KILLS_PER_LANE):
        seed = number * 1000 + life
        with errors.open("ab") as stderr:
            child = subprocess.Popen(
                [sys.executable, str(DRIVER), str(data), str(edits_file), str(seed)],
                stdout=subprocess.PIPE, stderr=stderr)
            assert child.stdout is not None
            last = life == KILLS_PER_LANE - 1
            if rng.random() < DURING_START_UP and not last:
                time.sleep(rng.uniform(*START_UP_S))
            elif child.stdout.readline().strip() == b"ready":
                time.sleep(LONG_LIFE_S if last else rng.uniform(*TYPING_S))
            if child.poll() is not None:
                result.problems.append(
                    f"life {life} ended by itself (exit {child.returncode}): "
                    + errors.read_text(encoding="utf-8", errors="replace")[-2000:])
                return result
            killed_at = time.monotonic()
            child.kill()  # SIGKILL on POSIX: no clean-up of any kind
            child.wait()
            child.stdout.close()
        result.kills += 1
        # Edits this life made more than a second before it was killed must be stored; its
        # younger edits may have died with it (then they are gone for good, which is allowed).
        required += [e for e in _edits(edits_file) if e["life"] == seed
                     and float(e["t"]) < killed_at - SAFE_AFTER_S]  # type: ignore[arg-type]
        _verify(data, scratch, required, result)
        if result.problems:
            return result
    return result


@pytest.mark.slow
def test_killed_app_keeps_every_edit_older_than_a_second(tmp_path: Path) -> None:
    started = time.perf_counter()
    with ThreadPoolExecutor(LANES) as pool:
        results = list(pool.map(lambda n: _run_lane(n, tmp_path), range(LANES)))
    elapsed = time.perf_counter() - started
    problems = [p for r in results for p in r.problems]
    assert not problems, problems[:5]
    kills = sum(r.kills for r in results)
    verified = sum(len(r.verified) for r in results)
    checks = sum(r.checks for r in results)
    print(f"\nkill test: {kills} kills survived, {verified} distinct edits verified "
          f"({checks} checks) in {elapsed:.1f} s")
    assert kills >= 100
    assert verified >= 200  # the test must have reached typing often, not only start-up
