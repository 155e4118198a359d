"""A fresh process that shows a window and exits once its first rows are painted.

    python bench/child_window.py app <data-folder>   # the app's own start-up on that store
    python bench/child_window.py bare                # floor: QMainWindow with a QLabel
    python bench/child_window.py table               # second floor: an empty PySide6 table
                                                     # window (search field + 100,000-row
                                                     # Python model), no app code at all

Prints one JSON line: seconds from the top of this script to the first paint ("seconds"), to
the end of the app's start-up work after that paint ("finished"; the content files, for the
app), and peak RSS. Run it with QT_QPA_PLATFORM=offscreen. Exits with os._exit so teardown is
not measured.
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

TABLE_ROWS = 100_000

TIMEOUT_MS = 60_000


def peak_rss_mb() -> float | None:
    """This process's peak resident memory. On Linux from /proc (VmHWM): `ru_maxrss` there
    keeps the high-water mark of the process that started this one (the benchmark runner,
    with a 100,000-resident store in memory) across exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 2**10  # kB
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows: not measured
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes vs KiB


def finish(ok: bool, detail: str = "", painted: float | None = None) -> None:
    elapsed = time.perf_counter() - STARTED
    print(json.dumps({"ok": ok, "seconds": elapsed if painted is None else painted,
                      "finished": elapsed, "peak_rss_mb": peak_rss_mb(), "detail": detail}),
          flush=True)
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


def table_window() -> tuple[QMainWindow, QWidget, object]:
    """The least a caseload window is in PySide6: a search field over a table whose model is
    written in Python (any model that reads a store is), here with made-up cells."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout

    class Cells(QAbstractTableModel):
        def rowCount(self, parent: object = QModelIndex()) -> int:  # noqa: N802, B008
            return TABLE_ROWS

        def columnCount(self, parent: object = QModelIndex()) -> int:  # noqa: N802, B008
            return 5

        def data(self, index: QModelIndex, role: int = 0) -> object:
            return f"{index.row()}-{index.column()}" if role == 0 else None

        def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                       role: int = 0) -> object:
            return f"Kolom {section}" if role == 0 else None

    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    table = QTableView()
    table.setModel(Cells(table))
    layout.addWidget(QLineEdit())
    layout.addWidget(table)
    window.setCentralWidget(central)
    window.resize(1180, 800)
    return window, table.viewport(), lambda: finish(True, f"{TABLE_ROWS} rows")


def app_window(folder: Path) -> tuple[QMainWindow, QWidget, object]:
    """What `toegang-desktop --data-dir <folder>` does before the event loop: the same
    start-up code (language, style, icon, logging, store, window)."""
    from toegang_desktop.cli import build_parser
    from toegang_desktop.ui.shell.launch import start_gui

    _app, window = start_gui(build_parser().parse_args(["--data-dir", str(folder)]))
    if window is None:
        finish(False, "start_gui gave no window")
        raise SystemExit(3)
    table = window.caseload.table
    model = table.model()

    def check() -> None:
        """At the first paint: rows shown? Then wait for the start-up work after that paint."""
        painted = time.perf_counter() - STARTED
        first = model.data(model.index(0, 0))
        rows = model.rowCount()
        if not (rows and first and table.rowAt(0) == 0):
            finish(False, f"painted without rows ({rows} rows)")
        detail = f"{rows} rows, first '{first}'"
        if window.after_first_paint.finished:
            finish(True, detail, painted)
        window.after_first_paint.done.connect(lambda: finish(True, detail, painted))

    return window, table.viewport(), check


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "bare"
    app = QApplication(sys.argv[:1])
    if mode == "app":
        window, painted, done = app_window(Path(sys.argv[2]))
    elif mode == "table":
        window, painted, done = table_window()
    else:
        window, painted, done = bare_window()
    watcher = FirstPaint(painted, done)  # noqa: F841 - keep it alive
    QTimer.singleShot(TIMEOUT_MS, lambda: finish(False, "no paint within the timeout"))
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
