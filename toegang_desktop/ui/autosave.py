"""Autosave: edits are written within a second, without a Save button.

Edits mark parts of the conversation dirty; a short timer writes them. A failed write
(disk full, read-only) keeps everything on screen and retries; nothing is dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTime, QTimer, Signal

from ..domain.conversation import Conversation
from ..domain.problems import ValidationFailed
from ..services.conversations import ConversationService
from ..store.errors import StoreError

SAVE_DELAY_MS = 400
RETRY_DELAY_MS = 3000
HEADER = "__header__"
log = logging.getLogger(__name__)


class Autosaver(QObject):
    """Writes dirty domains (and the header) of one conversation shortly after each edit."""

    status_changed = Signal(str, bool)  # text, is_problem

    def __init__(self, service: ConversationService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._conversation: Conversation | None = None
        self._dirty: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def track(self, conversation: Conversation) -> None:
        self.flush()
        self._conversation = conversation
        self._dirty.clear()

    def mark_dirty(self, key: str) -> None:
        self._dirty.add(key)
        self.status_changed.emit(self.tr("Saving…"), False)
        self._timer.start(SAVE_DELAY_MS)

    @property
    def pending(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> bool:
        """Write everything that is dirty now; True when nothing is left unsaved."""
        self._timer.stop()
        conversation = self._conversation
        if conversation is None or conversation.id is None or not self._dirty:
            return not self._dirty
        try:
            for key in sorted(self._dirty):
                if key == HEADER:
                    self._service.update_header(conversation)
                else:
                    self._service.save_assessment(conversation.id, conversation.assessment(key))
                self._dirty.discard(key)
        except ValidationFailed as failure:
            self._dirty.discard(HEADER)
            log.info("header not saved: %s", [p.code for p in failure.problems])
            self.status_changed.emit(self.tr("Not saved: check the conversation details."), True)
            return False
        except StoreError as error:
            log.warning("autosave failed: %s", error.code)
            self.status_changed.emit(self.tr(
                "Not saved yet: the data file cannot be written (%1). Your input stays on "
                "screen; saving is retried automatically.").replace("%1", error.detail), True)
            self._timer.start(RETRY_DELAY_MS)
            return False
        self.status_changed.emit(
            self.tr("Saved at %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")), False)
        return True
