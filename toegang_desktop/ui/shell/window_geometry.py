"""The main window's size and place: fitted to the screen it opens on, remembered between
starts (in the INI settings), and pulled back onto a screen when the one it was on is gone."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
PREFERRED_SIZE = QSize(1180, 800)
# Below this the caseload's columns and the conversation page no longer fit side by side.
MINIMUM_SIZE = QSize(760, 520)
# Room for the window frame and title bar, which availableGeometry() does not count.
SCREEN_MARGIN = 40


def available_geometries() -> list[QRect]:
    """Each screen's area without task bar and docks; the primary screen first."""
    primary = QGuiApplication.primaryScreen()
    screens = [primary] + [s for s in QGuiApplication.screens() if s is not primary]
    return [screen.availableGeometry() for screen in screens if screen is not None]


def fitted_size(available: QRect) -> QSize:
    """The preferred size, made smaller to fit `available` with a margin; never below the
    minimum unless the screen itself is smaller."""
    room = QSize(available.width() - SCREEN_MARGIN, available.height() - SCREEN_MARGIN)
    width = max(min(PREFERRED_SIZE.width(), room.width()),
                min(MINIMUM_SIZE.width(), available.width()))
    height = max(min(PREFERRED_SIZE.height(), room.height()),
                 min(MINIMUM_SIZE.height(), available.height()))
    return QSize(width, height)


def pulled_onto_screen(frame: QRect, screens: list[QRect]) -> QRect | None:
    """Where a window with this frame should go when it is not fully on one screen (a monitor
    was detached, the resolution went down); None when it fits where it is."""
    if not screens or any(screen.contains(frame) for screen in screens):
        return None
    # The screen that shows most of it, else the primary one.
    target = max(screens, key=lambda s: _area(s.intersected(frame)))
    if _area(target.intersected(frame)) == 0:
        target = screens[0]
    size = frame.size().boundedTo(QSize(target.width() - SCREEN_MARGIN,
                                        target.height() - SCREEN_MARGIN))
    left = min(max(frame.left(), target.left()), target.right() - size.width())
    top = min(max(frame.top(), target.top()), target.bottom() - size.height())
    return QRect(left, top, size.width(), size.height())


def _area(rect: QRect) -> int:
    return max(rect.width(), 0) * max(rect.height(), 0)


def restore_window(window: QMainWindow, settings: QSettings) -> None:
    """The remembered geometry and state, or a size fitted to the primary screen the first
    time; either way the window ends up fully on a screen that is there now."""
    screens = available_geometries()
    window.setMinimumSize(MINIMUM_SIZE.boundedTo(screens[0].size()) if screens else MINIMUM_SIZE)
    geometry = settings.value(GEOMETRY_KEY)
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    if not restored and screens:
        size = fitted_size(screens[0])
        window.resize(size)
        centre = screens[0].center()
        window.move(centre.x() - size.width() // 2, centre.y() - size.height() // 2)
    state = settings.value(STATE_KEY)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    moved = pulled_onto_screen(window.frameGeometry(), screens)
    if moved is not None:
        window.resize(moved.size())
        window.move(moved.topLeft())


def remember_window(window: QMainWindow, settings: QSettings) -> None:
    """Saved when the window closes, for the next start."""
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    settings.sync()
