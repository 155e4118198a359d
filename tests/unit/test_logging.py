"""The application log rotates: a few files of limited size, never an ever-growing one."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from toegang_desktop.logging_setup import LOG_FILE, LOGGER, MAX_BYTES, OLDER_FILES, log_file, setup_logging


@pytest.fixture
def restore_logger() -> Iterator[None]:
    logger = logging.getLogger(LOGGER)
    saved, level = logger.handlers[:], logger.level
    yield
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:] = saved
    logger.setLevel(level)


def test_log_rotates_over_a_few_files_of_limited_size(tmp_path: Path, restore_logger: None) -> None:
    setup_logging(tmp_path)
    assert log_file() == tmp_path / LOG_FILE
    logger = logging.getLogger(LOGGER + ".test")
    for number in range(30_000):  # about 4.5 MB of events
        logger.info("event %06d %s", number, "x" * 100)
    files = sorted(tmp_path.glob(LOG_FILE + "*"))
    assert len(files) == OLDER_FILES + 1
    assert all(f.stat().st_size <= MAX_BYTES for f in files)
    assert "event 029999" in (tmp_path / LOG_FILE).read_text(encoding="utf-8")


def test_no_log_file_when_the_folder_cannot_be_made(tmp_path: Path, restore_logger: None) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    setup_logging(blocker / "logs")
    assert log_file() is None
