"""Application log: events and error types only, never personal data.

A rotating file (at most 1 MB, with 3 older files beside it) in the data folder's `logs/`.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOGGER = "toegang_desktop"
LOG_FILE = "toegang-desktop.log"
MAX_BYTES = 1_000_000
OLDER_FILES = 3


class RotatingLog(logging.FileHandler):
    """A log file that moves aside to `.1` (`.1` to `.2`, …) before it would grow past
    `max_bytes`, keeping `older` files. The standard library's RotatingFileHandler does the
    same, but its module (with socket, pickle and queue) costs about 10 ms of every start."""

    def __init__(self, path: Path, max_bytes: int, older: int) -> None:
        super().__init__(path, encoding="utf-8")
        self._max_bytes = max_bytes
        self._older = older

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(len(self.format(record).encode("utf-8")) + 1):
                self._rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _full(self, adding: int) -> bool:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)  # the end, also when another process wrote
        return self.stream.tell() > 0 and self.stream.tell() + adding > self._max_bytes

    def _rotate(self) -> None:
        self.close()  # Windows cannot rename an open file; emit opens the new one
        base = self.baseFilename
        for number in range(self._older - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        os.replace(base, f"{base}.1")


def setup_logging(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingLog(folder / LOG_FILE, MAX_BYTES, OLDER_FILES)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger(LOGGER)
    root.setLevel(logging.INFO)
    root.handlers[:] = [handler]


def log_file() -> Path | None:
    """The file the log is written to now (for the error dialog), or None when there is none."""
    for handler in logging.getLogger(LOGGER).handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
