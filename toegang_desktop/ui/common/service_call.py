"""One way for a screen to call a use case (as Anki's CollectionOp does for its screens).

    ServiceCall(self, lambda: service.save_partner(partner)) \\
        .in_banner(self.banner).on_success(lambda saved: self.accept()).run()

It shows the busy cursor while the service works; when the service refuses, it words why with
the way out (invalid input through wording/messages.py; a busy, full, read-only or damaged
data file through wording/store_messages.py), tells it (in the screen's red banner, in a
message box, or through the screen's own callback) and leaves every input on screen as typed,
so nothing is lost and the professional can correct it or try again. On success it clears the
banner and calls back with the result, so the screen refreshes what changed.

Only the errors that are the input's or the environment's fault are handled here; anything
else is a bug and goes to the unexpected-error dialog (common/error_dialog.py).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ... import APP_NAME
from ...domain.problems import Problem
from ...services.errors import StoreError, ValidationFailed
from ...wording.messages import problem_lines
from ...wording.store_messages import store_error_text
from .widgets import ProblemBanner

T = TypeVar("T")
log = logging.getLogger(__name__)


class FailureKind(enum.Enum):
    INVALID = "invalid"  # the input breaks a rule; the problems name the fields
    BUSY = "busy"  # another program holds the data file
    UNAVAILABLE = "unavailable"  # the disk is full or the file cannot be written (read-only)
    DAMAGED = "damaged"
    STORE = "store"  # any other refusal of the data file


_KIND_OF_CODE = {
    "store_busy": FailureKind.BUSY,
    "store_unavailable": FailureKind.UNAVAILABLE,
    "store_damaged": FailureKind.DAMAGED,
}


@dataclass(frozen=True)
class Failure:
    """Why a use case was refused, in words for the professional."""

    kind: FailureKind
    lines: list[str]
    problems: list[Problem] = field(default_factory=list)  # INVALID only

    @property
    def fields(self) -> set[str]:
        return {problem.field for problem in self.problems}


def failure_of(error: ValidationFailed | StoreError,
               wording: Callable[[list[Problem]], list[str]] = problem_lines) -> Failure:
    if isinstance(error, ValidationFailed):
        return Failure(FailureKind.INVALID, wording(error.problems), list(error.problems))
    return Failure(_KIND_OF_CODE.get(error.code, FailureKind.STORE), [store_error_text(error)])


class ServiceCall(Generic[T]):
    """A use case run for a screen: configure where failures are told, then `run()`."""

    def __init__(self, parent: QWidget, call: Callable[[], T]) -> None:
        self._parent = parent
        self._call = call
        self._banner: ProblemBanner | None = None
        self._focus_on_invalid = True
        self._title = APP_NAME
        self._tell: Callable[[Failure], object] | None = None
        self._wording: Callable[[list[Problem]], list[str]] = problem_lines
        self._on_failure: list[Callable[[Failure], object]] = []
        self._on_success: list[Callable[[T], object]] = []

    def in_banner(self, banner: ProblemBanner, focus_on_invalid: bool = True) -> ServiceCall[T]:
        """Tell failures in the screen's banner. `focus_on_invalid=False` when the screen
        itself focuses the first wrong field (in `on_failure`)."""
        self._banner, self._focus_on_invalid = banner, focus_on_invalid
        return self

    def in_message_box(self, title: str) -> ServiceCall[T]:
        """Tell failures in a warning box with this title (the default, titled APP_NAME)."""
        self._title = title
        return self

    def told_by(self, tell: Callable[[Failure], object]) -> ServiceCall[T]:
        """The screen tells failures its own way (a status line, marks at the fields)."""
        self._tell = tell
        return self

    def worded(self, wording: Callable[[list[Problem]], list[str]]) -> ServiceCall[T]:
        """Other lines for invalid input than wording.messages.problem_lines."""
        self._wording = wording
        return self

    def on_failure(self, callback: Callable[[Failure], object]) -> ServiceCall[T]:
        """Called after the failure was told: mark fields, undo a change on screen, retry."""
        self._on_failure.append(callback)
        return self

    def on_success(self, callback: Callable[[T], object]) -> ServiceCall[T]:
        """Called with the result: refresh what changed, close the dialog."""
        self._on_success.append(callback)
        return self

    def run(self) -> bool:
        """True when the use case was done; False when refused (the reason told)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        failure: Failure | None
        try:
            result = self._call()
        except (ValidationFailed, StoreError) as error:
            failure = failure_of(error, self._wording)
        else:
            failure = None
        finally:
            QApplication.restoreOverrideCursor()  # before any message box is shown
        if failure is not None:
            log.info("use case refused: %s", failure.kind.value)
            self._tell_failure(failure)
            for failed in self._on_failure:
                failed(failure)
            return False
        if self._banner is not None:
            self._banner.show_lines([], take_focus=False)
        for succeeded in self._on_success:
            succeeded(result)
        return True

    def _tell_failure(self, failure: Failure) -> None:
        if self._tell is not None:
            self._tell(failure)
        elif self._banner is not None:
            invalid = failure.kind is FailureKind.INVALID
            self._banner.show_lines(failure.lines,
                                    take_focus=self._focus_on_invalid or not invalid)
        else:
            QMessageBox.warning(self._parent, self._title, "\n".join(failure.lines))
