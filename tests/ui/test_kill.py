"""Guarantee 1, kill at any moment: the real app on an encrypted store, killed hard over and over.

Each lane is one data folder that lives through many kills: a driver process
(tests/kill_driver.py) claims the folder, unlocks the store and opens the real main window,
then types into the conversation, registers residents, imports a dossier, saves the plan or
makes a backup (each life has a focus), logging every finished action; it is killed (SIGKILL
on POSIX, TerminateProcess on Windows) at a random moment, from start-up to well into its
work. After each kill a copy of the files as the dead process left them is checked
(tests/kill_checks.py): integrity, the access log's chain (through the service), every
finished action stored, and every stored change with its log line. The next life recovers
the original files itself, taking over the dead one's instance lock. Lanes run side by side
to stay within the time budget; everything is seeded, so a run can be repeated.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from toegang_desktop.paths import STORE_FILE, AppPaths
from toegang_desktop.services.vault import Vault
from toegang_desktop.store.connection import has_plain_header

from ..children import output_of, read_line, stop
from ..kill_checks import Entry, LaneResult, check_after_kill
from ..kill_driver import PASSWORD

DRIVER = Path(__file__).parent.parent / "kill_driver.py"
LANES = 4
KILLS_PER_LANE = 20
SAFE_AFTER_S = 1.0  # typed text older than this at the kill must be stored (autosave: 400 ms)
BUSY_SAFE_AFTER_S = 3.0  # the same, in a life busy with other actions (see _must_be_stored)
DURING_START_UP = 0.25  # this share of the kills comes while the app starts and opens the store
START_UP_S = (0.05, 1.5)  # such a kill comes this long after the process started
WORKING_S = (0.3, 1.8)  # the others this long after the driver said it is ready
LONG_LIFE_S = 4.0  # each lane's last life works this long: a long session must not crash
# Each life's focus, in turn (lanes start at different places): kills land in each action.
FOCUS = ("typing", "register", "plan", "typing", "import", "register", "backup", "typing")
READY_WITHIN_S = 60.0  # a life that is not ready by then hangs (e.g. in a dialog): fail


def _finished(path: Path) -> list[Entry]:
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:  # the line being written when the kill came
            continue
    return entries


def _must_be_stored(finished: list[Entry], seed: int, focus: str, killed_at: float) -> list[Entry]:
    """What this life finished that must be in the store: every action, and typed text once
    the autosaver said it saved it. Also typed text older than a second at the kill (autosave
    waits 0.4 s) in a typing life; in the other lives the driver keeps the interface thread
    busy with actions back to back (a backup, an import), which delays the autosave timer as
    any long task on that thread does, so there the margin is `BUSY_SAFE_AFTER_S`."""
    mine = [e for e in finished if e["life"] == seed]
    saved_at = max((float(e["t"]) for e in mine if e["op"] == "saved"), default=0.0)  # type: ignore[arg-type]
    margin = SAFE_AFTER_S if focus == "typing" else BUSY_SAFE_AFTER_S
    return [e for e in mine if e["op"] not in ("typing", "saved") or (
        e["op"] == "typing" and (float(e["t"]) < saved_at  # type: ignore[arg-type]
                                 or float(e["t"]) < killed_at - margin))]  # type: ignore[arg-type]


def _run_lane(number: int, folder: Path) -> LaneResult:
    rng = random.Random(5000 + number)
    data, scratch = folder / f"lane{number}", folder / f"lane{number}-check"
    edits_file, errors = folder / f"lane{number}-edits.jsonl", folder / f"lane{number}-stderr.txt"
    result = LaneResult()
    required: list[Entry] = []
    key: bytes | None = None
    for life in range(KILLS_PER_LANE):
        seed = number * 1000 + life
        last = life == KILLS_PER_LANE - 1
        with errors.open("ab") as stderr:
            child = subprocess.Popen(
                [sys.executable, str(DRIVER), str(data), str(edits_file), str(seed),
                 FOCUS[(number + life) % len(FOCUS)]],
                stdout=subprocess.PIPE, stderr=stderr)
            focus = "start-up"
            if rng.random() < DURING_START_UP and not last:
                time.sleep(rng.uniform(*START_UP_S))
            else:
                ready = read_line(child, READY_WITHIN_S, errors).split()
                if ready[:1] == [b"ready"]:
                    focus = ready[1].decode()
                    if life > 0:  # a killed life's lock was taken over
                        result.take_over_s.append(float(ready[2]))
                    time.sleep(LONG_LIFE_S if last else rng.uniform(*WORKING_S))
            if child.poll() is not None:
                result.problems.append(f"life {life} ended by itself (exit {child.returncode}): "
                                       + output_of(child, errors))
                stop(child)
                return result
            killed_at = time.monotonic()
            stop(child)  # SIGKILL on POSIX: no clean-up of any kind
        result.kills += 1
        result.kills_by_focus[focus] += 1
        required += _must_be_stored(_finished(edits_file), seed, focus, killed_at)
        if key is None and AppPaths.in_folder(data).keys.exists():
            key = Vault(AppPaths.in_folder(data)).unlock(PASSWORD)
        if not (data / STORE_FILE).exists() or key is None:
            if required:
                result.problems.append(f"after kill {result.kills}: no store, {required[:3]}")
            continue
        check_after_kill(data, scratch, key, required, result)
        if result.problems:
            return result
    if has_plain_header(data / STORE_FILE):
        result.problems.append("the store is not encrypted")
    return result


def _cpu_s() -> float:
    """CPU seconds of this process and its finished children (the drivers): what the run
    costs on an idle machine, whatever else runs beside it."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))


