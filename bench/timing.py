"""Timing helpers, result records and the description of the machine the figures come from."""

from __future__ import annotations

import gc
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from toegang_desktop.store.driver import dbapi

TARGET_SIZE = 100_000  # the search, cold-start and memory targets are set for this many residents


@dataclass(frozen=True)
class Figure:
    """One benchmarked figure: median of the app path and of its floor, and the target."""

    group: str
    name: str
    unit: str  # "ms", "s" or "MB"
    value: float
    floor: float | None
    runs: int
    target: str = ""  # e.g. "< 30 ms, <= 2x floor"
    limit: float | None = None  # absolute limit in `unit`
    max_ratio: float | None = None  # allowed value / floor
    max_above_floor: float | None = None  # allowed value - floor
    note: str = ""
    applies: bool = True  # False: the target is set for another store size; shown for scaling

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.value / self.floor

    @property
    def has_target(self) -> bool:
        return self.applies and any(x is not None for x in (self.limit, self.max_ratio, self.max_above_floor))

    @property
    def missed(self) -> list[str]:
        """The parts of the target this figure misses (empty when it meets it)."""
        parts = []
        if self.limit is not None and self.value >= self.limit:
            parts.append(f"not under {self.limit:g} {self.unit}")
        ratio = self.ratio
        if self.max_ratio is not None and ratio is not None and ratio > self.max_ratio:
            parts.append(f"over {self.max_ratio:g}x floor")
        extra = self.max_above_floor
        if extra is not None and self.floor is not None and self.value - self.floor >= extra:
            parts.append(f"not under {extra:g} {self.unit} above floor")
        return parts

    @property
    def verdict(self) -> str:
        if not self.has_target:
            return "-"
        missed = self.missed
        return f"MISSED ({'; '.join(missed)})" if missed else "ok"


def settle() -> None:
    """Flush freshly written files (a new store, a copy) so write-back does not skew timings."""
    if hasattr(os, "sync"):
        os.sync()
    time.sleep(0.5)


def time_once(action: Callable[[], Any]) -> float:
    """Seconds one call takes (garbage collection paused, as it is noise at this scale)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        started = time.perf_counter()
        action()
        return time.perf_counter() - started
    finally:
        if enabled:
            gc.enable()


def median_ms(action: Callable[[], Any], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    return statistics.median(time_once(action) * 1000 for _ in range(runs))


def paired_median_ms(
    app: Callable[[], Any], floor: Callable[[], Any], runs: int, warmup: int = 1
) -> tuple[float, float]:
    """Medians of the app path and its floor, interleaved so drift hits both alike."""
    app_ms, floor_ms = interleaved_medians_ms([app, floor], runs, warmup)
    return app_ms, floor_ms


def interleaved_medians_ms(
    actions: list[Callable[[], Any]], runs: int, warmup: int = 1
) -> list[float]:
    """The median of each action, run in turn within every round so drift hits all alike."""
    for _ in range(warmup):
        for action in actions:
            action()
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for action, taken in zip(actions, times, strict=True):
            taken.append(time_once(action) * 1000)
    return [statistics.median(taken) for taken in times]


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.lower().startswith(("model name", "hardware", "cpu model")):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine() or "unknown"


def machine() -> dict[str, str]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        memory = f"{total / 2**30:.1f} GiB"
    except (ValueError, OSError, AttributeError):
        memory = "unknown"
    try:
        load = "{:.1f} / {:.1f} / {:.1f} (1, 5, 15 min; other work was running)".format(
            *os.getloadavg())
    except (OSError, AttributeError):
        load = "unknown"
    return {
        "Date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "Load at start": load,
        "CPU": cpu_model(),
        "Cores": f"{os.cpu_count() or '?'} logical",
        "Memory": memory,
        "OS": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "Python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        # The app's driver (SQLCipher) bundles its own SQLite; Python's sqlite3, which the
        # autosave and open-dossier floors use, is another build.
        "SQLite": f"{dbapi.sqlite_version} (the app's SQLCipher driver; Python's sqlite3:"
                  f" {sqlite3.sqlite_version})",
        "PySide6": f"{pyside_version} (Qt {qVersion()})",
    }
