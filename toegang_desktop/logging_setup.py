"""Application log: events and error types only, never personal data.

A rotating file (at most 1 MB, with 3 older files beside it) in the data folder's `logs/`.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOGGER = "toegang_desktop"
LOG_FILE = "toegang-desktop.log"
MAX_BYTES = 1_000_000
OLDER_FILES = 3


def setup_logging(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=OLDER_FILES, encoding="utf-8"
        )
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