@pytest.fixture(scope="module")
def kill_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[LaneResult], float]:
    folder = tmp_path_factory.mktemp("kill")
    started, cpu = time.perf_counter(), _cpu_s()
    with ThreadPoolExecutor(LANES) as pool:
        results = list(pool.map(lambda n: _run_lane(n, folder), range(LANES)))
    print(f"\nkill run: {time.perf_counter() - started:.1f} s, {_cpu_s() - cpu:.1f} CPU s")
    return results, time.perf_counter() - started


@pytest.mark.slow
def test_killed_app_keeps_every_finished_action_and_a_sound_access_log(
    kill_run: tuple[list[LaneResult], float]
) -> None:
    results, elapsed = kill_run
    problems = [p for r in results for p in r.problems]
    assert not problems, problems[:5]
    kills = sum(r.kills for r in results)
    verified = sum(len(r.verified) for r in results)
    checks = sum(r.checks for r in results)
    focus = sum((r.kills_by_focus for r in results), start=type(results[0].kills_by_focus)())
    take_over = [t for r in results for t in r.take_over_s]
    print(f"\nkill test (encrypted): {kills} kills survived ({dict(sorted(focus.items()))}), "
          f"{verified} distinct finished actions verified ({checks} checks), access log "
          f"verified after every kill, in {elapsed:.1f} s; claiming a killed life's folder "
          f"took median {statistics.median(take_over):.3f} s, max {max(take_over):.3f} s")
    assert kills >= 75
    assert verified >= 200  # the test must have reached its work often, not only start-up
    assert all(focus[name] >= 4 for name in ("typing", "register", "plan", "import", "backup"))


@pytest.mark.slow
def test_every_stored_change_has_its_log_line_after_any_kill(
    kill_run: tuple[list[LaneResult], float]
) -> None:
    results, _elapsed = kill_run
    missing = [m for r in results for m in r.missing_log_lines]
    checked = sum(r.log_lines_checked for r in results)
    kills_that_did_it = sum(len({m.split(":")[0] for m in r.missing_log_lines}) for r in results)
    print(f"\nlog completeness checked after {checked} kills: {len(missing)} changes without "
          f"their log line, left by {kills_that_did_it} kills: {missing[:3]}")
    assert checked >= 60
    assert not missing, missing[:10]
