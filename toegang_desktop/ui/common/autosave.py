"""Autosave: edits are written within a second, without a Save button.

Edits mark parts of the conversation dirty; a short timer writes them. A failed write
(disk full, read-only) keeps everything on screen and retries; nothing is dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTime, QTimer, Signal

from ...domain.conversation import Conversation
from ...domain.problems import ValidationFailed
from ...services.conversations import ConversationService
from ...services.errors import StoreError
from ...wording.messages import problem_lines

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
        self._input_problem = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def track(self, conversation: Conversation) -> None:
        self.flush()
        self._conversation = conversation
        self._dirty.clear()
        self._input_problem = ""

    def mark_dirty(self, key: str) -> None:
        self._dirty.add(key)
        self.status_changed.emit(self.tr("Saving…"), False)
        if not self._timer.isActive():  # steady typing must not postpone saving forever
            self._timer.start(SAVE_DELAY_MS)

    def set_input_problem(self, text: str) -> None:
        """Input on screen that cannot be saved as it is (an unreadable date): say so, and keep
        `flush` from reporting that everything was saved until it is corrected."""
        self._input_problem = text
        if text:
            self.status_changed.emit(text, True)

    @property
    def pending(self) -> bool:
        return bool(self._dirty) or bool(self._input_problem)

    def flush(self) -> bool:
        """Write everything that is dirty now; True when nothing is left unsaved."""
        self._timer.stop()
        conversation = self._conversation
        if conversation is None or conversation.id is None:
            return not self.pending
        try:
            # Domains first: a problem in the conversation details must not hold them back.
            for key in sorted(self._dirty - {HEADER}):
                self._service.save_assessment(conversation.id, conversation.assessment(key))
                self._dirty.discard(key)
            if HEADER in self._dirty:
                self._service.update_header(conversation)
                self._dirty.discard(HEADER)
        except ValidationFailed as failure:
            # Kept dirty: saved as soon as the details are corrected; leaving asks first.
            log.info("details not saved: %s", [p.code for p in failure.problems])
            self.status_changed.emit(self.tr("Not saved: %1").replace(
                "%1", " ".join(problem_lines(failure.problems))), True)
            return False
        except StoreError as error:
            log.warning("autosave failed: %s", error.code)
            busy = error.code == "store_busy"
            reason = (self.tr("the data file is busy, another program is using it") if busy
                      else self.tr("the disk is full or the data file cannot be written"))
            self.status_changed.emit(self.tr(
                "Not saved yet: %1. Your input stays on screen; saving is retried "
                "automatically.").replace("%1", reason), True)
            self._timer.start(RETRY_DELAY_MS)
            return False
        if self._input_problem:
            self.status_changed.emit(self._input_problem, True)
            return False
        self.status_changed.emit(
            self.tr("Saved at %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")), False)
        return True
