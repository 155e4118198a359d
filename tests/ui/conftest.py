"""Fixtures for driving the real windows: a main window on a temporary store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.i18n import install_translators
from toegang_desktop.paths import AppPaths
from toegang_desktop.ui.launch import build_main_window
from toegang_desktop.ui.main_window import MainWindow

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="session", autouse=True)
def dutch_interface(qapp):  # type: ignore[no-untyped-def]
    """The GUI tests see the interface as users do: in Dutch, the default language."""
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths.in_folder(tmp_path / "toegang")


@pytest.fixture
def open_window(qtbot, app_paths: AppPaths) -> Iterator[Callable[[], MainWindow]]:  # type: ignore[no-untyped-def]
    """Opens a main window on the test store; every window is closed at the end."""
    windows: list[MainWindow] = []

    def opener() -> MainWindow:
        window = build_main_window(app_paths, demo=False, checklist_file=None)
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # shortcuts need an active window
        windows.append(window)
        return window

    yield opener
    for window in windows:
        if window.isVisible():
            window.close()
