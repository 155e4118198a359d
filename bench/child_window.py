"""A fresh process that shows a window and exits once its first rows are painted.

    python bench/child_window.py app <data-folder>   # the app's own start-up on that store
    python bench/child_window.py bare                # floor: QMainWindow with a QLabel

Prints one JSON line: seconds from the top of this script to the first paint, and peak RSS.
Run it with QT_QPA_PLATFORM=offscreen. Exits with os._exit so teardown is not measured.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget  # noqa: E402

TIMEOUT_MS = 60_000


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows: not measured
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes vs KiB


def finish(ok: bool, detail: str = "") -> None:
    elapsed = time.perf_counter() - STARTED
    print(json.dumps({"ok": ok, "seconds": elapsed, "peak_rss_mb": peak_rss_mb(),
                      "detail": detail}), flush=True)
    sys.stderr.flush()
    os._exit(0 if ok else 3)


class FirstPaint(QObject):
    """Calls `done` once the watched widget has finished its first paint."""

    def __init__(self, widget: QWidget, done: object) -> None:
        super().__init__()
        self._done = done
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # type: ignore[call-overload]
        return False


def bare_window() -> tuple[QMainWindow, QWidget, object]:
    window = QMainWindow()
    label = QLabel("Toegang Desktop")
    window.setCentralWidget(label)
    window.resize(1180, 800)
    return window, label, lambda: finish(True)


def app_window(folder: Path) -> tuple[QMainWindow, QWidget, object]:
    """What `toegang-desktop --data-dir <folder>` does before the event loop: the same
    start-up code (language, style, icon, logging, store, window)."""
    from toegang_desktop.cli import build_parser
    from toegang_desktop.ui.launch import start_gui

    _app, window = start_gui(build_parser().parse_args(["--data-dir", str(folder)]))
    if window is None:
        finish(False, "start_gui gave no window")
        raise SystemExit(3)
    table = window.caseload.table
    model = table.model()

    def check() -> None:
        first = model.data(model.index(0, 0))
        rows = model.rowCount()
        if rows and first and table.rowAt(0) == 0:
            finish(True, f"{rows} rows, first '{first}'")
        else:
            finish(False, f"painted without rows ({rows} rows)")

    return window, table.viewport(), check


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "bare"
    app = QApplication(sys.argv[:1])
    if mode == "app":
        window, painted, done = app_window(Path(sys.argv[2]))
    else:
        window, painted, done = bare_window()
    watcher = FirstPaint(painted, done)  # noqa: F841 - keep it alive
    QTimer.singleShot(TIMEOUT_MS, lambda: finish(False, "no paint within the timeout"))
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
