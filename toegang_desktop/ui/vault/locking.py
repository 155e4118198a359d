"""Locking when the professional walks away, and a BSN that does not linger on the clipboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QKeyEvent

from ...domain.identifiers import is_valid_bsn, normalize_bsn
from ...services.vault import looks_like_recovery_code

LOCK_MINUTES_KEY = "security/lock_after_minutes"
DEFAULT_LOCK_MINUTES = 5
LOCK_MINUTES_CHOICES = (1, 2, 5, 10, 15, 30)
CLIPBOARD_SECONDS = 30

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


def lock_minutes(settings: QSettings) -> int:
    try:
        minutes = int(str(settings.value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)))
    except ValueError:
        return DEFAULT_LOCK_MINUTES
    return minutes if minutes in LOCK_MINUTES_CHOICES else DEFAULT_LOCK_MINUTES


class IdleWatcher(QObject):
    """Watches input anywhere in the application. `idle` fires after the set time without
    keyboard, mouse or touch input; `lock_requested` on Ctrl+L in any window or dialog."""

    idle = Signal()
    lock_requested = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self.active = False

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(minutes * 60_000)

    def start(self) -> None:
        self.active = True
        self._timer.start()

    def stop(self) -> None:
        self.active = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.active and event.type() in _ACTIVITY:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                    and event.key() == Qt.Key.Key_L \
                    and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                self.lock_requested.emit()
                return True
            self._timer.start()  # restart: the idle time counts from the last input
        return False


def looks_like_bsn(text: str) -> bool:
    """A copied BSN, also with dots or spaces, and nothing else in the text."""
    stripped = text.strip()
    if len(stripped) > 16:
        return False
    return is_valid_bsn(normalize_bsn(stripped))  # it checks the nine digits itself


class ClipboardGuard(QObject):
    """Clears the clipboard 30 seconds after a BSN or the recovery code was copied to it (from
    this app or any other), unless something else was copied in the meantime."""

    def __init__(self, clipboard: QClipboard, seconds: int = CLIPBOARD_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._copied = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(seconds * 1000)
        self._timer.timeout.connect(self._clear)
        clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        text = self._clipboard.text()
        if text and (looks_like_bsn(text) or looks_like_recovery_code(text)):
            self._copied = text
            self._timer.start()
        elif text != self._copied:
            self._timer.stop()

    def _clear(self) -> None:
        if self._clipboard.text() == self._copied:
            self._clipboard.clear()
        self._copied = ""

    def clear_now(self) -> None:
        """At lock and quit: a pending BSN goes at once."""
        if self._timer.isActive():
            self._timer.stop()
            self._clear()
