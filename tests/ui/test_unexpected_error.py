"""Guarantee 7, unexpected errors: a Dutch dialog (what happened, the data is safe, where the
log is), a log line with only the type and the place in the code, and the app carries on."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from toegang_desktop.logging_setup import LOG_FILE, LOGGER, setup_logging
from toegang_desktop.ui.common.error_dialog import install_exception_hook

from .conftest import open_new_conversation
from .typing import type_text

FICTIONAL_BSN = "111222333"
FICTIONAL_NAME = "Jannie Fictief-Voorbeeld"


@pytest.fixture
def app_log(tmp_path: Path) -> Iterator[Path]:
    """The app's rotating log in a temporary folder; the logger is put back afterwards."""
    logger = logging.getLogger(LOGGER)
    saved, level = logger.handlers[:], logger.level
    setup_logging(tmp_path / "logs")
    yield tmp_path / "logs" / LOG_FILE
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:] = saved
    logger.setLevel(level)


def faulty_slot() -> None:
    raise ValueError(f"no dossier for BSN {FICTIONAL_BSN} ({FICTIONAL_NAME})")


@pytest.mark.qt_no_exception_capture  # let the app's own hook see it, as in real use
def test_unexpected_error_is_explained_logged_without_personal_data_and_the_app_carries_on(
    qtbot, open_window, app_log: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    install_exception_hook()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    window = open_window()
    page = open_new_conversation(window)
    page.show_domain("housing")

    QTimer.singleShot(0, faulty_slot)  # a bug in a slot, reached from the event loop
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert len(shown) == 1
    text = shown[0]
    assert "ValueError" in text  # what happened
    assert "Je gegevens zijn veilig" in text and "automatisch opgeslagen" in text
    assert str(app_log) in text  # where the log is
    assert FICTIONAL_BSN not in text and FICTIONAL_NAME not in text

    for handler in logging.getLogger(LOGGER).handlers:
        handler.flush()
    logged = app_log.read_text(encoding="utf-8")
    assert logged.count("unexpected ValueError at test_unexpected_error.py:") == 1
    assert "faulty_slot" in logged
    assert FICTIONAL_BSN not in logged and "Fictief" not in logged and "dossier for" not in logged
    assert str(Path(__file__).parent) not in logged  # file names only, no user folders

    assert len(shown) == 1, shown
    # The app carries on: typing is saved as before.
    type_text(page.editor.notes, "Woont sinds mei bij zijn zus.")
    qtbot.waitUntil(lambda: page.save_status.text().startswith("Opgeslagen om"), timeout=3000)
    stored = window._conversations.load(int(page.conversation.id or 0))
    assert stored is not None and stored.assessment("housing").notes == "Woont sinds mei bij zijn zus."
