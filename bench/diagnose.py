"""Where the caseload window's time goes: startup phases and search as the view feels it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/diagnose.py [--size 100000] [--fixed-columns]

Not part of run.py. Opens a scratch copy of the generated store, times each startup phase,
counts how often the caseload query runs, then times `CaseloadModel.set_query` until the table
has repainted (what a keystroke costs in the UI). --fixed-columns switches the three
ResizeToContents columns to Interactive first, to show what the column sizing costs.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication, QHeaderView  # noqa: E402

QUERIES = ("jan", "de vr", "sukru", "Vermeulen", "")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--fixed-columns", action="store_true")
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)  # the timed child
    args = parser.parse_args()
    if args.folder is not None:
        return measure(args.folder, args.size, args.fixed_columns)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.generate import DEFAULT_SEED, ensure_store
    from bench.write_bench import scratch_copy

    paths = scratch_copy(ensure_store(args.size, DEFAULT_SEED))
    try:
        command = [sys.executable, __file__, "--folder", str(paths.root), "--size", str(args.size)]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.run(command + ["--fixed-columns"] * args.fixed_columns, env=env,
                              check=False).returncode
    finally:
        shutil.rmtree(paths.root, ignore_errors=True)


def measure(folder: Path, size: int, fixed_columns: bool) -> int:
    phases: list[tuple[str, float]] = []
    last = STARTED

    def phase(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        phases.append((name, (now - last) * 1000))
        last = now

    app = QApplication(sys.argv[:1])
    phase("start + PySide6 + QApplication (also in the floor)")
    from toegang_desktop.paths import AppPaths
    from toegang_desktop.ui.caseload.caseload_model import CaseloadModel
    from toegang_desktop.ui.shell.launch import build_main_window

    phase("import the rest of the app")
    refreshes: list[float] = []
    original = CaseloadModel.refresh

    def counted(self: CaseloadModel) -> None:
        began = time.perf_counter()
        original(self)
        refreshes.append((time.perf_counter() - began) * 1000)

    CaseloadModel.refresh = counted  # type: ignore[method-assign]
    window = build_main_window(AppPaths.in_folder(folder), False, None)
    assert window is not None
    phase(f"build_main_window: {len(refreshes)} caseload queries, {sum(refreshes):.0f} ms")
    table = window.caseload.table
    if fixed_columns:
        for column in (1, 2, 3):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    window.show()
    phase("window.show()")
    for _ in range(3):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    phase("events until painted")
    print(f"Startup on {size:,} residents" + (" (columns Interactive)" if fixed_columns else ""))
    for name, ms in phases:
        print(f"  {name:60} {ms:6.0f} ms")
    print(f"  {'total since the script started':60} {(last - STARTED) * 1000:6.0f} ms")

    print("Search as the caseload view feels it (set_query + repaint), median of 5:")
    for text in QUERIES:
        def keystroke(text: str = text) -> float:
            began = time.perf_counter()
            window.model.set_query(text)
            for _ in range(3):
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            return (time.perf_counter() - began) * 1000

        keystroke()
        print(f"  {text!r:12} {statistics.median(keystroke() for _ in range(5)):6.1f} ms,"
              f" {window.model.rowCount():,} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
