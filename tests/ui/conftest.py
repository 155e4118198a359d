"""Fixtures for driving the real windows: a main window on a temporary store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from toegang_desktop.i18n import install_translators
from toegang_desktop.paths import AppPaths
from toegang_desktop.ui.conversation.conversation_page import ConversationPage
from toegang_desktop.ui.shell.app_controller import AppController
from toegang_desktop.ui.shell.launch import build_main_window
from toegang_desktop.ui.shell.main_window import MainWindow

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module", autouse=True)
def dutch_interface(qapp):  # type: ignore[no-untyped-def]
    """The GUI tests see the interface as users do: in Dutch, the default language."""
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A message box nobody expected would block the test run: record it, answer 'No' (or
    OK), and fail the test. Tests that expect one patch QMessageBox themselves."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> object:
        seen.append(text)
        return QMessageBox.StandardButton.No

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    yield seen
    assert not seen, f"unexpected message box: {seen}"


class Asked(list[str]):
    """The questions asked, and the answer the next one gets."""

    answer = QMessageBox.StandardButton.No


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """Replace QMessageBox.question: records the texts and answers `asked.answer`."""
    record = Asked()

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        record.append(text)
        return record.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return record


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


def open_new_conversation(window: MainWindow, first_names: str = "Zoë",
                          place: object = None) -> ConversationPage:
    """A fictional resident with one new conversation, opened on its page."""
    from toegang_desktop.domain.conversation import Conversation, Place
    from toegang_desktop.domain.resident import Resident

    resident_id = window._dossiers.register(
        Resident(first_names=first_names, surname="Voorbeeld", date_of_birth=date(1985, 3, 4)))
    conversation = window._conversations.start(Conversation(
        resident_id=resident_id, held_on=date.today(), place=place or Place.HOME,
        checklist_id="", checklist_version=""))
    window.open_dossier(resident_id)
    window.open_conversation(int(conversation.id or 0))
    return window.conversation


@pytest.fixture
def controller(qapp, app_paths: AppPaths) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(app_paths.settings), QSettings.Format.IniFormat)
    made = AppController(qapp, app_paths, settings, demo=False)
    yield made
    qapp.removeEventFilter(made.watcher)
    made.watcher.stop()
    if made.window is not None:
        made.window.close()
        made.window.deleteLater()
    qapp.setQuitOnLastWindowClosed(True)
    made.deleteLater()
