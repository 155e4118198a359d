"""Back-ups in the app: the Herstel uit back-up dialog, the reopened window after a restore,
the start-up check that finds a damaged store, and the background schedule."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from toegang_desktop.domain.backups import BackupKind
from toegang_desktop.domain.resident import Resident
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.backups import BackupService
from toegang_desktop.services.session import open_session
from toegang_desktop.ui.backups.restore_dialog import RestoreDialog
from toegang_desktop.ui.shell.launch import Launcher, build_main_window
from toegang_desktop.ui.shell.main_window import MainWindow

from .modal import when_dialog_opens

YES = QMessageBox.StandardButton.Yes


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=30)
        return self.now


def _add_residents(paths: AppPaths, count: int) -> None:
    session = open_session(paths, False, None, None)
    try:
        for _ in range(count):
            number = session.db.execute("SELECT count(*) FROM residents").fetchone()[0] + 1
            session.dossiers.register(Resident(
                first_names="Test", surname=f"Voorbeeld{number}", date_of_birth=date(1980, 1, 1)))
    finally:
        session.close()


def _scramble_table(store: Path, table: str) -> None:
    """Scramble the first page of a table the start-up does not read, as a disk fault would."""
    with closing(sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro&immutable=1",
                                 uri=True)) as conn:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                               [table]).fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(store.read_bytes())
    start = (root - 1) * page_size
    data[start: start + 64] = bytes(b ^ 0xA5 for b in data[start: start + 64])
    store.write_bytes(bytes(data))


@pytest.fixture
def launched(qtbot) -> Iterator[Callable[[Launcher], MainWindow | None]]:  # type: ignore[no-untyped-def]
    """Open windows through a launcher; whatever window it holds at the end is closed."""
    launchers: list[Launcher] = []

    def launch(launcher: Launcher) -> MainWindow | None:
        launchers.append(launcher)
        return launcher.open()

    yield launch
    for launcher in launchers:
        window = launcher.window
        if window is not None:
            window.backup_actions.stop()
            window.close()
            window.deleteLater()


def _table_texts(dialog: RestoreDialog) -> list[list[str]]:
    return [[dialog.table.item(row, column).text() for column in range(4)]
            for row in range(dialog.table.rowCount())]


def test_restore_from_the_menu_reopens_the_window_on_the_restored_data(
    qtbot, app_paths: AppPaths, asked, launched  # type: ignore[no-untyped-def]
) -> None:
    _add_residents(app_paths, 3)
    service = BackupService(app_paths, Clock())
    older = service.back_up_now()
    _add_residents(app_paths, 2)
    service.back_up_now()
    launcher = Launcher(app_paths, False, None, start_backups=False)
    window = launched(launcher)
    assert window is not None and window.model.rowCount() == 5
    seen: list[list[list[str]]] = []

    def choose_the_older(dialog: RestoreDialog) -> None:
        seen.append(_table_texts(dialog))
        dialog.table.selectRow(1)
        dialog.restore_button.click()

    asked.answer = YES
    when_dialog_opens(RestoreDialog, choose_the_older)
    window.restore_action.trigger()

    local = older.taken_at.astimezone()
    assert seen[0][1] == [local.strftime("%d-%m-%Y"), local.strftime("%H:%M"), "3 inwoners",
                          "automatisch"]
    assert seen[0][0][2] == "5 inwoners"
    assert len(asked) == 1 and local.strftime("%d-%m-%Y") in asked[0]
    new = launcher.window
    assert new is not None and new is not window
    assert new.isVisible() and new.model.rowCount() == 3
    assert "teruggezet" in new.statusBar().currentMessage()
    kinds = [entry.kind for entry in BackupService(app_paths).list()]
    assert kinds.count(BackupKind.BEFORE_RESTORE) == 1  # the 5 residents are kept


def test_declining_the_confirmation_restores_nothing(
    qtbot, app_paths: AppPaths, asked, launched  # type: ignore[no-untyped-def]
) -> None:
    _add_residents(app_paths, 1)
    BackupService(app_paths, Clock()).back_up_now()
    launcher = Launcher(app_paths, False, None, start_backups=False)
    window = launched(launcher)
    assert window is not None

    def try_and_cancel(dialog: RestoreDialog) -> None:
        dialog.restore_button.click()  # asked.answer stays No
        assert dialog.isVisible()
        dialog.reject()

    when_dialog_opens(RestoreDialog, try_and_cancel)
    window.restore_action.trigger()
    assert len(asked) == 1 and launcher.window is window and window.isVisible()
    assert len(BackupService(app_paths).list()) == 1


def test_the_start_check_finds_a_damaged_store_and_restores_the_newest_good_backup(
    qtbot, app_paths: AppPaths, asked, launched  # type: ignore[no-untyped-def]
) -> None:
    _add_residents(app_paths, 3)
    BackupService(app_paths, Clock()).back_up_now()
    _scramble_table(app_paths.store, "conversation_markers")
    damaged = app_paths.store.read_bytes()
    asked.answer = YES
    launcher = Launcher(app_paths, False, None)
    window = launched(launcher)
    assert window is not None  # the window opens; the check runs after it, off the GUI thread
    qtbot.waitUntil(lambda: launcher.window is not window, timeout=15000)
    new = launcher.window
    assert new is not None
    assert len(asked) == 1 and "beschadigd" in asked[0] and "3 inwoners" in asked[0]
    moved = app_paths.root / next(p.name for p in app_paths.root.glob("toegang.sqlite.beschadigd-*")
                                  if p.name.endswith("Z"))
    assert moved.read_bytes() == damaged  # kept as it was found
    assert new.model.rowCount() == 3
    qtbot.waitUntil(lambda: new.backup_actions.scheduler.wait(0), timeout=15000)
    assert BackupService(app_paths).check_store() == []


def test_the_start_check_tells_a_damaged_store_without_a_good_backup(
    qtbot, app_paths: AppPaths, launched, no_unexpected_message_boxes: list[str]  # type: ignore[no-untyped-def]
) -> None:
    _add_residents(app_paths, 3)
    _scramble_table(app_paths.store, "conversation_markers")  # and no backup to go back to
    launcher = Launcher(app_paths, False, None)
    window = launched(launcher)
    assert window is not None
    qtbot.waitUntil(lambda: bool(no_unexpected_message_boxes), timeout=15000)
    text = no_unexpected_message_boxes.pop()  # expected: take it out before the check
    assert "beschadigd" in text and "applicatiebeheerder" in text
    assert launcher.window is window  # nothing to restore: the window stays


def test_the_backups_start_after_the_first_paint(
    qtbot, app_paths: AppPaths, launched  # type: ignore[no-untyped-def]
) -> None:
    _add_residents(app_paths, 1)
    launcher = Launcher(app_paths, False, None)
    window = launched(launcher)
    assert window is not None
    assert window.backup_actions._scheduler is None  # no backup code or check before the paint
    qtbot.waitUntil(lambda: "Back-up gemaakt om" in window.statusBar().currentMessage(),
                    timeout=15000)
    assert window.after_first_paint.finished


def test_a_store_that_cannot_be_opened_offers_the_backup_before_any_window(
    qtbot, app_paths: AppPaths, asked  # type: ignore[no-untyped-def]
) -> None:
    _add_residents(app_paths, 2)
    BackupService(app_paths, Clock()).back_up_now()
    data = bytearray(app_paths.store.read_bytes())
    data[:16] = b"kapot bestand!!\0"  # the header is gone: not even SQLite knows the file
    app_paths.store.write_bytes(bytes(data))
    asked.answer = QMessageBox.StandardButton.No
    assert build_main_window(app_paths, demo=False, checklist_file=None) is None
    assert len(asked) == 1 and app_paths.store.read_bytes() == bytes(data)  # nothing changed
    asked.answer = YES
    window = build_main_window(app_paths, demo=False, checklist_file=None)
    assert window is not None
    qtbot.addWidget(window)
    assert window.model.rowCount() == 2
    moved = list(app_paths.root.glob("toegang.sqlite.beschadigd-*"))
    assert [p.read_bytes() for p in moved if p.name.endswith("Z")] == [bytes(data)]


def test_a_damaged_store_without_a_good_backup_is_explained(
    app_paths: AppPaths, no_unexpected_message_boxes: list[str]
) -> None:
    _add_residents(app_paths, 1)
    app_paths.store.write_bytes(b"\0" * 100 + app_paths.store.read_bytes()[100:])
    assert build_main_window(app_paths, demo=False, checklist_file=None) is None
    assert len(no_unexpected_message_boxes) == 1
    text = no_unexpected_message_boxes.pop()  # expected: take it out before the check
    assert "beschadigd" in text and "applicatiebeheerder" in text


def test_a_vanished_wal_is_told_once_and_the_store_opens(
    qtbot, app_paths: AppPaths, tmp_path: Path, no_unexpected_message_boxes: list[str]  # type: ignore[no-untyped-def]
) -> None:
    _add_residents(app_paths, 1)
    app_paths.store.with_name("toegang.sqlite-shm").write_bytes(bytes(32768))
    window = build_main_window(app_paths, demo=False, checklist_file=None)
    assert window is not None
    qtbot.addWidget(window)
    assert window.model.rowCount() == 1
    assert len(no_unexpected_message_boxes) == 1
    assert "toegang.sqlite-wal" in no_unexpected_message_boxes.pop()


def test_the_schedule_copies_only_when_the_data_changed(
    qtbot, open_window  # type: ignore[no-untyped-def]
) -> None:
    window = open_window()
    scheduler = window.backup_actions.scheduler
    with qtbot.waitSignal(scheduler.made, timeout=15000):
        scheduler.start()
    assert "Back-up gemaakt om" in window.statusBar().currentMessage()
    assert not scheduler.back_up_if_changed()
    window._dossiers.register(Resident(first_names="Test", surname="Nieuw",
                                       date_of_birth=date(1990, 2, 3)))
    with qtbot.waitSignal(scheduler.made, timeout=15000):
        assert scheduler.back_up_if_changed()
    scheduler.stop()
    entries = window._session.backups.list()
    assert [e.residents for e in entries] == [1, 0]


def test_an_unreadable_copy_is_shown_as_such_and_cannot_be_chosen(
    qtbot, app_paths: AppPaths  # type: ignore[no-untyped-def]
) -> None:
    _add_residents(app_paths, 1)
    service = BackupService(app_paths, Clock())
    good = service.back_up_now()
    (app_paths.backups / "toegang-20261124T080000Z.sqlite").write_bytes(b"kapot" * 1000)
    dialog = RestoreDialog(service.list(), str(service.folder))
    qtbot.addWidget(dialog)
    rows = _table_texts(dialog)
    assert rows[0][2] == "niet leesbaar" and rows[1][2] == "1 inwoner"
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled() and dialog.selected().name == good.name
