"""The one way a screen calls a use case (ui/common/service_call.py): each refusal worded with
the way out, the input kept on screen, the busy cursor only while the service works, and the
screen called back with the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from toegang_desktop import APP_NAME
from toegang_desktop.domain.problems import Problem, ValidationFailed
from toegang_desktop.services.errors import DamagedStoreError, StoreError
from toegang_desktop.store.errors import StoreBusyError, StoreUnavailableError
from toegang_desktop.ui.common.service_call import Failure, FailureKind, ServiceCall
from toegang_desktop.ui.common.widgets import ProblemBanner
from toegang_desktop.wording.messages import problem_lines
from toegang_desktop.wording.store_messages import store_error_text

STORE = Path("toegang.db")
INVALID = ValidationFailed([Problem("required", "surname")])
ERRORS: list[tuple[Exception, FailureKind]] = [
    (StoreBusyError(STORE), FailureKind.BUSY),
    (StoreUnavailableError(STORE, "database or disk is full"), FailureKind.UNAVAILABLE),
    (StoreUnavailableError(STORE, "attempt to write a readonly database"), FailureKind.UNAVAILABLE),
    (DamagedStoreError(STORE, "database disk image is malformed"), FailureKind.DAMAGED),
    (INVALID, FailureKind.INVALID),
]


class Screen(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.surname = QLineEdit("Jansen")
        self.banner = ProblemBanner()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.surname)


@pytest.fixture
def screen(qtbot) -> Screen:  # type: ignore[no-untyped-def]
    widget = Screen()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _raising(error: Exception) -> Callable[[], None]:
    def call() -> None:
        assert QApplication.overrideCursor().shape() == Qt.CursorShape.WaitCursor
        raise error
    return call


def _expected_lines(error: Exception) -> list[str]:
    if isinstance(error, ValidationFailed):
        return problem_lines(error.problems)
    assert isinstance(error, StoreError)
    return [store_error_text(error)]


@pytest.mark.parametrize(("error", "kind"), ERRORS, ids=[k.value + str(i) for i, (_, k) in enumerate(ERRORS)])
def test_each_refusal_is_worded_in_the_banner_and_the_input_stays(
        screen: Screen, error: Exception, kind: FailureKind) -> None:
    failures: list[Failure] = []
    succeeded: list[object] = []
    done = ServiceCall(screen, _raising(error)).in_banner(screen.banner) \
        .on_failure(failures.append).on_success(succeeded.append).run()
    assert done is False and succeeded == []
    assert [f.kind for f in failures] == [kind]
    assert failures[0].lines == _expected_lines(error)
    assert screen.banner.isVisible()
    assert screen.banner.text() == "\n".join(f"• {line}" for line in _expected_lines(error))
    assert screen.surname.text() == "Jansen" and screen.isVisible()  # nothing typed is lost
    assert QApplication.overrideCursor() is None


def test_store_refusals_say_the_way_out(screen: Screen) -> None:
    """The words are the store's own messages, which end with what to do (in Dutch here)."""
    texts = {}
    for error, _kind in ERRORS[:4]:
        ServiceCall(screen, _raising(error)).told_by(lambda f: texts.setdefault(f.kind, f.lines)).run()
    assert "ander programma" in texts[FailureKind.BUSY][0]  # close the other program
    assert "schijf" in texts[FailureKind.UNAVAILABLE][0]  # a full disk / read-only folder
    assert "beschadigd" in texts[FailureKind.DAMAGED][0]


def test_invalid_input_names_the_fields(screen: Screen) -> None:
    failures: list[Failure] = []
    ServiceCall(screen, _raising(INVALID)).in_banner(screen.banner, focus_on_invalid=False) \
        .on_failure(failures.append).run()
    assert failures[0].fields == {"surname"}
    assert failures[0].problems == INVALID.problems


def test_success_calls_back_with_the_result_and_clears_the_banner(screen: Screen) -> None:
    screen.banner.show_lines(["an earlier problem"])
    results: list[int] = []
    failures: list[Failure] = []

    def call() -> int:
        assert QApplication.overrideCursor().shape() == Qt.CursorShape.WaitCursor
        return 17

    assert ServiceCall(screen, call).in_banner(screen.banner) \
        .on_success(results.append).on_failure(failures.append).run()
    assert results == [17] and failures == []
    assert not screen.banner.isVisible()
    assert QApplication.overrideCursor() is None


def test_without_a_banner_a_message_box_tells_it_after_the_cursor_is_back(
        screen: Screen, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []

    def warning(_parent: object, title: str, text: str, *_args: object) -> None:
        assert QApplication.overrideCursor() is None  # not a busy cursor over a question
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "warning", warning)
    busy = StoreBusyError(STORE)
    ServiceCall(screen, _raising(busy)).run()
    ServiceCall(screen, _raising(INVALID)).in_message_box("Signaal").run()
    assert shown == [(APP_NAME, store_error_text(busy)),
                     ("Signaal", "\n".join(problem_lines(INVALID.problems)))]


def test_custom_wording_of_invalid_input(screen: Screen) -> None:
    ServiceCall(screen, _raising(INVALID)).in_banner(screen.banner) \
        .worded(lambda problems: [f"{p.field}!" for p in problems]).run()
    assert screen.banner.text() == "• surname!"


def test_a_bug_is_not_swallowed_and_the_cursor_comes_back(screen: Screen) -> None:
    with pytest.raises(ZeroDivisionError):
        ServiceCall(screen, lambda: 1 // 0).in_banner(screen.banner).run()
    assert QApplication.overrideCursor() is None
    assert not screen.banner.isVisible()
