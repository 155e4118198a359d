"""Cold start to a painted caseload window, and its peak memory, against a bare Qt window; and
against a second floor measured beside it: an empty PySide6 table window (no app code)."""

from __future__ import annotations

import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .generate import OUT_DIR, GeneratedStore
from .timing import TARGET_SIZE, Figure, settle

CHILD = Path(__file__).resolve().parent / "child_window.py"
PACKAGE = CHILD.parent.parent / "toegang_desktop"
MAX_RATIO = 1.5
MAX_EXTRA_MB = 150.0
CHILD_TIMEOUT_S = 180


@dataclass(frozen=True)
class ChildRun:
    wall_s: float  # measured by the parent: the whole process, interpreter start included
    inner_s: float  # measured by the child from the top of its script to the first paint
    finished_s: float  # ... to the end of the start-up work that follows the first paint
    peak_rss_mb: float | None
    detail: str

    @property
    def painted_wall_s(self) -> float:
        """The process wall time up to the first paint (the child exits after the work that
        follows it, so that part is taken off)."""
        return self.wall_s - (self.finished_s - self.inner_s)


def child_env() -> dict[str, str]:
    """Offscreen, and with byte-code caches: an installed app (and PySide6 itself, in both
    children) starts from compiled modules; PYTHONDONTWRITEBYTECODE in a developer's or CI's
    environment would make only the app's side recompile every module on every start."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def precompile() -> None:
    compileall.compile_dir(PACKAGE, quiet=1)


def run_child(args: list[str]) -> ChildRun:
    env = child_env()
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(CHILD), *args], env=env, capture_output=True, text=True,
        timeout=CHILD_TIMEOUT_S, check=False,
    )
    wall = time.perf_counter() - started
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"child {args} failed ({done.returncode}): {done.stdout}{done.stderr}")
    report = json.loads(lines[-1])
    return ChildRun(wall, float(report["seconds"]), float(report["finished"]),
                    report["peak_rss_mb"], report["detail"])


def startup_copy(store: GeneratedStore) -> Path:
    """The child opens a copy: opening makes WAL files and may migrate; the cache stays clean."""
    folder = OUT_DIR / "startup" / store.meta.key
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copyfile(store.paths.store, folder / store.paths.store.name)
    settle()
    return folder


def run(store: GeneratedStore, runs: int) -> list[Figure]:
    folder = startup_copy(store)
    precompile()
    try:
        for warm_up in (["bare"], ["table"], ["app", str(folder)]):  # byte-code, file cache
            run_child(warm_up)
        bare: list[ChildRun] = []
        table: list[ChildRun] = []
        app: list[ChildRun] = []
        for _ in range(runs):  # interleaved, so a busy moment weighs on all three alike
            bare.append(run_child(["bare"]))
            table.append(run_child(["table"]))
            app.append(run_child(["app", str(folder)]))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return _figures(app, bare, table, runs, store.meta.size >= TARGET_SIZE)


def _median(runs: list[ChildRun], value: str) -> float:
    return statistics.median(getattr(r, value) for r in runs)


def _figures(
    app: list[ChildRun], bare: list[ChildRun], table: list[ChildRun], runs: int, applies: bool
) -> list[Figure]:
    painted, bare_wall = _median(app, "painted_wall_s"), _median(bare, "wall_s")
    inner = f"in-process part {_median(app, 'inner_s'):.2f} s vs {_median(bare, 'inner_s'):.2f} s"
    figures = [
        Figure("startup", "cold start to painted caseload (process wall time)", "s",
               painted, bare_wall, runs, "<= 1.5x floor", max_ratio=MAX_RATIO,
               note=f"{inner}; {app[-1].detail}", applies=applies),
        Figure("startup", "the same, against an empty PySide6 table window", "s",
               painted, _median(table, "wall_s"), runs,
               note="floor: QMainWindow + QLineEdit + QTableView over a 100,000-row Python "
                    "model, no app code; it shows what a caseload window costs in PySide6 "
                    "itself", applies=applies),
        Figure("startup", "cold start until the start-up work after the first paint is done",
               "s", _median(app, "wall_s"), bare_wall, runs,
               note="the content files (checklist, rules, partners) load and are checked in "
                    "the event-loop turn after the first paint", applies=applies),
    ]
    app_rss = [r.peak_rss_mb for r in app if r.peak_rss_mb is not None]
    bare_rss = [r.peak_rss_mb for r in bare if r.peak_rss_mb is not None]
    if app_rss and bare_rss:
        figures.append(Figure(
            "memory", "peak RSS of the caseload window", "MB", statistics.median(app_rss),
            statistics.median(bare_rss), runs, "< 150 MB above floor",
            max_above_floor=MAX_EXTRA_MB, note="floor: bare QMainWindow + QLabel", applies=applies,
        ))
    else:
        figures.append(Figure("memory", "peak RSS of the caseload window", "MB", float("nan"),
                              None, 0, note="not measured (no resource module on this OS)"))
    return figures
