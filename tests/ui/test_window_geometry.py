"""The window fits the screen it opens on (issue 14: 1180x800 on a 1366x768 laptop put the status
bar below the screen), remembers its geometry, and comes back onto a screen that is still there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings

from toegang_desktop.ui.shell import window_geometry
from toegang_desktop.ui.shell.window_geometry import GEOMETRY_KEY, fitted_size, pulled_onto_screen

LAPTOP = QRect(0, 0, 1366, 728)  # 1366x768 with a 40-pixel task bar


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> list[QRect]:
    screens = [LAPTOP]
    monkeypatch.setattr(window_geometry, "available_geometries", lambda: list(screens))
    return screens


def test_the_window_fits_a_small_laptop_screen(open_window, small_screen) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    frame = window.frameGeometry()
    assert LAPTOP.contains(frame), frame
    assert window.height() <= LAPTOP.height() - 20 and window.width() >= 760
    bar = window.statusBar()
    bottom = bar.mapTo(window, bar.rect().bottomLeft()).y() + window.geometry().top()
    assert bottom <= LAPTOP.bottom()


def test_the_geometry_is_remembered_between_starts(open_window, small_screen, app_paths) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    window.resize(780, 540)
    window.move(10, 20)
    window.close()
    assert QSettings(str(app_paths.settings), QSettings.Format.IniFormat).contains(GEOMETRY_KEY)
    again = open_window()
    assert (again.width(), again.height()) == (780, 540)


def test_a_window_left_on_a_detached_monitor_comes_back(open_window, small_screen) -> None:  # type: ignore[no-untyped-def]
    small_screen.append(QRect(1366, 0, 1920, 1080))  # a second monitor on the right
    window = open_window()
    window.resize(1400, 900)
    window.move(1500, 100)
    window.close()
    small_screen.pop()  # the monitor is gone at the next start
    again = open_window()
    assert LAPTOP.contains(again.frameGeometry()), again.frameGeometry()


def test_fitting_rules() -> None:
    assert fitted_size(QRect(0, 0, 2560, 1400)).width() == 1180
    assert fitted_size(LAPTOP).height() == LAPTOP.height() - window_geometry.SCREEN_MARGIN
    assert fitted_size(QRect(0, 0, 640, 480)).width() == 640  # never larger than the screen
    assert pulled_onto_screen(QRect(10, 10, 500, 400), [LAPTOP]) is None
    moved = pulled_onto_screen(QRect(-3000, 50, 800, 600), [LAPTOP])
    assert moved is not None and LAPTOP.contains(moved)
